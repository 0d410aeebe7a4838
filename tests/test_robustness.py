"""Nothing breaks, nothing is lost: one test (at least) per failure class of the robustness issue.

CLI failures must be one ``Error: ...`` line on stderr, no traceback, and the documented exit
code; unreadable articles beside good ones are skipped with a warning.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summarizer.batch import run_batch
from summarizer.cli import _register, app
from summarizer.config import IngestConfig
from summarizer.errors import InputError, LimitError, ModelError
from summarizer.ingest import iter_clusters, load_documents
from summarizer.render import render
from summarizer.types import Document

_register()
runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]

BODY = (
    "Officials in Springfield said on Tuesday that the river had risen above its banks after "
    "three days of heavy rain. The mayor ordered the evacuation of about 2,000 residents from "
    "low-lying neighborhoods near the water. Emergency crews were working through the night to "
    "reinforce levees, the city's fire chief said.\n"
)
GERMAN = (
    "Der Hafenrat hat am Montag einen neuen Fahrplan für die Fähren beschlossen, nachdem sich "
    "Pendler monatelang über Verspätungen beschwert hatten. Die Fähren sollen künftig alle "
    "zwanzig Minuten fahren, teilte der Rat mit, und die neuen Schiffe kommen im Sommer an. "
    "Viele Pendler begrüßten die Entscheidung, doch einige Anwohner sorgen sich um den Lärm."
)
WIRE = (
    "The central bank raised its benchmark interest rate by half a percentage point on "
    "Wednesday, the largest increase in two decades. Policymakers said inflation had spread "
    "across the economy and warned that further increases were likely this year. Stocks fell "
    "sharply after the announcement, with the main index closing down 2 percent."
)


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _one_line_error(result, code: int) -> str:
    """The stderr of a failed command: exactly one ``Error:`` line, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.output, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return lines[0]


@pytest.fixture(scope="module")
def summarizer():
    from summarizer.pipeline import Summarizer

    return Summarizer.from_config(None, writer="extractive")


# -- bad input, at the command line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("nope.txt", None, r"nope\.txt does not exist"),
        ("empty.txt", "", r"empty\.txt: empty file"),
        ("pic.txt", b"\x89PNG\x00\x00\x01\x02" * 50, r"pic\.txt: looks like a binary file"),
        ("bad.json", '{"documents": [\n {"text": "a"},\n {"text": oops}\n]}', r"bad\.json.*line 3"),
        ("junk.txt", "Share this\nRead more\nAdvertisement\n", "No article with usable text"),
    ],
)
def test_unreadable_input_alone_is_one_line_error_exit_2(tmp_path, name, content, expected):
    path = tmp_path / name if content is None else _write(tmp_path / name, content)
    result = runner.invoke(app, ["summarize", str(path), "-w", "extractive"])
    assert re.search(expected, _one_line_error(result, 2))


def test_cluster_where_every_article_is_empty_is_an_error(tmp_path):
    _write(tmp_path / "c" / "a.txt", "")
    _write(tmp_path / "c" / "b.txt", "   \n\n")
    _write(tmp_path / "c" / "c.json", '{"text": ""}')
    result = runner.invoke(app, ["summarize", str(tmp_path / "c"), "-w", "extractive"])
    line = _one_line_error(result, 2)
    assert "No article with usable text" in line and "a.txt: empty file" in line


@pytest.mark.parametrize(
    ("option", "value"), [("--max-chars", "0"), ("--max-documents", "-1"), ("--max-words", "0")]
)
def test_non_positive_limits_are_refused(tmp_path, option, value):
    path = _write(tmp_path / "a.txt", BODY)
    result = runner.invoke(app, ["summarize", str(path), "-w", "extractive", option, value])
    assert option in _one_line_error(result, 2)


def test_unreadable_articles_beside_good_ones_are_skipped_with_warnings(tmp_path):
    paths = [
        _write(tmp_path / "good.txt", "River floods Springfield\n\n" + BODY),
        _write(tmp_path / "empty.txt", ""),
        _write(tmp_path / "pic.txt", b"GIF89a\x00\x01" * 40),
        _write(tmp_path / "bad.json", '{"id": "x",\n "text": }'),
        _write(tmp_path / "de.txt", GERMAN),
    ]
    result = runner.invoke(app, ["summarize", *map(str, paths), "-w", "extractive"])
    assert result.exit_code == 0, result.stderr
    warnings = result.stderr
    assert "empty.txt: empty file; skipped" in warnings
    assert "pic.txt: looks like a binary file" in warnings
    assert re.search(r"bad\.json: invalid JSON at line 2, column \d+", warnings)
    assert "de: does not look like English" in warnings
    assert "Traceback" not in warnings and "Error:" not in warnings
    assert "Springfield" in result.stdout


