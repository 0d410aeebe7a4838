"""Per-cluster records -> aggregate report (JSON), Markdown table and a PNG chart."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from summarizer.evaluate.bootstrap import paired_bootstrap
from summarizer.evaluate.metrics import ROUGE_TYPES
from summarizer.types import SUPPORT_LABELS

COLUMNS = (*ROUGE_TYPES, "words", "redundancy", "coverage", *SUPPORT_LABELS)
HEADERS = ("R-1", "R-2", "R-L", "R-Lsum", "words", "redund.", "coverage", "supp.", "partial")
HEADERS = (*HEADERS, "unsupp.")


def build_report(
    records: Sequence[dict], systems: Sequence[str], settings: dict, *, resamples: int, seed: int
) -> dict:
    """Aggregate the clusters every system scored without error; CIs on paired differences."""
    ok = {(r["system"], r["id"]): r for r in records if "error" not in r}
    ids = [i for i in dict.fromkeys(r["id"] for r in records) if all((s, i) in ok for s in systems)]
    table = {s: [ok[(s, i)] for i in ids] for s in systems}
    return {
        "settings": settings,
        "clusters": len(ids),
        "errors": {s: sum(r["system"] == s and "error" in r for r in records) for s in systems},
        "systems": {s: _means(rows) for s, rows in table.items()},
        "differences": _differences(table, systems, resamples, seed),
    }


def _means(rows: Sequence[dict]) -> dict:
    flat = [_flatten(r) for r in rows]
    keys = dict.fromkeys(k for f in flat for k in f)
    means = {k: round(float(np.mean([f[k] for f in flat if k in f])), 4) for k in keys}
    stages = dict.fromkeys(k for r in rows for k in r.get("seconds", {}))
    writers = sorted({r["writer"] for r in rows if r.get("writer")})
    if writers:
        means["writer"] = ", ".join(writers)
    means["seconds"] = {
        k: round(float(np.mean([r["seconds"].get(k, 0.0) for r in rows])), 4) for k in stages
    }
    return means


def _flatten(record: dict) -> dict[str, float]:
    values = {k: record[k] for k in ("words", "redundancy", "coverage") if k in record}
    return {**values, **record.get("rouge", {}), **record.get("attribution", {})}


def _differences(table: dict, systems: Sequence[str], resamples: int, seed: int) -> dict:
    result = {}
    for a, b in itertools.combinations(systems, 2):
        result[f"{a} - {b}"] = {
            m: _interval(
                [r["rouge"][m] for r in table[a]],
                [r["rouge"][m] for r in table[b]],
                resamples,
                seed,
            )
            for m in ROUGE_TYPES
            if table[a] and m in table[a][0].get("rouge", {})
        }
    return result


def _interval(a, b, resamples: int, seed: int) -> dict[str, float]:
    ci = paired_bootstrap(a, b, resamples=resamples, seed=seed)
    return {"mean": round(ci.mean, 4), "low": round(ci.low, 4), "high": round(ci.high, 4)}


def to_markdown(report: dict) -> str:
    """The report as Markdown: the systems table, paired differences, timings and settings."""
    settings = report["settings"]
    lines = [
        f"Dataset {settings.get('dataset')} ({settings.get('format')}), budget "
        f"{settings.get('budget')} words.",
        "",
        f"Clusters scored by every system: "
        f"{report['clusters']}; errors (skipped clusters): {_errors(report['errors'])}.",
        "",
    ]
    lines += _table(
        ["system", *HEADERS, "s/cluster"], [_row(n, v) for n, v in report["systems"].items()]
    )
    lines += [
        "",
        "Paired bootstrap 95% CI of the difference (ROUGE F1 x100, first minus second):",
        "",
    ]
    lines += _table(
        ["systems", *HEADERS[:4]], [_diff_row(k, v) for k, v in report["differences"].items()]
    )
    lines += [
        f"\n{name} writer: {v['writer']}" for name, v in report["systems"].items() if "writer" in v
    ]
    lines += ["", "Seconds per cluster by stage:", ""]
    lines += [
        f"- {n}: " + ", ".join(f"{k} {v:.3f}" for k, v in s["seconds"].items())
        for n, s in report["systems"].items()
    ]
    lines += ["", "Settings:", ""]
    lines += [f"- {k}: {v}" for k, v in report["settings"].items() if k != "config"]
    return "\n".join(lines) + "\n"


def _errors(errors: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in errors.items()) or "none"


def _row(name: str, values: dict) -> list[str]:
    cells = [_cell(values.get(c), c) for c in COLUMNS]
    seconds = values.get("seconds", {})
    total = seconds.get("total", sum(seconds.values()))
    return [name, *cells, f"{total:.3f}"]


def _cell(value, column: str) -> str:
    if value is None:
        return "-"
    if column == "words":
        return f"{value:.1f}"
    return f"{value:.2f}" if column in ROUGE_TYPES else f"{value:.3f}"


def _diff_row(pair: str, metrics: dict) -> list[str]:
    cells = [f"{m['mean']:+.2f} [{m['low']:+.2f}, {m['high']:+.2f}]" for m in metrics.values()]
    return [pair, *cells]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def plot(report: dict, path: Path) -> None:
    """Grouped bars: each ROUGE metric per system (matplotlib, Agg canvas, no display)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    systems = list(report["systems"])
    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    width = 0.8 / max(1, len(systems))
    for i, name in enumerate(systems):
        heights = [report["systems"][name].get(m, 0.0) for m in ROUGE_TYPES]
        axes.bar(np.arange(len(ROUGE_TYPES)) + i * width, heights, width, label=name)
    axes.set_xticks(np.arange(len(ROUGE_TYPES)) + width * (len(systems) - 1) / 2, ROUGE_TYPES)
    axes.set_ylabel("F1 x 100")
    budget = report["settings"].get("budget")
    axes.set_title(
        f"{Path(report['settings'].get('dataset', '')).name}: {report['clusters']} clusters, "
        f"{budget}-word budget"
    )
    axes.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path)
