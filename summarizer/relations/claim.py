"""A summary sentence as the relation checks read it (:class:`Claim`): its content stems in
order, its clauses and parts, its names, the speakers it gives words to and the names it puts
before a noun; and the cited texts it is checked against (:func:`has`, :func:`sentences_of`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from summarizer.evidence import Evidence
from summarizer.facts import (
    NUMBER_WORDS,
    ROLES,
    Fact,
    Facts,
    claim_spans,
    claim_stems,
    clause_starts,
    is_body,
    is_stop,
    possessive,
    states,
    stem,
    token_gaps,
    token_spans,
    tokens,
)
from summarizer.relations.words import DETERMINERS, OPENING, SAYING_WORDS


@dataclass(frozen=True)
class Claim:
    text: str
    stems: tuple[str, ...]
    facts: Facts
    ordered: tuple[str, ...] = ()  # content stems in claim order, repeats kept
    starts: tuple[bool, ...] = ()  # per ordered stem: punctuation before it (clause_starts)
    spans: tuple[tuple[int, int], ...] = ()  # per ordered stem: its characters in the text
    parts: tuple[bool, ...] = ()  # per ordered stem: punctuation or a conjunction before it

    @classmethod
    def of(cls, text: str, facts: Facts) -> Claim:
        """The claim ``text`` with its ``facts`` and its content stems in order."""
        ordered = tuple(claim_stems(text))
        return cls(text, tuple(dict.fromkeys(ordered)), facts, ordered,
                   tuple(clause_starts(text)), tuple(claim_spans(text)),
                   tuple(clause_starts(text, conjunctions=True)))  # fmt: skip

    @cached_property
    def clauses(self) -> list[int]:
        """Per ordered stem: the number of the clause (between punctuation marks) it is in."""
        return list(itertools.accumulate(self.starts))

    @cached_property
    def joined(self) -> tuple[bool, ...]:
        """``starts`` with a name set off by commas joined to the clause round it: in "the
        vaccine it developed with its partner, Pfizer, has proved" Pfizer is the partner."""
        out = list(self.starts)
        names = [{stem(w.lower()) for w in e} for e in self.facts.entities]
        ranges = [(k, next((j for j in range(k + 1, len(out)) if out[j]), len(out)))
                  for k in range(1, len(out)) if out[k]]  # fmt: skip
        for start, end in ranges:
            if end == len(out) or not all(
                self._gap(k).strip().startswith(",") for k in (start, end)
            ):
                continue
            if any(set(self.ordered[start:end]) <= name for name in names):
                out[start] = out[end] = False
        return tuple(out)

    def _gap(self, k: int) -> str:
        """The text between ordered stem ``k`` and the one before it."""
        return self.text[self.spans[k - 1][1] : self.spans[k][0]]

    @cached_property
    def part_ranges(self) -> list[tuple[int, int]]:
        """The claim's parts (between punctuation marks and clause conjunctions, see ``parts``)
        as ranges of its ordered stems, in order."""
        out, first = [], 0
        for k, start in enumerate([*self.parts, True]):
            if start and k > first:
                out.append((first, k))
            if start:
                first = k
        return out

    @cached_property
    def name_stems(self) -> frozenset[str]:
        """Stems of every word of the claim's names."""
        return frozenset(stem(w.lower()) for e in self.facts.entities for w in e)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The claim's tokens as written (:func:`summarizer.facts.tokens`)."""
        return tuple(tokens(self.text))

    @cached_property
    def gaps(self) -> tuple[str, ...]:
        """The text before each of :attr:`words` (:func:`summarizer.facts.token_gaps`)."""
        return tuple(token_gaps(self.text))

    def at(self, name: tuple[str, ...]) -> list[int]:
        """Where ``name`` (as written) starts among the claim's tokens."""
        n = len(name)
        return [k for k in range(len(self.words) - n + 1) if self.words[k : k + n] == name]

    @cached_property
    def modifiers(self) -> dict[tuple[str, ...], str]:
        """For each name the claim puts before a noun as a modifier, the noun's stem (see
        :func:`_headed`)."""
        return {e: noun for e in self.facts.entities if (noun := _headed(self, e))}

    @cached_property
    def passive(self) -> bool:
        """Whether the claim has "by", which turns who-did-what round."""
        return "by" in (t.lower() for t in self.words)

    @cached_property
    def speakers(self) -> list[tuple[tuple[str, ...], int, bool]]:
        """See :func:`_speakers`."""
        return _speakers(self)


