"""The systems an evaluation compares, and the one budget rule they all share.

Every system turns a cluster into a *ranked* list of source or summary sentences; :func:`cut`
then keeps whole sentences in that order while they fit the word budget, the same way for all
systems. Words are whitespace-separated tokens (``len(text.split())``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from summarizer.errors import ConfigError
from summarizer.types import Cluster, Document, Sentence

SYSTEMS = ("ours", "lead", "lexrank", "textrank", "random", "oracle")


@dataclass(frozen=True)
class Output:
    """A system's summary: its sentences, the articles it drew from and its seconds per stage."""

    sentences: tuple[str, ...]
    sources: tuple[str, ...]
    timings: dict[str, float] = field(default_factory=dict)
    writer: str = ""


class System(Protocol):
    name: str

    def __call__(self, cluster: Cluster, documents: Sequence[Document], budget: int) -> Output:
        """Summarize ``documents`` (the cluster's articles, ingested) within ``budget`` words."""
        ...


def word_count(text: str) -> int:
    return len(text.split())


def cut(sentences: Sequence[str], budget: int) -> list[str]:
    """Whole sentences, in the given order, while the total stays within ``budget`` words.

    Stops at the first sentence that does not fit (no skipping ahead, so a ranking is never
    reordered). If even the first sentence is longer than the budget, its first ``budget``
    words are kept, so no system returns an empty summary for a long opening sentence.
    """
    kept: list[str] = []
    used = 0
    for sentence in sentences:
        size = word_count(sentence)
        if used + size > budget:
            break
        kept.append(sentence)
        used += size
    if not kept and sentences and budget > 0:
        kept = [" ".join(sentences[0].split()[:budget])]
    return kept


def candidates(documents: Sequence[Document]) -> list[Sentence]:
    """Every sentence of every article, in document order (what extractive baselines pick from)."""
    from summarizer.text import split_sentences

    return [s for d in documents for s in split_sentences(d)]


def ranked_output(ranked: Sequence[Sentence], budget: int, started: float) -> Output:
    """The budget-cut output of a ranking of source sentences, timed from ``started``."""
    kept = cut([s.text for s in ranked], budget)
    sources = tuple(dict.fromkeys(s.doc for s in ranked[: len(kept)]))
    return Output(tuple(kept), sources, {"total": time.perf_counter() - started})


def build_systems(names: Sequence[str], *, seed: int = 0, summarizer=None) -> list[System]:
    """Systems by name, in the order given; ``summarizer`` runs ``ours`` (see run.py)."""
    from summarizer.evaluate import baselines, graph

    factories: dict[str, Callable[[], System]] = {
        "ours": lambda: Ours(summarizer),
        "lead": baselines.Lead,
        "lexrank": graph.LexRank,
        "textrank": graph.TextRank,
        "random": lambda: baselines.Random(seed),
        "oracle": baselines.Oracle,
    }
    unknown = [n for n in names if n not in factories]
    if unknown or not names:
        raise ConfigError(
            f"Unknown system(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(SYSTEMS)} (comma-separated)."
        )
    return [factories[n]() for n in dict.fromkeys(names)]


class Ours:
    """The project's own :class:`~summarizer.pipeline.Summarizer`, cut like every other system."""

    name = "ours"

    def __init__(self, summarizer) -> None:
        self.summarizer = summarizer

    def __call__(self, cluster: Cluster, documents: Sequence[Document], budget: int) -> Output:
        summary = self.summarizer.summarize(list(cluster.documents), id=cluster.id)
        kept = cut([s.text for s in summary.sentences], budget)
        cited = (c.doc for s in summary.sentences[: len(kept)] for c in s.citations)
        writer = summary.writer.kind + (
            f" ({summary.writer.model})" if summary.writer.model else ""
        )
        return Output(tuple(kept), tuple(dict.fromkeys(cited)), dict(summary.timings), writer)
