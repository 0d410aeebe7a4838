import json

from summarizer.render import render
from summarizer.types import Citation, Document, Summary, SummarySentence, WriterInfo


def _summary(text2="Fourteen workers were hurt.", support2="unsupported", missing2=("14",)):
    docs = (
        Document(id="a", text="Twelve workers were hurt. <b>Fire</b>", title="A", source="Courier"),
        Document(id="b", text="Twelve workers were hurt in a fire.", title="B", date="2026-03-14"),
    )
    cite_a = Citation(doc="a", sentence=0, score=0.9, start=0, end=25, quote=docs[0].text[:25])
    cite_b = Citation(doc="b", sentence=0, score=0.8, start=0, end=35, quote=docs[1].text)
    sentences = (
        SummarySentence("Twelve workers were hurt.", "supported", (cite_a, cite_b)),
        SummarySentence(text2, support2, (), missing2),
    )
    return Summary(
        text="Twelve workers were hurt. " + text2,
        sentences=sentences,
        documents=docs,
        writer=WriterInfo("extractive", None, "model x not found"),
    )


def test_text_marks_cite_every_article_and_list_sources():
    out = render(_summary(), "text")
    assert "Twelve workers were hurt. [1, 2]" in out
    assert "[unsupported: 14]" in out
    assert "[1] A (Courier)" in out
    assert "[2] B (2026-03-14)" in out
    assert "fell back because model x not found" in out


def test_json_has_the_documented_shape():
    data = json.loads(render(_summary(), "json"))
    assert set(data) >= {"summary", "sentences", "documents", "selected", "writer", "timings"}
    first = data["sentences"][0]
    assert first["support"] == "supported"
    assert [c["doc"] for c in first["citations"]] == ["a", "b"]
    assert set(first["citations"][0]) == {"doc", "sentence", "score", "start", "end", "quote"}
    assert data["writer"] == {
        "kind": "extractive",
        "model": None,
        "fallback_reason": "model x not found",
    }


def test_markdown_escapes_html_from_sources():
    out = render(_summary(text2="<script>alert(1)</script> happened."), "markdown")
    assert "<script>" not in out
    assert "&lt;script&gt;" in out


def test_a_disagreeing_source_is_named_in_text_and_json():
    from dataclasses import replace

    from summarizer.types import Disagreement

    summary = _summary()
    other = Disagreement("b", "Twelve", "14", 0, 0, 20, "14 workers were hurt.")
    first = replace(summary.sentences[0], disagreements=(other,))
    summary = replace(summary, sentences=(first, *summary.sentences[1:]))
    assert "[sources disagree: [2] gives 14 for Twelve]" in render(summary, "text")
    assert "[sources disagree: [2] gives 14 for Twelve]" in render(summary, "markdown")
    data = json.loads(render(summary, "json"))
    assert data["sentences"][0]["disagreements"] == [
        {"doc": "b", "stated": "Twelve", "other": "14", "sentence": 0, "start": 0, "end": 20,
         "quote": "14 workers were hurt."}
    ]  # fmt: skip
    assert data["sentences"][1]["disagreements"] == []


def test_a_sources_writer_is_listed_in_text_and_json():
    summary = _summary()
    writer = Document(id="a", text="x", title="A", source="Courier", author="Lena Hart")
    docs = (writer, summary.documents[1])
    summary = Summary(
        text=summary.text, sentences=summary.sentences, documents=docs, writer=summary.writer
    )
    assert "[1] A (by Lena Hart, Courier)" in render(summary, "text")
    assert json.loads(render(summary, "json"))["documents"][0]["author"] == "Lena Hart"
