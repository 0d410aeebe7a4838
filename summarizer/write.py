"""Writers: a Hugging Face seq2seq model, or the extractive writer that says why it is used.

``load_writer`` picks one from ``[writer] kind``: ``seq2seq`` (fails with a fix when the model
cannot load), ``extractive``, or ``auto`` (seq2seq when the model loads, else extractive with the
reason recorded). This is the only module that runs generation.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Sequence

from summarizer.adapters import Adapter, adapter_for
from summarizer.config import Config, GenerationConfig
from summarizer.errors import ModelError
from summarizer.text import sentence_spans
from summarizer.types import Document, Draft, Selected, WriterInfo

log = logging.getLogger(__name__)
_ENDS = re.compile(r"[.!?…][\"'”’)\]]*$")

Job = tuple[Sequence[Selected], Sequence[Document]]


def load_writer(config: Config):
    """The writer ``config.writer.kind`` asks for; see module docs."""
    kind = config.writer.kind
    if kind == "extractive":
        return ExtractiveWriter(config.writer.max_words)
    if kind not in ("auto", "seq2seq"):
        raise ModelError(f"Unknown writer {kind!r}; use auto, seq2seq or extractive.")
    try:
        return Seq2SeqWriter.load(config)
    except ModelError as exc:
        if kind == "seq2seq":
            raise
        log.warning("falling back to the extractive writer: %s", exc)
        return ExtractiveWriter(config.writer.max_words, fallback_reason=str(exc))


# Share of a sentence's content words already in the extractive summary that makes it a repeat:
# 0.6 took 240 -> 226 words on the Multi-News dev clusters and 239 -> 229 on Wikinews dev at
# equal ROUGE (R-1 +0.4 / -0.1, R-2 -0.3 / -0.03); 0.5 cut too much (R-2 -0.9).
REPEATED = 0.6


class ExtractiveWriter:
    """Selected sentences, highest-scoring first until ``max_words``, shown in reading order."""

    def __init__(self, max_words: int, fallback_reason: str | None = None) -> None:
        self.max_words = max_words
        self.info = WriterInfo(kind="extractive", fallback_reason=fallback_reason)

    def budget_tokens(self, n_documents: int) -> int:
        return self.max_words

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def write(self, selected: Sequence[Selected], documents: Sequence[Document]) -> Draft:
        return Draft(text=self.compose(selected), writer=self.info)

    def write_many(self, jobs: Sequence[Job]) -> list[Draft]:
        return [self.write(selected, documents) for selected, documents in jobs]

    def compose(self, selected: Sequence[Selected]) -> str:
        """One sentence a line; never cuts a sentence, skips one that does not fit, and skips
        one that says again what the summary already says (``REPEATED`` of its content words
        already in it: two articles' versions of one fact read as a stutter)."""
        from summarizer.facts import content_stems

        kept, used, said = set(), 0, set()
        for i in sorted(range(len(selected)), key=lambda i: -selected[i].score):
            words = self.count_tokens(selected[i].sentence.text)
            stems = set(content_stems(selected[i].sentence.text))
            if len(stems) >= 4 and len(stems & said) >= REPEATED * len(stems):
                continue
            if used + words <= self.max_words:
                kept.add(i)
                used += words
                said |= stems
        return "\n".join(selected[i].sentence.text for i in sorted(kept))


class Seq2SeqWriter:
    """Any ``AutoModelForSeq2SeqLM``, fed in its family's format."""

    def __init__(self, loaded, adapter: Adapter, config: Config) -> None:
        self.loaded = loaded
        self.adapter = adapter
        self.config = config
        self.info = WriterInfo(kind="seq2seq", model=loaded.name)
        self._fallback = ExtractiveWriter(config.writer.max_words)

    @classmethod
    def load(cls, config: Config) -> Seq2SeqWriter:
        from summarizer.models import load_seq2seq

        return cls.from_loaded(load_seq2seq(config.writer), config)

    @classmethod
    def from_loaded(cls, loaded, config: Config) -> Seq2SeqWriter:
        model_config = loaded.model.config
        limit = getattr(model_config, "max_position_embeddings", None) or getattr(
            model_config, "max_encoder_position_embeddings", None
        )
        tokenizer_limit = getattr(loaded.tokenizer, "model_max_length", None)
        if tokenizer_limit and tokenizer_limit < 10**6:
            limit = min(limit, tokenizer_limit) if limit else tokenizer_limit
        return cls(loaded, adapter_for(model_config.model_type, config.writer, limit), config)

    # -- budget ----------------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        return len(self.loaded.tokenizer(text, add_special_tokens=False)["input_ids"])

    def budget_tokens(self, n_documents: int) -> int:
        """Input tokens left for sentences once prefix, separators and specials are counted."""
        overhead = self.count_tokens(self.adapter.prefix) + 2  # <s> ... </s>
        overhead += self.count_tokens(self.adapter.doc_separator) * max(0, n_documents - 1)
        # Sentences joined in one string tokenize slightly differently from one by one.
        return max(16, int((self.adapter.max_input_tokens - overhead) * 0.97))

    # -- generation ------------------------------------------------------------------------

    def write(self, selected: Sequence[Selected], documents: Sequence[Document]) -> Draft:
        return self.write_many([(selected, documents)])[0]

    def write_many(self, jobs: Sequence[Job]) -> list[Draft]:
        inputs = [self.format_input(selected, documents) for selected, documents in jobs]
        order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]))  # less padding
        drafts: dict[int, Draft] = {}
        size = max(1, self.config.writer.batch_size)
        for begin in range(0, len(order), size):
            batch = order[begin : begin + size]
            outputs, warnings = self._generate([inputs[i] for i in batch])
            for i, (text, hit_limit) in zip(batch, outputs, strict=True):
                drafts[i] = self._draft(text, hit_limit, jobs[i][0], warnings)
        return [drafts[i] for i in range(len(jobs))]

    def format_input(self, selected: Sequence[Selected], documents: Sequence[Document]) -> str:
        groups: dict[str, list[str]] = {d.id: [] for d in documents}
        for item in selected:
            groups.setdefault(item.sentence.doc, []).append(item.sentence.text)
        return self.adapter.format(list(groups.values()))

    def _generate(self, texts: list[str]) -> tuple[list[tuple[str, bool]], list[str]]:
        import torch

        tokenizer, model = self.loaded.tokenizer, self.loaded.model
        limit = self.adapter.max_input_tokens
        warnings = _truncation_warnings(tokenizer, texts, limit)
        batch = tokenizer(
            texts, truncation=True, max_length=limit, padding=True, return_tensors="pt"
        ).to(self.loaded.device)
        kwargs = generation_kwargs(self.config.generation)
        if self.adapter.global_attention:
            kwargs["global_attention_mask"] = global_attention_mask(
                batch["input_ids"], tokenizer, self.adapter.doc_separator
            )
        settings = copy.deepcopy(model.generation_config)
        if "max_new_tokens" in kwargs:
            settings.max_length = None  # the configured max_new_tokens wins; say so, not warn
        with torch.inference_mode():
            output = model.generate(**batch, generation_config=settings, **kwargs)
        max_new = kwargs.get("max_new_tokens") or model.generation_config.max_length
        lengths = (output != tokenizer.pad_token_id).sum(dim=1).tolist()
        texts_out = tokenizer.batch_decode(output, skip_special_tokens=True)
        return [(t, n >= max_new) for t, n in zip(texts_out, lengths, strict=True)], warnings

    def _draft(self, raw: str, hit_limit: bool, selected, warnings: list[str]) -> Draft:
        text = finish(self.adapter.clean(raw), hit_limit, self.config.writer.max_words)
        if not text:
            reason = f"model {self.loaded.name} wrote no usable sentence (empty or a loop)"
            log.warning("%s; using the extractive writer for this cluster", reason)
            info = WriterInfo("extractive", self.loaded.name, fallback_reason=reason)
            return Draft(self._fallback.compose(selected), info, tuple(warnings))
        return Draft(text, self.info, tuple(warnings))


