"""Fact extraction: numbers by value, dates, names."""

from __future__ import annotations

import pytest

from summarizer.facts import content_stems, entity_in, extract_facts, number_value, word_set


@pytest.mark.parametrize(
    ("token", "value"),
    [("seven", 7.0), ("Seventeen", 17.0), ("2,500", 2500.0), ("10", 10.0), ("3.5", 3.5),
     ("17th", 17.0), ("1.2bn", 1.2e9), ("20%", 20.0), ("guards", None)],
)  # fmt: skip
def test_number_value(token, value):
    assert number_value(token) == value


def test_word_number_equals_digits():
    words = extract_facts("Seven guards were injured.").numbers
    digits = extract_facts("7 guards were injured.").numbers
    assert [n.value for n in words] == [n.value for n in digits] == [7.0]


def test_compound_numbers_and_scales():
    values = [n.value for n in extract_facts("twenty-five people and 2.5 million dollars").numbers]
    assert values == [25.0, 2_500_000.0]


def test_one_is_not_a_figure():
    assert extract_facts("One analyst said one thing.").numbers == ()


def test_number_context_is_the_words_after_it():
    (number,) = extract_facts("Seven prison guards were injured").numbers
    assert number.context == {"prison", "guard", "injur"}


def test_weekdays_and_months_and_may_the_verb():
    facts = extract_facts("On Tuesday, 3 May, prices may rise in Dec. and in June.")
    assert facts.weekdays == {"tuesday"}
    assert facts.months == {"may", "december", "june"}
    assert extract_facts("Prices May rise.").months == frozenset()


def test_entities_split_at_punctuation_and_skip_sentence_openers():
    facts = extract_facts("Police said Kelsey Grammer, Bob Barker and the Bank of England met.")
    assert facts.entities == (("Kelsey", "Grammer"), ("Bob", "Barker"), ("Bank",), ("England",))


def test_media_attributions_are_not_facts():
    assert extract_facts("Prices rose, the Daily Mail reports.").entities == ()
    assert extract_facts("A source tells Variety the band was chosen.").entities == ()
    assert extract_facts("Prices rose, according to Reuters.").entities == ()


def test_entity_matching_uses_the_head_word():
    words = word_set("President Obama met officials from North Dakota.")
    assert entity_in(("Barack", "Obama"), words)
    assert entity_in(("North", "Dakota"), words)
    assert not entity_in(("North", "Carolina"), words)


def test_content_stems_drop_stop_words_and_numbers():
    assert content_stems("The 7 guards were injured in Tehran") == ["guard", "injur", "tehran"]
