"""Figures of one verdict dump, or what moved between two (``dump.py``).

Usage::

    .venv/bin/python eval/attribution/compare.py /tmp/after.json               # figures
    .venv/bin/python eval/attribution/compare.py /tmp/before.json /tmp/after.json

Figures per group (read sets, held-out sets, and each real set): true claims flagged, citation
precision / recall at article level, and wrong claims (gold ``unsupported``) caught, by kind.
``partial`` claims count in neither. Between two dumps it lists every claim whose verdict,
``missing`` or cited articles changed; for a held-out set it gives only the set, the kind and the
verdicts, never the claim, so that a held-out set stays unread.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

# Sets held out: measured at a session's start and end, never read (see README.md).
HELD = set(
    "mly mlz mma mmb mmc mmd mme mmf mmh".split()  # fictional, in eval/attribution/
    + "rmc rmd rme rwb rwc rwg rwh rwi rwj ras rat".split()  # on real clusters, in runs/real/
)
# Claim sets on real clusters (``real_sets.py``), reported one by one.
REAL_PREFIXES = ("rm", "rw", "ra", "rb")
WRONG_GROUPS = {
    "altered": ("altered-number", "altered-name", "altered-place", "altered-weekday"),
    "invented": ("invented",),
    "swapped": ("swapped-roles",),
}


def figures(verdicts: list[dict]) -> dict:
    tally = Counter()
    for v in verdicts:
        flagged = v["got"] != "supported"
        if v["gold"] == "supported" and v["kind"] == "supported":
            tally["true"] += 1
            tally["true_flagged"] += flagged
            if v.get("gold_docs"):
                cited, gold = set(v["cited"]), {str(d) for d in v["gold_docs"]}
                tally["cited"] += len(cited)
                tally["right"] += len(cited & gold)
                tally["gold"] += len(gold)
        elif v["gold"] == "unsupported":
            tally["wrong"] += 1
            tally["caught"] += flagged
            for group, kinds in WRONG_GROUPS.items():
                if v["kind"] in kinds:
                    tally[group] += 1
                    tally[f"{group}_caught"] += flagged
    return tally


def line(name: str, t: Counter) -> str:
    def ratio(a: str, b: str) -> str:
        return f"{t[a] / t[b]:.3f}" if t[b] else "-"

    groups = "  ".join(f"{g} {t[f'{g}_caught']}/{t[g]}" for g in WRONG_GROUPS if t[g])
    return (
        f"{name:22s} true flagged {t['true_flagged']:3d}/{t['true']:<4d}"
        f" ({ratio('true_flagged', 'true')})"
        f"  P/R {ratio('right', 'cited')}/{ratio('right', 'gold')}"
        f"  wrong caught {t['caught']}/{t['wrong']}  {groups}"
    )


def report(dump: dict[str, list[dict]]) -> list[str]:
    read = [v for name, vs in dump.items() if name not in HELD for v in vs]
    held = [v for name, vs in dump.items() if name in HELD for v in vs]
    real_held = [
        v for n, vs in dump.items() if n in HELD and n.startswith(REAL_PREFIXES) for v in vs
    ]
    lines = [line("read sets", figures(read)), line("held-out sets", figures(held))]
    lines.append(line("held-out real sets", figures(real_held)))
    lines += [line(f"  {n}", figures(vs)) for n, vs in dump.items() if n.startswith(REAL_PREFIXES)]
    return lines


def _key(name: str, v: dict) -> tuple:
    return name, v["cluster_index"], v["text"]


def _norm(value) -> object:
    """A list as a sorted list (a vote's two figures come in either order), else the value."""
    return sorted(map(str, value)) if isinstance(value, list) else value


def changes(old: dict, new: dict) -> list[str]:
    before = {_key(n, v): v for n, vs in old.items() for v in vs}
    out = []
    for name, verdicts in new.items():
        for v in verdicts:
            was = before.get(_key(name, v))
            if was is None:
                out.append(f"{name}: new claim ({v['kind']})")
                continue
            moved = [f for f in ("got", "missing", "cited") if _norm(was[f]) != _norm(v[f])]
            if not moved:
                continue
            head = f"{name} {v['kind']} (gold {v['gold']}): {was['got']} -> {v['got']}"
            if name in HELD:
                out.append(f"{head}  [held out; changed: {', '.join(moved)}]")
            else:
                out.append(
                    f"{head}\n    {v['text']}\n    missing {was['missing']} -> {v['missing']}"
                    f"  cited {was['cited']} -> {v['cited']}"
                )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", type=Path, nargs="+", help="one dump, or before and after")
    args = parser.parse_args(argv)
    loaded = [json.loads(path.read_text(encoding="utf-8")) for path in args.dumps]
    for path, dump in zip(args.dumps, loaded, strict=True):
        print(f"== {path}")
        print("\n".join(report(dump)))
    if len(loaded) == 2:
        moved = changes(*loaded)
        print(f"== {len(moved)} claims changed")
        print("\n".join(moved))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
