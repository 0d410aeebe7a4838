"""Reading articles: files, folders, stdin, JSON/JSONL and HTML -> cleaned Documents.

Every reader hands its text to :func:`summarizer.junk.clean_text` before anything else sees it.
An unreadable article beside good ones is skipped with a warning; a cluster with nothing usable
is an :class:`InputError`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

from summarizer.config import IngestConfig
from summarizer.errors import InputError, LimitError
from summarizer.junk import byline, clean_text, normalise_newlines
from summarizer.language import looks_english
from summarizer.types import Cluster, Document

FOLDER_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json")
STDIN_SEPARATOR = re.compile(r"^\s*(?:\|\|\|\|\||---)\s*$", re.MULTILINE)
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d\d-\d\d)\b[ \t]*")
_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes surrogateescape could not decode
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
# Bytes read from a file per character of --max-chars: room for HTML markup and UTF-8.
READ_FACTOR = 8


@dataclass(frozen=True)
class Loaded:
    """Documents ready for the pipeline, and what was skipped or changed on the way."""

    documents: tuple[Document, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClusterError:
    """A batch line that could not be read as a cluster."""

    id: str
    line: int
    message: str


def load_documents(
    items: Sequence[str | Path | Document], config: IngestConfig, stdin: TextIO | None = None
) -> Loaded:
    """Read every item (file, folder, ``-`` or Document) into cleaned, checked Documents."""
    documents: list[Document] = []
    warnings: list[str] = []
    for item in items:
        if isinstance(item, Document):
            # As for files, cleaning sees no more than the limit could keep (see _from_file).
            text = item.text[: config.max_chars * READ_FACTOR]
            documents.append(replace(item, text=clean_text(text)))
        elif str(item) == "-":
            limit = config.max_chars * READ_FACTOR * config.max_documents
            documents.extend(_from_stdin((stdin or sys.stdin).read(limit)))
        else:
            documents.extend(_from_path(Path(item), warnings, config.max_chars))
    return _checked(documents, warnings, config)


def documents_from_records(
    records: Sequence[Any], config: IngestConfig, origin: str = "input"
) -> Loaded:
    """Documents from article dicts ``{"id", "title", "source", "date", "url", "text"}``."""
    warnings: list[str] = []
    documents = [_from_record(r, f"{origin}#{i + 1}", warnings) for i, r in enumerate(records)]
    return _checked([d for d in documents if d], warnings, config)


def iter_clusters(path: Path) -> Iterator[Cluster | ClusterError]:
    """Clusters of a batch JSONL file, one a line; a malformed line yields a ClusterError.

    A missing or binary file is an :class:`InputError`, raised at once (not on the first
    ``next``); see :func:`check_batch_input`.
    """
    check_batch_input(path)
    return _iter_lines(path)


def check_batch_input(path: Path) -> None:
    """Raise :class:`InputError` unless ``path`` is a file that may hold JSONL (not binary).

    Cheap (one read of 8 KiB): callers run it before loading models or drawing a progress bar.
    """
    if not path.is_file():
        raise InputError(f"Batch input {path} does not exist or is not a file.")
    with path.open("rb") as handle:
        if b"\x00" in handle.read(8192):
            raise InputError(f"{path} looks like a binary file, not JSONL (one cluster a line).")


def _iter_lines(path: Path) -> Iterator[Cluster | ClusterError]:
    # surrogateescape keeps undecodable bytes visible, so each line can say it had some.
    with path.open(encoding="utf-8", errors="surrogateescape") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _cluster_from_line(line, number, path)


def _cluster_from_line(line: str, number: int, path: Path) -> Cluster | ClusterError:
    fallback_id = f"line-{number}"
    warnings: list[str] = []
    if _UNDECODED.search(line):
        line = line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        warnings.append(
            f"{path}:{number}: not valid UTF-8; undecodable bytes replaced with U+FFFD."
        )
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        message = f"{path}:{number}: invalid JSON at column {exc.colno} ({exc.msg})."
        return ClusterError(fallback_id, number, message)
    except RecursionError:
        return ClusterError(fallback_id, number, f"{path}:{number}: JSON nested too deeply.")
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        message = f'{path}:{number}: expected {{"id", "documents": [...]}}.'
        return ClusterError(str(_get(data, "id", fallback_id)), number, message)
    cluster_id = str(data.get("id", fallback_id))
    docs = [
        _from_record(r, f"{cluster_id}#{i + 1}", warnings) for i, r in enumerate(data["documents"])
    ]
    refs = tuple(str(r) for r in data.get("references", []) if r)
    documents = tuple(d for d in docs if d)
    return Cluster(id=cluster_id, documents=documents, references=refs, warnings=tuple(warnings))


# -- readers -------------------------------------------------------------------------------


def _from_path(path: Path, warnings: list[str], max_chars: int) -> list[Document]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in FOLDER_SUFFIXES)
        if not files:
            warnings.append(f"{path}: no {', '.join(FOLDER_SUFFIXES)} files in this folder.")
        return [d for f in files for d in _from_file(f, warnings, max_chars)]
    if not path.exists():
        raise InputError(f"{path} does not exist. Check the path, or pass - to read stdin.")
    return _from_file(path, warnings, max_chars)


def _from_file(path: Path, warnings: list[str], max_chars: int = 300_000) -> list[Document]:
    # Memory stays bounded: a file is read only as far as its first max_chars could reach
    # (page markup and 4-byte characters included); _truncated() then cuts the text itself.
    limit = max_chars * READ_FACTOR
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        warnings.append(f"{path}: cannot be read ({exc.strerror or exc}); skipped.")
        return []
    suffix = path.suffix.lower()
    if len(raw) > limit:
        if suffix == ".json":
            warnings.append(
                f"{path}: larger than {limit:,} bytes (--max-chars {max_chars:,} x "
                f"{READ_FACTOR}); skipped. Raise the limit with --max-chars."
            )
            return []
        raw = raw[:limit]
        warnings.append(
            f"{path}: only the first {limit:,} bytes read; raise the limit with --max-chars."
        )
    if not raw.strip():
        warnings.append(f"{path}: empty file; skipped.")
        return []
    if b"\x00" in raw[:8192]:
        warnings.append(f"{path}: looks like a binary file, not an article; skipped.")
        return []
    text = _decode(raw, path, warnings)
    if suffix in (".html", ".htm"):
        return [_from_html(text, path)]
    if suffix == ".json":
        return _from_json(text, path, warnings)
    return [_from_plain(text, path.stem, str(path))]


def _decode(raw: bytes, path: Path | str, warnings: list[str]) -> str:
    """UTF-8 (a character cut at the end by the read limit is dropped); else the detected
    encoding, preferring Windows-1252 for Latin text; else UTF-8 with U+FFFD, with a warning."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            return raw[: exc.start].decode("utf-8-sig")
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None:
        encoding, text = best.encoding, str(best)
        if _latin(text) and encoding != "cp1252":
            # Latin code pages agree on plain letters: the web's default (Windows-1252) wins,
            # its five undefined bytes replaced.
            encoding, text = "cp1252", raw.decode("cp1252", errors="replace")
        warnings.append(f"{path}: not UTF-8; decoded as {encoding}.")
        return text
    warnings.append(f"{path}: undecodable bytes replaced with U+FFFD.")
    return raw.decode("utf-8", errors="replace")


