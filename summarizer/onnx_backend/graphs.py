"""The two ONNX graphs of a BART model, exported (and int8-quantized) once into a cache folder
and reused:

- ``encoder.onnx``: ``input_ids``, ``attention_mask`` -> the cross-attention keys and values of
  every decoder layer (computed once per input, never per token);
- ``decoder.onnx``: one decoder step: the last token, its position, the encoder mask, the
  self-attention keys/values so far and the cross-attention keys/values -> next-token logits and
  the self-attention keys/values including this token.

Only the BART family (``model_type == "bart"``: BART, distilBART) is exported; other models raise
:class:`ModelError`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from summarizer.errors import ModelError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1  # bump when the exported graphs change, so cached exports are redone
SUPPORTED = ("bart",)
PRECISIONS = ("fp32", "int8")
INSTALL_HINT = "pip install 'summarizer[onnx]'"


def require_onnxruntime():
    """The onnxruntime module, or a ModelError saying how to install it."""
    try:
        import onnxruntime
    except ImportError:
        raise ModelError(
            f"The ONNX Runtime backend needs onnxruntime and onnx, which are not installed. "
            f"Fix: {INSTALL_HINT}, or set quantize = 'int8' or 'none'."
        ) from None
    return onnxruntime


def check_supported(model: Any) -> None:
    kind = getattr(model.config, "model_type", "?")
    if kind not in SUPPORTED or not hasattr(getattr(model, "model", None), "decoder"):
        raise ModelError(
            f"The ONNX Runtime backend exports BART-family models only ({', '.join(SUPPORTED)}); "
            f"this model is {kind!r}. Use quantize = 'int8' or 'none' for it."
        )


# -- export ------------------------------------------------------------------------------------


def _wrappers(model: Any):
    """Encoder and one-step decoder modules with plain tensor inputs and outputs."""
    import torch
    from torch import nn

    decoder = model.model.decoder
    heads = model.config.decoder_attention_heads
    d_model = model.config.d_model
    head_dim = d_model // heads

    def split(x):  # (N, L, D) -> (N, H, L, Dh)
        return x.view(x.shape[0], -1, heads, head_dim).transpose(1, 2)

    def attend(q, k, v, bias=None):  # q (N, H, 1, Dh) already scaled
        scores = torch.matmul(q, k.transpose(-1, -2))
        if bias is not None:
            scores = scores + bias
        weights = torch.softmax(scores, dim=-1)
        out = torch.matmul(weights, v)  # (N, H, 1, Dh)
        return out.transpose(1, 2).reshape(out.shape[0], 1, d_model)

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model  # registers the weights as this module's parameters

        def forward(self, input_ids, attention_mask):
            hidden = model.model.encoder(
                input_ids=input_ids, attention_mask=attention_mask
            ).last_hidden_state
            out = []
            for layer in decoder.layers:
                out.append(split(layer.encoder_attn.k_proj(hidden)))
                out.append(split(layer.encoder_attn.v_proj(hidden)))
            return tuple(out)

    class Step(nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, input_ids, position, encoder_mask, *caches):
            n = len(decoder.layers)
            past, cross = caches[: 2 * n], caches[2 * n :]
            hidden = decoder.embed_tokens(input_ids)
            offset = getattr(decoder.embed_positions, "offset", 0)
            hidden = hidden + nn.functional.embedding(
                position.view(1, 1) + offset, decoder.embed_positions.weight
            )
            hidden = decoder.layernorm_embedding(hidden)
            mask = encoder_mask[:, None, None, :].to(hidden.dtype)
            bias = (1.0 - mask) * torch.finfo(hidden.dtype).min
            present = []
            for i, layer in enumerate(decoder.layers):
                attn = layer.self_attn
                residual = hidden
                q = split(attn.q_proj(hidden) * attn.scaling)
                k = torch.cat([past[2 * i], split(attn.k_proj(hidden))], dim=2)
                v = torch.cat([past[2 * i + 1], split(attn.v_proj(hidden))], dim=2)
                present += [k, v]
                hidden = layer.self_attn_layer_norm(residual + attn.out_proj(attend(q, k, v)))
                cross_attn = layer.encoder_attn
                residual = hidden
                q = split(cross_attn.q_proj(hidden) * cross_attn.scaling)
                out = attend(q, cross[2 * i], cross[2 * i + 1], bias)
                hidden = layer.encoder_attn_layer_norm(residual + cross_attn.out_proj(out))
                residual = hidden
                hidden = layer.fc2(layer.activation_fn(layer.fc1(hidden)))
                hidden = layer.final_layer_norm(residual + hidden)
            if getattr(decoder, "layer_norm", None) is not None:
                hidden = decoder.layer_norm(hidden)
            logits = model.lm_head(hidden[:, 0, :]) + model.final_logits_bias
            return (logits, *present)

    return Encoder().eval(), Step().eval()


def export(model: Any, folder: Path) -> Path:
    """Write ``encoder.onnx`` and ``decoder.onnx`` (fp32) for ``model`` into ``folder``."""
    import torch

    check_supported(model)
    require_onnxruntime()
    folder.mkdir(parents=True, exist_ok=True)
    model = model.float().eval()
    config = model.config
    n = config.decoder_layers
    heads = config.decoder_attention_heads
    head_dim = config.d_model // heads
    encoder, step = _wrappers(model)
    ids = torch.ones(2, 7, dtype=torch.long)
    mask = torch.ones(2, 7, dtype=torch.long)
    kv_names = [f"cross_{kind}_{i}" for i in range(n) for kind in ("k", "v")]
    past_names = [f"past_{kind}_{i}" for i in range(n) for kind in ("k", "v")]
    present_names = [f"present_{kind}_{i}" for i in range(n) for kind in ("k", "v")]
    batch_seq = {0: "batch", 2: "source"}
    with torch.no_grad(), _quiet_export():
        torch.onnx.export(
            encoder,
            (ids, mask),
            str(folder / "encoder.onnx"),
            input_names=["input_ids", "attention_mask"],
            output_names=kv_names,
            dynamic_axes={
                "input_ids": {0: "batch", 1: "source"},
                "attention_mask": {0: "batch", 1: "source"},
                **{name: batch_seq for name in kv_names},
            },
            opset_version=17,
            dynamo=False,
        )
        past = [torch.zeros(2, heads, 3, head_dim) for _ in range(2 * n)]
        cross = [torch.zeros(2, heads, 7, head_dim) for _ in range(2 * n)]
        torch.onnx.export(
            step,
            (torch.ones(2, 1, dtype=torch.long), torch.tensor(3), mask, *past, *cross),
            str(folder / "decoder.onnx"),
            input_names=["input_ids", "position", "encoder_mask", *past_names, *kv_names],
            output_names=["logits", *present_names],
            dynamic_axes={
                "input_ids": {0: "batch"},
                "encoder_mask": {0: "batch", 1: "source"},
                **{name: {0: "batch", 2: "past"} for name in past_names},
                **{name: batch_seq for name in kv_names},
                "logits": {0: "batch"},
                **{name: {0: "batch", 2: "length"} for name in present_names},
            },
            opset_version=17,
            dynamo=False,
        )
    return folder


def quantize(folder: Path, per_channel: bool = True) -> None:
    """int8 weights (dynamic quantization of MatMul/Gemm) -> ``encoder.int8.onnx`` etc."""
    require_onnxruntime()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    guard, hint = logging.NullHandler(), _DropPreprocessHint()
    root.addHandler(guard)  # logging.warning() would otherwise configure the root logger
    root.addFilter(hint)
    try:
        for part in ("encoder", "decoder"):
            quantize_dynamic(
                str(folder / f"{part}.onnx"),
                str(folder / f"{part}.int8.onnx"),
                op_types_to_quantize=["MatMul", "Gemm"],
                per_channel=per_channel,
                weight_type=QuantType.QInt8,
            )
    finally:
        root.removeFilter(hint)
        root.removeHandler(guard)


class _DropPreprocessHint(logging.Filter):
    """quantize_dynamic advises a pre-processing step meant for image models; not needed here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()


