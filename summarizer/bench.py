"""`summarizer bench`: where the time goes, and how fast generation can be on this machine.

Measures, in one run: the CLI's start-up; the pipeline stages on a realistic cluster (models
loaded, embedding cache cleared, so nothing is free); generation with a randomly initialised model
of a real architecture for plain fp32 PyTorch and each faster backend, at equal input length,
forced output length and beams; Hugging Face ``pipeline("summarization")`` on the same model and
input; batch throughput and how time grows with cluster size; peak memory. Random weights are fine
for speed, not for quality.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from summarizer.benchdata import scaled_cluster, write_batch_file

# Dimensions of real checkpoints (from their config.json), built with random weights.
ARCHS = {
    "distilbart-cnn-12-6": {"d_model": 1024, "layers": (12, 6), "heads": 16, "ffn": 4096},
    "bart-large-cnn": {"d_model": 1024, "layers": (12, 12), "heads": 16, "ffn": 4096},
    "bart-base": {"d_model": 768, "layers": (6, 6), "heads": 12, "ffn": 3072},
    "tiny": {"d_model": 32, "layers": (1, 1), "heads": 2, "ffn": 64},
}
VOCAB = 50264
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "cluster"


@dataclass(frozen=True)
class BenchSettings:
    arch: str = "distilbart-cnn-12-6"
    input_tokens: int = 512
    output_tokens: int = 64
    beams: int = 2
    cluster: Path | None = None
    datasets: Path | None = None
    sizes: tuple[int, ...] = (10, 50, 100)
    batch_clusters: int = 40

    @classmethod
    def quick(cls, **overrides) -> BenchSettings:
        base = {"input_tokens": 128, "output_tokens": 16, "sizes": (10,), "batch_clusters": 5}
        return cls(**{**base, **overrides})


def run_bench(settings: BenchSettings, progress: Callable[[str], None] = lambda s: None) -> dict:
    """Run every measurement; returns the report (prints nothing)."""
    report: dict = {"note": "random weights: generation figures are speed only, not quality"}
    report["settings"] = {k: str(v) for k, v in asdict(settings).items()}
    progress("CLI start-up")
    report["cli_help_s"] = time_cli_help()
    progress("pipeline stages")
    report.update(time_stages(settings.cluster or EXAMPLE))
    progress(f"generation ({settings.arch}, random weights)")
    model, tokenizer = random_model(settings.arch)
    report["generation"] = time_generation(model, tokenizer, settings)
    progress("plain transformers on the same model")
    report["hf_pipeline_s"], report["hf_pipeline"] = time_hf_pipeline(model, tokenizer, settings)
    stages = report["stages"]
    report["overhead_ratio"] = round(
        (stages["retrieve"] + stages["attribute"]) / report["generation"]["fp32_s"], 4
    )
    progress("attribution check: 10 sentences against 10 articles")
    report["check_10x10_s"], report["check_10x10_uncached_s"] = time_check(settings)
    progress("cluster size scaling and batch throughput")
    report["scaling_s"] = time_scaling(settings)
    report["batch"] = time_batch(settings)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return report


def time_cli_help() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "summarizer", "--help"], capture_output=True, check=True)
    return round(time.perf_counter() - start, 3)


def time_stages(cluster: Path) -> dict:
    """Stage seconds of one extractive run with models loaded and caches cleared."""
    from summarizer.pipeline import Summarizer

    summarizer = Summarizer.from_config(None, writer="extractive")
    summarizer.summarize([cluster])  # loads the models
    cold_cache = _uncached(summarizer, lambda: summarizer.summarize([cluster]))
    start = time.perf_counter()
    summarizer.summarize([cluster])
    cached = time.perf_counter() - start
    return {
        "stages": {k: round(v, 4) for k, v in cold_cache.timings.items()},
        "api_warm_s": round(cold_cache.timings["total"], 4),
        "api_cached_s": round(cached, 4),
        "cluster": str(cluster),
    }


def random_model(arch: str):
    """A randomly initialised BART of ``arch``'s dimensions and a word-level tokenizer for it."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration

    dims = ARCHS[arch]
    vocab = 1000 if arch == "tiny" else VOCAB
    config = BartConfig(
        vocab_size=vocab,
        d_model=dims["d_model"],
        encoder_layers=dims["layers"][0],
        decoder_layers=dims["layers"][1],
        encoder_attention_heads=dims["heads"],
        decoder_attention_heads=dims["heads"],
        encoder_ffn_dim=dims["ffn"],
        decoder_ffn_dim=dims["ffn"],
        max_position_embeddings=1024,
    )
    torch.manual_seed(0)
    return BartForConditionalGeneration(config).eval(), _word_tokenizer(vocab)


