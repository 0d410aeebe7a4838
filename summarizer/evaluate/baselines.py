"""Simple extractive baselines: Lead (round robin), seeded random, and a greedy ROUGE oracle."""

from __future__ import annotations

import time
import zlib
from collections import Counter
from collections.abc import Sequence

import numpy as np

from summarizer.evaluate.systems import Output, candidates, ranked_output, word_count
from summarizer.types import Cluster, Document, Sentence


class Lead:
    """First sentence of every article, then every second sentence, ... (round robin)."""

    name = "lead"

    def __call__(self, cluster: Cluster, documents: Sequence[Document], budget: int) -> Output:
        started = time.perf_counter()
        return ranked_output(round_robin(candidates(documents)), budget, started)


def round_robin(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences ordered by index within their article, articles in order at each index."""
    order = {doc: rank for rank, doc in enumerate(dict.fromkeys(s.doc for s in sentences))}
    return sorted(sentences, key=lambda s: (s.index, order[s.doc]))


class Random:
    """Sentences in a random order, seeded by the run seed and the cluster id (reproducible)."""

    name = "random"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def __call__(self, cluster: Cluster, documents: Sequence[Document], budget: int) -> Output:
        started = time.perf_counter()
        pool = candidates(documents)
        rng = np.random.default_rng([self.seed, zlib.crc32(cluster.id.encode("utf-8"))])
        ranked = [pool[i] for i in rng.permutation(len(pool))]
        return ranked_output(ranked, budget, started)


class Oracle:
    """Greedy ROUGE oracle: the upper bound for sentence extraction within the budget.

    Repeatedly adds the source sentence that most raises ROUGE-1 F1 + ROUGE-2 F1 against the
    first reference (rouge-score's stemmed tokens) among those still fitting the budget; stops
    when no sentence raises it.
    """

    name = "oracle"

    def __call__(self, cluster: Cluster, documents: Sequence[Document], budget: int) -> Output:
        from rouge_score.tokenizers import DefaultTokenizer

        started = time.perf_counter()
        pool = candidates(documents)
        tokenize = DefaultTokenizer(use_stemmer=True).tokenize
        reference = _grams(tokenize(cluster.references[0])) if cluster.references else None
        chosen = _greedy(pool, [_grams(tokenize(s.text)) for s in pool], reference, budget)
        return ranked_output(chosen, budget, started)


def _greedy(pool, grams, reference, budget: int) -> list[Sentence]:
    chosen: list[int] = []
    total = (Counter(), Counter())
    best, used = 0.0, 0
    while reference is not None:
        options = [
            (_gain(total, grams[i], reference), i)
            for i in range(len(pool))
            if i not in chosen and used + word_count(pool[i].text) <= budget
        ]
        score, pick = max(options, default=(0.0, -1))
        if score <= best:
            break
        chosen.append(pick)
        total = (total[0] + grams[pick][0], total[1] + grams[pick][1])
        best, used = score, used + word_count(pool[pick].text)
    return [pool[i] for i in chosen]


def _gain(total, extra, reference) -> float:
    return sum(_f1(total[n] + extra[n], reference[n]) for n in (0, 1))


def _grams(tokens: list[str]) -> tuple[Counter, Counter]:
    return Counter(tokens), Counter(zip(tokens, tokens[1:], strict=False))


def _f1(candidate: Counter, reference: Counter) -> float:
    """ROUGE-N F1 from n-gram counts (clipped overlap), as rouge-score computes it."""
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)
