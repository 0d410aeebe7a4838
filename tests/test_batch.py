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
