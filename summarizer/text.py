"""Sentence splitting with character offsets, and word tokens. Pure Python, no torch.

Sentences come from sentencex (Wikimedia's maintained rule-based segmenter: fast, many
languages, handles abbreviations like "U.S." and decimals, and splits the "attempt.Piles" joins
scrapers leave). Line breaks are hard boundaries too, so a headline or a caption line is never
glued to the next line.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sentencex

from summarizer.speech import ASKING_PATTERN, SPEAKING_PATTERN
from summarizer.types import Document, Sentence

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_LINE = re.compile(r"[^\n]+")
_TOKEN = re.compile(r"\S+")
# A sentence glued to the previous one without a stop or space ("todayA Downing Street
# spokesman", "the state'The United States"): a lower-case word (or closing quote) run straight
# into a common sentence opener. Openers that end real words or names ("LinkedIn") are left out.
_GLUED_OPENER = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[a-z]['’”\"])|(?<=[a-z][.!?]['’”\"]))"
    r"(?:A|The|He|She|It|They|But|Mr|Mrs|Ms|This|We)(?=\s)"
)
# A run longer than _MAX_WORDS words without a boundary (text without punctuation) is cut into
# _CHUNK_WORDS-word pieces, and any piece into at most _MAX_PIECE characters (e.g. no spaces).
_MAX_WORDS = 120
_CHUNK_WORDS = 40
_MAX_PIECE = 1200


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    """The sentences of ``document``, with ``document.text[s.start:s.end] == s.text``."""
    return tuple(
        Sentence(doc=document.id, index=i, text=document.text[a:b], start=a, end=b)
        for i, (a, b) in enumerate(sentence_spans(document.text))
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        for a, b in _line_spans(line.group()):
            spans.extend(_cut_long(text, line.start() + a, line.start() + b))
    return spans


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; inner hyphens, apostrophes, dots kept)."""
    return [w.lower() for w in _WORD.findall(text)]


# Titles sentencex takes for a sentence's end ("came upon Ms. | Ruch, now 33, ..."): a piece
# ending with one runs on into the next ...
_TITLE_END = re.compile(r"\b(?:Ms|Mx|Atty|Amb|Ft)\.$")
# ... and a piece opening with an abbreviation and a comma is the rest of one ("Joe Manchin,
# D-W. | Va., and Sen. Lisa Murkowski ...").
_ABBREVIATION_ON = re.compile(r"[A-Z][a-z]{0,3}\.\s*[,;)]")
# ... and so does a time before its zone ("As of 1:30 a.m. | ET Tuesday, the Liberals ...").
_CLOCK_END = re.compile(r"\b[ap]\.m\.$")
_ZONE_ON = re.compile(r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|PT|PST|PDT|GMT|BST|UTC)\b")
# ... and so does a quoted question or exclamation before its speaker ('"What kind of person
# would keep quiet?" | Torres asked.'): the speaker in up to four words, a verb of speech and
# up to three words more ("asked the judge").
_QUOTE_END = re.compile(r"[?!][\"”]$")
_SPEAKER_ON = re.compile(
    r"(?!(?:Nobody|No one|None)\b)(?:[\w.'’-]+\s+){1,4}"
    rf"(?:{SPEAKING_PATTERN}|{ASKING_PATTERN})(?:\s+[\w.'’-]+){{0,3}}\W*$"
)


@lru_cache(maxsize=4096)
def _line_spans(line: str) -> tuple[tuple[int, int], ...]:
    pieces: list[tuple[int, int]] = []
    for piece in sentencex.get_sentence_boundaries("en", line):
        if piece.get("is_paragraph_break"):
            continue
        a, b = _trim(line, piece["start_index"], piece["end_index"])
        if (
            pieces
            and a < b
            and (
                _TITLE_END.search(line, *pieces[-1])
                or _ABBREVIATION_ON.match(line, a, b)
                or _CLOCK_END.search(line, *pieces[-1])
                and _ZONE_ON.match(line, a, b)
                or _QUOTE_END.search(line, *pieces[-1])
                and _SPEAKER_ON.match(line, a, b)
            )
        ):
            a = pieces.pop()[0]
        pieces.append((a, b))
    spans = [span for a, b in pieces for span in _unglue(line, a, b)]
    return tuple(span for span in spans if span[0] < span[1])


def _unglue(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [m.start() for m in _GLUED_OPENER.finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a boundary-less run (text without punctuation) into word chunks, then by length."""
    tokens = list(_TOKEN.finditer(text, start, end))
    if len(tokens) <= _MAX_WORDS:
        return _cut_chars(text, start, end)
    heads = [tokens[i].start() for i in range(0, len(tokens), _CHUNK_WORDS)][1:]
    bounds = [start, *heads, end]
    return [s for a, b in zip(bounds, bounds[1:], strict=False) for s in _cut_chars(text, a, b)]


def _cut_chars(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > _MAX_PIECE:
        cut = text.rfind(" ", start, start + _MAX_PIECE)
        cut = cut if cut > start else start + _MAX_PIECE
        spans.append(_trim(text, start, cut))
        start = cut
    spans.append(_trim(text, start, end))
    return [s for s in spans if s[0] < s[1]]
