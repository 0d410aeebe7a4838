"""Two things the claim gives the other way round from the sources: the figures of two owners
(:func:`swapped_figures`, :func:`swapped_counts`, read by :func:`figure_owners`), two sides of a
contrast (:func:`crossed`: "X, while Y") and the two ends of a route (:func:`reversed_route`)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from summarizer.evidence import Evidence
from summarizer.facts import (
    Facts,
    Number,
    agrees,
    content_stems,
    plain,
    same_value,
    stem,
    tokens,
)
from summarizer.relations.claim import Claim
from summarizer.relations.words import (
    NO_ACTORS,
    name_pattern,
)

# Where a sentence sets two things side by side: "X, while Y", "X; Y", "X, whereas Y", "X
# instead of Y", "X rather than Y"
_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|;\s+|\s+(?:instead\s+of|rather\s+than)\s+")


def crossed(text: str, quotes: Sequence[str]) -> tuple[str, str] | None:
    """Two words the claim sets side by side that a cited text, setting the same two things
    side by side, pairs the other way round, or None: "Ashworth suffered frostbite, while
    Kerr was treated for hypothermia" where the source has "Kerr was being treated for
    frostbite, while Ashworth was suffering from hypothermia"; "in kilograms instead of
    pounds" for "in pounds instead of kilograms". Each side of the claim holds words only one
    side of the source has, from both sides (told the other way round as a whole, "the police
    said X, while his family said Y" for "his family said Y, while the police said X", it is
    no swap). Where one side is a single word ("in kilograms instead of pounds"), that word
    and the one next to it across the connector are the two compared."""
    parts = _CONTRAST.split(text)
    if len(parts) != 2:
        return None
    first, second = (content_stems(p) for p in parts)
    if not first or not second:
        return None
    pairs = [(a, b) for quote in quotes for a, b in itertools.pairwise(_CONTRAST.split(quote))]
    for sides in pairs:
        one, two = (set(content_stems(p)) for p in sides)
        only_one, only_two = one - two, two - one
        if len(second) == 1 or len(first) == 1:  # "in kilograms instead of pounds"
            a, b = first[-1], second[0]
            if a in only_two and b in only_one:
                return _as_written(a, text), _as_written(b, text)
            continue
        mine = set(first), set(second)
        if all(side & only for side in mine for only in (only_one, only_two)):
            a, b = min(mine[0] & only_two), min(mine[1] & only_one)
            return _as_written(a, text), _as_written(b, text)
    return None


_ROUTE_WORD = r"(?!(?:and|but|that|which|who|when|after|before)\b)[\w'’-]+"  # within a clause
_ROUTE = re.compile(
    rf"\bfrom\s+((?:{_ROUTE_WORD}\s+){{0,6}}?{_ROUTE_WORD})\s+(?:back\s+|over\s+)?to\s+"
    r"((?:[\w'’-]+\s+){0,4}[\w'’-]+)",
    re.IGNORECASE,
)
# a word of a short "to B from A" side: no clause word, no preposition ("from hold on Monday")
_BACK_WORD = r"(?!(?:and|but|that|which|who|when|after|before|on|in|at|by|for|with|over)\b)[\w'’-]+"
_ROUTE_BACK = re.compile(  # "to buy from hold"
    rf"\bto\s+((?:{_BACK_WORD}\s+){{0,2}}?{_BACK_WORD})\s+from\s+"
    rf"((?:{_BACK_WORD}\s+){{0,2}}{_BACK_WORD})",
    re.IGNORECASE,
)


def reversed_route(text: str, quotes: Sequence[str]) -> tuple[str, str] | None:
    """Where the claim has something go "from" one thing "to" another, and a cited text has it
    go the other way, or None: "spammers redirected traffic from the Lycos screensaver site to
    their own websites" where the source has "from their sites back to the Lycos screensaver
    site", "upgraded Kestrel to buy from hold" where it has 'cut Kestrel to "hold" from "buy"'.
    A word of the claim's "from" side is one only the text's "to" side has, no word of it is
    one only the text's "from" side has, and no word of the claim's "to" side is one only the
    text's "to" side has."""
    claimed = _routes(text)
    told = [
        (set(content_stems(source)), set(content_stems(target)))
        for quote in (quotes if claimed else ())
        for source, target in _routes(quote)
    ]
    for claimed_from, claimed_to in claimed:
        start, end = set(content_stems(claimed_from)), set(content_stems(claimed_to))
        for source, target in told:
            moved = start & (target - source)
            if moved and not start & (source - target) and not end & (target - source):
                return claimed_from, claimed_to
    return None


