"""Names and modifiers the claim puts in another place than its cited texts: a name in a list
where the texts have another (:func:`displaced`), a name before a noun the texts give another
(:func:`modifier_displaced`), a media outlet the texts do not name (:func:`other_outlet`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from summarizer.evidence import Evidence
from summarizer.facts import (
    WEEKDAYS,
    entity_in,
    is_stop,
    media_outlets,
    plain,
    run_initials,
    stem,
    tokens,
    word_set,
)
from summarizer.relations.claim import Claim
from summarizer.relations.mentions import PLACE_WORDS
from summarizer.relations.naming import (
    names_another,
    nationality,
)
from summarizer.relations.words import title_word

SPELLED_ALIKE = 0.85  # least difflib ratio of two spellings of one long name
DISPLACED_SPAN = 8  # words after two words of the claim where its name may stand in a list


def displaced(
    claim: Claim, texts: list[tuple[list[str], list[str]]], evidence: Evidence | None = None
) -> list[str]:
    """Names the claim puts after two words ("the caucuses in Hawaii"; "the" between them
    aside: "support in the Senate") that the cited texts follow with another name ("the
    caucuses in American Samoa"; "support in the House") and never with this one, as
    "A / B": a name of the story moved into another's place. The first of the two words is a
    lower-case content word (capitalised as the claim's first: "Attorneys for Maxwell"), or a
    name before "of" or "from" ("Whitlow of Ohio"); the other
    name stands inside the sentence. A first name the sources give only this person is no
    other name ("harsh, but Greg accepts it" for Lindqvist, whom they name Greg Lindqvist).
    ``texts``: each cited text's tokens and the gaps before them."""
    gaps = claim.gaps
    out = []
    for name in claim.facts.entities:
        if nationality(claim, name):
            continue  # "that Russian security services poisoned": no one's place
        known = evidence.first_names(name[-1]) if evidence is not None else frozenset()
        for k in claim.at(name):
            end = k + len(name)
            if end < len(claim.words) and claim.words[end][:1].isupper() and not gaps[end].strip():
                continue  # "the Millbrook Ledger": here a word of a longer name
            while k and claim.words[k - 1][:1].isupper() and title_word(claim.words[k - 1]):
                k -= 1  # "to harm Sen. Mitt Romney": the words before the title
            the = int(k >= 3 and claim.words[k - 1].lower() == "the")  # "support in the Senate"
            lead = claim.words[max(0, k - 2 - the) : k - the]
            plain_lead = len(lead) == 2 and (
                not is_stop(lead[0].lower()) or lead[1].islower() and not is_stop(lead[1])
            )  # "to harm", not "to the"
            if not plain_lead or any(gaps[m].strip() for m in range(k - 1 - the, k + 1)):
                continue  # three words in a row of one clause
            opening = k - 2 - the == 0 and not any(lead[0] in e for e in claim.facts.entities)
            if not lead[0][:1].islower() and lead[1] not in ("of", "from") and not opening:
                continue  # a name's place: "Rep. Dana Whitlow of Ohio"; not "Attorneys for"
            after = [(q[j + the:], g[j + the:]) for q, g in texts for j in after_words(lead, q)
                     if not the or j + 1 < len(q) and q[j].lower() == "the"]  # fmt: skip
            # not "found Benjamin Ullestad, 21, and Brandon Ullestad" (a list goes on), nor "in
            # the US" for "in the United States", nor "Kim" for "Kim Jong Un"
            if after and all(
                _another(a, name) and not re.search(r"[.!?(]", gap[0])
                and plain(a[0]).lower() not in known
                and not is_stop(a[0].lower())
                and a[0].lower() not in WEEKDAYS  # "announced on Thursday": when, not where
                and not entity_in(name, word_set(_written(a, gap, DISPLACED_SPAN)))
                and not _spelled_alike(name[-1], a[:DISPLACED_SPAN])
                for a, gap in after
            ):  # fmt: skip
                other = list(itertools.takewhile(lambda w: w[:1].isupper(), after[0][0]))
                out.append(f"{' '.join(name)} / {' '.join(other)}")
    return out


def _written(words: Sequence[str], gaps: Sequence[str], n: int) -> str:
    """The first ``n`` words as the text writes them ("U.S. Citizenship and ...")."""
    return words[0] + "".join(g + w for g, w in zip(gaps[1:n], words[1:n], strict=True))


def _another(words: Sequence[str], name: tuple[str, ...]) -> bool:
    """Whether ``words`` open with a name that is not ``name``, past any titles ("Vice
    President Mike Pence" for Mitt Romney; not "Rep. Doug LaMalfa" for Doug LaMalfa, nor a
    title alone)."""
    k = 0
    while k < len(words) and words[k][:1].isupper() and title_word(words[k]):
        k += 1
    return k < len(words) and words[k][:1].isupper() and words[k] not in name


def modifier_displaced(claim: Claim, texts: list[tuple[list[str], list[str]]]) -> list[str]:
    """Names the claim puts before a noun ("a Trump appointee"), or places a noun in ("a burn
    center in Galveston", :func:`_placed_noun`), that the cited texts put only another name
    before ("an Obama appointee", "a Houston burn center"), one the claim does not give, as "A
    / B". An adjective of a place or people is no other name ("the American economy"), nor is a
    name made an adjective ("pro-Trump")."""
    out = []
    for name in claim.facts.entities:
        noun, kind = claim.modifiers.get(name), ""
        if not noun:  # "taken to a burn center in Galveston": "a Houston burn center"
            noun, kind = _placed_noun(claim, name)
        if not noun:
            continue
        spots = [(q, g, j) for q, g in texts for j in range(1, len(q))
                 if stem(q[j].lower()) == noun and not g[j].strip()]  # fmt: skip
        if any(_named_with(name, q, g, j) for q, g, j in spots):
            continue  # "The Velmont plant on Harlow Road": the claim's "Harlow Road plant"
        # the kind of the noun the claim gives before it stands between ("burn center")
        spots = [(q, g, j - 1 if kind and q[j - 1].lower() == kind and j > 1 else j)
                 for q, g, j in spots]  # fmt: skip
        before = [_name_before(q, g, j) for q, g, j in spots]
        last = plain(name[-1]).lower()
        # another name, not one holding this one ("the Dallas-Fort Worth area" for "Dallas")
        if before and all(b and last not in {plain(w).lower() for w in b}
                          and not is_stop(b[-1].lower())
                          for b in before):  # fmt: skip
            other = " ".join(before[0])
            q, _, j = spots[0]
            if _spelled_out(name, [*before[0], q[j]]):
                continue  # "the MSCI index": the "Morgan Stanley Capital Index (MSCI)"
            if names_another(claim, other) and not _ADJECTIVE.search(other):
                out.append(f"{' '.join(name)} / {other}")
    return out


def _spelled_out(name: tuple[str, ...], words: Sequence[str]) -> bool:
    """Whether the name is the acronym of these words written in full (:func:`run_initials`:
    "MSCI", Morgan Stanley Capital Index)."""
    return (len(name) == 1 and name[0].isupper()
            and f"={name[0].lower()}" in run_initials(" ".join(words)))  # fmt: skip


def _placed_noun(claim: Claim, name: tuple[str, ...]) -> tuple[str, str]:
    """The stem of the noun the claim places at ``name`` ("a burn center in Galveston": center)
    and the lower-case word right before that noun ("burn"), or two empty strings: a noun in
    a place is that place's noun, as a source putting the name before it has it ("a Houston
    burn center")."""
    words = claim.words
    for k in claim.at(name):
        if k < 2 or words[k - 1].lower() not in ("in", "at"):
            continue
        noun = words[k - 2]
        if noun.isalpha() and noun.islower() and not is_stop(noun):
            kind = words[k - 3].lower() if k >= 3 and words[k - 3].islower() else ""
            return stem(noun), "" if is_stop(kind) else kind
    return "", ""


def _name_before(words: Sequence[str], gaps: Sequence[str], j: int) -> list[str]:
    """The capitalised words right before word ``j``: the name modifying it, or none where a
    prefix makes them an adjective ("the online pro-Trump conspiracy theory")."""
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words[:j])))[::-1]
    start = j - len(run)
    if run and start > 0 and gaps[start] == "-" and words[start - 1][:1].islower():
        return []
    return run


