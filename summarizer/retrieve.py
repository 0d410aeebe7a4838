"""Retrieval: the salient sentences of a cluster, from every article, within a token budget.

Each usable sentence is scored on four features, all in [0, 1]:
- centrality: similarity to the cluster centroid (what the whole story is about);
- support: how strongly the other articles say the same thing (mean over other articles of the
  best match there) -- facts several outlets report are the ones a summary needs;
- position: news puts the key facts first (inverse square root of the rank in the article);
- quality: a length prior that favours full, informative sentences.
Selection is greedy by score with a redundancy cut (maximal marginal relevance), then every article
with usable sentences is guaranteed one, and the result is returned in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

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
    scores = salience(pool, vectors, config)
    costs = [count_tokens(s.text) for s in pool]
    chosen = _greedy(scores, vectors, costs, budget_tokens, config.redundancy)
    chosen = _cover_every_document(pool, chosen, scores, vectors, costs, budget_tokens, config)
    order = sorted(chosen, key=lambda i: _reading_key(sentences, pool[i]))
    return tuple(Selected(pool[i], float(scores[i])) for i in order)


def is_usable(text: str, config: RetrieveConfig) -> bool:
    """A complete, declarative sentence of reasonable length."""
    n_words = len(text.split())
    return (
        config.min_sentence_words <= n_words <= config.max_sentence_words
        and bool(_ENDS_SENTENCE.search(text))
        and bool(_STARTS_SENTENCE.match(text))
    )


def salience(pool: Sequence[Sentence], vectors: np.ndarray, config: RetrieveConfig) -> np.ndarray:
    """Weighted sum of the four features, scaled to [0, 1]."""
    features = {
        config.weight_centrality: _centrality(vectors),
        config.weight_support: _support(pool, vectors),
        config.weight_position: _position(pool),
        config.weight_quality: _quality(pool),
    }
    total = sum(w * f for w, f in features.items()) if features else np.zeros(len(pool))
    weight = sum(features) or 1.0
    return np.clip(total / weight, 0.0, 1.0)


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


def _quality(pool: Sequence[Sentence]) -> np.ndarray:
    lengths = np.array([len(s.text.split()) for s in pool], dtype=float)
    return np.clip(np.minimum(lengths / 15.0, 40.0 / np.maximum(lengths, 1.0)), 0, 1)


def _greedy(scores, vectors, costs, budget: int, redundancy: float) -> list[int]:
    chosen: list[int] = []
    used = 0
    for i in np.argsort(-scores, kind="stable"):
        if used + costs[i] > budget or _redundant(i, chosen, vectors, redundancy):
            continue
        chosen.append(int(i))
        used += costs[i]
    return chosen


def _redundant(i: int, chosen: list[int], vectors: np.ndarray, threshold: float) -> bool:
    return bool(chosen) and float((vectors[chosen] @ vectors[i]).max()) >= threshold


def _cover_every_document(pool, chosen, scores, vectors, costs, budget, config) -> list[int]:
    """Give each article with usable sentences a place, evicting the weakest extra sentence."""
    chosen = list(chosen)
    for doc in dict.fromkeys(s.doc for s in pool):
        if any(pool[i].doc == doc for i in chosen):
            continue
        best = max((i for i, s in enumerate(pool) if s.doc == doc), key=lambda i: scores[i])
        while chosen and sum(costs[i] for i in chosen) + costs[best] > budget:
            evictable = [i for i in chosen if _count(pool, chosen, pool[i].doc) > 1]
            if not evictable:
                break
            chosen.remove(min(evictable, key=lambda i: scores[i]))
        if sum(costs[i] for i in chosen) + costs[best] <= budget or not chosen:
            chosen.append(best)
    return chosen


def _count(pool, chosen, doc: str) -> int:
    return sum(pool[i].doc == doc for i in chosen)


def _reading_key(sentences: Sequence[Sentence], sentence: Sentence) -> tuple[int, int]:
    order = {}
    for s in sentences:
        order.setdefault(s.doc, len(order))
    return order[sentence.doc], sentence.index