def generation_kwargs(generation: GenerationConfig) -> dict:
    """The settings that were set; unset ones keep the model's generation_config."""
    values = {k: v for k, v in vars(generation).items() if v is not None}
    return values


def global_attention_mask(input_ids, tokenizer, separator: str):
    """1 on the first token and on every document-separator token (as the PRIMERA card says)."""
    import torch

    mask = torch.zeros_like(input_ids)
    mask[:, 0] = 1
    sep_ids = tokenizer(separator.strip(), add_special_tokens=False)["input_ids"]
    if len(sep_ids) == 1:
        mask[input_ids == sep_ids[0]] = 1
    return mask


def finish(text: str, hit_limit: bool, max_words: int) -> str:
    """Complete, distinct, non-degenerate sentences within ``max_words``."""
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    if hit_limit and sentences and not _ENDS.search(sentences[-1]):
        sentences.pop()  # cut off by the token limit: never end mid-sentence
    kept, seen, used = [], set(), 0
    for sentence in sentences:
        key = sentence.casefold()
        words = len(sentence.split())
        if key in seen or _degenerate(sentence) or used + words > max_words:
            continue
        seen.add(key)
        kept.append(sentence)
        used += words
    return "\n".join(kept)


def _degenerate(sentence: str) -> bool:
    """A loop: some 3-word sequence repeated three or more times, or no letters at all."""
    tokens = sentence.lower().split()
    if not any(c.isalpha() for c in sentence):
        return True
    grams = [tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)]
    return any(grams.count(g) >= 3 for g in set(grams))


def _truncation_warnings(tokenizer, texts: list[str], limit: int) -> list[str]:
    warnings = []
    for text in texts:
        n = len(tokenizer(text)["input_ids"])
        if n > limit:
            warnings.append(f"writer input cut from {n} to {limit} tokens ({n - limit} lost)")
    return warnings
