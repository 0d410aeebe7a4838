"""`summarizer eval`: score our summarizer against baselines on a dataset with references."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli import app
from summarizer.cli.common import ConfigOpt, PresetOpt, VerboseOpt, WriterOpt, handle_errors

ALL_SYSTEMS = "ours,lead,lexrank,textrank,random,oracle"


@app.command("eval")
@handle_errors
def evaluate(
    dataset: Annotated[
        str, typer.Argument(help="JSONL file, Multi-News .src/.tgt, or a HF dataset name[:split].")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | multinews | hf.")] = "jsonl",
    systems: Annotated[
        str, typer.Option("--systems", "-s", help="Comma-separated systems to compare.")
    ] = ALL_SYSTEMS,
    budget: Annotated[int, typer.Option("--budget", help="Summary budget in words.")] = 250,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N clusters.")] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for per-cluster lines and the report.")
    ] = Path("runs/eval"),
    config: ConfigOpt = None,
    preset: PresetOpt = None,
    writer: WriterOpt = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the random baseline and CIs.")] = 0,
    no_check: Annotated[
        bool, typer.Option("--no-check", help="Skip attribution (Summarizer.check) of outputs.")
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Run every system on the same clusters under one word budget; write report.md/json/png.

    Re-running with the same --output skips clusters already scored; Ctrl-C loses nothing.

    Exit codes: 0 done; 2 bad dataset or option; 130 interrupted.
    """
    from summarizer.evaluate import run_eval

    bar = _Progress()
    try:
        result = run_eval(
            dataset,
            fmt=fmt,
            systems=[s.strip() for s in systems.split(",") if s.strip()],
            budget=budget,
            limit=limit,
            output=output,
            config=config,
            preset=preset,
            writer=writer,
            seed=seed,
            check=not no_check,
            progress=bar,
        )
    finally:
        bar.close()
    typer.echo((result.output / "report.md").read_text(encoding="utf-8"))
    typer.echo(
        f"{result.scored} new lines, {result.skipped} already scored -> {result.output}", err=True
    )


class _Progress:
    """A tqdm bar on stderr, opened at the first finished cluster (not before errors)."""

    def __init__(self) -> None:
        self.bar = None

    def __call__(self, advance: int, total: int) -> None:
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="cluster", desc="eval", file=sys.stderr)
        self.bar.update(advance)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
