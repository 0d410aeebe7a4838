"""Sentences cited besides each article's best, for what those citations lack: a summary
sentence often fuses several.

A sentence that states a fact the citations lack is cited too when it is related
(``COMPLETE_MIN``) and, for a number or a name, shares a word around it with the claim
("Kowalski said the offer was fair" is not completed by "Kowalski said members had voted"),
or, for a name, is the sentence right before a cited one saying "he" or "she" and names no one
else ("Bouncer Zdravko Micevic, 22, is charged. It is alleged he punched ...")
(:func:`completing_rows`). So is, for a part of the claim no citation holds
(:func:`summarizer.support.gaps`), the related sentence holding ``FILL_SHARE`` of its words,
even from an article already cited: a summary sentence often fuses two sentences that are not
adjacent (:func:`filling_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from summarizer.citing import covered_by
from summarizer.config import AttributeConfig
from summarizer.evidence import Evidence
from summarizer.facts import (
    MONTHS,
    WEEKDAYS,
    Fact,
    Number,
    common,
    fact_list,
    is_stop,
    plain,
    stem,
    tokens,
)
from summarizer.relations.claim import Claim, has
from summarizer.relations.displaced import after_words
from summarizer.relations.mentions import PLACE_WORDS, quote_speaker, tied_words
from summarizer.relations.naming import HE_SHE, IT_IS, antecedent, it_stands_for, lies_in
from summarizer.relations.order import ORDER_DISTANCE
from summarizer.relations.words import PEOPLE
from summarizer.support import gaps

COMPLETE_MIN = 0.1  # least score of a sentence cited only for a fact the others lack
PRONOUN_ANTECEDENT = True  # a name is completed from the sentence before a cited "he" / "she"
FILL_SHARE = 0.5  # least share of an uncited part a sentence must hold to be cited for it
FILL_WHOLE = 3  # words (not names') of a part no citation holds any of, filled as a gap is


def completing_rows(claim, evidence, scores, cited, blocked, config: AttributeConfig) -> list[int]:
    """Sentences that give a fact the cited ones lack (a claim may fuse several).

    For each missing fact, the best-scoring single sentence that states it is added when
    it is related to the claim (score >= ``COMPLETE_MIN``; for a number or a name, a
    word in common around it too: "Kowalski said the offer was fair" is not completed by
    "Kowalski said members had voted"; a name, by the sentence before a cited one that
    calls them "he" or by a description, whatever its score: :func:`_antecedents`; for a
    day, a season or a word like it, one of the claim's words next to it right beside it:
    "detected on Monday" is not completed by "demanded payment by Monday"; a figure few
    sentences give, by one giving it with a word around it in common, whatever its score:
    :func:`_distinct_figure`) and its article reports no conflicting figure.
    """
    extra: list[int] = []
    room = max(1, config.max_citations) - len(cited)
    related = [*np.flatnonzero(scores >= COMPLETE_MIN), *_next_to_cited(evidence, cited)]
    for fact in fact_list(claim.facts):
        if room <= len(extra) or any(has(fact, evidence, i) for i in cited + extra):
            continue
        if cited and _replaced(fact, evidence, cited[0], claim):
            continue  # the best citation gives another day or name in its place
        around = tied_words(claim, fact) if isinstance(fact, tuple) else set()
        day = isinstance(fact, str)
        distinct = _distinct_figure(fact, evidence)
        antecedents = (
            _antecedents(evidence, cited + extra, around | _given(fact, evidence))
            if around
            else set()
        )
        found = [i for i in sorted({*related, *antecedents, *distinct})
                 if evidence.candidates[i].size == 1
                 and evidence.candidates[i].doc not in blocked
                 and has(fact, evidence, i, near=True)
                 and (not around or bool(around & evidence.words[i])
                      or i in antecedents and (antecedent(fact, evidence, i)
                                               or it_stands_for(fact, evidence, i)))
                 and (not around or not _dateline_only(fact, evidence.candidates[i].quote))
                 and (not day or _beside(claim, fact, evidence, i)
                      or _lede_before(evidence, i, cited))]  # fmt: skip
        if found:
            docs = _docs(evidence, cited + extra)
            extra.append(int(max(found, key=lambda i: (evidence.candidates[i].doc in docs,
                                                        scores[i]))))  # fmt: skip
    return extra


def filling_rows(claim, evidence, scores, cited, blocked, config: AttributeConfig) -> list[int]:
    """Sentences that hold a part of the claim the citations lack (:func:`gaps`): a summary
    sentence often fuses sentences that are not adjacent, even from one article. For each
    such part, the related sentence (score >= ``COMPLETE_MIN``) holding most of its uncited
    words is added when it holds ``FILL_SHARE`` of them and its article gives no
    conflicting figure."""
    extra: list[int] = []
    room = max(1, config.max_citations) - len(cited)
    covered = covered_by(evidence, cited)
    parts = [set(claim.ordered[a:b]) for a, b in gaps(claim, covered)]
    for part in parts + _uncited_parts(claim, covered):
        part -= covered
        if len(extra) >= room or not part:
            continue
        docs = _docs(evidence, cited + extra)
        found = [(len(part & evidence.words[i]), evidence.candidates[i].doc in docs,
                  scores[i], int(i))
                 for i in np.flatnonzero(scores >= COMPLETE_MIN)
                 if evidence.candidates[i].size == 1 and i not in cited
                 and evidence.candidates[i].doc not in blocked]  # fmt: skip
        gain, _, _, best = max(found, default=(0, False, 0.0, -1))
        if best >= 0 and gain >= FILL_SHARE * len(part):
            extra.append(best)
            covered |= evidence.words[best]
    return extra


def _uncited_parts(claim: Claim, covered: set[str]) -> list[set[str]]:
    """The words other than names of each part of the claim (between punctuation and clause
    conjunctions) that no citation holds a word of, when there are ``FILL_WHOLE`` or more: "...,
    and the US says its decorations will stay up until the holidays are over" fused onto
    another sentence. Names alone do not fill a part ("who has been endorsed by Mitt Romney"
    is not held by any sentence naming him)."""
    out = []
    for a, b in claim.part_ranges:
        words = set(claim.ordered[a:b])
        rest = words - claim.name_stems
        if not words & covered and len(rest) >= FILL_WHOLE:
            out.append(rest)
    return out


def _next_to_cited(evidence: Evidence, cited: list[int]) -> list[int]:
    """The sentences right before and right after each cited text in its article: a summary
    sentence fuses neighbours ("proposing a $27,500 fine that was later cut to $16,000" from
    "Inspectors proposed a $27,500 fine. Ridgeline contested the citation, and the penalty was
    reduced to $16,000"), however little of the claim the neighbour holds."""
    if evidence.single is None:
        return []
    out = []
    for i in cited:
        c = evidence.candidates[i]
        for at in (c.sentence - 1, c.sentence + c.size):
            if (row := evidence.single.get((c.doc, at))) is not None:
                out.append(row)
    return out


def _docs(evidence: Evidence, rows: list[int]) -> set[str]:
    """The articles of these candidates (a missing fact is taken from one of them first)."""
    return {evidence.candidates[i].doc for i in rows}


def _replaced(fact: Fact, evidence: Evidence, best: int, claim: Claim) -> bool:
    """Whether the best citation gives another weekday where the claim has ``fact`` ("walked
    out on Monday" for "on Tuesday"; not one the claim gives too), or another name after the
    same two words ("an office in Beijing" for "an office in Shanghai") or after the same word
    of place (:func:`_placed_otherwise`): such a fact is not completed from another sentence."""
    if isinstance(fact, tuple):
        quote = tokens(evidence.candidates[best].quote)
        for k in claim.at(fact):
            if k < 2:
                continue
            for j in after_words(claim.words[k - 2 : k], quote):
                if (quote[j][:1].isupper() and quote[j] not in fact
                        and not lies_in(fact, quote[j], evidence)):  # fmt: skip
                    return True
            if _placed_otherwise(claim.words, k, fact, quote):
                return True
        return False
    days = evidence.facts[best].weekdays & set(WEEKDAYS) - claim.facts.weekdays  # not its own
    return isinstance(fact, str) and fact in WEEKDAYS and bool(days)


def _placed_otherwise(
    words: Sequence[str], k: int, name: tuple[str, ...], quote: Sequence[str]
) -> bool:
    """Whether the claim puts ``name`` (at word ``k``) after a word of place ("at", "in") that
    the best citation follows with another name, ``PLACE_SHARED`` content words of the
    claim's just before it there too: "came ashore on Wednesday at Widemouth Bay" where it
    has "came ashore intact at Crackington Haven"; not "will open a depot in Tollen" where it
    has "opened an office in Brask"."""
    place = words[k - 1].lower()
    if place not in PLACE_WORDS:
        return False
    before = {stem(w.lower()) for w in words[max(0, k - 1 - PLACE_REACH) : k - 1]}
    before = {t for t in before if not is_stop(t)}
    return any(
        quote[j - 1].lower() == place
        and quote[j][:1].isupper()
        and quote[j] not in name
        and quote[j].lower() not in WEEKDAYS
        and quote[j].lower() not in MONTHS
        and len(before & {stem(w.lower()) for w in quote[max(0, j - 1 - PLACE_REACH) : j - 1]})
        >= PLACE_SHARED
        for j in range(1, len(quote))
    )


PLACE_REACH = 4  # words before the place word, in the claim and the citation, to align them
PLACE_SHARED = 2  # ... and how many of the claim's they must share ("came ashore", not "open")


def _distinct_figure(fact: Fact, evidence: Evidence) -> list[int]:
    """The sentences that give a figure few sentences give (no small whole number, date or
    decade) with a word around it in common, whatever their score: "the town's roughly 1,900
    residents" is completed by "Castelrocca, a town of some 1,900 people"; and those giving an
    age as an age, of no other named person ("said Simms, 58," for "a 58-year-old
    grandmother")."""
    if isinstance(fact, Number) and fact.noun == "age":  # "Simms, 58," for "a 58-year-old"
        return [i for i, c in enumerate(evidence.candidates)
                if c.size == 1 and has(fact, evidence, i, near=True)
                and any(n.noun == "age" for n in evidence.facts[i].numbers)]  # fmt: skip
    if not isinstance(fact, Number) or common(fact.value) or fact.date or fact.bound == "s":
        return []
    return [i for i, c in enumerate(evidence.candidates)
            if c.size == 1 and has(fact, evidence, i, near=True, strict=True)]  # fmt: skip


def _dateline_only(name: tuple[str, ...], quote: str) -> bool:
    """Whether ``quote`` has the name's last word only in capitals, as a wire dateline does
    ("BRASKOV, March 12 (Northwire) -"): where a report was filed, not what happened there."""
    head = plain(name[-1])
    return head.upper() in quote and not re.search(rf"\b{re.escape(head)}\b", quote)


def _lede_before(evidence: Evidence, i: int, cited: list[int]) -> bool:
    """Whether sentence ``i`` opens an article whose next sentence is cited: the lede gives the
    day of the story it opens ("... appeared shaky Friday. Fighting flared in the border
    region ...")."""
    c = evidence.candidates[i]
    return c.sentence == 0 and any(
        evidence.candidates[j].doc == c.doc and evidence.candidates[j].sentence == 1 for j in cited
    )


def _beside(claim: Claim, word: str, evidence: Evidence, i: int) -> bool:
    """Whether candidate ``i`` has, within ``ORDER_DISTANCE`` content words of ``word``, another
    content word of the claim's clause holding it (any, when that clause has no other)."""
    target = stem(word)
    clause = claim.clauses
    spots = {clause[k] for k, t in enumerate(claim.ordered) if t == target}
    near = {t for k, t in enumerate(claim.ordered) if clause[k] in spots} - {target}
    if not near:
        return True
    seq = evidence.sequences[i]
    reach = ORDER_DISTANCE
    return any(bool(near & set(seq[max(0, k - reach) : k + reach + 1]))
               for k, t in enumerate(seq) if t == target)  # fmt: skip


# "the conservative Ohio state Senate candidate": a person called by what they are
_PEOPLE_WORDS = "|".join(sorted(PEOPLE, key=len, reverse=True))
_DESCRIBED = re.compile(rf"\b(?i:the)\s+((?:[\w.'’-]+\s+){{0,4}}(?:{_PEOPLE_WORDS}))\b")


def _given(name: tuple[str, ...], evidence: Evidence) -> set[str]:
    """The stems the sources put beside a name's last word ("Iran's foreign minister,
    Mohammad Javad Zarif": foreign, minister), a description of them."""
    return set((evidence.beside or {}).get(stem(name[-1].lower()), ()))


def _antecedents(evidence: Evidence, cited: list[int], around: set[str] = frozenset()) -> set[int]:
    """The sentences right before cited ones that say "he" or "she" (its likely antecedent:
    "Bouncer Zdravko Micevic, 22, is charged. It is alleged he punched ..."), or call someone
    "the <description> <person>" with a word of ``around``: one the claim puts around the name
    ("Melissa Ackison says ... . The stay-at-home orders are government overreach, the
    conservative Ohio state Senate candidate says" for "Melissa Ackison, a conservative
    candidate for ..."), or the sources beside it (:func:`_given`: "The Iranian foreign
    minister said" after a sentence naming Zarif, whom the sources call foreign minister).
    A quotation running on from a sentence that gives its speaker has that sentence too
    (:func:`quote_speaker`)."""
    if not PRONOUN_ANTECEDENT or not evidence.single:
        return set()
    out = {k for i in cited if (k := quote_speaker(evidence, i)) is not None}
    for i in cited:
        first = evidence.sentence_rows(i)[0]
        quote = evidence.candidates[first].quote if first is not None else ""
        if (
            not HE_SHE.search(quote)
            and not IT_IS.match(quote)
            and not any(
                {stem(w.lower()) for w in m[1].split()} & around for m in _DESCRIBED.finditer(quote)
            )
        ):
            continue
        c = evidence.candidates[i]
        before = evidence.single.get((c.doc, c.sentence - 1))
        if before is not None:
            out.add(before)
    return out