def _latin(text: str) -> bool:
    """No letters beyond Latin script (Latin-1 supplement and Latin Extended-A/B)."""
    return not any(ch.isalpha() and ord(ch) > 0x24F for ch in text)


def _from_plain(text: str, doc_id: str, path: str = "") -> Document:
    text = normalise_newlines(text)
    date = ""
    match = _DATE_LINE.match(text)
    if match:
        date, text = match.group(1), text[match.end() :]
    cleaned = clean_text(text)
    title, cleaned = _split_title(cleaned)
    return Document(id=doc_id, text=cleaned, title=title, date=date, path=path, author=byline(text))


def _split_title(text: str) -> tuple[str, str]:
    """The longest short line without a sentence end among the first three is the title."""
    paragraphs = text.split("\n\n")
    heads = [
        (len(p), i)
        for i, p in enumerate(paragraphs[:3])
        if len(p.split()) <= 25 and not _SENTENCE_END.search(p) and i + 1 < len(paragraphs)
    ]
    if not heads:
        return "", text
    _, index = max(heads)
    kept = paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs[index], "\n\n".join(kept)


def _from_html(text: str, path: Path) -> Document:
    import trafilatura

    # No URL is given and nothing is fetched: trafilatura parses the string it is handed.
    result = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    if result is None:
        return Document(id=path.stem, text="", path=str(path))
    meta = result if isinstance(result, dict) else result.as_dict()
    title = meta.get("title") or ""
    body = clean_text(meta.get("text") or "")
    if title and body.startswith(title):
        body = body[len(title) :].lstrip()
    return Document(
        id=path.stem,
        text=body,
        title=title,
        source=meta.get("sitename") or "",
        date=meta.get("date") or "",
        url=meta.get("url") or "",
        path=str(path),
        author=_author(meta) or byline(meta.get("text") or ""),
    )


