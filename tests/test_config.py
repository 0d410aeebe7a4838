import tomllib
from dataclasses import asdict

import pytest

from summarizer.config import CONFIG_DIR, Config, load_config, preset_names
from summarizer.errors import ConfigError


def _strip_none(d):
    return {k: {kk: vv for kk, vv in v.items() if vv is not None} for k, v in d.items()}


def test_default_toml_equals_built_in_defaults():
    with (CONFIG_DIR / "default.toml").open("rb") as fh:
        table = tomllib.load(fh)
    assert table == _strip_none(asdict(Config()))


def test_loading_default_toml_changes_nothing():
    assert load_config(CONFIG_DIR / "default.toml") == Config()


def test_unknown_key_is_rejected_with_valid_keys_listed(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[writer]\nmodle = 'x'\n")
    with pytest.raises(ConfigError, match="modle.*valid settings: kind, model"):
        load_config(path)


def test_unknown_section_is_rejected(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[writr]\nkind = 'x'\n")
    with pytest.raises(ConfigError, match="writr"):
        load_config(path)


def test_wrong_type_is_rejected(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[writer]\nmax_words = 'many'\n")
    with pytest.raises(ConfigError, match="max_words.*int"):
        load_config(path)


def test_overrides_and_aliases_apply_last(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[writer]\nmax_words = 100\nkind = 'seq2seq'\n")
    config = load_config(path, writer="extractive", **{"retrieve.redundancy": 0.5})
    assert config.writer.kind == "extractive"
    assert config.writer.max_words == 100
    assert config.retrieve.redundancy == 0.5


def test_every_preset_loads_and_is_valid():
    for name in preset_names():
        config = load_config(preset=name)
        assert config.writer.model


def test_unknown_preset_lists_available():
    with pytest.raises(ConfigError, match="available presets"):
        load_config(preset="nope")
