"""Who did what, by the dependency parse (:mod:`summarizer.predicates`): roles the claim gives
the other way round from its cited texts, a post or a place it gives otherwise, and a name it
puts where a cited text saying the same has someone else (:func:`parsed_roles`)."""

from __future__ import annotations

from summarizer.evidence import Evidence
from summarizer.facts import attribution_tokens, entity_in, plain, word_set
from summarizer.predicates import place_conflict, post_conflict, replaced_roles, role_conflict
from summarizer.relations.claim import Claim, sentences_of
from summarizer.relations.naming import described_person, names_another
from summarizer.relations.speakers import SPEAKS_FOR


def parsed_roles(parser, claim: Claim, evidence: Evidence, cited: list[int]) -> str | None:
    """Roles the claim gives the other way round from its cited texts, or to a name where
    they have another, by the dependency parse
    (:func:`summarizer.predicates.conflicts.role_conflict`, :func:`_replaced_role`)."""
    mine = parser.parse(claim.text)
    # a window sentence by sentence: a heading has no full stop to end it for the parser
    quotes = sentences_of(evidence, cited)
    sources = [parser.parse(quote) for quote in quotes]
    titles = [t for s in sources for t in s.titles]
    theirs = [p for s in sources for p in s.predicates]
    nominals = [n for s in sources for n in s.nominals]
    predicates = _of_the_story(claim, mine.predicates, evidence)
    return (
        role_conflict(predicates, theirs, nominals)
        or post_conflict(mine.titles, titles)
        or place_conflict(mine.titles, titles, quotes)
        or _replaced_role(claim, predicates, theirs, evidence)
    )


def _of_the_story(claim: Claim, predicates, evidence: Evidence):
    """The claim's verbs but those of its media attributions that the sources never name ("an
    accord that, the Belfast Telegraph says, could end the stalemate"): the outlet is where the
    summary read it, no one in the story to give the sources' roles to. "The DUP says", where
    the sources name the DUP, is a party's word and keeps its verb."""
    outlet = {plain(claim.words[k]).lower() for k in attribution_tokens(claim.text)}
    if not outlet:
        return predicates

    def reported(p) -> bool:
        doers = [a for slot, args in p.slots if slot == "A0" for a in args]
        return bool(doers) and all(
            a.name and a.words <= outlet and not a.words <= evidence.capitalised for a in doers
        )

    return [p for p in predicates if not reported(p)]


def _replaced_role(claim: Claim, mine, theirs, evidence: Evidence) -> str | None:
    """A name the claim puts where a cited text saying the same with the same verb has
    someone else, as "A / B" (:func:`summarizer.predicates.conflicts.replaced_roles`, the other name
    one the claim does not give in any form: :func:`summarizer.relations.naming.names_another`, nor
    a first name the sources give only that person: "Brett's knocking on the door" for "Lee is
    knocking on the door" where they name Brett Lee)."""
    outlet = attribution_tokens(claim.text)  # "the London Evening Record reports": no role
    capitalised = [w for e in claim.facts.entities for w in e]
    capitalised += [
        w for k, w in enumerate(claim.words) if k and w[:1].isupper() and k not in outlet
    ]
    names = {plain(w).lower() for w in capitalised}
    pairs = replaced_roles(mine, theirs, names)
    return next((f"{a} / {b}" for a, b in pairs
                 if names_another(claim, b) and not SPEAKS_FOR.search(b)
                 and plain(b).lower() not in evidence.first_names(a.split()[-1])
                 and not _called_by_role(claim, a, b, evidence)),
                None)  # fmt: skip


def _called_by_role(claim: Claim, mine: str, theirs: str, evidence: Evidence) -> bool:
    """Whether the text's phrase is a role its article calls a name of the claim's phrase by
    (:func:`summarizer.relations.naming.described_person`: "The former chief justice of
    Alabama's Supreme Court" right after a sentence about Moore)."""
    words = word_set(mine)
    return any(described_person(e, theirs, evidence)
               for e in claim.facts.entities if entity_in(e, words))  # fmt: skip
