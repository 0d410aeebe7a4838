import json

from typer.testing import CliRunner

from summarizer.bench import BenchSettings, render, run_bench
from summarizer.cli import _register, app


def test_quick_bench_report_has_every_figure_and_consistent_speedup():
    report = run_bench(BenchSettings.quick(arch="tiny", sizes=(3,), batch_clusters=2))
    generation = report["generation"]
    assert generation["fp32_s"] > 0 and generation["int8_s"] > 0
    faster = [generation["int8_s"]]
    if "onnx_int8_s" in generation:  # onnxruntime installed (the dev extra has it)
        assert generation["onnx_int8_s"] > 0 and generation["onnx_export_s"] > 0
        faster.append(generation["onnx_int8_s"])
    fastest = min(faster)
    assert generation["fastest"] in ("int8", "onnx_int8")
    assert abs(generation["speedup"] - round(generation["fp32_s"] / fastest, 2)) < 0.011
    stages = report["stages"]
    expected = (stages["retrieve"] + stages["attribute"]) / generation["fp32_s"]
    assert abs(report["overhead_ratio"] - expected) < 1e-3
    assert {"ingest", "embed", "retrieve", "attribute"} <= set(stages)
    assert report["peak_rss_mb"] > 0 and report["hf_pipeline_s"] > 0
    assert list(report["scaling_s"]) == ["3"]
    assert report["batch"]["clusters"] == 2
    assert 0 < report["check_10x10_s"] <= report["check_10x10_uncached_s"] * 1.5
    assert "speed-up" in render(report) and "check 10 sentences" in render(report)


def test_bench_cli_json_and_bad_arch():
    _register()
    runner = CliRunner()
    bad = runner.invoke(app, ["bench", "--arch", "gpt-9"])
    assert bad.exit_code != 0
    result = runner.invoke(app, ["bench", "--quick", "--arch", "tiny", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("{") :])
    assert {"stages", "generation", "overhead_ratio", "hf_pipeline_s", "peak_rss_mb"} <= set(data)
