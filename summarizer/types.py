"""Values that cross stage boundaries. All frozen: a stage never mutates its input."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One cleaned article. ``text`` is the cleaned text all sentence offsets refer to."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    path: str = ""
    author: str = ""  # the writer a byline names ("By Lena Hart"), which cleaning drops


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; ``text == document.text[start:end]``."""

    doc: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Selected:
    """A sentence chosen by retrieval, with its salience score."""

    sentence: Sentence
    score: float


@dataclass(frozen=True)
class Citation:
    """Source text supporting a summary sentence.

    ``sentence`` is the index of the first cited sentence of ``doc``; ``start``/``end`` are
    character offsets into that document's cleaned text and ``quote`` is the text between them
    (a window of adjacent sentences when the summary sentence fuses several).
    """

    doc: str
    sentence: int
    score: float
    start: int
    end: int
    quote: str


SUPPORT_LABELS = ("supported", "partial", "unsupported")


@dataclass(frozen=True)
class Disagreement:
    """An article that gives another figure for something a summary sentence states ("Twelve
    workers" where it says 14): it is not cited, and the reader should know it exists."""

    doc: str
    stated: str  # the sentence's figure, as written
    other: str  # the article's figure, as written
    sentence: int
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of a summary with its attribution.

    ``support`` is one of :data:`SUPPORT_LABELS`; ``missing`` lists the facts or content words
    no cited text supports (or that a cited text contradicts).
    """

    text: str
    support: str
    citations: tuple[Citation, ...] = ()
    missing: tuple[str, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()


@dataclass(frozen=True)
class WriterInfo:
    """Which writer produced the summary, and why a fallback happened if one did."""

    kind: str
    model: str | None = None
    fallback_reason: str | None = None


@dataclass(frozen=True)
class Draft:
    """What a writer produced: the summary text, which writer made it, and any warnings."""

    text: str
    writer: WriterInfo
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cluster:
    """Articles about one story, as read from a batch file or a JSON cluster.

    ``warnings`` says what was skipped or changed while reading it (an article record without
    text, undecodable bytes); they are passed on to the cluster's summary.
    """

    id: str
    documents: tuple[Document, ...]
    references: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Summary:
    """The result of :meth:`summarizer.Summarizer.summarize` (and of ``check``)."""

    text: str
    sentences: tuple[SummarySentence, ...]
    documents: tuple[Document, ...]
    selected: tuple[Selected, ...] = ()
    writer: WriterInfo = WriterInfo(kind="none")
    timings: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    id: str | None = None

    def to_dict(self) -> dict:
        """The JSON shape shared by ``--format json``, ``batch`` output and the Python API."""
        from summarizer import __version__

        data = {
            "summary": self.text,
            "sentences": [_sentence_dict(s) for s in self.sentences],
            "documents": [
                {
                    "id": d.id,
                    "title": d.title,
                    "source": d.source,
                    "date": d.date,
                    "author": d.author,
                    "path": d.path,
                }
                for d in self.documents
            ],
            "selected": [
                {
                    "doc": s.sentence.doc,
                    "sentence": s.sentence.index,
                    "text": s.sentence.text,
                    "score": round(s.score, 4),
                }
                for s in self.selected
            ],
            "writer": {
                "kind": self.writer.kind,
                "model": self.writer.model,
                "fallback_reason": self.writer.fallback_reason,
            },
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "warnings": list(self.warnings),
            "version": __version__,
        }
        if self.id is not None:
            data = {"id": self.id, **data}
        return data


def _sentence_dict(s: SummarySentence) -> dict:
    return {
        "text": s.text,
        "support": s.support,
        "missing": list(s.missing),
        "citations": [
            {
                "doc": c.doc,
                "sentence": c.sentence,
                "score": round(c.score, 4),
                "start": c.start,
                "end": c.end,
                "quote": c.quote,
            }
            for c in s.citations
        ],
        "disagreements": [
            {"doc": d.doc, "stated": d.stated, "other": d.other, "sentence": d.sentence,
             "start": d.start, "end": d.end, "quote": d.quote}
            for d in s.disagreements
        ],
    }  # fmt: skip