def _routes(text: str) -> list[tuple[str, str]]:
    """The (from, to) sides of each "from A to B" and "to B from A" in the text, quotation
    marks left out ('to "hold" from "buy"')."""
    plain_text = re.sub(r"[\"“”]", "", text)
    found = [(m[1], m[2]) for m in _ROUTE.finditer(plain_text)]
    return found + [(m[2], m[1]) for m in _ROUTE_BACK.finditer(plain_text)]


def _as_written(word_stem: str, text: str) -> str:
    """The first word of ``text`` with this stem, as written."""
    return next((t for t in tokens(text) if stem(t.lower()) == word_stem), word_stem)


def swapped_figures(claim: Claim, evidence: Evidence) -> tuple[str, str] | None:
    """Two names the claim gives each other's figures ("the Nasdaq was down 1,420 points,
    while the Dow had declined 4.6%" where a source has "The Dow fell 1,420 points ... the
    Nasdaq declined 4.6%"), as written, or None: a source sentence gives each figure with the
    other name right before it (:func:`figure_owners`) and none with the claim's."""
    owned = [(name, n) for name, n in figure_owners(claim.text, claim.facts) if not n.date]
    if len(owned) < 2:
        return None
    names = tuple(dict.fromkeys(name for name, _ in owned))
    stated = [figure_owners(evidence.candidates[i].quote, evidence.facts[i], names)
              for i in _stating(evidence, {n.value for _, n in owned})]  # fmt: skip

    def with_(name: tuple[str, ...], n: Number) -> bool:
        head = stem(name[-1].lower())
        return any(stem(e[-1].lower()) == head and agrees(n, m) for pairs in stated
                   for e, m in pairs)  # fmt: skip

    for (x, v), (y, w) in itertools.combinations(owned, 2):
        if stem(x[-1].lower()) == stem(y[-1].lower()) or same_value(v.value, w.value):
            continue
        if with_(y, v) and with_(x, w) and not with_(x, v) and not with_(y, w):
            return " ".join(x), " ".join(y)
    return None


def _stating(evidence: Evidence, values: set[float]) -> list[int]:
    """The source sentences giving one of these figures (their one-sentence rows)."""
    return [
        i
        for i, c in enumerate(evidence.candidates)
        if c.size == 1 and any(m.value in values for m in evidence.facts[i].numbers)
    ]


def swapped_counts(claim: Claim, evidence: Evidence) -> tuple[str, str] | None:
    """Two figures the claim gives each other's words ("some 30,000 people were killed ...
    while another 3,000 said they were tortured" where a source has "Some 3,000 people were
    killed ... and another 30,000 said they were tortured"), as written, or None: one source
    sentence gives each figure once, with words just after it that the claim has after the
    other figure and none the claim has after it, and no source sentence gives either figure
    with the claim's words after it."""
    mine = [n for n in claim.facts.numbers if n.context and not n.date]
    if len(mine) < 2:
        return None
    stated = [evidence.facts[i].numbers for i in _stating(evidence, {n.value for n in mine})]

    def contexts(n: Number, numbers: Sequence[Number]) -> list[frozenset[str]]:
        return [m.context for m in numbers if agrees(n, m)]

    def as_mine(n: Number) -> bool:
        return any(c & n.context for numbers in stated for c in contexts(n, numbers))

    for v, w in itertools.combinations(mine, 2):
        if same_value(v.value, w.value) or as_mine(v) or as_mine(w):
            continue
        for numbers in stated:
            (tv, tw) = contexts(v, numbers), contexts(w, numbers)
            if len(tv) == len(tw) == 1 and v.context & tw[0] and w.context & tv[0]:
                return v.surface, w.surface
    return None


