"""End-to-end through the one Summarizer object, on the example cluster the project ships."""

from pathlib import Path

import pytest

from summarizer import Document, Summarizer
from summarizer.errors import InputError

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "cluster"


@pytest.fixture(scope="module")
def extractive():
    return Summarizer.from_config(None, writer="extractive")


@pytest.fixture(scope="module")
def example_result(extractive):
    return extractive.summarize([EXAMPLE])


def test_every_article_is_read_and_contributes(example_result):
    assert len(example_result.documents) == 4
    assert {s.sentence.doc for s in example_result.selected} == {
        d.id for d in example_result.documents
    }


def test_every_summary_sentence_is_cited_with_valid_spans(example_result):
    texts = {d.id: d.text for d in example_result.documents}
    assert len(example_result.sentences) >= 3
    for sentence in example_result.sentences:
        assert sentence.citations, sentence.text
        for c in sentence.citations:
            assert texts[c.doc][c.start : c.end] == c.quote
            assert 0.0 <= c.score <= 1.0


def test_extractive_summary_respects_word_budget(extractive):
    short = Summarizer.from_config(None, writer="extractive", max_words=40)
    result = short.summarize([EXAMPLE])
    assert 0 < len(result.text.split()) <= 40


def test_page_junk_never_reaches_the_summary(example_result):
    junk = ("An icon", "READ MORE", "newsletter", "Photo/", "Follow us", "Share this")
    for phrase in junk:
        assert phrase.lower() not in example_result.text.lower()


def test_to_dict_records_writer_and_timings(example_result):
    data = example_result.to_dict()
    assert data["writer"]["kind"] == "extractive"
    assert {"ingest", "retrieve", "write", "attribute"} <= set(data["timings"])
    assert len(data["documents"]) == 4


def test_models_load_once_per_summarizer(extractive):
    writer = extractive.writer
    extractive.summarize([EXAMPLE])
    assert extractive.writer is writer


def test_documents_from_the_api(extractive):
    docs = [
        Document(id="x", text="The bridge over the Alder river reopened on Tuesday after repairs."),
        Document(id="y", text="Engineers reopened the Alder river bridge on Tuesday, a week late."),
    ]
    result = extractive.summarize(docs)
    assert result.sentences and all(s.citations for s in result.sentences)


def test_check_flags_an_altered_number(extractive):
    result = extractive.check(
        "Twelve workers were treated for smoke inhalation.\n"
        "Forty workers were treated for smoke inhalation.\n",
        [EXAMPLE],
    )
    supports = [s.support for s in result.sentences]
    assert supports[0] == "supported"
    assert supports[1] == "unsupported"


def test_auto_writer_falls_back_with_reason(tmp_path):
    auto = Summarizer.from_config(None, writer="auto", model=str(tmp_path / "no-such-model"))
    result = auto.summarize([EXAMPLE])
    assert result.writer.kind == "extractive"
    assert result.writer.fallback_reason
    assert any("extractive" in w for w in result.warnings)


def test_empty_cluster_is_an_input_error(extractive, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(InputError):
        extractive.summarize([tmp_path])


def test_end_to_end_with_a_tiny_seq2seq_model(tiny_models):
    s = Summarizer.from_config(
        None, writer="seq2seq", model=str(tiny_models["bart"]), **{"generation.max_new_tokens": 16}
    )
    result = s.summarize([EXAMPLE])
    assert result.writer.model == str(tiny_models["bart"])
    assert result.sentences  # a random model's nonsense never reaches the user as a summary
    if result.writer.kind == "extractive":
        assert "no usable sentence" in result.writer.fallback_reason
        assert any("extractive writer used" in w for w in result.warnings)
    assert s.writer is s.writer  # loaded once


def test_random_model_nonsense_is_flagged_unsupported(tiny_models):
    settings = {"generation.max_new_tokens": 12, "generation.min_new_tokens": 8}
    s = Summarizer.from_config(None, writer="seq2seq", model=str(tiny_models["led"]), **settings)
    outputs, _ = s.writer._generate(["the fire port workers hurt ."])
    raw = outputs[0][0].strip()
    assert len(raw.split()) >= 4
    nonsense = raw + "."
    checked = s.check(nonsense, [EXAMPLE])
    assert [x.support for x in checked.sentences] == ["unsupported"]


def test_check_gives_a_column_its_bylines_writer(extractive, tmp_path):
    # cleaning drops the byline line; the document keeps the writer it names
    (tmp_path / "column.txt").write_text(
        "The harbour plan is a mistake\n\nBy Lena Hart, Staff Writer\n\nThe harbour plan is a "
        "waste of public money. Mayor Tom Reyes said the plan would create 200 jobs. Nobody "
        "believes that figure. The council should scrap the plan before the spring vote.\n"
    )
    result = extractive.check(
        "Lena Hart argues that the harbour plan is a waste of public money.\n"
        "Hart says the plan would create 200 jobs.\n",
        [tmp_path / "column.txt"],
    )
    assert result.documents[0].author == "Lena Hart"
    assert "By Lena Hart" not in result.documents[0].text
    column, quoted = result.sentences
    assert column.support == "supported", column.missing
    assert quoted.support != "supported", "the mayor said that, not the writer"
