"""`summarizer bench`: stage timings, generation speed per backend, memory."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli import app
from summarizer.cli.common import handle_errors

DATASETS = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"


@app.command()
@handle_errors
def bench(
    quick: Annotated[bool, typer.Option("--quick", help="Short inputs; a smoke test.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    arch: Annotated[
        str, typer.Option("--arch", help="distilbart-cnn-12-6 | bart-large-cnn | bart-base | tiny")
    ] = "distilbart-cnn-12-6",
    cluster: Annotated[
        Path | None, typer.Option("--cluster", help="Cluster folder for the stage timings.")
    ] = None,
    datasets: Annotated[
        Path | None, typer.Option("--datasets", help="Folder of development JSONL sets.")
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Time the pipeline stages, generation backends and batch throughput on this machine.

    Generation uses a randomly initialised model of a real architecture: the figures are speed,
    not quality.
    """
    from summarizer.bench import ARCHS, BenchSettings, render, run_bench, to_json

    if arch not in ARCHS:
        raise typer.BadParameter(f"{arch!r}; use one of {', '.join(ARCHS)}", param_hint="--arch")
    datasets = datasets or (DATASETS if DATASETS.is_dir() else None)
    options = {"arch": arch, "cluster": cluster, "datasets": datasets}
    settings = BenchSettings.quick(**options) if quick else BenchSettings(**options)
    report = run_bench(settings, progress=lambda s: typer.echo(f"… {s}", err=True))
    typer.echo(to_json(report) if as_json else render(report), nl=False)
