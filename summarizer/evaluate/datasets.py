"""Evaluation datasets -> :class:`~summarizer.types.Cluster` values with references.

Three sources:

- ``jsonl``: our format, one ``{"id", "documents": [{"id"?, "title", "text", ...}],
  "references": [str]}`` a line (the development sets in ``../shared/datasets`` use it);
- ``multinews``: Multi-News as released, a ``.src``/``.tgt`` pair with one cluster a line,
  articles joined by ``|||||``, line breaks written ``NEWLINE_CHAR`` and summaries starting
  ``– ``; give either file (or the shared stem) as the path;
- ``hf``: a Hugging Face ``datasets`` name such as ``multi_news`` or ``multi_news:validation``
  (needs the optional ``datasets`` package and a network).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

from summarizer.errors import ConfigError, InputError
from summarizer.types import Cluster, Document

FORMATS = ("jsonl", "multinews", "hf")
ARTICLE_SEPARATOR = "|||||"
NEWLINE_MARKER = "NEWLINE_CHAR"
SUMMARY_DASH = "–"
ARTICLE_FIELDS = ("title", "source", "date", "url")


def load_clusters(
    source: str | Path, fmt: str = "jsonl", limit: int | None = None
) -> list[Cluster]:
    """Read up to ``limit`` clusters of ``source`` in format ``fmt`` (one of :data:`FORMATS`)."""
    readers = {"jsonl": read_jsonl, "multinews": read_multinews, "hf": read_hf}
    if fmt not in readers:
        raise ConfigError(f"Unknown dataset format {fmt!r}; use one of {', '.join(FORMATS)}.")
    clusters = list(itertools.islice(readers[fmt](source), limit))
    if not clusters:
        raise InputError(f"Dataset {source} holds no clusters; check the path and --format.")
    return clusters


def read_jsonl(path: str | Path) -> Iterator[Cluster]:
    """Clusters of our JSONL format; a malformed line stops with its line number."""
    for number, line in enumerate(_open(Path(path)), start=1):
        if not line.strip():
            continue
        try:
            yield cluster_from_record(json.loads(line), default_id=str(number))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise InputError(
                f"{path} line {number} is not a cluster ({exc}); expected "
                '{"id", "documents": [{"title", "text"}], "references": [str]}.'
            ) from None


def cluster_from_record(record: dict, default_id: str) -> Cluster:
    """One JSON cluster record -> Cluster (documents keep their own ids or get ``d1, d2...``)."""
    documents = tuple(
        _document(article, f"d{i}") for i, article in enumerate(record["documents"], start=1)
    )
    references = record.get("references") or []
    if isinstance(references, str):
        references = [references]
    kept = tuple(str(r).strip() for r in references if str(r).strip())  # blanks cannot be scored
    return Cluster(str(record.get("id", default_id)), documents, kept)


def read_multinews(path: str | Path) -> Iterator[Cluster]:
    """Clusters of a released Multi-News ``.src``/``.tgt`` pair, ids ``<stem>-<line>``."""
    src, tgt = _multinews_pair(Path(path))
    with _open(src) as sources, _open(tgt) as targets:
        for number, (source, target) in enumerate(zip(sources, targets, strict=False)):
            yield parse_multinews(source, target, f"{src.stem}-{number}")


def parse_multinews(source: str, target: str, id: str) -> Cluster:
    """One Multi-News line pair -> Cluster: split articles, restore line breaks, drop the dash."""
    articles = [_multinews_text(a) for a in source.split(ARTICLE_SEPARATOR)]
    documents = tuple(
        Document(id=f"d{i}", text=text)
        for i, text in enumerate((a for a in articles if a), start=1)
    )
    summary = _multinews_text(target)
    if summary.startswith(SUMMARY_DASH):
        summary = summary[len(SUMMARY_DASH) :].lstrip()
    return Cluster(id, documents, (summary,) if summary else ())


def read_hf(name: str | Path) -> Iterator[Cluster]:
    """Clusters of a Hugging Face dataset ``name[:split]`` (default split ``test``)."""
    dataset_name, _, split = str(name).partition(":")
    rows = _hf_rows(dataset_name, split or "test")
    for number, row in enumerate(rows):
        yield _cluster_from_row(row, f"{dataset_name}-{number}")


def _cluster_from_row(row: dict, id: str) -> Cluster:
    if "document" in row and "summary" in row:  # multi_news layout
        return parse_multinews(row["document"], row["summary"], id)
    if "documents" in row:
        return cluster_from_record(row, default_id=id)
    raise InputError(
        f"Hugging Face rows have columns {sorted(row)}; expected document/summary (Multi-News) "
        "or documents/references (our JSONL layout)."
    )


def _hf_rows(name: str, split: str):
    try:
        import datasets
    except ImportError:
        raise ConfigError(
            "--format hf needs the optional 'datasets' package; install it with "
            "`pip install datasets`, or download the files and use --format jsonl|multinews."
        ) from None
    try:
        return datasets.load_dataset(name, split=split)
    except Exception as exc:  # offline, unknown name or split: all surface the same way
        raise InputError(
            f"Cannot load Hugging Face dataset {name!r} split {split!r}: {exc}. It needs a "
            "network (or a local cache); offline, use --format jsonl or multinews on local files."
        ) from None


def _document(article: dict | str, default_id: str) -> Document:
    if isinstance(article, str):
        return Document(id=default_id, text=article)
    extra = {key: str(article[key]) for key in ARTICLE_FIELDS if article.get(key)}
    return Document(id=str(article.get("id") or default_id), text=str(article["text"]), **extra)


def _multinews_text(text: str) -> str:
    lines = (line.strip() for line in text.replace(NEWLINE_MARKER, "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _multinews_pair(path: Path) -> tuple[Path, Path]:
    stem = path.with_suffix("") if path.suffix in (".src", ".tgt") else path
    src, tgt = Path(f"{stem}.src"), Path(f"{stem}.tgt")
    for part in (src, tgt):
        if not part.is_file():
            raise InputError(
                f"Multi-News file {part} does not exist; --format multinews needs a .src/.tgt "
                "pair (pass either file or their shared stem)."
            )
    return src, tgt


def _open(path: Path):
    if not path.is_file():
        raise InputError(f"Dataset {path} does not exist or is not a file.")
    return path.open(encoding="utf-8", errors="replace")
