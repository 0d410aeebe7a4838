"""Claim sets written on real clusters of ``../shared/datasets/``, joined to their articles.

The articles are research-only material, and claims restate them, so neither is kept in the
repository: helper sessions write the claims (``real_brief.md``) into files outside it, one
cluster a line, ``{"source": "attribution_dev", "index": 7, "claims": [...]}``, and this module
joins each line to line ``index`` of ``../shared/datasets/<source>.jsonl`` at run time, giving the
cluster shape ``summarizer.evaluate.attribution`` reads. A document without an ``id`` gets its
position ("0", "1", ...), as the brief tells the writers.

Usage: ``.venv/bin/python eval/attribution/real_sets.py runs/real/rma.jsonl > /tmp/rma.jsonl``
(or :func:`load_real` from ``dump.py``).
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

DATASETS = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"


@cache
def _lines(source: str, datasets: Path) -> tuple[str, ...]:
    path = datasets / f"{source}.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path} is absent: real sets need ../shared/datasets")
    return tuple(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def join(entry: dict, datasets: Path = DATASETS) -> dict:
    """One claims line with its cluster's articles."""
    cluster = json.loads(_lines(entry["source"], datasets)[entry["index"]])
    documents = [
        {"id": str(d.get("id", i)), "title": d.get("title") or "", "text": d["text"]}
        for i, d in enumerate(cluster["documents"])
    ]
    known = {d["id"] for d in documents}
    for claim in entry["claims"]:
        unknown = {str(doc) for doc in claim.get("gold_docs", [])} - known
        if unknown:
            raise ValueError(f"{entry['source']}:{entry['index']}: no document {sorted(unknown)}")
    return {
        "id": f"{entry['source']}:{entry['index']}",
        "documents": documents,
        "claims": entry["claims"],
    }


def load_real(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8") as handle:
        return [join(json.loads(line)) for line in handle if line.strip()]


if __name__ == "__main__":
    for name in sys.argv[1:]:
        for cluster in load_real(Path(name)):
            print(json.dumps(cluster, ensure_ascii=False))