def _named_with(name: tuple[str, ...], words: Sequence[str], gaps: Sequence[str], j: int) -> bool:
    """Whether ``words`` name ``name`` with the noun at ``j``: before it in its clause ("the
    Ardel Highway in the Kessen Mountains early"), or after a preposition right after it ("plant
    on Harlow Road")."""
    last = plain(name[-1]).lower()
    k = j
    while k > 0 and not gaps[k].strip():
        k -= 1
        if plain(words[k]).lower() == last:
            return True
    after = [plain(w).lower() for w in words[j + 2 : j + 2 + len(name) + 1]]
    return j + 1 < len(words) and words[j + 1].lower() in PLACE_WORDS and last in after


_ADJECTIVE = re.compile(r"^\w+(?:an|ese|ish|i)$")  # "the American economy" for "the U.S. economy"


def after_words(lead: Sequence[str], words: Sequence[str]) -> list[int]:
    """Where ``words`` has a word right after the two of ``lead`` (in any case)."""
    low = [w.lower() for w in lead]
    return [j for j in range(2, len(words)) if [w.lower() for w in words[j - 2 : j]] == low]


def _spelled_alike(word: str, others: Sequence[str]) -> bool:
    """Whether a long name is one of ``others`` spelled another way ("Soleimani", "Suleimani")."""
    return len(word) >= 6 and any(
        SequenceMatcher(None, word.lower(), other.lower()).ratio() >= SPELLED_ALIKE
        for other in others
    )


def other_outlet(claim: Claim, evidence: Evidence, cited: list[int]) -> list[str]:
    """The outlets the claim says reported it ("Wired News reported Thursday that ...") where
    a cited text says, with the same verb, that another outlet did ("Al Jazeera reported
    Thursday that ...") and none names this one. A claim's outlet is otherwise left unchecked:
    a summary often names the outlet of an article that does not name itself, or credits the
    outlet where an article quotes another ("according to USA Today" for "told the AP")."""
    mine = [(name, verb) for name, verb, looks in media_outlets(claim.text) if looks]
    if not mine:
        return []
    theirs = {verb for i in cited for _, verb, _ in media_outlets(evidence.candidates[i].quote)}
    words = set().union(*(evidence.words[i] for i in cited))
    # "the Courier" is the "Southwest Oklahoma Courier" a summary names in full, "the AP" "The
    # Associated Press"
    return [name for name, verb in mine if verb in theirs
            and not entity_in((tokens(name)[-1],), words)]  # fmt: skip
