"""Reading articles, and each class of bad input (issue 6)."""

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.config import IngestConfig
from summarizer.errors import InputError, LimitError
from summarizer.ingest import documents_from_records, iter_clusters, load_documents
from summarizer.types import Cluster, Document

CONFIG = IngestConfig()
BODY = (
    "The harbour board approved a new ferry timetable on Monday after months of complaints. "
    "Ferries will now leave every twenty minutes during the morning rush, the board said."
)
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "cluster"


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_folder_reads_known_suffixes_sorted(tmp_path):
    _write(tmp_path / "b.txt", BODY)
    _write(tmp_path / "a.md", BODY.replace("Monday", "Tuesday"))
    _write(tmp_path / "notes.csv", "x,y")
    loaded = load_documents([tmp_path], CONFIG)
    assert [d.id for d in loaded.documents] == ["a", "b"]


def test_metadata_date_line_and_title_are_taken_out_of_the_text(tmp_path):
    path = _write(
        tmp_path / "x.txt", f" date 2026-03-14 Menu Home\nFerry timetable changes\n{BODY}"
    )
    (doc,) = load_documents([path], CONFIG).documents
    assert doc.date == "2026-03-14"
    assert doc.title == "Ferry timetable changes"
    assert doc.text == BODY
    assert "date" not in doc.text


def test_html_main_text_title_and_site_are_extracted():
    (doc,) = load_documents([EXAMPLE / "02_harbour_daily.html"], CONFIG).documents
    assert doc.source == "Harbour Daily"
    assert doc.title.startswith("Port Carrow grain terminal fire")
    assert "injuring 14 workers" in doc.text
    for junk in ("Follow us", "All rights reserved", "Home News Sport", "tracker"):
        assert junk not in doc.text


def test_json_article_and_cluster(tmp_path):
    article = {"id": "a1", "title": "T", "source": "S", "date": "2026-01-02", "text": BODY}
    one = _write(tmp_path / "one.json", json.dumps(article))
    many = _write(tmp_path / "many.json", json.dumps({"id": "c", "documents": [article, article]}))
    assert [d.id for d in load_documents([one], CONFIG).documents] == ["a1"]
    docs = load_documents([many], CONFIG).documents
    assert [d.id for d in docs] == ["a1", "a1-2"]  # ids stay unique within a cluster
    assert docs[0].source == "S" and docs[0].date == "2026-01-02"


def test_stdin_articles_are_split_on_markers():
    stdin = __import__("io").StringIO(f"{BODY}\n|||||\n{BODY} Again.\n---\n{BODY} Third.")
    assert len(load_documents(["-"], CONFIG, stdin=stdin).documents) == 3


def test_missing_path_is_an_input_error_naming_it(tmp_path):
    with pytest.raises(InputError, match="nope.txt"):
        load_documents([tmp_path / "nope.txt"], CONFIG)


def test_empty_and_binary_files_are_skipped_with_warnings(tmp_path):
    good = _write(tmp_path / "good.txt", BODY)
    empty = _write(tmp_path / "empty.txt", "")
    binary = _write(tmp_path / "pic.txt", b"\x89PNG\x00\x00\x01\x02" * 10)
    loaded = load_documents([good, empty, binary], CONFIG)
    assert [d.id for d in loaded.documents] == ["good"]
    assert any("empty" in w for w in loaded.warnings)
    assert any("binary" in w for w in loaded.warnings)


def test_undecodable_bytes_are_decoded_with_a_warning(tmp_path):
    path = _write(tmp_path / "latin.txt", (BODY + " Café owners cheered.").encode("latin-1"))
    loaded = load_documents([path], CONFIG)
    assert "Caf" in loaded.documents[0].text
    assert any("not UTF-8" in w or "undecodable" in w for w in loaded.warnings)


def test_malformed_json_names_the_file_and_line(tmp_path):
    path = _write(tmp_path / "bad.json", '{"id": "x",\n "text": }')
    with pytest.raises(InputError, match=r"bad.json: invalid JSON at line 2"):
        load_documents([path], CONFIG)


