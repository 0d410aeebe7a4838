"""What every command shares: option types, error handling, warnings and output."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from summarizer.errors import SummarizerError

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML config file (see configs/default.toml).")
]
PresetOpt = Annotated[
    str | None, typer.Option("--preset", "-p", help="Model preset from configs/ (see `models`).")
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", "-m", help="Hugging Face Hub id or local model folder.")
]
WriterOpt = Annotated[
    str | None, typer.Option("--writer", "-w", help="auto | seq2seq | extractive.")
]
MaxWordsOpt = Annotated[int | None, typer.Option("--max-words", help="Longest summary in words.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="text | markdown | json.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")]
DeviceOpt = Annotated[str | None, typer.Option("--device", help="auto | cpu | cuda | cuda:N.")]
DtypeOpt = Annotated[
    str | None, typer.Option("--dtype", help="auto | float32 | float16 | bfloat16.")
]
QuantizeOpt = Annotated[
    str | None,
    typer.Option(
        "--quantize",
        help="none | int8 | onnx-int8 (fastest on CPU; BART family; "
        "pip install 'summarizer[onnx]') | onnx-fp32.",
    ),
]
MaxCharsOpt = Annotated[
    int | None, typer.Option("--max-chars", help="Longest article kept, in characters.")
]
MaxDocsOpt = Annotated[
    int | None, typer.Option("--max-documents", help="Most articles in one cluster.")
]
PickleOpt = Annotated[
    bool,
    typer.Option("--allow-pickle-weights", help="Allow .bin (pickle) weights; can run code."),
]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")]


def build_summarizer(config: Path | None, preset: str | None, **overrides: Any):
    from summarizer.errors import ConfigError
    from summarizer.pipeline import Summarizer

    for name in ("max_chars", "max_documents", "max_words"):
        value = overrides.get(name)
        if value is not None and value < 1:
            option = "--" + name.replace("_", "-")
            raise ConfigError(f"{option} must be at least 1 (got {value}).")
    clean = {k: v for k, v in overrides.items() if v is not None and v is not False}
    return Summarizer.from_config(config, preset, **clean)


def handle_errors(command: Callable) -> Callable:
    """Turn SummarizerError into a one-line ``Error: ...`` and its exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _quiet_libraries(kwargs.get("verbose", False))
        try:
            return command(*args, **kwargs)
        except SummarizerError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(130) from None

    return wrapper


def warn(messages: Any) -> None:
    for message in messages:
        typer.echo(f"Warning: {message}", err=True)


def emit(text: str, output: Path | None) -> None:
    """Print ``text`` or write it to ``output`` (whole, via a temporary file)."""
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, output)
    typer.echo(f"Wrote {output}", err=True)


def check_format(fmt: str) -> str:
    from summarizer.render import FORMATS

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}; use one of {', '.join(FORMATS)}", param_hint="--format")
    return fmt


def _quiet_libraries(verbose: bool) -> None:
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    level = logging.INFO if verbose else logging.ERROR
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
