"""Retrieval: the salient sentences of a cluster, from every article, within a token budget.

Only complete, declarative sentences of reasonable length are candidates (quality). Selection is
greedy; each step takes the sentence of highest value per token, where value is
- coverage: the weight of the concepts (word bigrams) it adds that are not yet covered, each
  weighted by how many articles report it (support from other articles; see concepts.py);
- position: news puts the key facts first (inverse square root of the rank in the article);
- centrality (off by default): similarity to the cluster centroid plus cross-article support in
  embedding space. Measured on the development sets it helped short AllSides roundups and cost
  about one ROUGE-2 point on Multi-News clusters (eval/README.md).
A sentence too similar to one already chosen (embedding cosine >= ``redundancy``) is skipped, so
wire copies do not crowd the selection; then every article with usable sentences is guaranteed
one, unless all it says is chosen already (a wire copy: attribution still cites it), and the result
is returned in reading order. ``redundancy`` (0.8) was tuned on the development sets: 0.6 cost
about 0.9 ROUGE-2 on Wikinews clusters, 0.8-0.85 was best on Wikinews and Multi-News clusters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from summarizer.concepts import concept_weights, concepts
from summarizer.config import RetrieveConfig
from summarizer.types import Selected, Sentence

_ENDS_SENTENCE = re.compile(r"[.!…][\"'”’)\]]*$")
_STARTS_SENTENCE = re.compile(r"^[\"'“‘(\[]*[A-Z0-9]")


def select(
    sentences: Sequence[Sentence],
    *,
    budget_tokens: int,
    count_tokens: Callable[[str], int],
    config: RetrieveConfig,
    embeddings: np.ndarray | None = None,
) -> tuple[Selected, ...]:
    """Choose sentences; see module docs. Result in reading order with salience scores."""
    usable = [i for i, s in enumerate(sentences) if is_usable(s.text, config)]
    if not usable:  # nothing looks like a sentence: fall back to whatever there is
        usable = [i for i, s in enumerate(sentences) if s.text.strip()]
    if not usable:
        return ()
    pool = [sentences[i] for i in usable]
    vectors = _vectors(pool, None if embeddings is None else embeddings[usable])
    costs = [max(1, count_tokens(s.text)) for s in pool]
    chosen = _greedy(pool, vectors, costs, budget_tokens, config)
    chosen = _cover_every_document(pool, chosen, vectors, costs, budget_tokens, config)
    # The score is the rank in the greedy order, scaled to (0, 1]: writers cut from the bottom.
    score = {i: 1.0 - rank / len(chosen) for rank, i in enumerate(chosen)}
    reading = _reading_order(sentences)
    order = sorted(chosen, key=lambda i: reading[pool[i].doc, pool[i].index])
    return tuple(Selected(pool[i], round(score[i], 4)) for i in order)


def is_usable(text: str, config: RetrieveConfig) -> bool:
    """A complete, declarative sentence of reasonable length."""
    n_words = len(text.split())
    return (
        config.min_sentence_words <= n_words <= config.max_sentence_words
        and bool(_ENDS_SENTENCE.search(text))
        and bool(_STARTS_SENTENCE.match(text))
    )


def prior(pool: Sequence[Sentence], vectors: np.ndarray, config: RetrieveConfig) -> np.ndarray:
    """Per-sentence value independent of what is already chosen: position and centrality."""
    value = config.weight_position * _position(pool)
    if config.weight_centrality:
        value = value + config.weight_centrality * (_centrality(vectors) + _support(pool, vectors))
    return value


def _vectors(pool: Sequence[Sentence], embeddings: np.ndarray | None) -> np.ndarray:
    if embeddings is not None:
        return embeddings.astype(np.float32)
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [s.text for s in pool]
    )
    return matrix.toarray().astype(np.float32)  # rows are L2-normalised by default


def _centrality(vectors: np.ndarray) -> np.ndarray:
    centroid = vectors.mean(axis=0)
    norm = np.linalg.norm(centroid)
    return np.clip(vectors @ (centroid / norm), 0, 1) if norm else np.zeros(len(vectors))


def _support(pool: Sequence[Sentence], vectors: np.ndarray) -> np.ndarray:
    docs = np.array([s.doc for s in pool])
    names = list(dict.fromkeys(docs))
    if len(names) < 2:
        return np.zeros(len(pool))
    similarity = vectors @ vectors.T
    best = np.stack([similarity[:, docs == d].max(axis=1) for d in names], axis=1)
    own = np.array([names.index(d) for d in docs])
    best[np.arange(len(pool)), own] = 0.0
    return np.clip(best.sum(axis=1) / (len(names) - 1), 0, 1)


def _position(pool: Sequence[Sentence]) -> np.ndarray:
    ranks: dict[str, int] = {}
    out = []
    for s in pool:
        ranks[s.doc] = ranks.get(s.doc, -1) + 1
        out.append(1.0 / np.sqrt(1.0 + ranks[s.doc]))
    return np.array(out)


def _greedy(pool, vectors, costs, budget: int, config: RetrieveConfig) -> list[int]:
    """Greedy budgeted coverage: best (new concept weight + prior) per token first."""
    found = [concepts(s.text) for s in pool]
    weights = concept_weights(pool, found)
    base = prior(pool, vectors, config)
    covered: set = set()
    chosen: list[int] = []
    left = set(range(len(pool)))
    used = 0
    while left:
        fits = [i for i in left if used + costs[i] <= budget]
        if not fits:
            break
        gain = [config.weight_coverage * sum(weights[c] for c in found[i] - covered) for i in fits]
        value = [(g / costs[i] + base[i], -i) for g, i in zip(gain, fits, strict=True)]
        best = fits[value.index(max(value))]
        left.discard(best)
        twin = _twin(best, chosen, vectors, config.redundancy)
        if twin is None:
            chosen.append(best)
            used += costs[best]
            covered |= found[best]
        elif _richer(best, twin, found, weights) and used - costs[twin] + costs[best] <= budget:
            # Of two near-duplicates keep the one that says more ("won on Sunday in a record
            # of 2:09" over "broke the record"), though the shorter had the better value per token.
            chosen[chosen.index(twin)] = best
            used += costs[best] - costs[twin]
            covered = set().union(*(found[i] for i in chosen))
    return chosen


def _twin(i: int, chosen: list[int], vectors: np.ndarray, threshold: float) -> int | None:
    """The chosen sentence ``i`` nearly duplicates, if any."""
    if not chosen:
        return None
    similarity = vectors[chosen] @ vectors[i]
    best = int(np.argmax(similarity))
    return chosen[best] if float(similarity[best]) >= threshold else None


def _richer(i: int, j: int, found, weights) -> bool:
    """Whether sentence ``i`` reports every weighted concept of ``j`` and more."""
    mine = {c for c in found[i] if weights[c]}
    theirs = {c for c in found[j] if weights[c]}
    return theirs < mine


def _cover_every_document(pool, chosen, vectors, costs, budget, config) -> list[int]:
    """Give each article with usable sentences a place, evicting the last-chosen extras."""
    chosen = list(chosen)
    order = [int(i) for i in np.argsort(-prior(pool, vectors, config), kind="stable")]
    for doc in dict.fromkeys(pool[i].doc for i in order):
        if any(pool[i].doc == doc for i in chosen):
            continue
        fresh = [i for i in order if pool[i].doc == doc]
        fresh = [i for i in fresh if _twin(i, chosen, vectors, config.redundancy) is None]
        if not fresh:
            continue  # a wire copy: everything it says is chosen already; attribution cites it
        best = fresh[0]
        while chosen and sum(costs[i] for i in chosen) + costs[best] > budget:
            evictable = [i for i in chosen if _count(pool, chosen, pool[i].doc) > 1]
            if not evictable:
                break
            chosen.remove(evictable[-1])
        if sum(costs[i] for i in chosen) + costs[best] <= budget or not chosen:
            chosen.append(best)
    return chosen


def _count(pool, chosen, doc: str) -> int:
    return sum(pool[i].doc == doc for i in chosen)


def _reading_order(sentences: Sequence[Sentence]) -> dict[tuple[str, int], int]:
    return {(s.doc, s.index): rank for rank, s in enumerate(sentences)}
