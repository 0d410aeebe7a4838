"""The ``summarizer`` command line. Each command lives in its own module and is a thin wrapper
over the library; heavy imports happen inside the commands so ``summarizer --help`` is instant."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Summarize several news articles about one story into one attributed summary.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    # Each module adds its commands to `app` on import.
    from summarizer.cli import commands  # noqa: F401


def main() -> None:
    _register()
    app()
