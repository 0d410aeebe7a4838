"""Settings: TOML tables -> frozen dataclasses.

``load_config(path, preset, **overrides)`` layers built-in defaults, then a preset from
``configs/<name>.toml``, then a user file, then keyword overrides (``writer="extractive"``,
``max_words=120`` or the dotted form ``"writer.model"``). Unknown keys are rejected with the
valid ones listed. ``configs/default.toml`` documents every setting and a test keeps it equal
to the defaults below.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError


@dataclass(frozen=True)
class IngestConfig:
    max_chars: int = 100_000
    max_documents: int = 100
    min_article_words: int = 5


@dataclass(frozen=True)
class RetrieveConfig:
    redundancy: float = 0.8
    min_per_document: int = 1
    max_sentence_words: int = 80
    min_sentence_words: int = 6
    weight_coverage: float = 1.0
    weight_position: float = 2.0
    weight_centrality: float = 0.0
    use_embeddings: bool = True


@dataclass(frozen=True)
class WriterConfig:
    kind: str = "auto"
    model: str = "sshleifer/distilbart-cnn-12-6"
    family: str = "auto"
    max_input_tokens: int = 0
    prefix: str = ""
    doc_separator: str = ""
    device: str = "auto"
    dtype: str = "auto"
    quantize: str = "none"
    allow_pickle_weights: bool = False
    batch_size: int = 4
    max_words: int = 250


@dataclass(frozen=True)
class GenerationConfig:
    """Generation settings passed to ``model.generate``; ``None`` keeps the model's own default."""

    num_beams: int | None = None
    max_new_tokens: int | None = None
    min_new_tokens: int | None = None
    length_penalty: float | None = None
    no_repeat_ngram_size: int | None = None
    early_stopping: bool | None = None
    do_sample: bool = False


@dataclass(frozen=True)
class AttributeConfig:
    # Calibrated on eval/attribution/claims.jsonl and attribution_dev.jsonl (see the report).
    supported: float = 0.4
    partial: float = 0.3
    window: int = 2
    max_citations: int = 5
    use_embeddings: bool = True
    nli_model: str = ""
    parser: str = "en_core_web_sm"


@dataclass(frozen=True)
class Config:
    ingest: IngestConfig = field(default_factory=IngestConfig)
    retrieve: RetrieveConfig = field(default_factory=RetrieveConfig)
    writer: WriterConfig = field(default_factory=WriterConfig)
    generation: GenerationConfig = field(default_factory=GenerationConfig)
    attribute: AttributeConfig = field(default_factory=AttributeConfig)


CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs"

# Short keyword overrides accepted by load_config / Summarizer.from_config / the CLI.
ALIASES = {
    "writer": "writer.kind",
    "model": "writer.model",
    "max_words": "writer.max_words",
    "device": "writer.device",
    "dtype": "writer.dtype",
    "quantize": "writer.quantize",
    "allow_pickle_weights": "writer.allow_pickle_weights",
    "max_chars": "ingest.max_chars",
    "max_documents": "ingest.max_documents",
    "nli_model": "attribute.nli_model",
    "parser": "attribute.parser",
}


def preset_names() -> list[str]:
    """Names accepted by ``--preset`` (every configs/*.toml except default)."""
    return sorted(p.stem for p in CONFIG_DIR.glob("*.toml") if p.stem != "default")


def load_config(
    path: str | Path | None = None, preset: str | None = None, **overrides: Any
) -> Config:
    """Build a :class:`Config` from defaults, a preset, a TOML file and keyword overrides."""
    config = Config()
    if preset:
        config = merge(config, _read_toml(_preset_path(preset)), f"preset {preset!r}")
    if path:
        config = merge(config, _read_toml(Path(path)), str(path))
    table: dict[str, dict[str, Any]] = {}
    for key, value in overrides.items():
        if value is None:
            continue
        section, _, name = ALIASES.get(key, key.replace("__", ".")).partition(".")
        if not name:
            raise ConfigError(
                f"Unknown option {key!r}; use one of {sorted(ALIASES)} or 'section.key'."
            )
        table.setdefault(section, {})[name] = value
    return merge(config, table, "options")


def merge(config: Config, table: dict[str, Any], origin: str) -> Config:
    """Return ``config`` with the values of a TOML-shaped ``table`` applied, checking every key."""
    sections = {f.name: f for f in fields(Config)}
    changes = {}
    for name, values in table.items():
        if name not in sections:
            raise ConfigError(
                f"Unknown section [{name}] in {origin}; valid sections: {', '.join(sections)}."
            )
        if not isinstance(values, dict):
            raise ConfigError(f"[{name}] in {origin} must be a table of settings.")
        current = getattr(config, name)
        changes[name] = replace(current, **_checked(current, values, f"[{name}] in {origin}"))
    return replace(config, **changes)


def as_dict(config: Config) -> dict[str, dict[str, Any]]:
    """The config as nested dicts (``None`` values included)."""
    return dataclasses.asdict(config)


def _checked(section: Any, values: dict[str, Any], where: str) -> dict[str, Any]:
    valid = {f.name: f for f in fields(section)}
    for key, value in values.items():
        if key not in valid:
            raise ConfigError(
                f"Unknown setting {key!r} {where}; valid settings: {', '.join(valid)}."
            )
        expected = type(getattr(type(section)(), key))
        default = getattr(type(section)(), key)
        if default is None or value is None:
            continue
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            values = {**values, key: float(value)}
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(
                f"Setting {key!r} {where} must be {expected.__name__}, got {value!r}."
            )
    return values


def _preset_path(name: str) -> Path:
    path = CONFIG_DIR / f"{name}.toml"
    if not path.is_file():
        raise ConfigError(
            f"Unknown preset {name!r}; available presets: {', '.join(preset_names()) or 'none'}."
        )
    return path


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"Config file {path} does not exist.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Config file {path} is not valid TOML: {exc}.") from None