def _author(meta: dict) -> str:
    """The page's author as trafilatura reads it, without the site's own name it may list
    ("Tomas Reyes; Harbour Daily")."""
    names = [a.strip() for a in (meta.get("author") or "").split(";")]
    return "; ".join(a for a in names if a and a != (meta.get("sitename") or ""))


def _from_json(text: str, path: Path, warnings: list[str]) -> list[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        warnings.append(
            f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg}); skipped."
        )
        return []
    except RecursionError:
        warnings.append(f"{path}: JSON nested too deeply; skipped.")
        return []
    records = data.get("documents") if isinstance(data, dict) and "documents" in data else [data]
    if not isinstance(records, list):
        warnings.append(f'{path}: "documents" must be a list of articles; skipped.')
        return []
    stem = path.stem if len(records) == 1 else None
    docs = [
        _from_record(r, stem or f"{path.stem}-{i + 1}", warnings, str(path))
        for i, r in enumerate(records)
    ]
    return [d for d in docs if d]


def _from_record(
    record: Any, default_id: str, warnings: list[str], path: str = ""
) -> Document | None:
    if not isinstance(record, dict) or not isinstance(record.get("text", ""), str):
        warnings.append(f"{default_id}: not an article object with a text field; skipped.")
        return None
    plain = _from_plain(record.get("text") or "", str(record.get("id") or default_id), path)
    return replace(
        plain,
        title=str(record.get("title") or plain.title),
        source=str(record.get("source") or ""),
        date=str(record.get("date") or plain.date),
        url=str(record.get("url") or ""),
        author=str(record.get("author") or plain.author),
    )


def _from_stdin(text: str) -> list[Document]:
    parts = [p for p in STDIN_SEPARATOR.split(text) if p.strip()]
    return [_from_plain(part, f"stdin-{i + 1}") for i, part in enumerate(parts)]


# -- checks --------------------------------------------------------------------------------


def _checked(documents: list[Document], warnings: list[str], config: IngestConfig) -> Loaded:
    if len(documents) > config.max_documents:
        raise LimitError(
            f"{len(documents)} articles exceed the limit of {config.max_documents} per cluster; "
            "raise it with --max-documents (or [ingest] max_documents)."
        )
    kept = []
    for doc in _unique_ids(documents):
        doc = _truncated(doc, config.max_chars, warnings)
        if len(doc.text.split()) < config.min_article_words:
            name = doc.path or doc.id
            warnings.append(f"{name}: no usable article text after cleaning; skipped.")
            continue
        if not looks_english(doc.text):
            warnings.append(f"{doc.id}: does not look like English; results may be poor.")
        kept.append(doc)
    if not kept:
        raise InputError(_nothing_usable(warnings))
    return Loaded(tuple(kept), tuple(warnings))


def _nothing_usable(warnings: list[str], shown: int = 3) -> str:
    """One line: no usable article, and why (the first few skip reasons)."""
    message = "No article with usable text: every input was empty, unreadable or only page junk"
    reasons = [w.removesuffix(".").removesuffix("; skipped") for w in warnings]
    if not reasons:
        return message + "."
    more = f"; and {len(reasons) - shown} more" if len(reasons) > shown else ""
    return f"{message} ({'; '.join(reasons[:shown])}{more})."


def _unique_ids(documents: list[Document]) -> list[Document]:
    seen: dict[str, int] = {}
    out = []
    for doc in documents:
        count = seen.get(doc.id, 0) + 1
        seen[doc.id] = count
        out.append(doc if count == 1 else replace(doc, id=f"{doc.id}-{count}"))
    return out


def _truncated(doc: Document, max_chars: int, warnings: list[str]) -> Document:
    if len(doc.text) <= max_chars:
        return doc
    cut = max(doc.text.rfind(". ", 0, max_chars) + 1, doc.text.rfind("\n", 0, max_chars))
    cut = cut if cut > max_chars // 2 else max_chars
    warnings.append(
        f"{doc.id}: {len(doc.text):,} characters cut to {cut:,}; raise the limit with --max-chars."
    )
    return replace(doc, text=doc.text[:cut].rstrip())


def _get(data: Any, key: str, default: Any) -> Any:
    return data.get(key, default) if isinstance(data, dict) else default
