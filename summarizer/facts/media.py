"""Media outlets and attributions: "Politico reports", "according to NPR", "told the BBC" name
where the story was read, not who is in it, so their words are no fact of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.facts.names import DOMAINS, OFFICIAL_HEADS, ROLES, ROLES_AFTER, name_runs
from summarizer.facts.words import (
    CREDITING,
    MEDIA_BEFORE,
    MEDIA_VERBS,
    OUTLET_WORDS,
    SAYING,
    TITLE_ABBREVIATIONS,
    is_stop,
    token_gaps,
    tokens,
)

CONJUNCTIONS = {"and", "but", "while", "whereas", "although", "though"}


@lru_cache(maxsize=4096)
def attribution_tokens(text: str) -> frozenset[int]:
    """Positions of the tokens of media attributions ("the Los Angeles Times reports",
    "according to NPR", "tells the AP"): the outlet, its verb and the words joining them."""
    toks = tokens(text)
    runs, nouns = media_spans(text)
    out: set[int] = set()
    for start, end in [*runs, *nouns]:
        out.update(range(start, end))
        i = start - 1
        while i >= 0 and toks[i].lower() in {"the", "to", "according", "by", *MEDIA_BEFORE,
                                              *CREDITING, *SAYING}:  # fmt: skip
            out.add(i)
            i -= 1
        if end < len(toks) and toks[end].lower() in SAYING:
            out.add(end)
        elif _report_after(toks, end):
            out.update((end, end + 1))  # "the AP review argues"
    return frozenset(out)


# What an outlet publishes that a summary credits ("the AP review argues", "a CNN poll finds")
_REPORT_NOUNS = {"review", "report", "analysis", "story", "investigation", "poll", "survey",
                 "editorial", "article", "piece", "tally", "count"}  # fmt: skip
_FINDING = SAYING | {"argues", "argued", "finds", "found", "shows", "showed", "concludes",
                     "concluded", "suggests", "suggested"}  # fmt: skip


def _report_after(toks: list[str], end: int) -> bool:
    """Whether the name ending before ``end`` is followed by what it published and a verb
    of saying or finding ("the AP review argues")."""
    return (
        end + 1 < len(toks)
        and toks[end].lower() in _REPORT_NOUNS
        and toks[end + 1].lower() in _FINDING
    )


# An outlet a summary names by what it is ("a local TV station reports", "tells the paper",
# "according to the network"): the noun, with "a"/"the" and up to two words before it.
_OUTLET_NOUNS = {"paper", "newspaper", "station", "network", "outlet", "magazine", "site",
                 "website", "tabloid", "broadcaster", "affiliate"}  # fmt: skip
# ... and what a summary credits an opinion or a report to without a name ("one writer
# argues", "something one report calls a mistake")
_PIECE_NOUNS = {"writer", "columnist", "commentator", "editorial", "op-ed", "report"}
_ARGUING = {"argues", "argued", "calls", "called", "contends", "suggests", "writes", "says"}


def clear_text_caches() -> None:
    """Forget what was found in texts seen before (outlets, attributions), for a benchmark of
    texts never seen (words' stems and spellings stay: they are the language's, not a text's)."""
    attribution_tokens.cache_clear()
    media_spans.cache_clear()


@lru_cache(maxsize=4096)
def media_spans(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The token spans of ``text``'s outlets: those named (:func:`_media_runs`) and those named
    by a common noun (:func:`_outlet_nouns`), found once per text."""
    toks = tokens(text)
    return tuple(_media_runs(toks, token_gaps(text))), tuple(_outlet_nouns(toks))


def _outlet_nouns(toks: list[str]) -> list[tuple[int, int]]:
    """Spans of outlets named by a common noun with a crediting verb after it or "tells" /
    "according to" / "per" before it ("a local TV station reports", "told the paper")."""
    lows = [t.lower() for t in toks]
    out = []
    for i, low in enumerate(lows):
        after = lows[i + 1] if i + 1 < len(lows) else ""
        if low in _PIECE_NOUNS and i and lows[i - 1] in ("one", "another") and after in _ARGUING:
            out.append((i - 1, i + 1))  # "one writer argues"
            continue
        if low not in _OUTLET_NOUNS:
            continue
        start = next((j for j in range(i - 1, max(-1, i - 4), -1) if lows[j] in ("a", "the")),
                     None)  # fmt: skip
        if start is None or any(is_stop(w) for w in lows[start + 1 : i]):
            continue
        before = lows[start - 1] if start else ""
        if after in SAYING or before in MEDIA_BEFORE or lows[max(0, start - 2) : start] == [
            "according", "to"]:  # fmt: skip
            out.append((start, i + 1))
        elif after == "citing":  # "a local TV station, citing sources, reports": up to the verb
            verb = next((j for j in range(i + 3, min(i + 6, len(lows))) if lows[j] in SAYING), 0)
            if verb:
                out.append((start, verb))
    return out


def media_outlets(text: str) -> tuple[tuple[str, str, bool], ...]:
    """The outlets ``text`` attributes something to ("Al Jazeera reported", "according to
    NPR"): each as written, the verb or word crediting it ("reported", "to") and whether the
    name looks like an outlet ("NPR", "Wired News"; not "Al Jazeera", not "Salih wrote")."""
    toks = tokens(text)
    out = []
    for start, end in media_spans(text)[0]:
        after = toks[end].lower() if end < len(toks) else ""
        verb = after if after in SAYING else toks[start - 1].lower() if start else ""
        out.append((" ".join(toks[start:end]), verb, _outlet(toks[start:end])))
    return tuple(out)


def without_channels(
    toks: list[str], lows: list[str], gaps: list[str], media: Sequence[tuple[int, int]]
) -> tuple[list[str], list[str]]:
    """The tokens with an outlet's channel number ("tells WBNX 4", "told WAKN News 8") made a
    word: it names where the summary read something, not a figure of the story. ``media``:
    the outlets' token spans (:func:`_media_runs`)."""
    ends = [b for _, b in media]
    channels = {
        b for b in ends if b < len(toks) and gaps[b] == " " and re.fullmatch(r"\d{1,3}", toks[b])
    }
    if not channels:
        return toks, lows
    toks = ["channel" if k in channels else t for k, t in enumerate(toks)]
    return toks, [t.lower() for t in toks]


def _media_runs(toks: list[str], gaps: list[str]) -> list[tuple[int, int]]:
    """The name runs (with "of" joined) that are media attributions (:func:`_media`). A web
    address is one name with its ending ("Salon.com", "SciDev.Net")."""
    runs = []
    for a, b in name_runs(toks, gaps, join_of=True):
        while b < len(toks) and gaps[b] == "." and toks[b].lower() in DOMAINS:
            b += 1
        if _media(toks, gaps, a, b):
            runs.append((a, b))
    return runs


def _media(toks: list[str], gaps: list[str], start: int, end: int) -> bool:
    """Whether the name toks[start:end] is a media attribution: "Politico reports", "per the
    AP", "according to NPR", "reports NPR.", "writes in Salon" and, for a name that looks like
    an outlet, "the AV Club frames it", "ETOnline says"."""
    before = [t.lower() for t in toks[max(0, start - 3) : start] if t.lower() != "the"]
    after = toks[end].lower() if end < len(toks) else ""
    clause_end = end == len(toks) or bool(gaps[end].strip(" \"”’'"))
    titled = toks[start].lower() in TITLE_ABBREVIATIONS  # "told Rep. Adam Schiff": a person
    # "Marwood chief executive Henrik Lindahl wrote to staff": a role before the name or in it
    person = titled or any(t.lower() in ROLES for t in toks[max(0, start - 1) : end])
    return (
        after in MEDIA_VERBS and not person and toks[end - 1].lower() not in OFFICIAL_HEADS
        or (bool(before) and before[-1] in MEDIA_BEFORE and not titled)
        or before[-2:] == ["according", "to"]
        or before[-2:] in (["writes", "in"], ["wrote", "in"], ["writing", "in"])
        or before[-1:] == ["by"] and before[-2:-1] and before[-2] in CREDITING  # "cited by NPR"
        or (bool(before) and before[-1] in MEDIA_VERBS and clause_end)
        or (_outlet(toks[start:end]) and (after in SAYING or clause_end and bool(before)
                                            and before[-1] in {"at", "in", "on", "from", "by"}
                                            or _report_after(toks, end)))
    )  # fmt: skip


def _outlet(name: list[str]) -> bool:
    """Whether a name looks like a news outlet: an acronym ("NPR", "KCRA") or a name ending
    in an outlet word ("Los Angeles Times", "Action News", "Today.com")."""
    last = name[-1]
    if last.lower() in ROLES_AFTER:
        return False
    return (
        (last.isupper() and 2 <= len(last) <= 5)
        or last.lower() in OUTLET_WORDS
        or (len(name) > 1 and last.lower() in DOMAINS)
        or (last.lower().endswith(tuple(OUTLET_WORDS - {"sun", "star"})) and len(name) == 1)
    )