def test_undecodable_bytes_are_detected_or_replaced_with_a_warning(tmp_path):
    latin = _write(
        tmp_path / "latin.txt",
        (BODY + "Café owners on Main Street cheered the quick response.").encode("cp1252"),
    )
    garbage = _write(tmp_path / "garbage.txt", BODY.encode() + b" \xff\xfe\x81\x8d broken.")
    loaded = load_documents([latin, garbage], IngestConfig())
    latin_doc, garbage_doc = loaded.documents
    assert "Café owners on Main Street" in latin_doc.text  # Windows-1252, not a Baltic code page
    assert any(w.endswith("latin.txt: not UTF-8; decoded as cp1252.") for w in loaded.warnings)
    assert garbage_doc.text.startswith("Officials in Springfield")
    assert any("garbage.txt: not UTF-8" in w for w in loaded.warnings)


def test_malformed_jsonl_names_the_file_and_line(tmp_path):
    good = json.dumps({"id": "c1", "documents": [{"text": BODY}]})
    path = _write(tmp_path / "in.jsonl", f"{good}\n{{oops\n" + "[" * 100_000 + "\n")
    items = list(iter_clusters(path))
    assert items[0].id == "c1"
    assert items[1].line == 2 and re.match(
        r".*in\.jsonl:2: invalid JSON at column \d+", items[1].message
    )
    assert items[2].line == 3 and "in.jsonl:3" in items[2].message  # deep nesting: no crash


def test_article_without_sentence_punctuation_is_summarized(summarizer):
    text = " ".join(["the river rose over the banks and residents fled while crews worked"] * 40)
    result = summarizer.summarize([Document("raw", text)])
    assert result.text.strip()
    assert all(len(s.text.split()) < 200 for s in result.sentences)


def test_non_english_article_is_summarized_with_a_warning(summarizer):
    result = summarizer.summarize([Document("de", GERMAN)])
    assert result.text and any("English" in w for w in result.warnings)


# -- big input ---------------------------------------------------------------------------


def test_multi_megabyte_file_is_read_only_as_far_as_the_limit(tmp_path):
    sentences = [
        f"Report {i} said the water rose {i % 97} inches at bridge {i}." for i in range(80_000)
    ]
    path = _write(tmp_path / "huge.txt", "Huge\n\n" + " ".join(sentences))
    assert path.stat().st_size > 4_000_000
    start = time.perf_counter()
    loaded = load_documents([path], IngestConfig(max_chars=50_000))
    assert time.perf_counter() - start < 5
    assert len(loaded.documents[0].text) <= 50_000
    assert any("--max-chars" in w and "cut to" in w for w in loaded.warnings)
    assert any("only the first 400,000 bytes read" in w for w in loaded.warnings)


def test_huge_json_file_is_skipped_naming_the_option(tmp_path):
    path = _write(tmp_path / "big.json", json.dumps({"text": BODY * 2000}))
    with pytest.raises(InputError, match="--max-chars"):
        load_documents([path], IngestConfig(max_chars=10_000))


def test_multi_megabyte_article_is_summarized_in_bounded_time(summarizer, tmp_path):
    text = " ".join(f"Report {i} said the water rose {i % 97} inches." for i in range(60_000))
    from summarizer.pipeline import Summarizer

    off = {"retrieve.use_embeddings": False, "attribute.use_embeddings": False}
    small = Summarizer.from_config(None, writer="extractive", max_chars=20_000, **off)
    start = time.perf_counter()
    result = small.summarize([Document("huge", text)])
    assert time.perf_counter() - start < 60
    assert result.text and any("--max-chars" in w for w in result.warnings)


def test_hundred_article_cluster_finishes_and_one_more_is_refused(summarizer):
    docs = [
        Document(f"d{i}", f"Outlet {i} reported that {i + 3} homes flooded on Tuesday. " + BODY)
        for i in range(100)
    ]
    start = time.perf_counter()
    assert summarizer.summarize(docs).text
    assert time.perf_counter() - start < 60
    with pytest.raises(LimitError, match="--max-documents"):
        summarizer.summarize([*docs, Document("d100", BODY)])


def test_too_many_articles_at_the_command_line_names_the_option(tmp_path):
    for i in range(3):
        _write(tmp_path / "c" / f"a{i}.txt", BODY)
    args = ["summarize", str(tmp_path / "c"), "-w", "extractive", "--max-documents", "2"]
    line = _one_line_error(runner.invoke(app, args), 2)
    assert "3 articles exceed the limit of 2" in line and "--max-documents" in line


# -- duplicates --------------------------------------------------------------------------