class _quiet_export:
    """torch.onnx.export warns about tracing details that do not apply here."""

    def __enter__(self):
        import warnings

        self._catch = warnings.catch_warnings()
        self._catch.__enter__()
        warnings.simplefilter("ignore")
        logging.getLogger("torch.onnx").setLevel(logging.ERROR)

    def __exit__(self, *exc):
        self._catch.__exit__(*exc)


# -- the cache of exported models --------------------------------------------------------------


def cache_root() -> Path:
    """``$SUMMARIZER_CACHE/onnx``, else ``$XDG_CACHE_HOME/summarizer/onnx`` (~/.cache)."""
    base = os.environ.get("SUMMARIZER_CACHE")
    if base:
        return Path(base).expanduser() / "onnx"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg).expanduser() / "summarizer" / "onnx"


def fingerprint(model: Any, precision: str) -> str:
    """Content key of a model: its config, every weight's name and shape and a strided sample of
    its values (so a changed checkpoint is exported again, without hashing every byte)."""
    import torch

    digest = hashlib.sha256(f"{FORMAT_VERSION}|{precision}|".encode())
    digest.update(model.config.to_json_string(use_diff=False).encode())
    with torch.no_grad():
        for name, tensor in sorted(model.state_dict().items()):
            flat = tensor.detach().reshape(-1)
            step = max(1, flat.numel() // 512)
            sample = flat[::step][:512].to(torch.float32).cpu().numpy()
            digest.update(f"{name}{tuple(tensor.shape)}".encode())
            digest.update(sample.tobytes())
    return digest.hexdigest()[:20]


def cached_export(model: Any, precision: str = "int8", root: Path | None = None) -> Path:
    """The folder holding ``model``'s graphs at ``precision``, exported (and quantized) on first
    use; later calls with the same weights reuse it. Written to a temporary folder, then renamed,
    so an interrupted export is never used."""
    import shutil
    import tempfile

    check_supported(model)
    require_onnxruntime()
    if precision not in PRECISIONS:
        raise ModelError(f"Unknown ONNX precision {precision!r}; use one of {PRECISIONS}.")
    root = root or cache_root()
    folder = root / f"{model.config.model_type}-{precision}-{fingerprint(model, precision)}"
    if (folder / "export.json").is_file():
        return folder
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=root))
    try:
        log.warning("exporting the model to ONNX (%s), once, into %s", precision, folder)
        start = time.perf_counter()
        export(model, work)
        if precision == "int8":
            quantize(work)
            for part in ("encoder", "decoder"):
                (work / f"{part}.onnx").unlink()
        info = {"format": FORMAT_VERSION, "precision": precision}
        info["seconds"] = round(time.perf_counter() - start, 2)
        (work / "export.json").write_text(json.dumps(info) + "\n")
        try:
            work.rename(folder)
        except OSError:  # another process finished the same export first
            if not (folder / "export.json").is_file():
                raise
    except Exception as exc:
        if isinstance(exc, ModelError):
            raise
        raise ModelError(f"Could not export the model to ONNX: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder
