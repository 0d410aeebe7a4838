"""The ONNX Runtime backend: exported graphs give PyTorch's tokens; the writer runs on it."""

from __future__ import annotations

import builtins
import importlib.util

import pytest
from builders import tiny_bart
from test_write import DOCS, SELECTED

from summarizer import onnx_backend
from summarizer.config import load_config
from summarizer.errors import ModelError
from summarizer.write import load_writer

needs_ort = pytest.mark.skipif(
    importlib.util.find_spec("onnxruntime") is None, reason="pip install 'summarizer[onnx]'"
)


@pytest.fixture(scope="module")
def bart(tmp_path_factory):
    """A tiny random BART with varied output (larger weights), its tokenizer and fp32 graphs."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    folder = tiny_bart(tmp_path_factory.mktemp("bart") / "model")
    model = AutoModelForSeq2SeqLM.from_pretrained(folder).eval()
    torch.manual_seed(1)
    with torch.no_grad():
        for weight in model.parameters():
            if weight.dim() == 2:
                weight.normal_(0.0, 0.5)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    export = onnx_backend.cached_export(model, "fp32", tmp_path_factory.mktemp("onnx"))
    runner = onnx_backend.OrtSeq2Seq(export, model.config, model.generation_config, "fp32")
    return model, tokenizer, runner


TEXTS = [
    "the fire at the harbour hurt twelve workers . the marble orbit was copper .",
    "falcon saffron glacier , the meadow was in the lantern .",
]
SETTINGS = [
    {"num_beams": 1, "max_new_tokens": 12},
    {"num_beams": 2, "max_new_tokens": 12, "min_new_tokens": 12},
    {"num_beams": 3, "max_new_tokens": 10, "min_new_tokens": 4, "no_repeat_ngram_size": 2},
    {"num_beams": 2, "max_length": 9, "length_penalty": 2.0, "early_stopping": True},
    {"num_beams": 4, "max_new_tokens": 8, "forced_bos_token_id": 1, "length_penalty": 0.5},
    # a frequent token as EOS: beams finish early, at different steps
    {"num_beams": 3, "max_new_tokens": 12, "eos_token_id": 9, "forced_eos_token_id": None},
    {"num_beams": 2, "max_new_tokens": 12, "eos_token_id": 26, "early_stopping": True},
    {"num_beams": 1, "max_new_tokens": 12, "eos_token_id": 28},
]


@needs_ort
@pytest.mark.parametrize("settings", SETTINGS, ids=lambda s: ",".join(map(str, s.values())))
def test_onnx_fp32_gives_the_same_tokens_as_pytorch(bart, settings):
    import torch

    model, tokenizer, runner = bart
    batch = tokenizer(TEXTS, padding=True, return_tensors="pt")  # two lengths: padding used
    with torch.inference_mode():
        expected = model.generate(**batch, **settings)
    got = runner.generate(**batch, **settings)
    assert got.tolist() == expected.tolist()
    assert len(set(expected[0].tolist())) > 2  # a real sequence, not one token repeated


# -- a BART configured like facebook/bart-large-cnn, compared with model.generate ----------------

# A token this random model writes often: made the EOS, beams finish at different steps.
FREQUENT = 47


@pytest.fixture(scope="module")
def cnn_bart(tmp_path_factory):
    """A tiny random BART (d_model 16, 2 layers, vocabulary 100) whose generation config is that
    of bart-large-cnn (4 beams, min_length, length_penalty 2, no-repeat trigrams, early stopping,
    forced BOS/EOS; max_length left unset), saved and loaded, with its fp32 graphs and a batch of
    two inputs of different lengths."""
    import torch
    from transformers import (
        AutoModelForSeq2SeqLM,
        BartConfig,
        BartForConditionalGeneration,
        GenerationConfig,
    )

    torch.manual_seed(3)
    config = BartConfig(
        vocab_size=100,
        d_model=16,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=64,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
    )
    model = BartForConditionalGeneration(config).eval()
    with torch.no_grad():
        for weight in model.parameters():
            if weight.dim() == 2:
                weight.normal_(0.0, 0.5)  # varied output, and no near-ties between beams
    model.generation_config = GenerationConfig(
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_bos_token_id=0,
        forced_eos_token_id=2,
        num_beams=4,
        min_length=6,
        length_penalty=2.0,
        no_repeat_ngram_size=3,
        early_stopping=True,
    )
    folder = tmp_path_factory.mktemp("cnn-bart")
    model.save_pretrained(folder)
    model = AutoModelForSeq2SeqLM.from_pretrained(folder).eval()
    export = onnx_backend.cached_export(model, "fp32", tmp_path_factory.mktemp("onnx"))
    runner = onnx_backend.OrtSeq2Seq(export, model.config, model.generation_config, "fp32")
    ids = torch.randint(4, 100, (2, 11), generator=torch.Generator().manual_seed(0))
    ids[:, 0], ids[:, -1] = 0, 2  # <s> ... </s>
    ids[1, 6], ids[1, 7:] = 2, 1  # the second input is shorter: padded
    batch = {"input_ids": ids, "attention_mask": (ids != 1).long()}
    return model, runner, batch


CNN_SETTINGS = {
    "model defaults (20 new tokens)": {},
    "max_length": {"max_length": 16},
    "greedy": {"num_beams": 1, "max_new_tokens": 12, "min_length": 0, "no_repeat_ngram_size": 0},
    "greedy no-repeat 3 min_new_tokens": {
        "num_beams": 1,
        "max_new_tokens": 12,
        "min_new_tokens": 8,
        "eos_token_id": FREQUENT,
    },
    "2 beams early_stopping False": {
        "num_beams": 2,
        "early_stopping": False,
        "length_penalty": 1.0,
        "max_new_tokens": 12,
    },
    "2 beams length_penalty 2": {"num_beams": 2, "early_stopping": False, "max_new_tokens": 12},
    "2 beams length_penalty 0.5": {"num_beams": 2, "length_penalty": 0.5, "max_new_tokens": 12},
    "4 beams never length_penalty 0": {
        "early_stopping": "never",
        "length_penalty": 0.0,
        "max_new_tokens": 12,
    },
    "4 beams EOS early_stopping False": {
        "eos_token_id": FREQUENT,
        "early_stopping": False,
        "min_length": 0,
        "max_new_tokens": 14,
    },
    "4 beams EOS early_stopping True": {
        "eos_token_id": FREQUENT,
        "min_length": 0,
        "max_new_tokens": 14,
    },
    "4 beams EOS min_length 8": {"eos_token_id": FREQUENT, "min_length": 8, "max_new_tokens": 14},
    "2 beams EOS min_new_tokens 6": {
        "num_beams": 2,
        "eos_token_id": [FREQUENT, 2],
        "min_new_tokens": 6,
        "max_new_tokens": 14,
    },
    "no forced BOS/EOS": {
        "forced_bos_token_id": None,
        "forced_eos_token_id": None,
        "max_new_tokens": 10,
    },
    # as summarizer.write passes them: the model's config, max_length unset, plus overrides
    "writer's call": {"writer": True, "num_beams": 2, "max_new_tokens": 10, "min_new_tokens": 3},
    # a partial GenerationConfig: its unset fields come from the model's, as generate does
    "partial GenerationConfig": {"partial": {"num_beams": 2, "max_new_tokens": 10}},
    "partial GenerationConfig, default length": {"partial": {"no_repeat_ngram_size": 0}},
    "one input, no attention_mask": {"one": True, "num_beams": 3, "max_new_tokens": 10},
}


def _cnn_call(model, settings: dict) -> dict:
    import copy

    from transformers import GenerationConfig

    settings = dict(settings)
    if settings.pop("writer", False):
        config = copy.deepcopy(model.generation_config)
        config.max_length = None
        settings["generation_config"] = config
    if "partial" in settings:
        settings["generation_config"] = GenerationConfig(**settings.pop("partial"))
    return settings


@needs_ort
@pytest.mark.filterwarnings("ignore:Using the model-agnostic default")
@pytest.mark.parametrize("name", CNN_SETTINGS)
def test_onnx_fp32_matches_generate_with_bart_cnn_settings(cnn_bart, name):
    import copy

    import torch

    model, runner, batch = cnn_bart
    call = _cnn_call(model, CNN_SETTINGS[name])
    if call.pop("one", False):
        batch = {"input_ids": batch["input_ids"][1:, :7]}  # the second input, without its padding
    with torch.inference_mode():
        expected = model.generate(**batch, **copy.deepcopy(call))
    got = runner.generate(**batch, **call)
    assert got.tolist() == expected.tolist()
    assert min(len(set(row)) for row in expected.tolist()) > 2  # real sequences


# Each setting compared above changes PyTorch's output here, so the comparison can tell.
CHANGES = [
    ("model defaults (20 new tokens)", {"no_repeat_ngram_size": 0}),
    ("model defaults (20 new tokens)", {"forced_bos_token_id": None}),
    ("greedy no-repeat 3 min_new_tokens", {"no_repeat_ngram_size": 0}),
    ("greedy no-repeat 3 min_new_tokens", {"min_new_tokens": 0}),
    ("2 beams early_stopping False", {"length_penalty": 2.0}),
    ("4 beams EOS early_stopping False", {"early_stopping": True}),
    ("4 beams EOS min_length 8", {"min_length": 0}),
    ("2 beams EOS min_new_tokens 6", {"min_new_tokens": 0}),
]


@needs_ort
@pytest.mark.filterwarnings("ignore:Using the model-agnostic default")
@pytest.mark.parametrize("name, change", CHANGES, ids=[f"{n}: {c}" for n, c in CHANGES])
def test_the_compared_settings_change_the_tokens(cnn_bart, name, change):
    import torch

    model, _, batch = cnn_bart
    with torch.inference_mode():
        before = model.generate(**batch, **CNN_SETTINGS[name])
        after = model.generate(**batch, **{**CNN_SETTINGS[name], **change})
    assert before.tolist() != after.tolist()


# Settings transformers honours and the NumPy search does not: refused, never silently ignored.
REFUSED = [
    {"do_sample": True},
    {"repetition_penalty": 1.3},
    {"encoder_repetition_penalty": 1.3},
    {"encoder_no_repeat_ngram_size": 2},
    {"bad_words_ids": [[5]]},
    {"sequence_bias": {(5,): -1.0}},
    {"num_return_sequences": 2},
    {"num_beam_groups": 2, "diversity_penalty": 0.5},
    {"force_words_ids": [[5]]},
    {"penalty_alpha": 0.6, "top_k": 4, "num_beams": 1},
    {"dola_layers": "low", "num_beams": 1},
    {"guidance_scale": 1.5},
    {"suppress_tokens": [5]},
    {"begin_suppress_tokens": [5]},
    {"exponential_decay_length_penalty": (2, 1.5)},
    {"remove_invalid_values": True},
    {"renormalize_logits": True},
    {"max_time": 5.0},
    {"stop_strings": ["."]},
    {"return_dict_in_generate": True},
]


@needs_ort
@pytest.mark.parametrize("settings", REFUSED, ids=lambda s: next(iter(s)))
def test_settings_it_cannot_honour_are_refused(cnn_bart, settings):
    _, runner, batch = cnn_bart
    with pytest.raises(ModelError, match=next(iter(settings))):
        runner.generate(**batch, max_new_tokens=4, **settings)


@needs_ort
def test_unknown_arguments_are_refused(cnn_bart):
    _, runner, batch = cnn_bart
    with pytest.raises(ModelError, match="does not take.*decoder_input_ids"):
        runner.generate(**batch, decoder_input_ids=batch["input_ids"][:, :1])


@needs_ort
def test_int8_export_is_cached_and_close(bart, tmp_path):
    model, tokenizer, _ = bart
    folder = onnx_backend.cached_export(model, "int8", tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == [
        "decoder.int8.onnx",
        "encoder.int8.onnx",
        "export.json",
    ]
    assert onnx_backend.cached_export(model, "int8", tmp_path) == folder  # reused
    runner = onnx_backend.OrtSeq2Seq(folder, model.config, model.generation_config, "int8")
    out = runner.generate(**tokenizer(TEXTS[:1], return_tensors="pt"), max_new_tokens=6)
    assert out.shape[0] == 1 and 2 <= out.shape[1] <= 7


@needs_ort
def test_writer_with_onnx_backend_writes_a_draft(tiny_models, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    config = load_config(
        None,
        writer="seq2seq",
        model=str(tiny_models["bart"]),
        quantize="onnx-int8",
        **{"generation.num_beams": 2, "generation.max_new_tokens": 16},
    )
    writer = load_writer(config)
    assert isinstance(writer.loaded.model, onnx_backend.OrtSeq2Seq)
    drafts = writer.write_many([(SELECTED, DOCS), (SELECTED[:1], DOCS[:1])])
    assert len(drafts) == 2 and all(d.text for d in drafts)
    assert list((tmp_path / "onnx").iterdir())  # the export is cached there


@needs_ort
def test_other_families_are_refused_clearly(tiny_models, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    config = load_config(None, writer="seq2seq", model=str(tiny_models["t5"]), quantize="onnx-int8")
    with pytest.raises(ModelError, match="BART-family"):
        load_writer(config)


def test_missing_onnxruntime_says_how_to_install(tiny_models, monkeypatch):
    real_import = builtins.__import__

    def no_onnxruntime(name, *args, **kwargs):
        if name.startswith("onnxruntime"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_onnxruntime)
    config = load_config(
        None, writer="seq2seq", model=str(tiny_models["bart"]), quantize="onnx-int8"
    )
    with pytest.raises(ModelError, match=r"summarizer\[onnx\]"):
        load_writer(config)


def test_unknown_quantize_setting_lists_the_choices(tiny_models):
    config = load_config(None, writer="seq2seq", model=str(tiny_models["bart"]), quantize="fp8")
    with pytest.raises(ModelError, match="onnx-int8"):
        load_writer(config)


@needs_ort
def test_cli_summarize_with_quantize_onnx_int8(tiny_models, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from summarizer.cli import _register, app

    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    _register()
    articles = tmp_path / "cluster"
    articles.mkdir()
    for i, doc in enumerate(DOCS):
        text = " ".join(s.sentence.text for s in SELECTED if s.sentence.doc == doc.id)
        (articles / f"{i}.txt").write_text(f"{text} the workers were at the harbour on friday .")
    args = ["summarize", str(articles), "-w", "seq2seq", "-m", str(tiny_models["bart"])]
    result = CliRunner().invoke(app, [*args, "--quantize", "onnx-int8", "-f", "json"])
    assert result.exit_code == 0, result.output
    # random weights write nonsense (the draft falls back to extractive), but through ORT
    assert str(tiny_models["bart"]) in result.stdout
    assert any(p.name.startswith("bart-int8-") for p in (tmp_path / "onnx").iterdir())
