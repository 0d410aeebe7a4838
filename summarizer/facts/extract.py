"""The facts of a text (:func:`extract_facts`: figures, weekdays, months, names, scores) and
whether a text states a claim's fact (:func:`states`); the claim's content stems in order,
without its media attributions (:func:`claim_stems`)."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.facts.counts import figures_of
from summarizer.facts.figures import (
    agrees,
    common,
    compatible,
    counts_things,
    is_year,
    ordinal,
    same_owner,
    same_side,
    same_thing,
    score_figures,
)
from summarizer.facts.media import CONJUNCTIONS, attribution_tokens, media_spans, without_channels
from summarizer.facts.names import (
    CURRENCIES,
    GENERIC_HEADS,
    GENERIC_KINDS,
    entity_in,
    inverted_names,
    names_of,
    opener_of,
    run_initials,
    titled_name,
)
from summarizer.facts.numbers import Number, acts_of, months_of
from summarizer.facts.values import scores
from summarizer.facts.words import (
    COMPASS,
    COMPASS_FORMS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    SEASONS,
    WEEKDAYS,
    content_stems,
    content_tokens,
    plain,
    stem,
    tag_words,
    token_gaps,
    tokens,
    with_tags,
)


@dataclass(frozen=True)
class Facts:
    """The checkable facts of one text."""

    numbers: tuple[Number, ...] = ()
    weekdays: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    entities: tuple[tuple[str, ...], ...] = ()  # capitalised spans, as written
    scores: frozenset[str] = frozenset()  # results and votes, "4-1" (larger first)
    opener: str = ""  # a lone capitalised word opening the text: a name or not (see below)
    opener_speaks: bool = False  # ... followed by a verb of saying or a possessive


def claim_stems(text: str) -> list[str]:
    """Content stems of a summary sentence, without its media attributions."""
    return content_stems(text, attribution_tokens(text))


def claim_spans(text: str) -> list[tuple[int, int]]:
    """Character span of each of :func:`claim_stems` in ``text``."""
    return [match.span() for match, _ in content_tokens(text, attribution_tokens(text))]


def clause_starts(text: str, conjunctions: bool = False) -> list[bool]:
    """For each of :func:`claim_stems`, whether punctuation stands between it and the
    content word before it (a new clause or list item starts there); with ``conjunctions``,
    also a conjunction joining clauses ("... revoked and its contract would end") or "said"
    before what was said."""
    out, last = [], 0
    for match, gaps in content_tokens(text, attribution_tokens(text)):
        between = text[last : match.start()].lower().split()
        out.append(bool(gaps.strip(" -")) or conjunctions and bool(_JOINING & set(between)))
        last = match.end()
    return out


_JOINING = CONJUNCTIONS | {"said", "says"}  # what someone said is a clause of its own


def extract_facts(text: str, ones: bool = False) -> Facts:
    """The numbers, weekdays, months and capitalised names in ``text``; ``ones``: "one" before
    a noun counts as the figure 1 (for source texts: "one protester was killed" is a figure a
    claim's "two protesters" conflicts with, while a claim's "at one point" asks for nothing)."""
    toks = tokens(text)
    lows = [t.lower() for t in toks]
    gaps = token_gaps(text)
    opener = opener_of(toks, gaps)
    runs, nouns = media_spans(text)
    return Facts(
        numbers=tuple(figures_of(*without_channels(toks, lows, gaps, runs), gaps, ones)),
        weekdays=frozenset(
            w
            for w, t in zip(lows, toks, strict=True)
            if w in WEEKDAYS or (w in SEASONS or w in COMPASS) and t.islower()
        ),
        months=frozenset(months_of(toks, lows)),
        entities=with_tags(names_of(toks, gaps, [*runs, *nouns]), text),
        scores=scores(text),
        opener=opener,
        opener_speaks=bool(opener) and len(toks) > 1 and acts_of(toks, lows, gaps),
    )


def word_set(text: str) -> set[str]:
    """Lower-cased tokens of ``text`` and their stems, for :func:`entity_in` look-ups."""
    lows = [t.lower() for t in [*tokens(text), *tag_words(text)]]
    months = {MONTH_ABBREVIATIONS[w] for w in lows if w in MONTH_ABBREVIATIONS}
    # "kellin wharf": the word before a generic last word of a name ("Tenney Bridge")
    named = {f"{plain(a)} {plain(b)}" for a, b in zip(lows, lows[1:], strict=False)
             if plain(b) in GENERIC_HEADS}  # fmt: skip
    # "dunmore high school": and the word before a kind of it ("Pell Creek High School")
    named |= {f"{a} {b} {plain(c)}" for a, b, c in zip(lows, lows[1:], lows[2:], strict=False)
              if b in GENERIC_KINDS and plain(c) in GENERIC_HEADS}  # fmt: skip
    money = {w for symbol, names in CURRENCIES.items() if symbol in text for w in names}
    return (
        set(lows)
        | {stem(w) for w in lows}
        | titled_name(text)
        | months
        | scores(text)
        | named
        | inverted_names(text)
        | money
        | run_initials(text)
    )


Fact = Number | str | tuple[str, ...]  # a number, a weekday or month name, a name's words


def fact_list(facts: Facts) -> list[Fact]:
    """The facts of a text one by one: numbers, weekdays and months, names."""
    return [*facts.numbers, *sorted(facts.weekdays | facts.months | facts.scores),
            *facts.entities]  # fmt: skip


def states(
    fact: Fact, facts: Facts, words: set[str], near: bool = False, strict: bool = False
) -> bool:
    """Whether a text (its :func:`extract_facts` and :func:`word_set`) states ``fact``.

    With ``near``, a small whole number counts only with a word it has on the same side in
    the claim, so "15 days in jail" does not support "arrested July 15"; with ``strict``, any
    figure does, or a text with one of the words around it in the claim (for a figure another
    source gives otherwise: "its 20 million users" does not bear out "20 million e-mail
    accounts" where another article counts 40 million accounts; "the number of arrests ... was
    over 300" bears out "more than 300 people had been arrested").
    """
    if isinstance(fact, Number):
        # A small whole number ("12", "three") recurs for many things in one article, so with
        # ``near`` it needs a word in common around it; a distinctive figure ("46 million",
        # "2.5", "1,300"), a sum of money given as one ("$18") or one with no content words
        # around it in the claim is its value.
        # A decade ("the 2040s") is borne out by a year in it only with such a word too, or
        # in a text on what it dates ("a 1960s-era bridge": "The bridge, built in 1967").
        loose = not near or (
            (not fact.around or not common(fact.value) or fact.date)
            if fact.bound != "s"
            else bool(fact.around & words)
        )
        if strict:  # what ``loose`` lets pass on its value alone needs a word around it too
            loose = not fact.around or loose and bool(fact.around & words)
        return any(
            agrees(fact, n)
            and (
                loose
                or same_side(fact, n)
                or not strict
                and _both_bare(fact, n, facts, words)
                or not strict
                and fact.noun == n.noun == "age"
            )  # "Simms, 58," is 58 years old
            and same_owner(fact.owner, n.owner)
            and (fact.date == n.date or is_year(fact) and is_year(n))  # "August 2015" has 2015
            and not (fact.money and counts_things(n))  # "a fee of £40" is no "40 goals"
            and (fact.share == n.share or "s" in (fact.bound, n.bound))  # "some 20% of the
            # victims" is no "18 major types"; "the low 20s" may be 20 percent
            and (ordinal(fact) == ordinal(n) or fact.date or n.date)  # "21 goals" is no "21st"
            for n in facts.numbers
        )
    if isinstance(fact, str):
        return fact in words or bool(COMPASS_FORMS.get(fact, set()) & words)
    return entity_in(fact, words)


def _both_bare(a: Number, b: Number, facts: Facts, words: set[str]) -> bool:
    """Whether two figures are sums of money, or count no noun, in a text with a word from
    round the first ("with only four officers on the wing when seven were supposed to be
    there" and "four officers ... on the wing, when the staffing plan called for seven"); a
    score's figure ("a 2-1 win") is not bare, but borne out by the score."""
    if a.money and b.money:
        return True
    bare = not a.noun and not b.noun and not a.date and not b.date
    return bare and b.value not in score_figures(facts.scores) and bool(a.around & words)


def surface(fact: Fact) -> str:
    """How a fact is listed in ``missing``."""
    if isinstance(fact, Number):
        return fact.surface
    if isinstance(fact, str):
        return fact.capitalize() if fact in WEEKDAYS or fact in MONTHS else fact
    return " ".join(fact)


def conflicting(numbers: tuple[Number, ...], facts: Facts, related: bool = False) -> list[Number]:
    """The claim's ``numbers`` for which a text gives another figure of the same thing
    (``related``: the text is about what the claim says, so one counted noun is enough). A
    figure the claim itself gives too is no other figure ("The 75 dissidents ..., and fourteen
    dissidents have been freed" against "Fourteen dissidents have been freed")."""
    return [
        number
        for number in numbers
        if not any(compatible(number, n) for n in facts.numbers)
        and any(
            same_thing(number, n, related) and not any(agrees(own, n) for own in numbers)
            for n in facts.numbers
        )
    ]