def title_start(words: Sequence[str], k: int, stop: int = 0) -> int:
    """Where the capitalised and role words right before word ``k`` begin, not before
    ``stop`` ("Rural Democrats leader" before "Edgars Vitols", "coach" before "Alan
    Brightwell")."""
    first = k
    while first > max(0, stop) and (words[first - 1][:1].isupper()
                                    or words[first - 1].lower() in ROLES):  # fmt: skip
        first -= 1
    return first


# Verbs giving a quotation as what someone calls a thing: 'Whitfield called the package "a
# blank check"'
_CALLING = {
    "called", "calls", "described", "describes", "dubbed", "dubs", "labeled", "labelled",
    "branded", "brands", "dismissed", "dismisses",
}  # fmt: skip
CALLING_WORDS = "|".join(sorted(_CALLING))


_QUOTE = re.compile(r"[\"“]")
_OPENING_MARKS = " \t\n:\"“‘'"  # space, a colon and the marks opening a quotation
# a quote closed right before, but for a word or two of title: '...," ', '...," 911 '
_QUOTE_END = re.compile(r"[,.!?][\"”’']\s*(?:[\d-]+\s+)?$")


def _speakers(claim: Claim) -> list[tuple[tuple[str, ...], int, bool]]:
    """The claim's speakers in text order: (name, where it starts, whether the words said come
    after it). "X said" (or "X called ... '...'") after a closed quote or at the end of the
    claim has the words before it; what follows ", saying" is said by the name the claim opens
    with."""
    toks, spans = claim.words, token_spans(claim.text)
    lows = [t.lower() for t in toks]
    out = []
    for name in claim.facts.entities:
        for k in claim.at(name):
            end = k + len(name)
            joined = end < len(toks) and not claim.text[spans[end - 1][1] : spans[end][0]].strip()
            # "Megan Cho called the deal "one of the largest ..."": a quote's words are hers
            calls = (
                joined and lows[end] in _CALLING and bool(_QUOTE.search(claim.text, spans[end][1]))
            )
            # "Rovers conceded 21 goals", "Marek added 20 points": a count after it is no speech
            counted = end + 1 < len(toks) and (toks[end + 1][:1].isdigit()
                                               or lows[end + 1] in NUMBER_WORDS)  # fmt: skip
            if joined and (lows[end] in SAYING_WORDS and not counted or calls):
                # not "Penhallow, who chairs X, said"
                # "Rachel Stone of the Safe Play Alliance says": the speaker is Rachel Stone
                name, k = member_speaker(claim, lows, k) or (name, k)
                # '"...," coach Alan Brightwell said (after the veto).': the words come before
                first = title_start(toks, k)
                quoted = first > 0 and _QUOTE_END.search(claim.text[: spans[first][0]])
                # an opening quote after the verb is no clause end: 'Marsh said "the big fish'
                last = end + 1 >= len(toks) or claim.text[spans[end][1] : spans[end + 1][0]].strip(
                    _OPENING_MARKS
                )
                out.append((name, spans[k][0], not (k > 0 and (last or quoted))))
                continue
            if (
                k
                and end < len(toks)
                and lows[end] in SAYING_WORDS
                and _set_off(claim.text, spans, k, end)
            ):
                out.append((name, spans[k][0], True))  # "Whitaker's attorney, Raymond Tuck, said"
                continue
            back = k - 1
            while back >= max(0, k - 6) and (lows[back] in ROLES or toks[back][0].isupper()
                                             or lows[back] in DETERMINERS
                                             or possessive(lows[back])):  # fmt: skip
                back -= 1  # "said Castelmar head coach Ines Varga", "said the hotel's manager, X"
            gap = claim.text[spans[end - 1][1] : spans[end][0]] if end < len(toks) else "."
            clause_end = bool(gap.strip())
            if back >= 0 and lows[back] in SAYING_WORDS and clause_end:
                out.append((name, spans[k][0], False))
    # "Speaker Gregory Lindqvist accused Whitcomb ..., saying Republicans had the votes": what
    # follows the participle is said by the name the claim opens with
    # (not one in a phrase opening it: "With Republicans holding a slim majority, a professor
    # says ..., adding")
    opener = next((e for e in claim.facts.entities if claim.at(e) and claim.at(e)[0] <= OPENING
                   and all(lows[j] in ROLES or lows[j] in DETERMINERS
                           or toks[j][:1].isupper() and not is_stop(lows[j])
                           for j in range(claim.at(e)[0]))), None)  # fmt: skip
    if opener is not None and not any(name == opener for name, _, _ in out):
        out += [(opener, m.end(), True) for m in _SAYING_PARTICIPLE.finditer(claim.text)]
    return sorted(out, key=lambda s: s[1])


