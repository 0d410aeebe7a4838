"""``run_eval``: every selected system on the same clusters, scored, resumable, reported.

The output folder holds ``clusters.jsonl`` (one line per system x cluster, each written whole
and flushed, so an interrupted run loses nothing already scored and a re-run skips it),
``settings.json`` (a re-run must use the same settings), ``report.json``, ``report.md`` and
``report.png``. Nothing is printed; pass ``progress`` for a progress bar.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from summarizer.errors import InputError, SummarizerError
from summarizer.evaluate import metrics, report
from summarizer.evaluate.bootstrap import RESAMPLES
from summarizer.evaluate.datasets import load_clusters
from summarizer.evaluate.systems import SYSTEMS, System, build_systems
from summarizer.types import Cluster, Document

RECORDS = "clusters.jsonl"


@dataclass(frozen=True)
class EvalResult:
    report: dict
    output: Path
    scored: int
    skipped: int


def run_eval(
    dataset: str | Path,
    *,
    fmt: str = "jsonl",
    systems: Sequence[str] = SYSTEMS,
    budget: int = 250,
    limit: int | None = None,
    output: str | Path = "runs/eval",
    config: str | Path | None = None,
    preset: str | None = None,
    writer: str | None = None,
    seed: int = 0,
    resamples: int = RESAMPLES,
    check: bool = True,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> EvalResult:
    """Run ``systems`` on ``dataset`` within ``budget`` words and write the report to ``output``.

    ``progress(advance, total)`` is called after each cluster (``total`` clusters in all).
    """
    from summarizer.pipeline import Summarizer

    if budget < 1:
        raise InputError(f"The word budget must be at least 1, got {budget}.")
    clusters = load_clusters(dataset, fmt, limit)
    summarizer = Summarizer.from_config(config, preset, writer=writer, max_words=budget)
    chosen = build_systems(list(systems), seed=seed, summarizer=summarizer)
    folder = Path(output)
    settings = _settings(dataset, fmt, chosen, budget, seed, resamples, check, summarizer, preset)
    _claim_folder(folder, settings)
    scorer = _Scorer(budget, metrics.Rouge(), summarizer if check else None)
    records = folder / RECORDS
    done = done_keys(records)
    with records.open("a", encoding="utf-8") as out:
        for cluster in clusters:
            for record in _score_cluster(cluster, chosen, done, scorer, summarizer):
                _write(out, record)
            progress(1, len(clusters))
    wanted = {c.id for c in clusters}  # a larger earlier run may hold more clusters
    lines = [r for r in read_records(records) if r["id"] in wanted]
    names = [s.name for s in chosen]
    result = report.build_report(lines, names, settings, resamples=resamples, seed=seed)
    _write_reports(folder, result)
    skipped = sum((r["system"], r["id"]) in done for r in lines)
    return EvalResult(result, folder, len(lines) - skipped, skipped)


class _Scorer:
    """Runs one system on one cluster and measures its output."""

    def __init__(self, budget: int, rouge: metrics.Rouge, checker) -> None:
        self.budget, self.rouge, self.checker = budget, rouge, checker

    def __call__(self, system: System, cluster: Cluster, documents: Sequence[Document]) -> dict:
        out = system(cluster, documents, self.budget)
        record = {
            "system": system.name,
            "id": cluster.id,
            "summary": list(out.sentences),
            "words": metrics.length(out.sentences),
            "rouge": self.rouge(out.sentences, cluster.references),
            "redundancy": metrics.redundancy(out.sentences),
            "coverage": metrics.coverage(out.sources, len(documents)),
            "sources": list(out.sources),
            "seconds": {k: round(v, 4) for k, v in out.timings.items()},
        }
        if out.writer:
            record["writer"] = out.writer
        if self.checker is not None and out.sentences:
            checked = self.checker.check(" ".join(out.sentences), list(documents))
            record["attribution"] = metrics.attribution(checked)
        return record


def _score_cluster(cluster, systems, done, scorer, summarizer):
    todo = [s for s in systems if (s.name, cluster.id) not in done]
    try:
        if todo and not cluster.references:
            raise InputError(f"cluster {cluster.id} has no reference summary to score against")
        documents = _ingest(cluster, summarizer) if todo else ()
    except SummarizerError as exc:
        for system in todo:
            yield {"system": system.name, "id": cluster.id, "error": str(exc)}
        return
    for system in todo:
        try:
            yield scorer(system, cluster, documents)
        except SummarizerError as exc:
            yield {"system": system.name, "id": cluster.id, "error": str(exc)}


def _ingest(cluster: Cluster, summarizer) -> tuple[Document, ...]:
    """The articles as the pipeline reads them (cleaned), so every system sees the same text."""
    from summarizer.ingest import load_documents

    return load_documents(list(cluster.documents), summarizer.config.ingest).documents


def done_keys(path: Path) -> set[tuple[str, str]]:
    """(system, cluster id) pairs already in ``path``; a torn last line is cut off first."""
    return {(r["system"], str(r["id"])) for r in read_records(path, repair=True)}


def read_records(path: Path, *, repair: bool = False) -> list[dict]:
    if not path.exists():
        return []
    data = path.read_bytes()
    if repair and data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        with path.open("r+b") as handle:
            handle.truncate(len(data))
    records = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            continue
    return [r for r in records if isinstance(r, dict) and "system" in r and "id" in r]


def _write(out, record: dict) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    os.fsync(out.fileno())


def _settings(dataset, fmt, systems, budget, seed, resamples, check, summarizer, preset) -> dict:
    from summarizer.config import as_dict

    rouge = metrics.RougeSettings()
    return {
        "dataset": str(dataset),
        "format": fmt,
        "systems": [s.name for s in systems],
        "budget": budget,
        "budget_rule": "whitespace words; whole sentences in each system's order, stop at the "
        "first that does not fit",
        "rouge": f"{rouge.package} {version('rouge-score')}, use_stemmer={rouge.use_stemmer}",
        "rouge_tokenizer": rouge.tokenizer,
        "sentence_splitting": rouge.splitter,
        "references": rouge.multi_reference,
        "redundancy": "share of summary word trigrams repeating an earlier one",
        "coverage": "share of articles cited (ours) or drawn from (baselines)",
        "attribution": "Summarizer.check on each output" if check else "off",
        "bootstrap": f"paired, {resamples} resamples, seed {seed}, 95% percentile interval",
        "random_seed": seed,
        "preset": preset,
        "config": as_dict(summarizer.config),
    }


def _claim_folder(folder: Path, settings: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.json"
    if path.exists():
        previous = json.loads(path.read_text(encoding="utf-8"))
        if previous != json.loads(json.dumps(settings)):
            raise InputError(
                f"{folder} holds a run with other settings (dataset, systems, budget, config); "
                "choose another --output or delete the folder to start over."
            )
    _replace(path, json.dumps(settings, indent=2) + "\n")


def _write_reports(folder: Path, result: dict) -> None:
    _replace(folder / "report.json", json.dumps(result, indent=2) + "\n")
    _replace(folder / "report.md", report.to_markdown(result))
    report.plot(result, folder / "report.png")


def _replace(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
