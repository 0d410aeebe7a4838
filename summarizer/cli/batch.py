"""`summarizer batch`: many clusters, one result line each, resumable."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli import app
from summarizer.cli.common import (
    ConfigOpt,
    DeviceOpt,
    DtypeOpt,
    MaxCharsOpt,
    MaxDocsOpt,
    MaxWordsOpt,
    ModelOpt,
    PickleOpt,
    PresetOpt,
    VerboseOpt,
    WriterOpt,
    build_summarizer,
    handle_errors,
)


@app.command()
@handle_errors
def batch(
    source: Annotated[Path, typer.Argument(help='JSONL: one {"id", "documents": [...]} a line.')],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSONL results, one a line.")],
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip ids already in --output and append.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --output.")] = False,
    config: ConfigOpt = None,
    preset: PresetOpt = None,
    model: ModelOpt = None,
    writer: WriterOpt = None,
    max_words: MaxWordsOpt = None,
    device: DeviceOpt = None,
    dtype: DtypeOpt = None,
    max_chars: MaxCharsOpt = None,
    max_documents: MaxDocsOpt = None,
    allow_pickle_weights: PickleOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Summarize every cluster of a JSONL file.

    Exit codes: 0 every cluster succeeded; 1 some clusters failed (their lines hold "error");
    2 the input cannot be read; 130 interrupted (finished lines are kept: rerun with --resume).
    """
    from tqdm import tqdm

    from summarizer.batch import run_batch
    from summarizer.errors import InputError

    if output.exists() and not (resume or force):
        raise InputError(f"{output} exists; pass --resume to continue it or --force to overwrite.")
    summarizer = build_summarizer(
        config,
        preset,
        model=model,
        writer=writer,
        max_words=max_words,
        device=device,
        dtype=dtype,
        max_chars=max_chars,
        max_documents=max_documents,
        allow_pickle_weights=allow_pickle_weights,
    )
    total = sum(1 for line in source.open(encoding="utf-8", errors="replace") if line.strip())
    stop = _StopFlag()
    with tqdm(total=total, unit="cluster", desc="batch", file=_stderr()) as bar:
        report = run_batch(
            summarizer, source, output, resume=resume, progress=bar.update, should_stop=stop
        )
    typer.echo(
        f"{report.ok} ok, {report.failed} failed, {report.skipped} already done -> {output}",
        err=True,
    )
    if report.interrupted:
        typer.echo("Interrupted: rerun with --resume to continue.", err=True)
    raise typer.Exit(report.exit_code)


class _StopFlag:
    """First SIGINT/SIGTERM: finish the current chunk, then stop. Second: stop now."""

    def __init__(self) -> None:
        self.stopping = False
        signal.signal(signal.SIGINT, self._handle)
        signal.signal(signal.SIGTERM, self._handle)

    def _handle(self, signum, frame) -> None:
        if self.stopping:
            raise KeyboardInterrupt
        self.stopping = True

    def __call__(self) -> bool:
        return self.stopping


def _stderr():
    import sys

    return sys.stderr
