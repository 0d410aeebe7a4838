"""Shared fixtures. Tests never touch the network."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
DATASETS = SHARED / "datasets"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent (fresh clone)")
    return SEEDS


@pytest.fixture(scope="session")
def datasets_dir() -> Path:
    if not DATASETS.is_dir():
        pytest.skip("../shared/datasets is absent (fresh clone)")
    return DATASETS


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict[str, Path]:
    """Tiny random BART, T5 and LED folders, built once per test session."""
    from builders import tiny_bart, tiny_led, tiny_t5

    root = tmp_path_factory.mktemp("models")
    return {
        "bart": tiny_bart(root / "bart"),
        "t5": tiny_t5(root / "t5"),
        "led": tiny_led(root / "led"),
    }