def _wire_cluster() -> list[Document]:
    return [
        Document("ap", WIRE, title="Rates rise", source="AP"),
        Document("herald", WIRE + " The Herald contributed reporting.", source="Daily Herald"),
        Document(
            "times", "By a staff writer.\n\n" + WIRE.replace("sharply", "steeply"), source="T"
        ),
        Document(
            "local",
            "Homebuyers in the region said the higher rates would push mortgages out of reach. "
            "Real estate agents reported a drop in open-house visits over the weekend.",
            source="Local News",
        ),
    ]


def test_every_outlet_carrying_a_wire_copy_is_cited(summarizer):
    result = summarizer.summarize(_wire_cluster())
    lead = [s for s in result.sentences if s.text.startswith("The central bank raised")]
    assert lead
    assert {"ap", "herald", "times"} <= {c.doc for c in lead[0].citations}


def test_wire_copies_take_one_selected_slot(summarizer):
    result = summarizer.summarize(_wire_cluster())
    leads = [s for s in result.selected if s.sentence.text.startswith("The central bank raised")]
    assert len(leads) == 1
    texts = [s.text for s in result.sentences]
    assert len(texts) == len(set(texts))


# -- batches -------------------------------------------------------------------------------


class _Fake:
    def __init__(self):
        from summarizer.config import Config

        self.config = Config()

    def summarize_many(self, clusters):
        from summarizer.types import Summary

        return [
            InputError("empty") if c.id.startswith("bad") else Summary("s.", (), c.documents)
            for c in clusters
        ]


def _jsonl(path: Path, ids: list[str]) -> Path:
    lines = [json.dumps({"id": i, "documents": [{"text": BODY}]}) for i in ids]
    return _write(path, "\n".join(lines) + "\n")


def test_resume_exit_code_counts_failures_already_in_the_output(tmp_path):
    source, out = _jsonl(tmp_path / "in.jsonl", ["a", "bad1", "b"]), tmp_path / "out.jsonl"
    assert run_batch(_Fake(), source, out).exit_code == 1
    report = run_batch(_Fake(), source, out, resume=True)
    assert (report.skipped, report.skipped_failed, report.exit_code) == (3, 1, 1)


def test_duplicate_ids_in_the_input_are_written_once(tmp_path):
    source, out = _jsonl(tmp_path / "in.jsonl", ["a", "a", "b", "a"]), tmp_path / "out.jsonl"
    run_batch(_Fake(), source, out)
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b"]


def test_stop_request_finishes_the_chunk_and_reports_the_signal(tmp_path):
    source, out = _jsonl(tmp_path / "in.jsonl", [f"c{i}" for i in range(12)]), tmp_path / "o"
    asked = []

    def stop():
        asked.append(1)
        return len(asked) > 1  # stop after the first chunk

    report = run_batch(_Fake(), source, out, should_stop=stop, stop_signal=lambda: 2)
    assert report.interrupted and report.exit_code == 130
    assert len(out.read_text().splitlines()) == _Fake().config.writer.batch_size


def test_binary_batch_input_is_refused_before_output_is_touched(tmp_path):
    source = _write(tmp_path / "in.jsonl", b"\x00\x01\x02" * 100)
    out = _write(tmp_path / "out.jsonl", '{"id": "kept", "summary": "s."}\n')
    result = runner.invoke(
        app, ["batch", str(source), "-o", str(out), "-w", "extractive", "--resume"]
    )
    assert "binary" in _one_line_error(result, 2)
    assert out.read_text() == '{"id": "kept", "summary": "s."}\n'


def test_missing_batch_input_is_one_line_error(tmp_path):
    args = ["batch", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o"), "-w", "extractive"]
    assert "does not exist" in _one_line_error(runner.invoke(app, args), 2)


def test_sigterm_keeps_whole_lines_and_resume_yields_each_id_once(tmp_path):
    """A real process: SIGTERM after the first lines -> exit 143 and whole lines only; then
    --resume -> exit 0 and every id exactly once. Embeddings off to keep start-up short."""
    ids = [f"c{i:02d}" for i in range(30)]
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    words = "river flood mayor crews levee rain city residents water homes storm bridge".split()

    def article(n: int, d: int) -> dict:
        sentences = [
            "The "
            + " ".join(words[(n * 7 + d * 3 + k * j) % len(words)] for j in range(12))
            + f" near bridge {n}-{d}-{k}, officials said."
            for k in range(12)
        ]
        return {"text": " ".join(sentences), "source": f"Outlet {d}"}

    lines = [
        json.dumps({"id": i, "documents": [article(n, d) for d in range(8)]})
        for n, i in enumerate(ids)
    ]
    _write(source, "\n".join(lines) + "\n")
    config = _write(
        tmp_path / "fast.toml",
        "[retrieve]\nuse_embeddings = false\n[attribute]\nuse_embeddings = false\n",
    )
    command = [sys.executable, "-m", "summarizer", "batch", str(source), "-o", str(out)]
    command += ["-w", "extractive", "-c", str(config)]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
        if process.poll() is not None:
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr.decode()
    assert b"Traceback" not in stderr
    data = out.read_bytes()
    assert data.endswith(b"\n")
    first = [json.loads(line) for line in data.decode().splitlines()]  # whole lines only
    assert 0 < len(first) < len(ids)

    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr.decode()
    seen = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(seen) == ids


# -- untrusted models and pages ------------------------------------------------------------


def test_no_source_file_enables_trust_remote_code():
    for path in (ROOT / "summarizer").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"trust_remote_code\s*=\s*True", text), path


