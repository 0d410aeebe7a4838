"""Writers through the real loading path, with tiny random models saved to temp dirs."""

import pytest
from builders import tiny_bart

from summarizer.config import load_config
from summarizer.errors import ModelError
from summarizer.types import Document, Selected, Sentence
from summarizer.write import ExtractiveWriter, finish, global_attention_mask, load_writer

DOCS = [Document("a", "x"), Document("b", "y"), Document("c", "z")]
SELECTED = [
    Selected(Sentence("a", 0, "the fire at the port hurt twelve workers .", 0, 1), 1.0),
    Selected(Sentence("b", 0, "the terminal was closed on friday .", 0, 1), 0.5),
    Selected(Sentence("c", 3, "ships were sent to kellin wharf .", 0, 1), 0.7),
]


def _writer(path, **overrides):
    return load_writer(load_config(None, writer="seq2seq", model=str(path), **overrides))


def test_family_comes_from_the_model_config_not_its_name(tiny_models, tmp_path):
    renamed = tmp_path / "t5-looking-name"
    tiny_bart(renamed)
    assert _writer(renamed).adapter.family == "bart"
    assert _writer(tiny_models["t5"]).adapter.family == "t5"
    assert _writer(tiny_models["led"]).adapter.family == "led"


def test_budget_is_model_limit_minus_prefix_separators_and_specials(tiny_models):
    bart = _writer(tiny_models["bart"])  # 128 positions, "\n" separator (0 tokens)
    assert bart.budget_tokens(3) == int((128 - 2) * 0.97)
    t5 = _writer(tiny_models["t5"])  # 64 tokens, "summarize: " prefix
    prefix = t5.count_tokens("summarize: ")
    assert prefix > 0
    assert t5.budget_tokens(1) == int((64 - prefix - 2) * 0.97)
    led = _writer(tiny_models["led"])  # one <doc-sep> between each pair of articles
    assert led.budget_tokens(3) == int((256 - 2 - 2 * 1) * 0.97)


def test_inputs_are_grouped_by_article_with_the_family_separator(tiny_models):
    led = _writer(tiny_models["led"])
    text = led.format_input(SELECTED, DOCS)
    assert text.count("<doc-sep>") == 2
    t5 = _writer(tiny_models["t5"])
    assert t5.format_input(SELECTED, DOCS).startswith("summarize: the fire")


def test_led_global_attention_on_first_token_and_each_separator(tiny_models):
    led = _writer(tiny_models["led"])
    tokenizer = led.loaded.tokenizer
    batch = tokenizer([led.format_input(SELECTED, DOCS)], return_tensors="pt")
    mask = global_attention_mask(batch["input_ids"], tokenizer, led.adapter.doc_separator)
    sep = tokenizer.convert_tokens_to_ids("<doc-sep>")
    expected = {0} | {i for i, t in enumerate(batch["input_ids"][0].tolist()) if t == sep}
    assert {i for i, v in enumerate(mask[0].tolist()) if v} == expected
    assert len(expected) == 3


def test_settings_override_family_defaults(tiny_models):
    writer = _writer(
        tiny_models["bart"], **{"writer.max_input_tokens": 64, "writer.doc_separator": " | "}
    )
    assert writer.adapter.max_input_tokens == 64
    assert " | " in writer.format_input(SELECTED, DOCS)


def test_missing_model_auto_falls_back_with_reason(tmp_path):
    writer = load_writer(load_config(None, writer="auto", model=str(tmp_path / "absent")))
    assert isinstance(writer, ExtractiveWriter)
    assert "does not exist" in writer.info.fallback_reason


def test_missing_hub_model_offline_names_the_fix():
    with pytest.raises(ModelError, match="summarizer models pull org/model"):
        load_writer(load_config(None, writer="seq2seq", model="org/model"))


def test_pickle_weights_are_refused_unless_allowed(tmp_path):
    folder = tiny_bart(tmp_path / "pickled", safetensors=False)
    with pytest.raises(ModelError, match="--allow-pickle-weights"):
        _writer(folder)
    assert _writer(folder, allow_pickle_weights=True).info.kind == "seq2seq"


def test_random_model_output_never_reaches_the_user_as_a_summary(tiny_models):
    writer = _writer(tiny_models["bart"], **{"generation.max_new_tokens": 12})
    drafts = writer.write_many([(SELECTED, DOCS), (SELECTED[:1], DOCS[:1])])
    assert len(drafts) == 2
    for draft in drafts:
        assert draft.writer.kind in ("seq2seq", "extractive")
        if draft.writer.kind == "extractive":
            assert "no usable sentence" in draft.writer.fallback_reason


def test_truncated_input_is_reported(tiny_models):
    writer = _writer(tiny_models["bart"], **{"generation.max_new_tokens": 4})
    long = [
        Selected(Sentence("a", i, "the fire at the port hurt workers .", 0, 1), 1.0)
        for i in range(40)
    ]
    draft = writer.write(long, DOCS[:1])
    assert any("lost" in w for w in draft.warnings)


def test_finish_drops_a_sentence_cut_by_the_token_limit():
    assert finish("The port closed. Workers were sent", True, 100) == "The port closed."
    assert finish("The port closed. Workers were sent", False, 100) == (
        "The port closed.\nWorkers were sent"
    )


def test_finish_drops_repeats_loops_and_cuts_at_sentence_boundaries():
    text = (
        "The port closed. The port closed. Ferry ferry ferry ferry ferry ferry. Ships left today."
    )
    assert finish(text, False, 100) == "The port closed.\nShips left today."
    assert finish(text, False, 4) == "The port closed."


def test_extractive_keeps_best_sentences_within_words_in_reading_order():
    writer = ExtractiveWriter(max_words=16)
    text = writer.compose(SELECTED)
    assert text.splitlines() == [SELECTED[0].sentence.text, SELECTED[2].sentence.text]
    assert len(text.split()) <= 16


def test_extractive_skips_a_second_articles_version_of_a_fact_already_said():
    texts = [
        ("a", "The blaze started in a conveyor gallery on the east side shortly after 7pm.", 0.9),
        ("b", "The fire broke out in a conveyor gallery on the east side shortly after 7pm.", 0.8),
        ("b", "More than 60 firefighters fought the flames until early Saturday.", 0.7),
    ]
    selected = [
        Selected(Sentence(doc, i, text, 0, len(text)), score)
        for i, (doc, text, score) in enumerate(texts)
    ]
    lines = ExtractiveWriter(max_words=250).compose(selected).splitlines()
    assert lines == [texts[0][1], texts[2][1]]
