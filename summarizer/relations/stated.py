"""Which of the claim's facts its cited texts state (:func:`unstated_facts`): a figure with a
word in common around it, a weekday a live blog's entry gives, a name as
:func:`~summarizer.relations.mentions.names_for_claim` reads it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from summarizer.evidence import Evidence
from summarizer.facts import (
    ROLES,
    WEEKDAYS,
    Fact,
    Facts,
    Number,
    agrees,
    compatible,
    fact_list,
    is_body,
    plain,
    score_figures,
    surface,
)
from summarizer.junk import DAY_LINE
from summarizer.relations.claim import Claim, has
from summarizer.relations.mentions import names_for_claim, tied_words
from summarizer.relations.naming import (
    named_otherwise,
)
from summarizer.relations.words import is_person, name_pattern, title_word

NUMBERS_NEAR = True  # a figure counts as cited only with a word in common around it


def unstated_facts(claim: Claim, evidence: Evidence, cited: list[int]) -> list[str]:
    """The claim's facts no cited text states. A figure counts when a cited text gives it
    with a word in common around it or, when the claim gives that value only once, anywhere
    in a cited text that has no other figure near its words ("12 years old in 2014" from "who
    were 12 at the time of the 2014 attack"); a value the claim repeats ("by 6 a.m. after six
    hours") needs its words, and the cited texts must give it as often. A name counts as
    :func:`names_for_claim` says."""
    facts = claim.facts
    values = Counter(n.value for n in facts.numbers)
    # The figures of a result or vote a cited text gives ("6-3" for "six votes to three").
    scored = score_figures(s for s in facts.scores if any(s in evidence.words[i] for i in cited))
    # A value the claim gives more often than the cited texts do ("since March 2026, with a
    # contract to the end of 2026" from "since March 2021, and his contract ran until the end
    # of 2026"): one of its figures is given by none of them.
    given = Counter(n.value for i in cited for n in evidence.facts[i].numbers)
    short = [n.surface for n in facts.numbers
             if values[n.value] > max(1, given[n.value]) and n.value not in scored]  # fmt: skip
    found = [
        surface(fact)
        for fact in fact_list(facts)
        if not any(
            names_for_claim(claim, fact, evidence, i)
            if isinstance(fact, tuple)
            else has(fact, evidence, i, near=NUMBERS_NEAR) or _dated(fact, evidence, i)
            for i in cited
        )
        and not (isinstance(fact, Number) and fact.value in scored)
        and not (
            isinstance(fact, Number)
            and values[fact.value] == 1
            and any(_loosely(fact, evidence.facts[i]) for i in cited)
        )  # fmt: skip
        and not (isinstance(fact, Number) and _the_two(claim, fact))
        or isinstance(fact, tuple)
        and _another_of_the_name(claim, fact, evidence, cited)
    ]
    return list(dict.fromkeys([*short[-1:], *found]))


def _another_of_the_name(
    claim: Claim, name: tuple[str, ...], evidence: Evidence, cited: list[int]
) -> bool:
    """Whether a cited text gives a person's last word only after another first name, and no
    cited text gives the name in full: "killing Terrence Pruitt" where one citation says
    "killing Raymond Pruitt" and another "the killing of Mr. Pruitt" is a changed name, though
    the sources name a Terrence Pruitt elsewhere. In a window of sentences, the full name
    counts only in a sentence with a word the claim has around it (:func:`_spelled_in`): "the
    killing of Mr. Pruitt, a store clerk. Pruitt's nephew, Terrence Pruitt, said ..." does not
    make the clerk Terrence."""
    if len(name) < 2 or title_word(name[0]) or name[0].lower() in ROLES:
        return False
    if is_body(name) or not is_person(" ".join(name)):
        return False  # "the Labor Department" is "the Department of Labor", "AC Milan" no person
    if not any(named_otherwise(name, evidence.candidates[i].quote) for i in cited):
        return False
    spelled = re.compile(rf"\b{name_pattern((*name[:-1], plain(name[-1])))}\b")
    tied = tied_words(claim, name)
    return not any(_spelled_in(spelled, tied, evidence, i) for i in cited)


def _spelled_in(spelled: re.Pattern[str], tied: set[str], evidence: Evidence, i: int) -> bool:
    """Whether candidate ``i`` spells the name out; in a window, in one of its sentences that
    holds a word of ``tied``, those tying the name to the claim (:func:`tied_words`)."""
    rows = evidence.sentence_rows(i)
    if evidence.candidates[i].size == 1 or not tied or None in rows:
        return bool(spelled.search(evidence.candidates[i].quote))
    return any(spelled.search(evidence.candidates[j].quote) and tied & evidence.words[j]
               for j in rows)  # fmt: skip


ENTRY_REACH = 3  # most sentences of a live blog's entry after the one that opens with its time
_TIMED = re.compile(r"\d{1,2}[:.]\d{2}\b")  # a live blog's entry opens with its time
_SAME_DAY = re.compile(
    rf"^{_TIMED.pattern}|\b(?i:today|tonight|this (?:morning|afternoon|evening))\b"
)


def _dated(fact: Fact, evidence: Evidence, i: int) -> bool:
    """Whether candidate ``i`` is a live blog's entry of the day ``fact`` ("14:10 Rail operator
    Vellink says ... this afternoon" under the line "Wednesday 16 July"): it opens with a time
    or says "today", or one of the ``ENTRY_REACH`` sentences before it opens the entry with its
    time ("1:15 p.m. — The fire is out. Chief Ramon Delgado says crews put out ..."), and the
    last line of its article before that which is only a date names that day."""
    if not isinstance(fact, str) or fact not in WEEKDAYS or evidence.rows_of is None:
        return False
    c = evidence.candidates[i]
    rows = evidence.rows_of.get(c.doc, ())
    if _lede_day(fact, evidence, i, rows):
        return True
    lines = [evidence.candidates[r].quote for r in rows
             if evidence.candidates[r].sentence <= c.sentence]  # fmt: skip
    entry = len(lines) - 1
    if not _SAME_DAY.search(c.quote):  # a later sentence of an entry opening with its time
        back = [k for k in range(entry - 1, max(-1, entry - 1 - ENTRY_REACH), -1)
                if _TIMED.match(lines[k]) or DAY_LINE.fullmatch(lines[k].strip())]  # fmt: skip
        if not back or not _TIMED.match(lines[back[0]]):
            return False
        entry = back[0]
    dates = [q for q in lines[:entry] if DAY_LINE.fullmatch(q.strip())]
    return bool(dates) and fact in dates[-1].lower()


LEDE_DAY_REACH = 2  # sentences after an article's first that its lede's weekday dates


def _lede_day(day: str, evidence: Evidence, i: int, rows: Sequence[int]) -> bool:
    """Whether the weekday is the one day an article gives, in its first sentence, and
    candidate ``i`` (a sentence or window) starts within ``LEDE_DAY_REACH`` sentences after
    it and gives no day or month: it reports that day's news ("Stocks, bonds and commodities
    fell Wednesday ... The Dow Jones Industrial Average fell 1,420 points, or 6.7%, to 19818
    in midday trading")."""
    c, facts = evidence.candidates[i], evidence.facts[i]
    if not 0 < c.sentence <= LEDE_DAY_REACH or facts.weekdays or facts.months:
        return False
    days = [(evidence.candidates[r].sentence, evidence.facts[r].weekdays) for r in rows]
    named = set().union(*(d for _, d in days))
    return named == {day} and any(k == 0 and day in d for k, d in days)


_THE_TWO = re.compile(r"\b(?i:the) two\b(?! of\b)")


def _the_two(claim: Claim, number: Number) -> bool:
    """Whether the figure is the "two" of "the two sides", "the two retailers": a pair the
    claim has named, not a count a source must give (a claim giving another figure for it, "the
    three retailers", is still checked)."""
    return (
        number.value == 2 and number.surface.lower() == "two" and bool(_THE_TWO.search(claim.text))
    )


def _loosely(number: Number, facts: Facts) -> bool:
    """Whether a text gives the value of ``number`` and no other figure near its words (in
    "backed strike action by 87 percent on a turnout of 74 percent", 74 is not the vote)."""
    given = any(agrees(number, n) and n.date == number.date for n in facts.numbers)
    rivals = any(not compatible(number, n) and n.around & number.around
                 for n in facts.numbers)  # fmt: skip
    return given and not rivals
