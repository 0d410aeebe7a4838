"""Property tests: arbitrary Unicode claims and sources never break attribution."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.attribute import Attributor
from summarizer.config import AttributeConfig
from summarizer.facts import extract_facts
from summarizer.types import SUPPORT_LABELS, Document, Sentence

ATTRIBUTOR = Attributor(AttributeConfig(use_embeddings=False, window=3))
WORDS = st.sampled_from(
    ["Seven", "7", "guards", "injured", "Tehran", "Montag", "二十", "٣", "2,500", "Friday",
     "naïve", "İstanbul", "ß", "'s", "-", ".", "!", "?", "\n", " ", "“", "”", "\u200b", "Dec."]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=120), st.lists(WORDS, max_size=30).map(" ".join))


def split(doc: Document) -> list[Sentence]:
    spans = [m.span() for m in re.finditer(r"[^.!?\n]+[.!?]?", doc.text) if m.group().strip()]
    return [Sentence(doc.id, i, doc.text[a:b], a, b) for i, (a, b) in enumerate(spans)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=st.lists(TEXT, max_size=4), sources=st.lists(TEXT, min_size=1, max_size=3))
def test_arbitrary_text_never_raises_and_stays_consistent(claims, sources):
    documents = [Document(str(i), text) for i, text in enumerate(sources)]
    sentences = [s for d in documents for s in split(d)]
    results = ATTRIBUTOR.attribute(claims, documents, sentences)
    assert len(results) == len(claims)
    texts = {d.id: d.text for d in documents}
    for claim, result in zip(claims, results, strict=True):
        assert result.text == claim
        assert result.support in SUPPORT_LABELS
        for c in result.citations:
            assert 0.0 <= c.score <= 1.0
            assert 0 <= c.start <= c.end <= len(texts[c.doc])
            assert texts[c.doc][c.start : c.end] == c.quote


@given(st.text(max_size=200))
def test_fact_extraction_never_raises(text):
    facts = extract_facts(text)
    assert all(n.surface for n in facts.numbers)
    assert all(all(part for part in e) for e in facts.entities)
