"""Generation through ONNX Runtime: a BART model exported to two ONNX graphs, int8-quantized.

Why: on a CPU, ``model.generate`` in PyTorch spends its time in two places, the encoder (large
matrix products) and, for every new token, a decoder step whose cost is reading the decoder's
weights plus Python bookkeeping. ONNX Runtime with int8 weights (``quantize_dynamic``) runs both
faster than PyTorch's own dynamic int8, and the decode loop here is a thin NumPy port of
transformers' beam search, so the per-token overhead is small.

:mod:`~summarizer.onnx_backend.graphs` exports the graphs once into a cache folder;
:mod:`~summarizer.onnx_backend.generate` runs them (:class:`OrtSeq2Seq`). onnxruntime and onnx
are imported only when used (``pip install 'summarizer[onnx]'``).
"""

from __future__ import annotations

from summarizer.onnx_backend.generate import OrtSeq2Seq, load
from summarizer.onnx_backend.graphs import cached_export, require_onnxruntime

__all__ = ["OrtSeq2Seq", "cached_export", "load", "require_onnxruntime"]