def time_generation(model, tokenizer, settings: BenchSettings) -> dict:
    """Seconds to generate for fp32 and each faster backend; speedup = fp32 / fastest.

    The backends take turns, round after round, and each keeps its best round, so a burst of
    load from other work on the machine does not land on one backend only."""
    from summarizer.models import quantize_int8

    ids = _input_ids(tokenizer, settings.input_tokens)
    runners = {"fp32_s": model, "int8_s": quantize_int8(model, "cpu")}
    times: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        onnx = _onnx_runner(model, Path(folder))
        if isinstance(onnx, str):
            times["onnx_skipped"] = onnx
        else:
            runners["onnx_int8_s"], times["onnx_export_s"] = onnx
        best = _time_generate(runners, ids, settings)
        del runners
    times = {**best, **times}
    fastest = min((v, k) for k, v in best.items() if k != "fp32_s")
    times["fastest"] = fastest[1].removesuffix("_s")
    times["speedup"] = round(times["fp32_s"] / fastest[0], 2)
    return times


def _onnx_runner(model, folder: Path):
    """ONNX Runtime with int8 weights and the seconds of the one-off export + quantization, or
    why it was skipped."""
    from summarizer import onnx_backend
    from summarizer.errors import ModelError

    try:
        onnx_backend.require_onnxruntime()
    except ModelError as exc:
        return str(exc)
    start = time.perf_counter()
    export = onnx_backend.cached_export(model, "int8", folder)
    export_s = round(time.perf_counter() - start, 2)
    runner = onnx_backend.OrtSeq2Seq(export, model.config, model.generation_config, "int8")
    return runner, export_s


def time_hf_pipeline(model, tokenizer, settings: BenchSettings) -> tuple[float, str]:
    """What a user would otherwise write: ``pipeline("summarization")`` where transformers still
    has it (4.x); transformers 5 removed that task, so there: tokenizer, ``generate``, decode."""
    text = tokenizer.decode(_input_ids(tokenizer, settings.input_tokens)[0])
    options = _generate_options(settings)
    try:
        from transformers import pipeline

        summarize = pipeline("summarization", model=model, tokenizer=tokenizer, device=-1)
        how = 'pipeline("summarization")'
    except KeyError:
        summarize = _plain_transformers(model, tokenizer)
        how = "tokenizer + model.generate + decode (transformers 5 has no summarization pipeline)"
    summarize(text[:200], max_new_tokens=2, min_new_tokens=2, num_beams=settings.beams)
    start = time.perf_counter()
    summarize(text, **options)
    return round(time.perf_counter() - start, 3), how


def _plain_transformers(model, tokenizer):
    import torch

    def summarize(text: str, **options):
        inputs = tokenizer(text, return_tensors="pt", truncation=True)
        with torch.no_grad():
            output = model.generate(**inputs, **options)
        return tokenizer.batch_decode(output, skip_special_tokens=True)

    return summarize


def time_check(settings: BenchSettings) -> tuple[float, float]:
    """Seconds to check a 10-sentence summary against a 10-article cluster, models warm: with
    the articles' embeddings cached (they were summarized before) and without."""
    from summarizer.pipeline import Summarizer
    from summarizer.text import split_sentences

    documents = scaled_cluster(10, settings.datasets, seed=7)
    claims = "\n".join([s.text for d in documents for s in split_sentences(d)[1:2]][:10])
    summarizer = Summarizer.from_config(None, writer="extractive", max_documents=1000)
    summarizer.check(claims, documents)  # loads models, fills the embedding cache
    start = time.perf_counter()
    summarizer.check(claims, documents)
    cached = time.perf_counter() - start
    start = time.perf_counter()
    _uncached(summarizer, lambda: summarizer.check(claims, documents))
    return round(cached, 3), round(time.perf_counter() - start, 3)


def time_scaling(settings: BenchSettings) -> dict:
    """Extractive pipeline seconds for clusters of growing size (distinct articles, no cache)."""
    from summarizer.pipeline import Summarizer

    summarizer = Summarizer.from_config(None, writer="extractive", max_documents=1000)
    out = {}
    for size in settings.sizes:
        documents = scaled_cluster(size, settings.datasets)
        result = _uncached(summarizer, lambda d=documents: summarizer.summarize(d))
        out[str(size)] = round(result.timings["total"], 3)
    return out


