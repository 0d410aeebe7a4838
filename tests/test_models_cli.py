from typer.testing import CliRunner

from summarizer.cli import _register, app
from summarizer.config import load_config, preset_names

_register()
runner = CliRunner()
FAMILIES = {
    "bart-large-cnn": "bart",
    "distilbart-cnn-12-6": "bart",
    "pegasus-multi_news": "pegasus",
    "primera-multinews": "led",
    "flan-t5": "t5",
}


def test_every_required_family_has_a_preset_with_real_limits():
    assert set(FAMILIES) <= set(preset_names())
    for name, family in FAMILIES.items():
        config = load_config(preset=name)
        assert config.writer.family == family
        assert config.writer.max_input_tokens in (512, 1024, 4096)
        assert config.generation.num_beams and config.generation.max_new_tokens
    assert load_config(preset="primera-multinews").writer.doc_separator.strip() == "<doc-sep>"
    assert load_config(preset="flan-t5").writer.prefix


def test_models_lists_presets_and_local_availability():
    result = runner.invoke(app, ["models"])
    assert result.exit_code == 0, result.output
    for name in FAMILIES:
        assert name in result.stdout
    assert "4096" in result.stdout


def test_pull_offline_is_a_clean_error():
    result = runner.invoke(app, ["models", "pull", "flan-t5"])
    assert result.exit_code == 3
    assert "Error:" in result.output and "google/flan-t5-base" in result.output
    assert "Traceback" not in result.output
