"""`summarizer models`: presets and local availability; `summarizer models pull NAME`."""

from __future__ import annotations

from typing import Annotated

import typer

from summarizer.cli import app
from summarizer.cli.common import handle_errors

models_app = typer.Typer(help="Model presets: list them, or prefetch one.", no_args_is_help=False)
app.add_typer(models_app, name="models")


@models_app.callback(invoke_without_command=True)
@handle_errors
def list_models(ctx: typer.Context) -> None:
    """List presets with family, model, input limit and whether the model is available locally."""
    if ctx.invoked_subcommand:
        return
    from summarizer.modelhub import preset_rows

    typer.echo(f"{'preset':<22}{'family':<9}{'input':>6}  {'local':<6}model")
    for row in preset_rows():
        local = "yes" if row.available else "no"
        typer.echo(f"{row.preset:<22}{row.family:<9}{row.max_input:>6}  {local:<6}{row.model}")


@models_app.command("pull")
@handle_errors
def pull(
    name: Annotated[str, typer.Argument(help="A preset name or a Hugging Face Hub model id.")],
) -> None:
    """Download a model into the local Hugging Face cache (needs a network)."""
    from summarizer.modelhub import pull_model

    path = pull_model(name)
    typer.echo(f"Ready: {name} -> {path}")
