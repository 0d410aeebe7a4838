"""The one object behind every interface: CLI, batch, eval harness and newsroom bots.

``Summarizer`` wires the stages: ingest -> split -> embed (once per cluster) -> retrieve ->
write -> attribute. Models (writer, embedder, attributor) load once per ``Summarizer`` and are
reused across calls.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from summarizer.config import Config, load_config
from summarizer.errors import ModelError, SummarizerError
from summarizer.ingest import Loaded, load_documents
from summarizer.text import split_sentences
from summarizer.types import Cluster, Document, Draft, Selected, Sentence, Summary, WriterInfo

log = logging.getLogger(__name__)

Item = str | Path | Document


@dataclass(frozen=True)
class _Prepared:
    """A cluster read, split, embedded and selected: everything the writer needs."""

    loaded: Loaded
    sentences: tuple[Sentence, ...]
    embeddings: Any
    selected: tuple[Selected, ...]
    timings: dict[str, float]
    id: str | None = None


class _Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start


class Summarizer:
    """Summarize clusters of news articles into one attributed summary.

    >>> s = Summarizer.from_config(None, writer="extractive")   # doctest: +SKIP
    >>> s.summarize(["a.txt", "b.html"]).text                   # doctest: +SKIP
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._embedder_warning: str | None = None

    @classmethod
    def from_config(
        cls, path: str | Path | None = None, preset: str | None = None, **overrides: Any
    ) -> Summarizer:
        """Build from a TOML file, a preset and keyword overrides (``writer="extractive"``)."""
        return cls(load_config(path, preset, **overrides))

    # -- models, loaded once -------------------------------------------------------------

    @cached_property
    def writer(self):
        from summarizer.write import load_writer

        return load_writer(self.config)

    @cached_property
    def embedder(self):
        """The bundled sentence embedder, or None when disabled or not installed."""
        if not (self.config.retrieve.use_embeddings or self.config.attribute.use_embeddings):
            return None
        from summarizer.embed import bundled_embedder

        try:
            return bundled_embedder()
        except ModelError as exc:
            if "not installed" not in str(exc):
                raise  # a checksum mismatch is never silently ignored
            self._embedder_warning = f"semantic similarity off: {exc}"
            log.warning(self._embedder_warning)
            return None

    @cached_property
    def attributor(self):
        from summarizer.attribute import Attributor

        embedder = self.embedder if self.config.attribute.use_embeddings else None
        return Attributor(self.config.attribute, embedder)

    # -- public API ----------------------------------------------------------------------

    def summarize(self, items: Sequence[Item] | Item, *, id: str | None = None) -> Summary:
        """Summarize one cluster given as paths (files, folders, ``-``) and/or Documents."""
        timer = _Timer()
        with timer("ingest"):
            loaded = load_documents(_as_list(items), self.config.ingest)
        prepared = self._prepare(loaded, timer, id)
        with timer("write"):
            draft = self.writer.write(prepared.selected, loaded.documents)
        return self._finish(prepared, draft, timer)

    def summarize_many(self, clusters: Sequence[Cluster]) -> list[Summary | SummarizerError]:
        """Summarize many clusters, generating in batches; a failed cluster yields its error."""
        results: list[Summary | SummarizerError] = []
        size = max(1, self.config.writer.batch_size)
        for begin in range(0, len(clusters), size):
            results.extend(self._summarize_chunk(clusters[begin : begin + size]))
        return results

    def check(self, text: str, items: Sequence[Item] | Item) -> Summary:
        """Attribute any text (a draft, another system's output) against the given articles."""
        from summarizer.claims import split_claims

        timer = _Timer()
        with timer("ingest"):
            loaded = load_documents(_as_list(items), self.config.ingest)
        with timer("split"):
            sentences = _split_all(loaded.documents)
        claims = split_claims(text)
        with timer("attribute"):  # embeds the sentences that can matter to these claims
            attributed = self.attributor.attribute(claims, loaded.documents, sentences)
        return Summary(
            text=" ".join(claims),
            sentences=attributed,
            documents=loaded.documents,
            writer=WriterInfo(kind="external"),
            timings=timer.timings,
            warnings=self._warnings(loaded.warnings),
        )

    # -- stages --------------------------------------------------------------------------

    def _prepare(self, loaded: Loaded, timer: _Timer, id: str | None) -> _Prepared:
        writer = self.writer
        with timer("split"):
            sentences = _split_all(loaded.documents)
        with timer("embed"):
            embeddings = self._embed(sentences, self._embeddings_needed())
        with timer("retrieve"):
            selected = self._select(sentences, embeddings, writer, len(loaded.documents))
        return _Prepared(loaded, sentences, embeddings, selected, timer.timings, id)

    def _select(self, sentences, embeddings, writer, n_documents: int) -> tuple[Selected, ...]:
        from summarizer.retrieve import select

        use = embeddings if self.config.retrieve.use_embeddings else None
        return select(
            sentences,
            budget_tokens=writer.budget_tokens(n_documents),
            count_tokens=writer.count_tokens,
            config=self.config.retrieve,
            embeddings=use,
        )

    def _finish(self, prepared: _Prepared, draft: Draft, timer: _Timer) -> Summary:
        from summarizer.text import sentence_spans

        claims = [draft.text[a:b] for a, b in sentence_spans(draft.text)]
        embeddings = prepared.embeddings if self.config.attribute.use_embeddings else None
        with timer("attribute"):
            attributed = self.attributor.attribute(
                claims, prepared.loaded.documents, prepared.sentences, embeddings
            )
        timer.timings["total"] = sum(timer.timings.values())
        warnings = [*prepared.loaded.warnings, *draft.warnings]
        if draft.writer.fallback_reason:
            warnings.append(f"extractive writer used: {draft.writer.fallback_reason}")
        return Summary(
            text=" ".join(claims),
            sentences=attributed,
            documents=prepared.loaded.documents,
            selected=prepared.selected,
            writer=draft.writer,
            timings=timer.timings,
            warnings=self._warnings(warnings),
            id=prepared.id,
        )

    def _summarize_chunk(self, clusters: Sequence[Cluster]) -> list[Summary | SummarizerError]:
        prepared: list[_Prepared | SummarizerError] = []
        timers: list[_Timer] = []
        for cluster in clusters:
            timer = _Timer()
            timers.append(timer)
            try:
                with timer("ingest"):
                    loaded = load_documents(list(cluster.documents), self.config.ingest)
                    loaded = replace(loaded, warnings=(*cluster.warnings, *loaded.warnings))
                prepared.append(self._prepare(loaded, timer, cluster.id))
            except SummarizerError as exc:
                prepared.append(exc)
        ready = [(i, p) for i, p in enumerate(prepared) if isinstance(p, _Prepared)]
        start = time.perf_counter()
        drafts = self.writer.write_many([(p.selected, p.loaded.documents) for _, p in ready])
        share = (time.perf_counter() - start) / max(1, len(ready))
        results: list[Summary | SummarizerError] = list(prepared)  # errors stay in place
        for (i, p), draft in zip(ready, drafts, strict=True):
            timers[i].timings["write"] = share
            try:
                results[i] = self._finish(p, draft, timers[i])
            except SummarizerError as exc:
                results[i] = exc
        return results

    def _embeddings_needed(self) -> bool:
        return self.config.retrieve.use_embeddings or self.config.attribute.use_embeddings

    def _embed(self, sentences: Sequence[Sentence], needed: bool):
        if not needed or self.embedder is None:
            return None
        return self.embedder.encode([s.text for s in sentences])

    def _warnings(self, warnings: Sequence[str]) -> tuple[str, ...]:
        extra = [self._embedder_warning] if self._embedder_warning else []
        extra += list(getattr(self.attributor, "warnings", ()) or ())
        return tuple(dict.fromkeys([*warnings, *extra]))


def _split_all(documents: Sequence[Document]) -> tuple[Sentence, ...]:
    return tuple(s for d in documents for s in split_sentences(d))


def _as_list(items: Sequence[Item] | Item) -> list[Item]:
    if isinstance(items, str | Path | Document):
        return [items]
    return list(items)
