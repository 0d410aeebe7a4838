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

    Exit codes: 0 every cluster succeeded (on --resume, counting lines already there); 1 some
    clusters failed (their lines hold "error"); 2 the input cannot be read or an option is
    invalid; 3 a model cannot be loaded; 130 SIGINT, 143 SIGTERM (the current chunk is
    finished, finished lines are kept: rerun with --resume; a second signal stops at once).
    """
    from tqdm import tqdm

    from summarizer.batch import run_batch
    from summarizer.errors import InputError
    from summarizer.ingest import check_batch_input

    check_batch_input(source)  # a missing or binary input fails before models or the bar load
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
    with source.open("rb") as handle:
        total = sum(1 for line in handle if line.strip())
    stop = _StopFlag()
    try:
        with tqdm(total=total, unit="cluster", desc="batch", file=_stderr()) as bar:
            report = run_batch(
                summarizer,
                source,
                output,
                resume=resume,
                progress=bar.update,
                should_stop=stop,
                stop_signal=lambda: stop.signum,
            )
    except KeyboardInterrupt:  # a second signal: the chunk in progress is dropped
        typer.echo("Stopped: the clusters in progress were dropped; rerun with --resume.", err=True)
        raise typer.Exit(128 + (stop.signum or signal.SIGINT)) from None
    already = f"{report.skipped} already done"
    if report.skipped_failed:
        already += f" ({report.skipped_failed} of them with errors)"
    typer.echo(f"{report.ok} ok, {report.failed} failed, {already} -> {output}", err=True)
    if report.interrupted:
        typer.echo("Interrupted: rerun with --resume to continue.", err=True)
    raise typer.Exit(report.exit_code)


class _StopFlag:
    """First SIGINT/SIGTERM: finish the current chunk, then stop. Second: stop now."""

    def __init__(self) -> None:
        self.signum: int | None = None
        signal.signal(signal.SIGINT, self._handle)
        signal.signal(signal.SIGTERM, self._handle)

    def _handle(self, signum, frame) -> None:
        if self.signum is not None:
            raise KeyboardInterrupt
        self.signum = signum

    def __call__(self) -> bool:
        return self.signum is not None


def _stderr():
    import sys

    return sys.stderr
