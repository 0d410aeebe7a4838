"""Finding and loading seq2seq models: a local folder, the local Hugging Face cache, or a download.

Untrusted-model rules: ``trust_remote_code`` is never enabled, and safetensors weights are required
unless the user passes ``--allow-pickle-weights`` (pickle files can run code when loaded).
"""

from __future__ import annotations

import logging
import os
import socket
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from summarizer.config import WriterConfig
from summarizer.errors import ModelError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedModel:
    model: Any
    tokenizer: Any
    name: str
    device: str


QUANTIZE = ("none", "int8", "onnx-int8", "onnx-fp32")


def load_seq2seq(config: WriterConfig) -> LoadedModel:
    """Load ``config.model`` for generation, or raise :class:`ModelError` saying how to fix it.

    ``quantize``: ``none``; ``int8`` (PyTorch dynamic quantization); ``onnx-int8`` /
    ``onnx-fp32`` (exported once to ONNX and run by ONNX Runtime, see onnx_backend)."""
    if config.quantize not in QUANTIZE:
        raise ModelError(
            f"Unknown quantize setting {config.quantize!r}; use one of {', '.join(QUANTIZE)}."
        )
    onnx = config.quantize.startswith("onnx-")
    if onnx:
        from summarizer.onnx_backend import require_onnxruntime

        require_onnxruntime()  # before spending time loading the model
        if config.device not in ("auto", "cpu"):
            raise ModelError(f"quantize = {config.quantize!r} runs on the CPU; set --device cpu.")
    source, local_only = locate(config.model, config.allow_pickle_weights)
    device, dtype = resolve_device("cpu" if onnx else config.device, config.dtype)
    model, tokenizer = _from_pretrained(source, local_only, config.allow_pickle_weights, dtype)
    model = model.to(device).eval()
    if config.quantize == "int8":
        model = quantize_int8(model, device)
    elif onnx:
        from summarizer import onnx_backend

        model = onnx_backend.load(model, config.quantize.removeprefix("onnx-"))
    return LoadedModel(model, tokenizer, config.model, device)


def locate(name: str, allow_pickle: bool) -> tuple[str, bool]:
    """Where to load ``name`` from, and whether only local files may be used."""
    folder = Path(name).expanduser()
    if folder.is_dir():
        check_weights(folder, allow_pickle)
        return str(folder), True
    if looks_like_path(name):
        raise ModelError(f"Model folder {name} does not exist. Check the path given to --model.")
    if in_local_cache(name):
        return name, True
    if not hub_reachable():
        raise ModelError(
            f"Model {name!r} is not in the local Hugging Face cache and the Hub cannot be reached "
            f"from here. Fix: run `summarizer models pull {name}` on a connected machine (and copy "
            "the cache), or pass --model PATH to a local folder, or use --writer extractive."
        )
    return name, False


def looks_like_path(name: str) -> bool:
    return name.startswith((".", "/", "~")) or os.sep in name.strip("/").replace("/", "", 1)


def check_weights(folder: Path, allow_pickle: bool) -> None:
    if any(folder.glob("*.safetensors")):
        return
    if any(folder.glob("*.bin")) or any(folder.glob("*.pt")):
        if allow_pickle:
            return
        raise ModelError(
            f"{folder} has only pickle (.bin) weights, which can run code when loaded. Convert "
            "them to safetensors, or pass --allow-pickle-weights if you trust the source."
        )
    raise ModelError(f"{folder} holds no model weights (*.safetensors).")


def in_local_cache(name: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache

        return isinstance(try_to_load_from_cache(name, "config.json"), str)
    except Exception:  # noqa: BLE001 - an unusable cache simply means "not cached"
        return False


def hub_reachable(timeout: float = 2.0) -> bool:
    """False when offline mode is set or the Hub's host cannot be reached quickly."""
    if os.environ.get("HF_HUB_OFFLINE", "0") not in ("0", "", "false"):
        return False
    from huggingface_hub import constants

    host = urlparse(constants.ENDPOINT).hostname or ""
    try:
        socket.create_connection((host, 443), timeout=timeout).close()
        return True
    except OSError:
        return False


def resolve_device(device: str, dtype: str) -> tuple[str, Any]:
    """``auto`` takes CUDA when present (bf16 or fp16), else CPU with fp32."""
    import torch

    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ModelError(f"--device {device} was asked for, but no CUDA device is available.")
    if dtype == "auto":
        if device.startswith("cuda"):
            return device, torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return device, torch.float32
    if dtype not in ("float32", "float16", "bfloat16"):
        raise ModelError(f"Unknown dtype {dtype!r}; use auto, float32, float16 or bfloat16.")
    return device, getattr(torch, dtype)


def quantize_int8(model: Any, device: str) -> Any:
    """Dynamic int8 quantization of Linear layers (CPU only)."""
    import torch

    if device != "cpu":
        raise ModelError("quantize = 'int8' works on the CPU only; set --device cpu.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch notes the API's move to torchao; it still works
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def _from_pretrained(source: str, local_only: bool, allow_pickle: bool, dtype: Any):
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    if local_only:
        hf_logging.disable_progress_bar()
    options = {"trust_remote_code": False, "local_files_only": local_only}
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, **options)
        model = AutoModelForSeq2SeqLM.from_pretrained(
            source, use_safetensors=None if allow_pickle else True, dtype=dtype, **options
        )
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"Could not load model {source!r}: {_first_line(exc)}") from None
    return model, tokenizer


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
