"""The exported graphs run by ONNX Runtime, with a NumPy port of transformers' greedy and beam
search as the decode loop.

``OrtSeq2Seq.generate`` takes the same settings as ``model.generate`` for what the writer uses
(beams, greedy, min/max length and new tokens, length penalty, early stopping, no-repeat n-grams,
forced BOS/EOS; a ``generation_config`` completed from the model's as transformers does) and
returns the same token ids as PyTorch for the fp32 graphs (tested); settings that would change
the tokens and are not implemented (sampling, penalties, bad words...) raise :class:`ModelError`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from summarizer.errors import ModelError
from summarizer.onnx_backend.graphs import PRECISIONS, cached_export, require_onnxruntime


def load(
    model: Any, precision: str = "int8", root: Path | None = None, threads: int | None = None
) -> OrtSeq2Seq:
    """An :class:`OrtSeq2Seq` for a loaded PyTorch ``model`` (exported once, then cached)."""
    folder = cached_export(model, precision, root)
    return OrtSeq2Seq(folder, model.config, model.generation_config, precision, threads)


# -- running -----------------------------------------------------------------------------------


def session_options(threads: int | None = None):
    ort = require_onnxruntime()
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads or max(1, min(os.cpu_count() or 1, 8))
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return options


@dataclass
class _Settings:
    num_beams: int
    max_length: int
    min_length: int
    min_new_tokens: int
    length_penalty: float
    early_stopping: bool | str
    no_repeat_ngram_size: int
    decoder_start: int
    pad: int
    eos: list[int]
    forced_bos: int | None
    forced_eos: int | None


class OrtSeq2Seq:
    """A stand-in for a Hugging Face seq2seq model's ``generate`` running ONNX Runtime sessions.

    Has ``config``, ``generation_config`` and ``generate(input_ids, attention_mask, ...)`` like
    the PyTorch model, so the writer uses it unchanged.
    """

    def __init__(
        self,
        folder: Path,
        config: Any,
        generation_config: Any,
        precision: str = "int8",
        threads: int | None = None,
    ) -> None:
        ort = require_onnxruntime()
        if precision not in PRECISIONS:
            raise ModelError(f"Unknown ONNX precision {precision!r}; use one of {PRECISIONS}.")
        suffix = ".int8.onnx" if precision == "int8" else ".onnx"
        options = session_options(threads)
        providers = ["CPUExecutionProvider"]
        self.encoder = ort.InferenceSession(
            str(folder / f"encoder{suffix}"), options, providers=providers
        )
        self.decoder = ort.InferenceSession(
            str(folder / f"decoder{suffix}"), options, providers=providers
        )
        self.config = config
        self.generation_config = generation_config
        self.folder = folder
        self.precision = precision
        self.layers = config.decoder_layers
        self.heads = config.decoder_attention_heads
        self.head_dim = config.d_model // self.heads
        self.device = "cpu"
        self._cache_names = [i.name for i in self.decoder.get_inputs()][3:]

    def eval(self) -> OrtSeq2Seq:
        return self

    def to(self, device: str) -> OrtSeq2Seq:
        return self

    # -- settings as model.generate reads them ----------------------------------------------

    def _settings(self, generation_config: Any, kwargs: dict) -> _Settings:
        config, has_default_max_length = self._merged_config(generation_config, kwargs)
        unsupported = {
            "do_sample": bool(config.do_sample),
            "repetition_penalty": config.repetition_penalty not in (None, 1.0),
            "encoder_repetition_penalty": config.encoder_repetition_penalty not in (None, 1.0),
            "encoder_no_repeat_ngram_size": bool(config.encoder_no_repeat_ngram_size),
            "bad_words_ids": config.bad_words_ids is not None,
            "sequence_bias": getattr(config, "sequence_bias", None) is not None,
            "num_return_sequences": (config.num_return_sequences or 1) > 1,
            "num_beam_groups": (getattr(config, "num_beam_groups", 1) or 1) > 1,
            "constraints": getattr(config, "constraints", None) is not None,
            "force_words_ids": getattr(config, "force_words_ids", None) is not None,
            "penalty_alpha": bool(getattr(config, "penalty_alpha", None)),
            "dola_layers": getattr(config, "dola_layers", None) is not None,
            "guidance_scale": getattr(config, "guidance_scale", None) not in (None, 1, 1.0),
            "suppress_tokens": bool(config.suppress_tokens),
            "begin_suppress_tokens": bool(config.begin_suppress_tokens),
            "exponential_decay_length_penalty": config.exponential_decay_length_penalty is not None,
            "remove_invalid_values": bool(config.remove_invalid_values),
            "renormalize_logits": bool(getattr(config, "renormalize_logits", False)),
            "watermarking_config": getattr(config, "watermarking_config", None) is not None,
            "token_healing": bool(getattr(config, "token_healing", False)),
            "max_time": getattr(config, "max_time", None) is not None,
            "stop_strings": getattr(config, "stop_strings", None) is not None,
            "low_memory": bool(getattr(config, "low_memory", False)),
            "return_dict_in_generate": bool(config.return_dict_in_generate),
        }
        bad = [k for k, v in unsupported.items() if v]
        if bad:
            raise ModelError(
                f"The ONNX Runtime backend does not support {', '.join(bad)}; use quantize = "
                "'int8' or 'none' for these generation settings."
            )
        prompt = 1  # the decoder starts from decoder_start_token_id alone
        if config.max_new_tokens is not None:
            max_length = config.max_new_tokens + prompt
        elif has_default_max_length:  # transformers' default: 20 new tokens, within the positions
            max_length = (config.max_length or 20) + prompt
            limit = getattr(self.config, "max_position_embeddings", None)
            if limit:
                max_length = min(max_length, limit)
        else:
            max_length = config.max_length
        min_length = config.min_length or 0
        if config.min_new_tokens is not None:
            min_length = config.min_new_tokens + prompt
        eos = config.eos_token_id
        if eos is None:
            eos = self.config.eos_token_id
        eos = [] if eos is None else ([eos] if isinstance(eos, int) else list(eos))
        pad = config.pad_token_id if config.pad_token_id is not None else self.config.pad_token_id
        if pad is None:
            pad = eos[0] if eos else 0
        start = config.decoder_start_token_id
        if start is None:
            start = self.config.decoder_start_token_id
        if start is None:  # as transformers: the BOS token, failing that
            start = config.bos_token_id
        if start is None:
            raise ModelError("decoder_start_token_id or bos_token_id must be set to generate.")
        return _Settings(
            num_beams=config.num_beams or 1,
            max_length=max_length,
            min_length=min_length,
            min_new_tokens=config.min_new_tokens or 0,
            length_penalty=1.0 if config.length_penalty is None else config.length_penalty,
            early_stopping=bool(config.early_stopping)
            if config.early_stopping != "never"
            else "never",
            no_repeat_ngram_size=config.no_repeat_ngram_size or 0,
            decoder_start=start,
            pad=pad,
            eos=eos,
            forced_bos=config.forced_bos_token_id,
            forced_eos=config.forced_eos_token_id,
        )

    def _merged_config(self, generation_config: Any, kwargs: dict) -> tuple[Any, bool]:
        """The settings ``model.generate`` would use (transformers' ``_prepare_generation_config``):
        a given ``generation_config`` has its unset (None) fields filled from the model's, then
        from transformers' global defaults; keyword arguments win. Also whether ``max_length``
        was left to the default (then it counts new tokens, as in ``_prepare_generated_length``)."""
        import copy

        from transformers import GenerationConfig

        own = self.generation_config
        has_default_max_length = (
            kwargs.get("max_length") is None
            and (generation_config is None or generation_config.max_length is None)
            and own.max_length is None
        )
        defaults = getattr(own, "_get_default_generation_params", None)
        if defaults is None:  # transformers 4: the given config as it is, else the model's
            config = copy.deepcopy(generation_config or own)
            has_default_max_length = config.max_length is None
        else:
            given = generation_config is not None
            config = copy.deepcopy(generation_config) if given else GenerationConfig()
            config.update(**own.to_dict(), defaults_only=True, allow_custom_entries=True)
            config.update(**defaults(), defaults_only=True)
        unknown = config.update(**kwargs)
        if unknown:
            raise ModelError(f"The ONNX Runtime backend does not take {sorted(unknown)}.")
        return config, has_default_max_length

    # -- generation --------------------------------------------------------------------------

    def generate(self, input_ids=None, attention_mask=None, generation_config=None, **kwargs):
        """Token ids like ``model.generate`` (a LongTensor, one row per input)."""
        import torch

        kwargs.pop("global_attention_mask", None)
        ids = _numpy(input_ids).astype(np.int64)
        settings = self._settings(generation_config, kwargs)
        # transformers (5.x) infers no mask from padding for encoder-decoder models: all ones
        mask = np.ones_like(ids) if attention_mask is None else _numpy(attention_mask)
        mask = mask.astype(np.int64)
        cross = self.encoder.run(None, {"input_ids": ids, "attention_mask": mask})
        if settings.num_beams == 1:
            out = self._greedy(mask, cross, settings)
        else:
            out = self._beam_search(mask, cross, settings)
        return torch.from_numpy(out)

    def _step(self, tokens, position, mask, past, cross):
        names = self._cache_names
        feed = {
            "input_ids": tokens,
            "position": np.asarray(position, dtype=np.int64),
            "encoder_mask": mask,
        }
        feed.update(zip(names, [*past, *cross], strict=True))
        out = self.decoder.run(None, feed)
        return out[0], out[1:]

    def _greedy(self, mask, cross, s: _Settings):
        """transformers' greedy decoding: finished rows are padded until every row is done."""
        batch = mask.shape[0]
        past = [np.zeros((batch, self.heads, 0, self.head_dim), np.float32)] * (2 * self.layers)
        sequences = np.full((batch, 1), s.decoder_start, np.int64)
        unfinished = np.ones(batch, bool)
        while sequences.shape[1] < s.max_length:
            logits, past = self._step(sequences[:, -1:], sequences.shape[1] - 1, mask, past, cross)
            scores = self._process(sequences, logits.astype(np.float32), s)
            tokens = np.where(unfinished, scores.argmax(axis=-1), s.pad)
            sequences = np.concatenate([sequences, tokens[:, None]], axis=1)
            unfinished &= ~np.isin(tokens, s.eos)
            if not unfinished.any():
                break
        return sequences

    def _beam_search(self, mask, cross, s: _Settings):
        """transformers' vectorised beam search (``_beam_search``), in NumPy."""
        batch, k = mask.shape[0], s.num_beams
        n_eos = len(s.eos)
        keep = max(2, 1 + n_eos) * k
        cur = 1
        # per beam: the encoder outputs of its input
        mask = np.repeat(mask, k, axis=0)
        cross = [np.repeat(c, k, axis=0) for c in cross]
        past = [np.zeros((batch * k, self.heads, 0, self.head_dim), np.float32)] * (2 * self.layers)
        # as transformers fills unused positions of beams (a pad id of 0 counts as unset there)
        fill = (s.pad or s.eos[0]) if s.eos else -1
        running = np.full((batch, k, s.max_length), fill, np.int64)
        running[:, :, 0] = s.decoder_start
        sequences = running.copy()
        running_scores = np.zeros((batch, k), np.float32)
        running_scores[:, 1:] = -1e9
        scores = np.full((batch, k), -1e9, np.float32)
        finished = np.zeros((batch, k), bool)
        improvable = np.ones((batch, 1), bool)
        hits = np.zeros((batch, k), bool)
        running_origin = np.full((batch, k, s.max_length - 1), -1, np.int64)
        origin = running_origin.copy()
        top_mask = np.arange(keep) < k
        rows = np.arange(batch)[:, None]
        while True:
            flat = running[:, :, :cur].reshape(batch * k, cur)
            logits, present = self._step(flat[:, -1:], cur - 1, mask, past, cross)
            log_probs = _log_softmax(logits.astype(np.float32))
            log_probs = self._process(flat, log_probs, s)
            vocab = log_probs.shape[-1]
            total = (log_probs.reshape(batch, k, vocab) + running_scores[:, :, None]).reshape(
                batch, k * vocab
            )
            top = _topk(total, keep)
            top_scores = np.take_along_axis(total, top, axis=1)
            beam = top // vocab
            top_sequences = np.take_along_axis(running, beam[:, :, None], axis=1)
            top_origin = np.take_along_axis(running_origin, beam[:, :, None], axis=1)
            top_sequences[:, :, cur] = top % vocab
            top_origin[:, :, cur - 1] = beam + rows * k
            hits = (cur + 1 >= s.max_length) | np.isin(top_sequences[:, :, cur], s.eos)
            # running beams for the next step
            alive = top_scores + hits.astype(np.float32) * -1e9
            pick = _topk(alive, k)
            running = np.take_along_axis(top_sequences, pick[:, :, None], axis=1)
            running_scores = np.take_along_axis(alive, pick, axis=1)
            running_origin = np.take_along_axis(top_origin, pick[:, :, None], axis=1)
            # finished beams
            just_done = hits & top_mask[None, :]
            done_scores = top_scores / float((cur + 1 - 1) ** s.length_penalty)
            full = finished.all(axis=-1, keepdims=True) & (s.early_stopping is True)
            done_scores = done_scores + full * -1e9 + (~improvable) * -1e9 + (~just_done) * -1e9
            merged_scores = np.concatenate([scores, done_scores.astype(np.float32)], axis=1)
            best = _topk(merged_scores, k)
            sequences = np.take_along_axis(
                np.concatenate([sequences, top_sequences], axis=1), best[:, :, None], axis=1
            )
            origin = np.take_along_axis(
                np.concatenate([origin, top_origin], axis=1), best[:, :, None], axis=1
            )
            finished = np.take_along_axis(np.concatenate([finished, just_done], axis=1), best, 1)
            scores = np.take_along_axis(merged_scores, best, axis=1)
            # the cache follows the beams chosen to run on
            chosen = running_origin[:, :, cur - 1].reshape(-1)
            past = [p[chosen] for p in present]
            cur += 1
            if s.early_stopping == "never" and s.length_penalty > 0.0:
                hypothetical = s.max_length - 1
            else:
                hypothetical = cur - 1
            best_running = running_scores[:, :1] / float(hypothetical**s.length_penalty)
            worst_done = np.where(finished, scores.min(axis=1, keepdims=True), -1e9)
            improvable = improvable & (best_running > worst_done).any(axis=-1, keepdims=True)
            open_beam = not (finished.all() and s.early_stopping is True)
            if not (improvable.any() and open_beam and not hits.all()):
                break
        generated = ((origin[:, 0, :] + 1) != 0).sum(axis=1).max()
        return sequences[:, 0, : 1 + generated]

    def _process(self, flat, log_probs, s: _Settings):
        """The logits processors transformers adds for these settings, in its order."""
        cur = flat.shape[1]
        n = s.no_repeat_ngram_size
        if n and cur + 1 >= n:
            for row in range(flat.shape[0]):
                tokens = flat[row].tolist()
                prefix = tuple(tokens[cur + 1 - n :]) if n > 1 else ()
                banned = [
                    tokens[i + n - 1]
                    for i in range(cur - n + 1)
                    if tuple(tokens[i : i + n - 1]) == prefix
                ]
                log_probs[row, banned] = -np.inf
        if s.eos and s.min_length > 0 and cur < s.min_length:
            log_probs[:, s.eos] = -np.inf
        if s.eos and s.min_new_tokens > 0 and cur - 1 < s.min_new_tokens:
            log_probs[:, s.eos] = -np.inf
        if s.forced_bos is not None and cur == 1:
            log_probs[:] = -np.inf
            log_probs[:, s.forced_bos] = 0
        if s.forced_eos is not None and cur == s.max_length - 1:
            log_probs[:] = -np.inf
            log_probs[:, s.forced_eos] = 0
        return log_probs


def _numpy(x):
    return x.detach().cpu().numpy() if hasattr(x, "detach") else np.asarray(x)


def _log_softmax(x):
    x = x - x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


def _topk(x, k):
    """Indices of the k largest per row, largest first (ties: lower index first)."""
    part = np.argpartition(-x, k - 1, axis=1)[:, :k]
    order = np.argsort(-np.take_along_axis(x, part, axis=1), axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1)
