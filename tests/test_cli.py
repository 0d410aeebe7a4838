import json
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import _register, app

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "cluster"
_register()
runner = CliRunner()


def test_summarize_text_has_citation_marks_and_sources():
    result = runner.invoke(app, ["summarize", str(EXAMPLE), "--writer", "extractive"])
    assert result.exit_code == 0, result.output
    assert "Sources:" in result.stdout
    assert "[1" in result.stdout


def test_summarize_json_to_file(tmp_path):
    out = tmp_path / "s.json"
    args = ["summarize", str(EXAMPLE), "-w", "extractive", "-f", "json", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["sentences"] and all(s["citations"] for s in data["sentences"])


def test_stdin_articles_separated_by_marker():
    text = (
        "The council approved the new library budget on Monday after a long debate.\n"
        "|||||\n"
        "On Monday the council voted to approve the library budget, officials said.\n"
    )
    result = runner.invoke(app, ["summarize", "-", "-w", "extractive", "-f", "json"], input=text)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["documents"]) == 2


def test_missing_path_is_one_line_error_not_traceback(tmp_path):
    result = runner.invoke(app, ["summarize", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "Error:" in result.output and "Traceback" not in result.output


def test_bad_format_is_rejected():
    result = runner.invoke(app, ["summarize", str(EXAMPLE), "-f", "pdf"])
    assert result.exit_code != 0


def test_check_command_outputs_support_labels(tmp_path):
    claims = tmp_path / "claims.txt"
    claims.write_text(
        "Twelve workers were treated for smoke inhalation.\n"
        "The terminal fire was started deliberately by a rival company.\n"
    )
    result = runner.invoke(app, ["check", str(claims), str(EXAMPLE), "-f", "json"])
    assert result.exit_code == 0, result.output
    labels = [s["support"] for s in json.loads(result.stdout)["sentences"]]
    assert labels[0] == "supported" and labels[1] != "supported"


def test_batch_writes_one_line_per_cluster_and_exit_code(tmp_path):
    article = {"title": "T", "text": "The harbour reopened on Monday after a storm closed it."}
    lines = [
        json.dumps({"id": "ok1", "documents": [article, article]}),
        "{not json",
        json.dumps({"id": "ok2", "documents": [article]}),
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "-w", "extractive"])
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3
    assert sum("error" in r for r in records) == 1
    assert result.exit_code == 1
    again = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert again.exit_code == 2 and "--resume" in again.output