def time_batch(settings: BenchSettings) -> dict:
    """Clusters per minute of `batch` with the extractive writer on a development set."""
    from summarizer.batch import run_batch
    from summarizer.pipeline import Summarizer

    summarizer = Summarizer.from_config(None, writer="extractive")
    with tempfile.TemporaryDirectory() as folder:
        source, origin = write_batch_file(Path(folder), settings.batch_clusters, settings.datasets)
        start = time.perf_counter()
        report = run_batch(summarizer, source, Path(folder) / "out.jsonl")
        seconds = time.perf_counter() - start
    done = report.ok + report.failed
    return {
        "source": origin,
        "clusters": done,
        "clusters_per_minute": round(60 * done / seconds, 1),
    }


def render(report: dict) -> str:
    """A short human-readable table of the report."""
    g = report["generation"]
    lines = [
        f"CLI --help: {report['cli_help_s']:.2f} s",
        f"pipeline (extractive, warm, no cache): {report['api_warm_s']:.3f} s  stages: "
        + ", ".join(f"{k} {v:.3f}" for k, v in report["stages"].items()),
        f"pipeline again (embedding cache hit): {report['api_cached_s']:.3f} s",
        f"generation fp32 {g['fp32_s']:.2f} s | int8 {g['int8_s']:.2f} s | "
        + (
            f"onnx int8 {g['onnx_int8_s']:.2f} s (export {g['onnx_export_s']:.1f} s, once) | "
            if "onnx_int8_s" in g
            else f"onnx skipped ({g.get('onnx_skipped')}) | "
        )
        + f"speed-up {g['speedup']}x ({g['fastest']})",
        f"plain transformers ({report['hf_pipeline']}): {report['hf_pipeline_s']:.2f} s",
        f"overhead ratio (retrieve + attribute) / generate: {report['overhead_ratio']}",
        f"check 10 sentences against 10 articles: {report['check_10x10_s']} s "
        f"({report['check_10x10_uncached_s']} s embedding the articles too)",
        "cluster size -> seconds: "
        + ", ".join(f"{k} articles {v} s" for k, v in report["scaling_s"].items()),
        f"batch: {report['batch']['clusters_per_minute']} clusters/min "
        f"({report['batch']['clusters']} from {report['batch']['source']})",
        f"peak RSS: {report['peak_rss_mb']} MB",
        f"note: {report['note']}",
    ]
    return "\n".join(lines) + "\n"


def to_json(report: dict) -> str:
    return json.dumps(report, indent=2) + "\n"


def _uncached(summarizer, call):
    """``call()`` with no sentence embedded or parsed and no cluster's evidence built before."""
    if summarizer.embedder is not None:
        summarizer.embedder.clear_cache()
    summarizer.attributor.clear_caches()
    return call()


def _generate_options(settings: BenchSettings) -> dict:
    n = settings.output_tokens
    return {"max_new_tokens": n, "min_new_tokens": n, "num_beams": settings.beams}


def _time_generate(runners: dict, ids, settings: BenchSettings, rounds: int = 3) -> dict:
    """Best of ``rounds`` timed runs per runner, after a warm-up at the same shapes; the runners
    take turns within each round."""
    import torch

    mask = torch.ones_like(ids)
    best = dict.fromkeys(runners, float("inf"))
    with torch.inference_mode():
        for model in runners.values():
            model.generate(ids, attention_mask=mask, max_new_tokens=2, num_beams=settings.beams)
        for _ in range(rounds):
            for name, model in runners.items():
                start = time.perf_counter()
                model.generate(ids, attention_mask=mask, **_generate_options(settings))
                best[name] = min(best[name], time.perf_counter() - start)
    return {name: round(seconds, 3) for name, seconds in best.items()}


def _input_ids(tokenizer, n: int):
    import torch

    generator = torch.Generator().manual_seed(0)
    return torch.randint(5, len(tokenizer) - 1, (1, n), generator=generator)


def _word_tokenizer(vocab: int):
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    words = {t: i for i, t in enumerate(specials)}
    words.update({f"w{i}": i for i in range(len(specials), vocab)})
    core = Tokenizer(models.WordLevel(vocab=words, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    return PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
        mask_token="<mask>",
        model_max_length=1024,
    )