def test_malformed_jsonl_line_becomes_a_cluster_error(tmp_path):
    good = json.dumps({"id": "c1", "documents": [{"text": BODY}]})
    path = _write(tmp_path / "in.jsonl", f"{good}\n{{oops\n")
    items = list(iter_clusters(path))
    assert isinstance(items[0], Cluster) and items[0].id == "c1"
    assert items[1].line == 2 and "in.jsonl:2" in items[1].message


def test_article_without_punctuation_still_yields_text(tmp_path):
    path = _write(tmp_path / "raw.txt", " ".join(["harbour ferry timetable change"] * 60))
    assert load_documents([path], CONFIG).documents[0].text


def test_non_english_article_is_kept_with_a_warning(tmp_path):
    german = (
        "Der Hafenrat hat am Montag einen neuen Fahrplan für die Fähren beschlossen, nachdem sich "
        "Pendler monatelang über Verspätungen beschwert hatten. Die Fähren sollen künftig alle "
        "zwanzig Minuten fahren, teilte der Rat mit, und die neuen Schiffe kommen im Sommer an. "
        "Viele Pendler begrüßten die Entscheidung, doch einige Anwohner sorgen sich um den Lärm."
    )
    loaded = load_documents([_write(tmp_path / "de.txt", german)], CONFIG)
    assert any("English" in w for w in loaded.warnings)


def test_cluster_where_every_article_is_empty_is_an_error(tmp_path):
    _write(tmp_path / "a.txt", "")
    _write(tmp_path / "b.txt", "READ MORE: nothing here\nAdvertisement")
    with pytest.raises(InputError, match="No article with usable text"):
        load_documents([tmp_path], CONFIG)


def test_too_many_documents_names_the_option():
    docs = [Document(id=f"d{i}", text=BODY) for i in range(5)]
    with pytest.raises(LimitError, match="--max-documents"):
        load_documents(docs, IngestConfig(max_documents=4))


def test_huge_article_is_cut_at_a_sentence_boundary_with_a_warning():
    doc = Document(id="big", text=" ".join([BODY] * 2000))
    loaded = load_documents([doc], IngestConfig(max_chars=10_000))
    text = loaded.documents[0].text
    assert len(text) <= 10_000 and text.endswith(".")
    assert any("--max-chars" in w for w in loaded.warnings)


def test_records_from_batch_dicts():
    loaded = documents_from_records([{"title": "T", "text": BODY}, "junk"], CONFIG, "c9")
    assert [d.id for d in loaded.documents] == ["c9#1"]
    assert any("not an article" in w for w in loaded.warnings)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise_anything_but_input_error(tmp_path, data):
    path = _write(tmp_path / "any.txt", data)
    with contextlib.suppress(InputError):
        load_documents([path], CONFIG)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=3000))
def test_cleaning_arbitrary_unicode_never_raises(text):
    from summarizer.junk import clean_text

    assert isinstance(clean_text(text), str)


@pytest.mark.parametrize(
    "name, content",
    [
        ("wire.txt", "Ferry timetable changes\n\nLONDON (Reuters) - " + BODY),
        ("wire.json", json.dumps({"title": "T", "text": "PORT CARROW, March 15 (NWS) - " + BODY})),
        ("wire.html", f"<html><body><article><p>WASHINGTON — {BODY}</p></article></body></html>"),
    ],
)
def test_wire_dateline_is_cut_before_sentence_offsets_are_taken(tmp_path, name, content):
    from summarizer.text import split_sentences

    doc = load_documents([_write(tmp_path / name, content)], CONFIG).documents[0]
    first = split_sentences(doc)[0]
    assert doc.text.startswith("The harbour board approved")
    assert (first.start, first.text) == (0, doc.text[first.start : first.end])
    assert first.text.startswith("The harbour board approved")


def test_a_pages_writer_is_kept_without_the_sites_name(tmp_path):
    (html,) = load_documents([EXAMPLE / "02_harbour_daily.html"], CONFIG).documents
    assert html.author == "Tomas Reyes" and html.source == "Harbour Daily"
    path = tmp_path / "column.txt"
    path.write_text("The harbour plan\n\nBy Lena Hart, Staff Writer\n\nThe plan is bad, she says.")
    (doc,) = load_documents([path], CONFIG).documents
    assert doc.author == "Lena Hart" and "Lena Hart" not in doc.text
