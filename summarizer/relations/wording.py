"""How it is said: a negation the claim drops or adds (:func:`polarity_flipped`) and a word
swapped for its opposite (:func:`opposites`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.evidence import Evidence
from summarizer.facts import (
    is_stop,
    stem,
    straight,
    token_gaps,
    tokens,
)
from summarizer.relations.claim import Claim, sentences_of
from summarizer.relations.words import BE_WORDS

NEGATION = re.compile(
    r"\b(?:not|no|never|nobody|nothing|none|neither|nor|without|cannot)\b|n[’']t\b", re.IGNORECASE
)
# Words that negate without "not": a claim using one may say what a negated source says.
NEGATING = {stem(w) for w in ("declined", "refused", "denied", "failed", "lack", "lacked",
                                "absence", "unable", "rejected", "avoided", "missing", "opposed",
                                "opposition")}  # fmt: skip
NEGATING_PHRASE = re.compile(
    r"\b(?:yet to|rul(?:ed|es|ing) out|rule out|rather than|instead of|unless|anything but|far from"
    # what leaves one without it: "knocked out the dispatch system" / "working without it"
    r"|knock(?:ed|s|ing)? out|shut (?:down|off)|cut off|disabled|crippled)\b",
    re.IGNORECASE,
)
NEGATED_SPAN = 3  # words after a negation that it governs ("no ships were damaged")


# Words a changed claim swaps for their opposite ("only smaller vessels" -> "only larger").
OPPOSITES = [
    ("larger", "smaller"), ("bigger", "smaller"), ("higher", "lower"), ("highest", "lowest"),
    ("increase", "decrease"), ("increased", "decreased"), ("rose", "fell"), ("rise", "fall"),
    ("gain", "loss"), ("won", "lost"), ("win", "lose"), ("opened", "closed"), ("open", "closed"),
    ("alive", "dead"), ("survived", "died"), ("guilty", "innocent"), ("convicted", "acquitted"),
    ("approved", "rejected"), ("accepted", "rejected"), ("allowed", "banned"),
    ("legal", "illegal"), ("maximum", "minimum"), ("upheld", "overturned"),
    ("supported", "opposed"), ("backed", "opposed"), ("older", "younger"), ("oldest", "youngest"),
    ("cheaper", "dearer"), ("faster", "slower"), ("early", "late"), ("earlier", "later"),
]  # fmt: skip
OPPOSITE = {stem(a): stem(b) for a, b in OPPOSITES} | {stem(b): stem(a) for a, b in OPPOSITES}


def opposites(claim: Claim, covered: set[str], evidence: Evidence, cited: list[int]) -> list[str]:
    """The claim's words no citation holds whose opposite a citation does in its place ("only
    larger vessels" where the cited text says "only smaller vessels"), as written. Not a word
    whose opposite stands by other words ("closing sales" is not "opening discounts", nor
    "convicted Varga of fraud" "acquitted her of lying"): a content word within
    ``OPPOSITE_REACH`` words of the claim's word must stand as near the opposite in one cited
    sentence."""
    flipped = {t for t in claim.stems if t not in covered and OPPOSITE.get(t) in covered}
    quotes = sentences_of(evidence, cited) if flipped else []
    flipped = {t for t in flipped if _in_place(claim.words, t, quotes)}
    return [w for w in claim.words if stem(w.lower()) in flipped]


OPPOSITE_REACH = 3  # words either side of an opposite that must share a content word


def _in_place(words: Sequence[str], flipped: str, quotes: Sequence[str]) -> bool:
    """Whether some quote has the opposite of the stem ``flipped`` with a content word near it
    that the claim has near its own word."""

    def near(seq: list[str], target: str) -> set[str]:
        found: set[str] = set()
        for k, w in enumerate(seq):
            if w == target:
                window = seq[max(0, k - OPPOSITE_REACH) : k + OPPOSITE_REACH + 1]
                found |= {v for v in window if v != target and not is_stop(v)}
        return found

    mine = near([stem(w.lower()) for w in words], flipped)
    return any(mine & near([stem(w.lower()) for w in tokens(q)], OPPOSITE[flipped])
               for q in quotes)  # fmt: skip


def polarity_flipped(claim: Claim, evidence: Evidence, cited: list[int]) -> bool:
    """Whether the claim states plainly what half or more of the cited texts negate ("the
    authority damaged the ships" from "no ships were damaged"; one source saying "was not
    compromised" instead does not save "its network was breached"), or report as false
    (:func:`_reported_false`). The other way round (a claim negating what the sources state) is
    left to coverage: paraphrases negate freely ("not just ads")."""
    quotes = [evidence.candidates[i].quote for i in cited]
    if NEGATION.search(claim.text) or claim.text.rstrip(" \"'”’").endswith("?"):
        return False  # a question states nothing
    if NEGATING & set(claim.stems) or NEGATING_PHRASE.search(claim.text):
        return False  # "declined to comment" says what "did not comment" does
    stems_ = set(claim.stems)
    # "was wrongly reported to have organized it" says what a source reporting it false does
    falsity = bool(_FALSITY.search(claim.text))
    return bool(quotes) and 2 * sum(
        _negates(q, stems_) or not falsity and _reported_false(q, stems_) for q in quotes
    ) >= len(quotes)


# A source reporting a thing as false: "It has been erroneously reported that Metzger
# organized the event", "reports that ... are untrue", "..., which is untrue"
FALSE_HELD = 3  # the claim's content words a report the source calls false must hold
_FALSITY = re.compile(
    r"\b(?:erroneous(?:ly)?|false(?:ly)?|wrong(?:ly)?|mistaken(?:ly)?|incorrect(?:ly)?|untrue"
    r"|baseless|unfounded)\b",
    re.IGNORECASE,
)
_FALSE_REPORT = re.compile(
    r"\b(?:erroneously|falsely|wrongly|mistakenly|incorrectly)\s+(?:[\w-]+\s+){0,2}?"
    r"(reported|claimed|said|stated|suggested|alleged|assumed|believed|rumou?red|accused)\b",
    re.IGNORECASE,
)
_IS_UNTRUE = (
    r"(?:is|are|was|were)\s+(?:(?:completely|simply|also)\s+)?"
    r"(?:untrue|false|not\s+true|incorrect|wrong|baseless|unfounded)\b"
)
_FALSE_THAT = re.compile(
    rf"\b(?:reports?|claims?|rumou?rs?|allegations?|suggestions?)\s+that\s+([^.;!?]*?)\s+"
    rf"{_IS_UNTRUE}",
    re.IGNORECASE,
)
_FALSE_BEFORE = re.compile(rf"(?:,|\s)\s*(?:which|that|this|it)\s+{_IS_UNTRUE}", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _reported_false(quote: str, stems_: set[str]) -> bool:
    """Whether ``quote`` reports ``FALSE_HELD`` of the claim's words as false: after "erroneously
    reported" in its sentence (not where the claim says they were reported or claimed: "Tollen
    falsely claimed the vote was rigged" holds "Tollen claimed ..."), in "reports that ... are
    untrue", or before ", which is untrue"."""

    def held(span: str) -> bool:
        held = {stem(w.lower()) for w in tokens(span) if not is_stop(w.lower())} & stems_
        return len(held) >= FALSE_HELD

    for m in _FALSE_REPORT.finditer(quote):
        end = _SPAN_END.search(quote, m.end())
        if stem(m[1].lower()) not in stems_ and held(quote[m.end() : end.start() if end else None]):
            return True
    if any(held(m[1]) for m in _FALSE_THAT.finditer(quote)):
        return True
    for m in _FALSE_BEFORE.finditer(quote):
        start = max((e.end() for e in _SENTENCE_END.finditer(quote, 0, m.start())), default=0)
        if held(quote[start : m.start()]):
            return True
    return False


_SPAN_END = re.compile(r"[.!?;:\"“”]")


def _negates(quote: str, stems_: set[str]) -> bool:
    """Whether ``quote`` negates words of the claim: two of the claim's stems in the words a
    negation governs ("no ships were damaged"), or the one content word a negated verb has
    ("did not resign"). One shared word is not enough after a negated noun phrase: "told
    nothing for two days" does not negate "taking two days", nor "no single person can
    approve" "more than one person to approve"."""
    words, gaps = [w.lower() for w in tokens(quote)], token_gaps(quote)
    for k, word in enumerate(words):
        if not (NEGATION.fullmatch(word) or word.endswith(("n't", "n’t"))):
            continue
        if word == "no" and words[k + 1 : k + 2] and words[k + 1][:1].isdigit():
            continue  # "his former No. 2, Joe Biden" is a number
        if word == "not" and words[k + 1 : k + 2] in (["as"], ["only"], ["just"]):
            continue  # "not as diverse as he claimed", "not only ...": a degree, no denial
        if _contrast(words, k):
            continue
        if k and words[k - 1] == "or":
            continue  # "why you should (or shouldn't) vote", "whether or not": both ways
        end = min(len(words), k + 1 + NEGATED_SPAN)
        # what a negation governs ends with its sentence or quotation: "the fight was not
        # over. The government is going to appeal" does not deny the appeal
        end = next((j for j in range(k + 1, end) if _SPAN_END.search(gaps[j])), end)
        span = {stem(w) for w in words[k + 1 : end] if not is_stop(w)}
        verbal = word in ("not", "never") or word.endswith(("n't", "n’t"))
        if len(span & stems_) >= (1 if verbal and len(span) == 1 else 2):
            return True
    return False


_BE_NOT = {"isn't", "wasn't", "aren't", "weren't"}


def _contrast(words: Sequence[str], k: int) -> bool:
    """Whether the "not" at ``k`` denies only who someone is, before a clause saying what that
    other did: "This is not the Obama Administration that paid 1.8 Billion Dollars" does not
    deny that the Obama administration paid it, nor does "It wasn't the win that was
    surprising -- it was the margin" deny the win."""
    denial = words[k] == "not" and k > 0 and words[k - 1] in BE_WORDS
    return (
        (denial or straight(words[k]) in _BE_NOT)  # "It wasn't the win that ..."
        and words[k + 1 : k + 2] in (["the"], ["a"], ["an"])
        and any(w in ("that", "which", "who") for w in words[k + 2 : k + 3 + NEGATED_SPAN])
    )
