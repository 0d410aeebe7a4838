"""`summarizer summarize` and `summarizer check`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli import app
from summarizer.cli.common import (
    ConfigOpt,
    DeviceOpt,
    DtypeOpt,
    FormatOpt,
    MaxCharsOpt,
    MaxDocsOpt,
    MaxWordsOpt,
    ModelOpt,
    OutputOpt,
    PickleOpt,
    PresetOpt,
    QuantizeOpt,
    VerboseOpt,
    WriterOpt,
    build_summarizer,
    check_format,
    emit,
    handle_errors,
    warn,
)

PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Article files or folders (.txt .md .html .json), or - for stdin "
        "(articles separated by a line holding only ||||| or ---).",
        show_default=False,
    ),
]


@app.command()
@handle_errors
def summarize(
    paths: PathsArg,
    config: ConfigOpt = None,
    preset: PresetOpt = None,
    model: ModelOpt = None,
    writer: WriterOpt = None,
    max_words: MaxWordsOpt = None,
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    device: DeviceOpt = None,
    dtype: DtypeOpt = None,
    quantize: QuantizeOpt = None,
    max_chars: MaxCharsOpt = None,
    max_documents: MaxDocsOpt = None,
    allow_pickle_weights: PickleOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Summarize the articles of one story into one cited summary."""
    from summarizer.render import render

    check_format(fmt)
    summarizer = build_summarizer(
        config,
        preset,
        model=model,
        writer=writer,
        max_words=max_words,
        device=device,
        dtype=dtype,
        quantize=quantize,
        max_chars=max_chars,
        max_documents=max_documents,
        allow_pickle_weights=allow_pickle_weights,
    )
    result = summarizer.summarize(paths)
    warn(result.warnings)
    emit(render(result, fmt), output)


@app.command()
@handle_errors
def check(
    summary: Annotated[
        Path,
        typer.Argument(
            help="Text to check: one sentence a line, or prose split into sentences; - for stdin."
        ),
    ],
    sources: PathsArg,
    config: ConfigOpt = None,
    preset: PresetOpt = None,
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    max_chars: MaxCharsOpt = None,
    max_documents: MaxDocsOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Check which sources support each sentence of any text (attribution alone)."""
    from summarizer.errors import InputError
    from summarizer.render import render

    check_format(fmt)
    try:
        text = typer.get_text_stream("stdin").read() if str(summary) == "-" else summary.read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read {summary}: {exc}.") from None
    if not text.strip():
        raise InputError(f"{summary} is empty: nothing to check.")
    summarizer = build_summarizer(config, preset, max_chars=max_chars, max_documents=max_documents)
    result = summarizer.check(text, sources)
    warn(result.warnings)
    emit(render(result, fmt), output)
