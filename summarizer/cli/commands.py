"""Imports every command module so each registers its commands on the shared typer app."""

from summarizer.cli import batch, bench, evaluate, models, summarize  # noqa: F401
