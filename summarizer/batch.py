"""Batch summarization: JSONL clusters in, one JSON result a line out.

Each output line is written whole and flushed, so a crash or kill never leaves finished work
unsaved; ``resume`` skips ids already in the output (after dropping a torn last line). A bad
cluster becomes ``{"id", "error"}`` and the batch goes on. Warnings about article records inside
a cluster (skipped, not English, not UTF-8) go in its line's ``"warnings"``, error lines included.

Exit codes (``summarizer batch``): 0 every cluster succeeded, counting those already in the
output on ``--resume``; 1 some clusters failed (their lines hold "error"); 2 the input cannot be
read or an option is invalid; 3 a model cannot be loaded; 130 stopped by SIGINT and 143 by SIGTERM
(the cluster chunk being written is finished first; rerun with ``--resume``).
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

EXIT_OK = 0  # every cluster succeeded (including those already in the output on --resume)
EXIT_FAILED = 1  # some clusters failed: their lines hold {"id", "error"}
EXIT_SIGINT = 130  # interrupted by SIGINT (Ctrl-C): finished lines kept, rerun with --resume
EXIT_SIGTERM = 143  # stopped by SIGTERM: likewise


@dataclass(frozen=True)
class BatchReport:
    ok: int
    failed: int
    skipped: int
    interrupted: bool
    skipped_failed: int = 0  # of ``skipped``: lines already in the output that hold an error
    signal: int | None = None  # the signal that stopped the batch, if one did

    @property
    def exit_code(self) -> int:
        """0 all succeeded; 1 some clusters failed; 128 + signal (130, 143) interrupted."""
        if self.interrupted:
            return 128 + self.signal if self.signal else EXIT_SIGINT
        return EXIT_FAILED if self.failed or self.skipped_failed else EXIT_OK


def done_ids(output: Path) -> set[str]:
    """Ids already in ``output``; a torn last line (no newline) is cut off first."""
    return set(_done(output))


def _done(output: Path) -> dict[str, bool]:
    """Id -> whether its line holds an error, for the whole lines of ``output``."""
    if not output.exists():
        return {}
    data = output.read_bytes()
    if data and not data.endswith(b"\n"):
        keep = data.rfind(b"\n") + 1
        with output.open("r+b") as handle:
            handle.truncate(keep)
        data = data[:keep]
    done: dict[str, bool] = {}
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
            done[str(record["id"])] = "error" in record
        except (ValueError, KeyError, TypeError):
            continue
    return done


def run_batch(
    summarizer,
    source: Path,
    output: Path,
    *,
    resume: bool = False,
    progress: Callable[[int], None] = lambda n: None,
    should_stop: Callable[[], bool] = lambda: False,
    stop_signal: Callable[[], int | None] = lambda: None,
) -> BatchReport:
    """Summarize every cluster of ``source`` into ``output``; see module docs.

    ``should_stop`` is asked before each chunk of clusters: a stop request finishes the chunk
    being written, never half of it. An id seen twice (in the output or the input) is skipped.
    """
    from summarizer.ingest import ClusterError, iter_clusters

    if not source.is_file():
        raise InputError(f"Batch input {source} does not exist or is not a file.")
    done = _done(output) if resume else {}
    skip = set(done)
    counts = {"ok": 0, "failed": 0, "skipped": 0}
    size = max(1, summarizer.config.writer.batch_size)
    clusters_in = iter_clusters(source)  # a binary input fails here, before output is touched
    with output.open("a" if resume else "w", encoding="utf-8") as out:
        for chunk in _chunks(clusters_in, size):
            if should_stop():
                return _report(counts, done, True, stop_signal())
            todo = _first_of_each_id(c for c in chunk if _id(c) not in skip)
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
    return _report(counts, done, should_stop(), stop_signal())


def _report(counts: dict, done: dict[str, bool], interrupted: bool, signum) -> BatchReport:
    return BatchReport(
        **counts,
        interrupted=interrupted,
        skipped_failed=sum(done.values()),
        signal=signum if interrupted else None,
    )


def _first_of_each_id(items) -> list:
    seen: set[str] = set()
    out = []
    for item in items:
        if _id(item) not in seen:
            seen.add(_id(item))
            out.append(item)
    return out


def _line(cluster: Cluster, result) -> dict:
    """A success line carries the summary's warnings (the cluster's own among them); an error
    line carries the cluster's, e.g. the article records that were skipped."""
    if isinstance(result, SummarizerError):
        record = {"id": cluster.id, "error": str(result)}
        return {**record, "warnings": list(cluster.warnings)} if cluster.warnings else record
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
