"""Who did what to whom, from a dependency parse: a claim must not give the roles of the texts
cited for it the other way round.

Word order and names alone (:mod:`summarizer.relations`) miss a reversal in the passive
("Estravia were beaten by Valdoria" from "Estravia beat Valdoria"), across a clause ("Ray
Pollard told jurors that Quayle had kept the money" from the other way round) or behind an
apposition. Here each verb of the claim and of its cited texts becomes a :class:`Predicate`:
its lemma and the people and things in its slots (doer, done-to, "to", "at", "against" ...,
passives turned round), and :func:`role_conflict` compares them.

:mod:`~summarizer.predicates.parse` reads the parse (the :class:`Parser`, its predicates and
titles); :mod:`~summarizer.predicates.conflicts` compares the claim's with its cited texts'. The
names below are what the rest of the project uses.
"""

from __future__ import annotations

from summarizer.predicates.conflicts import (
    place_conflict,
    post_conflict,
    replaced_roles,
    role_conflict,
)
from summarizer.predicates.parse import (
    DEFAULT_PARSER,
    Argument,
    Parser,
    Predicate,
    Title,
    load_parser,
)

__all__ = [
    "DEFAULT_PARSER",
    "Argument",
    "Parser",
    "Predicate",
    "Title",
    "load_parser",
    "place_conflict",
    "post_conflict",
    "replaced_roles",
    "role_conflict",
]
