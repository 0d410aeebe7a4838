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

from summarizer.types import Document, Sentence

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_LINE = re.compile(r"[^\n]+")
# A piece longer than this many characters without any boundary is cut at a space.
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


@lru_cache(maxsize=4096)
def _line_spans(line: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for piece in sentencex.get_sentence_boundaries("en", line):
        if piece.get("is_paragraph_break"):
            continue
        spans.append(_trim(line, piece["start_index"], piece["end_index"]))
    return tuple(span for span in spans if span[0] < span[1])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a boundary-less run (scraped text without punctuation) at spaces."""
    spans = []
    while end - start > _MAX_PIECE:
        cut = text.rfind(" ", start, start + _MAX_PIECE)
        cut = cut if cut > start else start + _MAX_PIECE
        spans.append(_trim(text, start, cut))
        start = cut
    spans.append(_trim(text, start, end))
    return [s for s in spans if s[0] < s[1]]