def test_bundled_embedder_checksum_is_verified_on_load(monkeypatch, tmp_path):
    import summarizer.embed as embed

    tampered = _write(tmp_path / "model.safetensors", b"not the weights")
    with pytest.raises(ModelError, match="Checksum mismatch"):
        embed.verify_checksum(tampered)
    calls = []

    def refuse(weights, expected=embed.BUNDLED_SHA256):
        calls.append(weights)
        raise ModelError("Checksum mismatch (test)")

    monkeypatch.setattr(embed, "verify_checksum", refuse)
    with pytest.raises(ModelError, match="Checksum mismatch"):
        embed.Embedder()
    assert calls and calls[0].name == "model.safetensors"


def test_html_input_fetches_nothing_it_links_to(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access while parsing HTML")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    page = (
        '<html><head><title>Flood</title><link rel="stylesheet" href="http://evil.test/a.css">'
        '<script src="http://evil.test/x.js"></script><meta http-equiv="refresh" '
        'content="0; url=http://evil.test/"></head><body><article><h1>Flood</h1>'
        f'<p>{BODY}</p><img src="http://evil.test/p.png"><iframe src="http://evil.test/f">'
        "</iframe><p>The water began to recede on Thursday, officials said.</p>"
        "</article></body></html>"
    )
    loaded = load_documents([_write(tmp_path / "page.html", page)], IngestConfig())
    assert "Springfield" in loaded.documents[0].text
    assert "evil.test" not in loaded.documents[0].text


def test_parenthesised_slash_or_url_is_not_taken_for_a_photo_credit():
    from summarizer.junk import clean_text

    line = "The plan (and/or the budget) was late, officials said (see http://x.test/a.png)."
    assert clean_text(line) == line
    assert clean_text("Flooded street (Reuters/Jane Doe)\n\n" + BODY).startswith("Officials")


def test_markdown_output_escapes_hostile_source_text(summarizer):
    hostile = Document(
        "x",
        "The <script>alert(1)</script> council met on [Monday](javascript:alert(1)) to vote. "
        "It approved the *budget* and a ![pixel](http://evil.test/p.png) new library plan.",
        title='<img src=x onerror="alert(1)"> [Click](http://evil.test) # Heading',
        source="<b>Evil</b>",
    )
    out = render(summarizer.summarize([hostile, Document("y", BODY)]), "markdown")
    for raw in ("<script>", "<img", "<b>", "![", "*budget*"):
        assert raw not in out, raw
    assert not re.search(r"(?<!\\)\]\(", out)  # no link or image: every "](" is escaped
    assert "&lt;script&gt;" in out and "&lt;img" in out and "\\[Click\\]" in out
    assert "http://" not in out


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_markdown_escaping_of_arbitrary_text_leaves_no_markup(text):
    from summarizer.render import _escape_md

    out = _escape_md(text)
    assert "<" not in out and ">" not in out and "\n" not in out
    assert not re.search(r"(?<!\\)[\[\]`*_]", out.replace("\\\\", ""))
    assert not re.match(r"\s*(?:[-+=#]|\d+[.)])", out)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_jsonl_line_is_a_cluster_or_a_cluster_error(tmp_path_factory, line):
    from summarizer.ingest import ClusterError
    from summarizer.types import Cluster

    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    path.write_text(line.replace("\x00", "") + "\n", encoding="utf-8", errors="replace")
    for item in iter_clusters(path):
        assert isinstance(item, Cluster | ClusterError)


def test_binary_batch_input_fails_before_any_progress_bar(tmp_path):
    source = _write(tmp_path / "in.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(source), "-o", str(out), "-w", "extractive"])
    error = _one_line_error(result, 2)
    assert "binary" in error and str(source) in error
    assert result.stderr.strip() == error, result.stderr  # one line: no bar drawn before it
    for bar in ("batch:", "cluster/s", "%|"):
        assert bar not in result.output, result.output
    assert not out.exists()
