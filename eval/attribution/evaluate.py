"""Evaluate attribution on labelled claims (see summarizer/evaluate/attribution.py).

Usage (from the repository root)::

    .venv/bin/python eval/attribution/evaluate.py eval/attribution/claims.jsonl
    .venv/bin/python eval/attribution/evaluate.py eval/attribution/*.jsonl   # all sets together
    .venv/bin/python eval/attribution/evaluate.py ../shared/datasets/attribution_dev.jsonl --alter
    ... --lexical          # without MiniLM embeddings
    ... --json out.json    # all figures and wrong verdicts as JSON
    ... --half even        # only the even-indexed clusters (0, 2, ...; tuning); odd: held out
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from summarizer.evaluate.attribution import evaluate, load  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", type=Path, nargs="+", help="one or more JSONL sets, pooled")
    parser.add_argument("--lexical", action="store_true", help="no embeddings (BM25/stems only)")
    parser.add_argument("--alter", action="store_true", help="add altered copies of true claims")
    parser.add_argument("--json", type=Path, help="write all figures and errors here")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong verdicts")
    parser.add_argument(
        "--as-check", action="store_true", help="embed only likely sentences, as `check` does"
    )
    parser.add_argument("--half", choices=("even", "odd"), help="only even/odd-indexed clusters")
    parser.add_argument(
        "--each", action="store_true", help="also one line per file: true and wrong claims flagged"
    )
    args = parser.parse_args(argv)
    if args.each:
        for path in args.paths:
            print(_summary(path.stem, evaluate(load(path), lexical=args.lexical,
                                               alter_claims=args.alter)))  # fmt: skip
    clusters = [cluster for path in args.paths for cluster in load(path)]
    if args.half:
        clusters = clusters[0 if args.half == "even" else 1 :: 2]
    report = evaluate(clusters, lexical=args.lexical, alter_claims=args.alter,
                      as_check=args.as_check)  # fmt: skip
    for kind, row in report["figures"].items():
        print(f"{kind:18s} " + "  ".join(f"{k}={v}" for k, v in row.items()))
    for example in report["errors"][: args.errors]:
        print(json.dumps(example, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def _summary(name: str, report: dict) -> str:
    """One line: true claims flagged, citation precision / recall, other claims flagged."""
    counts = report["counts"]
    true = counts.get("supported", {})
    wrong = [c for kind, c in counts.items() if kind not in _TRUE_KINDS]
    figures = report["figures"].get("supported", {})
    return (
        f"{name:14s} true flagged {true.get('flagged', 0)}/{true.get('n', 0)}  "
        f"P/R {figures.get('citation_precision')}/{figures.get('citation_recall')}  "
        f"wrong flagged {sum(c['flagged'] for c in wrong)}/{sum(c['n'] for c in wrong)}"
    )


_TRUE_KINDS = ("supported", "supported-checkable", "partial")


if __name__ == "__main__":
    raise SystemExit(main())