_SCORE_AFTER = re.compile(r"[-\u2013]\d")  # the first side of "20-13"
_SCORE_BEFORE = re.compile(r"\d[-\u2013]$")  # the second


@functools.lru_cache(maxsize=4096)
def figure_owners(
    text: str, facts: Facts, also: tuple[tuple[str, ...], ...] = ()
) -> tuple[tuple[tuple[str, ...], Number], ...]:
    """Each figure of a sentence with the name written last before it, if any (days, months
    and laws aside): "The S&P 500 dropped 5.8% and the Nasdaq Composite declined 4.6%" gives
    5.8% to the S&P 500 and 4.6% to the Nasdaq Composite. A figure right before "in"/"at" and a
    name is that name's ("six in Millbrook"); a side of a result or vote ("20-13") is no one's.
    A possessive in an apposition describes the name before it: "Greenacre, the UK's
    fourth-largest grocer, has about 810 stores" gives 810 to Greenacre. Names ``also`` count
    where ``facts`` lack them (a sentence's first word: "Greenacre, which has about 540")."""
    names, starts = [], {}
    for name in dict.fromkeys((*facts.entities, *also)):
        if plain(name[-1].lower()) in NO_ACTORS:
            continue
        for m in re.finditer(rf"\b{name_pattern(name)}\b", text):
            names.append((m.end(), name))
            starts[m.start()] = name
    names.sort()
    names = [(end, name) for k, (end, name) in enumerate(names)
             if not (k and _APPOSED_POSSESSIVE.fullmatch(text, names[k - 1][0], end))]  # fmt: skip
    out, start = [], 0
    for n in facts.numbers:
        at = text.find(n.surface, start)
        if at < 0:
            continue
        start = at + len(n.surface)
        if _SCORE_AFTER.match(text, start) or _SCORE_BEFORE.search(text, 0, at):
            continue  # one side of a result or vote ("approved it 20-13") is no count
        place = _FIGURE_PLACE.match(text, start)  # "six in Millbrook": Millbrook's six
        if place and place.end() in starts:
            out.append((starts[place.end()], n))
            continue
        before = [(end, name) for end, name in names if end <= at]
        if before:
            out.append((max(before)[1], n))
    return tuple(out)


_FIGURE_PLACE = re.compile(r"\s+(?:in|at)\s+")
# A possessive name opening an apposition: ", the UK's" after "Greenacre" (the name itself is
# matched by any run of words without a comma)
_APPOSED_POSSESSIVE = re.compile(r",\s+(?:the\s+)?[^,]+?['’]s")


def next_to_name(claim: Claim, name: str, after: bool) -> str:
    """The claim's content word right after (or before) ``name`` in its clause, or ""."""
    for k, t in enumerate(claim.ordered):
        j = k + 1 if after else k - 1
        if t == name and 0 <= j < len(claim.ordered) and not claim.starts[max(k, j)]:
            return claim.ordered[j]
    return ""


def name_beyond(sequence: Sequence[str], word: str, name: str, after: bool) -> bool:
    """Whether ``name`` comes somewhere after (or before) ``word`` in ``sequence``."""
    spots = [p for p, t in enumerate(sequence) if t == word]
    names = [p for p, t in enumerate(sequence) if t == name]
    return any(q > p if after else q < p for p in spots for q in names)


def in_same_clause(claim: Claim, j: int, name: str, after: bool) -> bool:
    """Whether ``name`` stands beyond the claim's word ``j`` in the same clause."""
    seq, starts = claim.ordered, claim.joined
    span = range(j + 1, len(seq)) if after else range(j - 1, -1, -1)
    for k in span:
        if starts[k if after else k + 1]:
            return False
        if seq[k] == name:
            return True
    return False


def name_near(sequence: Sequence[str], name: str, word: str, after: bool, distance: int) -> bool:
    """Whether ``word`` comes within ``distance`` after (or before) ``name`` in ``sequence``."""
    names = [p for p, t in enumerate(sequence) if t == name]
    spots = [p for p, t in enumerate(sequence) if t == word]
    return any(0 < (q - p if after else p - q) <= distance for p in names for q in spots)