_MEMBER_OF = {("of",), ("of", "the"), ("from",), ("from", "the"), ("at",), ("at", "the")}


def member_speaker(claim: Claim, lows: list[str], k: int) -> tuple[tuple[str, ...], int] | None:
    """The name before "of the", "from" or "at" right before token ``k``, with where it starts:
    a speaker given with the body they speak for ("Rachel Stone of the Safe Play Alliance
    says"), or None; not a body's name of its own ("The Bank of England said")."""
    for e in claim.facts.entities:
        if len(e) < 2 or is_body(e):
            continue
        for start in claim.at(e):
            between = lows[start + len(e) : k]
            if tuple(between) in _MEMBER_OF:
                return e, start
    return None


def _set_off(text: str, spans, k: int, end: int) -> bool:
    """Whether the name of tokens ``k`` to ``end`` stands between two commas, in apposition
    to the words before it ("Whitaker's attorney, Raymond Tuck, said")."""
    return (
        text[spans[k - 1][1] : spans[k][0]].strip() == ","
        and text[spans[end - 1][1] : spans[end][0]].strip() == ","
    )


_SAYING_PARTICIPLE = re.compile(r",\s+(?:saying|adding|arguing|insisting|warning)\b", re.I)


def sentences_of(evidence: Evidence, cited: list[int]) -> list[str]:
    """The cited texts sentence by sentence: two names in adjacent sentences of a window stand
    in no order ("... into Japanese waters. Japan refrained from blaming China.")."""
    out = []
    for i in cited:
        rows = evidence.sentence_rows(i)
        if len(rows) == 1 or None in rows:
            out.append(evidence.candidates[i].quote)
        else:
            out.extend(evidence.candidates[r].quote for r in rows)
    return out


def _headed(claim: Claim, name: tuple[str, ...]) -> str:
    """The stem of the noun a name stands before as a modifier ("the Milwaukee event": "event"),
    part of its phrase, or ""."""
    words, gaps = claim.words, claim.gaps
    for k in claim.at(name):
        end = k + len(name)
        if (k and words[k - 1].lower() in DETERMINERS and end < len(words)
                and words[end][:1].islower() and not is_stop(words[end])
                and not words[end].endswith(("ed", "s"))  # "the House approved", "prepares"
                and not gaps[end].strip()):  # fmt: skip
            return stem(words[end])
    return ""


def has(fact: Fact, evidence: Evidence, i: int, near: bool = False, strict: bool = False) -> bool:
    """Whether candidate ``i`` states ``fact`` (``near``: a number with a word in common;
    ``strict``: see :func:`summarizer.facts.states`)."""
    return states(fact, evidence.facts[i], evidence.words[i], near, strict)
