"""Concepts for coverage-based selection: word bigrams weighted by how many articles hold them.

The classic strong baseline for multi-document news summarization (Gillick & Favre's ICSI system)
chooses sentences to cover as many distinct, widely reported bigrams as the budget allows; facts
several outlets repeat are what a summary must say, and covering each once avoids redundancy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from summarizer.facts import stem
from summarizer.text import words
from summarizer.types import Sentence

Concept = tuple[str, str]


def concepts(text: str) -> frozenset[Concept]:
    """Stemmed word bigrams, leaving out pairs made only of stop words."""
    tokens = [w.strip(".'’-") for w in words(text)]
    stems = [stem(t) if t else t for t in tokens]
    return frozenset(
        (stems[i], stems[i + 1])
        for i in range(len(stems) - 1)
        if stems[i] and stems[i + 1] and not _both_stop_words(tokens[i], tokens[i + 1])
    )


def _both_stop_words(a: str, b: str) -> bool:
    return a in ENGLISH_STOP_WORDS and b in ENGLISH_STOP_WORDS


def concept_weights(sentences: Sequence[Sentence], per_sentence: Sequence[frozenset]) -> Counter:
    """Weight = number of articles holding the concept; in a single article, its frequency."""
    by_doc: dict[str, set[Concept]] = {}
    frequency: Counter = Counter()
    for sentence, found in zip(sentences, per_sentence, strict=True):
        by_doc.setdefault(sentence.doc, set()).update(found)
        frequency.update(found)
    if len(by_doc) == 1:
        return Counter({c: n for c, n in frequency.items() if n >= 2})
    weights: Counter = Counter()
    for found in by_doc.values():
        weights.update(found)
    return Counter({c: n for c, n in weights.items() if n >= 2})
