"""Facts a summary sentence must get right: numbers, dates and weekdays, names.

Pure and cheap (regular expressions and the Snowball stemmer from nltk, which needs no data
download), so it runs on every claim and every candidate source sentence. Numbers are compared
by value, so "seven", "7" and "7.0" are the same fact and "2,500" equals "2500"; a number's
*context* (the content words just after it) lets attribution tell "10 guards" from "Seven prison
guards" as two figures for the same thing.

The package reads a text in layers: :mod:`~summarizer.facts.words` (tokens, stems, word
lists), :mod:`~summarizer.facts.names` (names, bodies, places), :mod:`~summarizer.facts.media`
(outlets and attributions), :mod:`~summarizer.facts.values` (what digits and number words are
worth), :mod:`~summarizer.facts.numbers` (figures), :mod:`~summarizer.facts.counts` (what the
figures of a text count, read together), :mod:`~summarizer.facts.figures` (when two figures are
one fact) and :mod:`~summarizer.facts.extract` (a text's facts, and whether it states one). The
names below are what the rest of the project uses.
"""

from __future__ import annotations

from summarizer.facts.extract import (
    Fact,
    Facts,
    claim_spans,
    claim_stems,
    clause_starts,
    conflicting,
    extract_facts,
    fact_list,
    states,
    surface,
    word_set,
)
from summarizer.facts.figures import (
    agrees,
    common,
    compatible,
    same_thing,
    same_value,
    score_figures,
)
from summarizer.facts.media import attribution_tokens, clear_text_caches, media_outlets
from summarizer.facts.names import (
    OF_HEADS,
    ORG_HEADS,
    ROLES,
    casing,
    countries_of,
    entity_in,
    inverted_names,
    is_body,
    place_form_in,
    run_initials,
)
from summarizer.facts.numbers import OCCUPATION, Number
from summarizer.facts.values import number_value, scores
from summarizer.facts.words import (
    COMPASS,
    MONTHS,
    NUMBER_WORDS,
    PARTY_NICKNAMES,
    PARTY_WORDS,
    QUARTERS,
    SAYING,
    STATE_NAMES,
    STOP_WORDS,
    TITLE_WORDS,
    TITLES,
    WEEKDAYS,
    content_stems,
    is_stop,
    party_tags,
    plain,
    possessive,
    stem,
    straight,
    tag_words,
    token_gaps,
    token_spans,
    tokens,
    word_bigrams,
)

__all__ = [
    "COMPASS",
    "Fact",
    "Facts",
    "MONTHS",
    "NUMBER_WORDS",
    "Number",
    "OCCUPATION",
    "OF_HEADS",
    "ORG_HEADS",
    "PARTY_NICKNAMES",
    "PARTY_WORDS",
    "QUARTERS",
    "ROLES",
    "SAYING",
    "STATE_NAMES",
    "STOP_WORDS",
    "TITLES",
    "TITLE_WORDS",
    "WEEKDAYS",
    "agrees",
    "attribution_tokens",
    "casing",
    "claim_spans",
    "claim_stems",
    "clause_starts",
    "clear_text_caches",
    "common",
    "compatible",
    "conflicting",
    "content_stems",
    "countries_of",
    "entity_in",
    "extract_facts",
    "fact_list",
    "inverted_names",
    "is_body",
    "is_stop",
    "media_outlets",
    "number_value",
    "party_tags",
    "place_form_in",
    "plain",
    "possessive",
    "straight",
    "run_initials",
    "same_thing",
    "same_value",
    "score_figures",
    "scores",
    "states",
    "stem",
    "surface",
    "tag_words",
    "token_gaps",
    "token_spans",
    "tokens",
    "word_bigrams",
    "word_set",
]
