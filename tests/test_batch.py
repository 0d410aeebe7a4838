import json

from summarizer.batch import done_ids, run_batch
from summarizer.config import Config
from summarizer.errors import InputError
from summarizer.types import Summary, WriterInfo


class FakeSummarizer:
    """Stands in for the pipeline: fails clusters whose id starts with 'bad'."""

    def __init__(self):
        self.config = Config()
        self.seen = []

    def summarize_many(self, clusters):
        out = []
        for c in clusters:
            self.seen.append(c.id)
            if c.id.startswith("bad"):
                out.append(InputError("every article is empty"))
            else:
                out.append(Summary("s.", (), c.documents, writer=WriterInfo("extractive")))
        return out


ARTICLE = {"title": "T", "text": "The harbour reopened on Monday after a long storm closed it."}


def _write_input(path, ids, malformed_line=False):
    lines = [json.dumps({"id": i, "documents": [ARTICLE, ARTICLE]}) for i in ids]
    if malformed_line:
        lines.insert(1, '{"id": "broken", "documents": [')
    path.write_text("\n".join(lines) + "\n")


def _ids(path):
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


def test_bad_cluster_gets_error_line_and_batch_goes_on(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_input(src, ["c1", "bad2", "c3"], malformed_line=True)
    report = run_batch(FakeSummarizer(), src, out)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    errors = [line for line in lines if "error" in line]
    assert len(lines) == 4
    assert len(errors) == 2
    assert (report.ok, report.failed, report.exit_code) == (2, 2, 1)


def test_all_good_exit_code_zero(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_input(src, ["c1", "c2"])
    assert run_batch(FakeSummarizer(), src, out).exit_code == 0


def test_resume_after_kill_yields_each_id_exactly_once(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = [f"c{i}" for i in range(7)]
    _write_input(src, ids)
    stops = iter([False, True])  # stop after the first chunk
    first = run_batch(FakeSummarizer(), src, out, should_stop=lambda: next(stops, True))
    assert first.interrupted and first.exit_code == 130
    with out.open("a") as handle:  # a kill in the middle of a write leaves a torn line
        handle.write('{"id": "c9", "summ')
    fake = FakeSummarizer()
    run_batch(fake, src, out, resume=True)
    assert sorted(_ids(out)) == sorted(ids)
    assert not set(fake.seen) & set(_ids(out)[:4])


def test_done_ids_drops_torn_last_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a"}\n{"id": "b"')
    assert done_ids(out) == {"a"}
    assert out.read_text() == '{"id": "a"}\n'


# -- warnings about bad records inside a cluster ---------------------------------------------

HARBOUR = (
    "The harbour board approved a new ferry timetable on Monday after months of complaints. "
    "Ferries will now leave every twenty minutes during the morning rush, the board said."
)
STORM = (
    "A storm closed the harbour for three days last week and stranded hundreds of commuters. "
    "The board said the new timetable would start in April once two new ferries arrive."
)
GERMAN = (
    "Der Hafenrat hat am Montag einen neuen Fahrplan für die Fähren beschlossen, nachdem sich "
    "Pendler monatelang über Verspätungen beschwert hatten. Die Fähren sollen künftig alle "
    "zwanzig Minuten fahren, teilte der Rat mit, und die neuen Schiffe kommen im Sommer an."
)


def _extractive():
    from summarizer.pipeline import Summarizer

    return Summarizer.from_config(None, writer="extractive")


def test_warnings_about_bad_records_reach_the_cluster_output_line(tmp_path):
    records = [
        {"id": "good1", "text": HARBOUR},
        {"id": "nulltext", "text": None},
        {"id": "german", "text": GERMAN},
        {"id": "good2", "text": STORM.replace("commuters", "commuters at Caf\x00")},
    ]
    line = json.dumps({"id": "c1", "documents": records}).encode()
    line = line.replace(b"Caf\\u0000", b"Caf\xe9")  # one Latin-1 byte: not UTF-8
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(line + b"\n")
    report = run_batch(_extractive(), src, out)
    [result] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert "error" not in result and report.exit_code == 0
    warnings = "\n".join(result["warnings"])
    assert "c1#2: not an article object with a text field" in warnings
    assert "german: does not look like English" in warnings
    assert "in.jsonl:1: not valid UTF-8" in warnings
    assert {"good1", "good2"} <= {d["id"] for d in result["documents"]}
    assert {"good1", "good2"} <= {s["doc"] for s in result["selected"]}
    assert result["summary"]


def test_a_failed_cluster_line_keeps_its_record_warnings(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        json.dumps({"id": "empty", "documents": ["junk", {"text": 7}]}),
        json.dumps({"id": "fine", "documents": [{"text": HARBOUR}, {"text": STORM}]}),
    ]
    src.write_text("\n".join(lines) + "\n")
    report = run_batch(_extractive(), src, out)
    failed, fine = [json.loads(x) for x in out.read_text().splitlines()]
    assert "error" in failed and report.exit_code == 1
    assert failed["warnings"] == [
        "empty#1: not an article object with a text field; skipped.",
        "empty#2: not an article object with a text field; skipped.",
    ]
    assert "error" not in fine and fine["warnings"] == []
