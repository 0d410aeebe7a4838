"""The attribution evaluation's tools: every verdict kept, real sets joined, dumps compared."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from summarizer.evaluate.attribution import evaluate

TOOLS = Path(__file__).resolve().parents[1] / "eval" / "attribution"


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(f"attribution_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CLUSTER = {
    "id": "ferry",
    "documents": [
        {"id": "0", "text": "The ferry to Brisk Island was cancelled on Monday after a storm."},
        {"id": "1", "text": "A storm cancelled Monday's ferry to Brisk Island, the port said."},
    ],
    "claims": [
        {"text": "A storm cancelled the ferry to Brisk Island on Monday.", "label": "supported",
         "gold_docs": ["0", "1"], "kind": "supported"},
        {"text": "A storm cancelled the ferry to Brisk Island on Friday.", "label": "unsupported",
         "gold_docs": [], "kind": "altered-weekday"},
    ],
}  # fmt: skip


def test_evaluate_keeps_every_verdict_when_asked():
    report = evaluate([CLUSTER], lexical=True, verdicts=True)
    supported, altered = report["verdicts"]
    assert [v["cluster_index"] for v in report["verdicts"]] == [0, 0]
    assert supported["got"] == "supported" and sorted(supported["cited"]) == ["0", "1"]
    assert len(supported["scores"]) == len(supported["quotes"]) == 2
    assert altered["got"] != "supported" and "Friday" in altered["missing"]
    assert "verdicts" not in evaluate([CLUSTER], lexical=True)


def test_real_sets_join_claims_to_the_articles(tmp_path):
    real_sets = _tool("real_sets")
    line = {"documents": [{"title": "A", "text": "One."}, {"id": "7", "text": "Two."}]}
    (tmp_path / "news.jsonl").write_text(json.dumps({"id": "x"}) + "\n" + json.dumps(line))
    entry = {"source": "news", "index": 1, "claims": [{"text": "One.", "gold_docs": ["0"]}]}
    cluster = real_sets.join(entry, tmp_path)
    assert cluster["id"] == "news:1"
    assert [(d["id"], d["text"]) for d in cluster["documents"]] == [("0", "One."), ("7", "Two.")]
    assert cluster["claims"] == entry["claims"]
    with pytest.raises(ValueError, match="no document"):
        real_sets.join({**entry, "claims": [{"text": "x", "gold_docs": ["1"]}]}, tmp_path)


def _verdict(text, kind, gold, got, cited=(), gold_docs=()):
    return {"cluster_index": 0, "text": text, "kind": kind, "gold": gold, "got": got,
            "missing": [], "cited": list(cited), "gold_docs": list(gold_docs)}  # fmt: skip


def test_compare_counts_figures_and_hides_held_out_claims():
    compare = _tool("compare")
    read = [
        _verdict("true one", "supported", "supported", "supported", ["0", "1"], ["0"]),
        _verdict("true two", "supported", "supported", "partial", ["0"], ["0"]),
        _verdict("made up", "invented", "unsupported", "supported"),
        _verdict("changed", "altered-number", "unsupported", "unsupported"),
    ]
    tally = compare.figures(read)
    assert (tally["true"], tally["true_flagged"]) == (2, 1)
    assert (tally["right"], tally["cited"], tally["gold"]) == (2, 3, 2)
    assert (tally["caught"], tally["wrong"], tally["invented_caught"]) == (1, 2, 0)
    held = [_verdict("a secret claim", "supported", "supported", "supported", ["0"], ["0"])]
    after = [{**held[0], "got": "partial"}]
    moved = compare.changes({"rmc": held, "mla": read}, {"rmc": after, "mla": read})
    assert len(moved) == 1 and "rmc" in moved[0] and "secret" not in moved[0]
    moved = compare.changes(
        {"mla": read}, {"mla": [read[0], *read[1:3], {**read[3], "got": "supported"}]}
    )
    assert len(moved) == 1 and "changed" in moved[0]
