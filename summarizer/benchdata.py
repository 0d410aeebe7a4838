"""Inputs for the benchmark: clusters of a chosen size and batch files.

Taken from the development datasets when they are present (real articles, read at run time and
never stored), otherwise generated from templates so every sentence is distinct and no cache helps.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from summarizer.types import Document

_SUBJECTS = ["The council", "Officials", "The ministry", "Residents", "The company", "Police"]
_VERBS = ["said", "reported", "confirmed", "warned", "announced", "denied"]
_OBJECTS = ["flooding", "a new budget", "the bridge repairs", "job cuts", "a fire", "the strike"]
_PLACES = ["Lenmouth", "Carrow", "Alder Bay", "North Fell", "Kellin", "Ostry"]


def scaled_cluster(size: int, datasets: Path | None, seed: int = 0) -> list[Document]:
    """``size`` distinct articles: development-set articles when available, else synthetic."""
    pool = _dataset_articles(datasets) if datasets else []
    if len(pool) >= size:
        return pool[:size]
    rng = random.Random(seed)
    return [Document(id=f"synthetic-{i}", text=_synthetic_article(rng, i)) for i in range(size)]


def write_batch_file(folder: Path, n: int, datasets: Path | None) -> tuple[Path, str]:
    """A batch JSONL of ``n`` clusters; returns its path and where the clusters came from."""
    path = folder / "in.jsonl"
    source = datasets / "allsides_dev.jsonl" if datasets else None
    if source and source.is_file():
        with source.open(encoding="utf-8") as handle:
            lines = [line for _, line in zip(range(n), handle, strict=False)]
        path.write_text("".join(lines), encoding="utf-8")
        return path, f"allsides_dev (first {len(lines)})"
    rng = random.Random(1)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            docs = [{"id": f"a{j}", "text": _synthetic_article(rng, j)} for j in range(4)]
            out.write(json.dumps({"id": f"c{i}", "documents": docs}) + "\n")
    return path, f"synthetic ({n} clusters of 4 articles)"


def _dataset_articles(datasets: Path) -> list[Document]:
    path = datasets / "wikinews_en_dev.jsonl"
    if not path.is_file():
        return []
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            for i, doc in enumerate(json.loads(line)["documents"]):
                if len(doc.get("text", "").split()) >= 150:
                    out.append(Document(id=f"wn{len(out)}-{i}", text=doc["text"]))
    return out


def _synthetic_article(rng: random.Random, number: int) -> str:
    sentences = []
    for _ in range(30):
        sentences.append(
            f"{rng.choice(_SUBJECTS)} in {rng.choice(_PLACES)} {rng.choice(_VERBS)} "
            f"{rng.choice(_OBJECTS)} on day {rng.randint(1, 900)} affecting "
            f"{rng.randint(2, 5000)} people, article {number} noted."
        )
    return " ".join(sentences)
