"""Preset listing and prefetching of models into the local Hugging Face cache."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summarizer.config import load_config, preset_names
from summarizer.errors import ModelError
from summarizer.models import hub_reachable, in_local_cache

# Only what generation needs: no pickle weights, no TF/Flax copies.
WANTED_FILES = ["*.json", "*.safetensors", "*.model", "*.txt", "spiece.model", "*.tiktoken"]


@dataclass(frozen=True)
class PresetRow:
    preset: str
    family: str
    model: str
    max_input: int
    available: bool


def preset_rows() -> list[PresetRow]:
    rows = []
    for name in preset_names():
        writer = load_config(preset=name).writer
        local = Path(writer.model).expanduser().is_dir() or in_local_cache(writer.model)
        rows.append(PresetRow(name, writer.family, writer.model, writer.max_input_tokens, local))
    return rows


def pull_model(name: str) -> str:
    """Download ``name`` (a preset or a Hub id) into the cache; return the local folder."""
    model = load_config(preset=name).writer.model if name in preset_names() else name
    if not hub_reachable():
        raise ModelError(
            f"Cannot download {model!r}: the Hugging Face Hub is not reachable from here (or "
            "HF_HUB_OFFLINE is set). Run this on a connected machine and copy its cache "
            "(~/.cache/huggingface), or pass --model PATH to a local folder."
        )
    from huggingface_hub import snapshot_download

    try:
        return snapshot_download(repo_id=model, allow_patterns=WANTED_FILES)
    except Exception as exc:  # noqa: BLE001 - hub errors come in many types; say what happened
        raise ModelError(f"Download of {model!r} failed: {exc}") from None
