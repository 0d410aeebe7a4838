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


@needs_ort
def test_settings_it_cannot_honour_are_refused(bart):
    model, tokenizer, runner = bart
    batch = tokenizer(TEXTS[:1], return_tensors="pt")
    with pytest.raises(ModelError, match="do_sample"):
        runner.generate(**batch, do_sample=True, max_new_tokens=4)
    with pytest.raises(ModelError, match="repetition_penalty"):
        runner.generate(**batch, repetition_penalty=1.3, max_new_tokens=4)


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
