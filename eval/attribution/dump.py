"""Every claim's verdict on every attribution set, to compare two versions claim by claim.

Usage (from the repository root)::

    .venv/bin/python eval/attribution/dump.py /tmp/before.json --snapshot
    ... edit summarizer/ ...
    .venv/bin/python eval/attribution/dump.py /tmp/after.json
    .venv/bin/python eval/attribution/compare.py /tmp/before.json /tmp/after.json

The sets: every ``eval/attribution/*.jsonl``; ``../shared/datasets/attribution_dev.jsonl`` with
its altered copies (``--alter``), when ``../shared`` is there; and every claims file in
``--real`` (default ``runs/real/``, see ``real_sets.py``). ``--snapshot`` copies ``summarizer/``
to a temporary folder first and runs that copy, so the code can be edited while it runs (about
eight minutes on two cores). The output maps each set's name to its verdicts
(``summarizer.evaluate.attribution.evaluate(..., verdicts=True)``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DEV = ROOT.parent / "shared" / "datasets" / "attribution_dev.jsonl"
sys.path.insert(0, str(HERE))

from real_sets import load_real  # noqa: E402


def _sets(real: Path) -> dict[str, tuple[str, Path, bool]]:
    """name -> (how to load it, path, with altered copies)."""
    sets = {path.stem: ("plain", path, False) for path in sorted(HERE.glob("*.jsonl"))}
    if DEV.exists():
        sets["attribution_dev"] = ("plain", DEV, True)
    if real.is_dir() and DEV.exists():
        sets.update({path.stem: ("real", path, False) for path in sorted(real.glob("*.jsonl"))})
    return sets


def _run(job: tuple[str, str, Path, bool]) -> tuple[str, list[dict], float]:
    from summarizer.evaluate.attribution import evaluate, load

    name, how, path, alter = job
    began = time.perf_counter()
    clusters = load_real(path) if how == "real" else load(path)
    report = evaluate(clusters, alter_claims=alter, verdicts=True)
    return name, report["verdicts"], time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="JSON file to write")
    parser.add_argument("--real", type=Path, default=ROOT / "runs" / "real")
    parser.add_argument("--snapshot", action="store_true", help="run a copy of summarizer/")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", nargs="+", help="only these sets (names)")
    args = parser.parse_args(argv)
    if args.snapshot:
        copy = Path(tempfile.mkdtemp(prefix="summarizer-snapshot-"))
        shutil.copytree(ROOT / "summarizer", copy / "summarizer")
        sys.path.insert(0, str(copy))
    else:
        sys.path.insert(0, str(ROOT))
    import summarizer.evaluate.attribution  # noqa: F401  (imported before the workers fork)

    sets = _sets(args.real)
    if args.only:
        sets = {name: sets[name] for name in args.only}
    jobs = sorted(((n, *spec) for n, spec in sets.items()), key=lambda j: -j[2].stat().st_size)
    out: dict[str, list[dict]] = {}
    with ProcessPoolExecutor(args.jobs) as pool:
        for name, verdicts, seconds in pool.map(_run, jobs):
            out[name] = verdicts
            print(f"{name:16s} {len(verdicts):5d} claims  {seconds:6.1f} s", file=sys.stderr)
    args.out.write_text(json.dumps(dict(sorted(out.items())), ensure_ascii=False), "utf-8")
    print(f"{sum(map(len, out.values()))} claims in {len(out)} sets -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
