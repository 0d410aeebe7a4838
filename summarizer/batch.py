"""Batch summarization: JSONL clusters in, one JSON result a line out.

Each output line is written whole and flushed, so a crash or kill never leaves finished work
unsaved; ``resume`` skips ids already in the output (after dropping a torn last line). A bad
cluster becomes ``{"id", "error"}`` and the batch goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from summarizer.errors import InputError, SummarizerError
from summarizer.types import Cluster


@dataclass(frozen=True)
class BatchReport:
    ok: int
    failed: int
    skipped: int
    interrupted: bool

    @property
    def exit_code(self) -> int:
        """0 all succeeded; 1 some clusters failed; 130 interrupted."""
        if self.interrupted:
            return 130
        return 1 if self.failed else 0


def done_ids(output: Path) -> set[str]:
    """Ids already in ``output``; a torn last line (no newline) is cut off first."""
    if not output.exists():
        return set()
    data = output.read_bytes()
    if data and not data.endswith(b"\n"):
        keep = data.rfind(b"\n") + 1
        with output.open("r+b") as handle:
            handle.truncate(keep)
        data = data[:keep]
    ids = set()
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            ids.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            continue
    return ids


def run_batch(
    summarizer,
    source: Path,
    output: Path,
    *,
    resume: bool = False,
    progress: Callable[[int], None] = lambda n: None,
    should_stop: Callable[[], bool] = lambda: False,
) -> BatchReport:
    """Summarize every cluster of ``source`` into ``output``; see module docs."""
    from summarizer.ingest import ClusterError, iter_clusters

    if not source.is_file():
        raise InputError(f"Batch input {source} does not exist or is not a file.")
    skip = done_ids(output) if resume else set()
    counts = {"ok": 0, "failed": 0, "skipped": 0}
    size = max(1, summarizer.config.writer.batch_size)
    with output.open("a" if resume else "w", encoding="utf-8") as out:
        for chunk in _chunks(iter_clusters(source), size):
            if should_stop():
                return BatchReport(**counts, interrupted=True)
            todo = [c for c in chunk if _id(c) not in skip]
            counts["skipped"] += len(chunk) - len(todo)
            progress(len(chunk) - len(todo))
            errors = [c for c in todo if isinstance(c, ClusterError)]
            clusters = [c for c in todo if isinstance(c, Cluster)]
            for error in errors:
                _write(out, {"id": error.id, "error": error.message})
            results = summarizer.summarize_many(clusters) if clusters else []
            for cluster, result in zip(clusters, results, strict=True):
                _write(out, _line(cluster, result))
            counts["failed"] += len(errors) + sum(isinstance(r, SummarizerError) for r in results)
            counts["ok"] += sum(not isinstance(r, SummarizerError) for r in results)
            progress(len(todo))
            skip.update(_id(c) for c in todo)
    return BatchReport(**counts, interrupted=should_stop())


def _line(cluster: Cluster, result) -> dict:
    if isinstance(result, SummarizerError):
        return {"id": cluster.id, "error": str(result)}
    return {**result.to_dict(), "id": cluster.id}


def _write(out: IO[str], record: dict) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    os.fsync(out.fileno())


def _id(item) -> str:
    return str(item.id)


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
