"""Output formats: text (with citation marks and a numbered source list), Markdown, JSON.

Source text is untrusted: Markdown output escapes HTML and Markdown syntax, so a scraped
``<script>``, link or image stays literal text. Text output is plain text and not escaped.
"""

from __future__ import annotations

import html
import json
import re

from summarizer.types import Summary, SummarySentence

FORMATS = ("text", "markdown", "json")


def render(summary: Summary, fmt: str = "text") -> str:
    """Render ``summary`` as ``text``, ``markdown`` or ``json``."""
    if fmt == "json":
        return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return _markdown(summary)
    return _text(summary)


def source_numbers(summary: Summary) -> dict[str, int]:
    """Document id -> its 1-based number in the source list."""
    return {d.id: i for i, d in enumerate(summary.documents, start=1)}


def marks(sentence: SummarySentence, numbers: dict[str, int]) -> str:
    """``[1, 3]`` for the articles cited, plus a flag when support is lacking."""
    cited = sorted({numbers[c.doc] for c in sentence.citations if c.doc in numbers})
    parts = [f"[{', '.join(map(str, cited))}]"] if cited else []
    if sentence.support != "supported":
        missing = f": {', '.join(sentence.missing)}" if sentence.missing else ""
        parts.append(f"[{sentence.support}{missing}]")
    others = [f"[{numbers[d.doc]}] gives {d.other} for {d.stated}"
              for d in sentence.disagreements if d.doc in numbers]  # fmt: skip
    if others:
        parts.append(f"[sources disagree: {'; '.join(dict.fromkeys(others))}]")
    return " ".join(parts)


def _text(summary: Summary) -> str:
    numbers = source_numbers(summary)
    body = " ".join(_with_marks(s.text, marks(s, numbers)) for s in summary.sentences)
    lines = [body, "", "Sources:"]
    lines += [f"[{numbers[d.id]}] {_describe(d)}" for d in summary.documents]
    lines.append("")
    lines.append(_writer_line(summary))
    return "\n".join(lines) + "\n"


def _markdown(summary: Summary) -> str:
    numbers = source_numbers(summary)
    esc = _escape_md
    body = " ".join(_with_marks(esc(s.text), marks(s, numbers)) for s in summary.sentences)
    lines = ["## Summary", "", body, "", "## Sources", ""]
    lines += [f"{numbers[d.id]}. {esc(_describe(d))}" for d in summary.documents]
    lines += ["", f"_{esc(_writer_line(summary))}_"]
    return "\n".join(lines) + "\n"


def _with_marks(text: str, mark: str) -> str:
    return f"{text} {mark}" if mark else text


def _describe(document) -> str:
    title = document.title or document.id
    byline = f"by {document.author}" if document.author else ""
    details = ", ".join(x for x in (byline, document.source, document.date) if x)
    return f"{title} ({details})" if details else title


def _writer_line(summary: Summary) -> str:
    writer = summary.writer
    line = f"Written by: {writer.kind}" + (f" ({writer.model})" if writer.model else "")
    if writer.fallback_reason:
        line += f"; fell back because {writer.fallback_reason}"
    return line


_MD_PUNCT = re.compile(r"([\\`*_{}\[\]#|~])")
_URL_SCHEME = re.compile(r"\b([a-z][a-z0-9+.-]*):(?=//|[^\s]*@)", re.IGNORECASE)


def _escape_md(text: str) -> str:
    """Source text as literal Markdown: no HTML, links, images, emphasis, code or headings.

    HTML is entity-escaped, Markdown punctuation gets a backslash (``[`` so no link or image
    opens, ``*_`` so no emphasis, a leading ``-`` or ``1.`` so no list), and a URL's
    ``scheme:`` is broken with an entity so no renderer autolinks it. Newlines become spaces.
    """
    text = " ".join(text.split())
    text = html.escape(text, quote=False)
    text = _MD_PUNCT.sub(r"\\\1", text)
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # "1. x" would start a list
    text = re.sub(r"^([-+>=])", r"\\\1", text)  # so would "- x"; "> x" quotes, "===" underlines
    return _URL_SCHEME.sub(r"\1&#58;", text)
