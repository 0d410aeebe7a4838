"""Model families: how each wants its input shaped and its output cleaned.

The family is read from the model's config (``model_type``), never from its name, so a fine-tuned
checkpoint with any name is fed correctly. Presets and ``[writer]`` settings override the defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.config import WriterConfig


@dataclass(frozen=True)
class Adapter:
    """Input format and limits of one model family."""

    family: str
    max_input_tokens: int
    prefix: str = ""
    doc_separator: str = "\n"
    newline_token: str = ""  # a token the model writes for a line break (PEGASUS: <n>)
    global_attention: bool = False  # LED/PRIMERA: global attention on <s> and separators

    def format(self, groups: list[list[str]]) -> str:
        """One input string from sentences grouped by article, in reading order."""
        articles = [" ".join(sentences) for sentences in groups if sentences]
        return self.prefix + self.doc_separator.join(articles)

    def clean(self, text: str) -> str:
        """Undo family-specific output conventions."""
        if self.newline_token:
            text = text.replace(self.newline_token, "\n")
        text = re.sub(r"^\s*[–—-]\s+", "", text)  # the Multi-News "– " lead-in
        return re.sub(r"[ \t]+", " ", text).strip()


FAMILIES = {
    "bart": Adapter("bart", 1024),
    "pegasus": Adapter("pegasus", 1024, newline_token="<n>"),
    "t5": Adapter("t5", 512, prefix="summarize: ", doc_separator=" "),
    "led": Adapter("led", 4096, doc_separator=" <doc-sep> ", global_attention=True),
}
MODEL_TYPES = {
    "bart": "bart",
    "mbart": "bart",
    "pegasus": "pegasus",
    "pegasus_x": "pegasus",
    "t5": "t5",
    "mt5": "t5",
    "umt5": "t5",
    "longt5": "t5",
    "led": "led",
}


def family_of(model_type: str, configured: str = "auto") -> str:
    """The family for a ``config.model_type`` (or the configured one, when not ``auto``)."""
    if configured != "auto":
        return configured
    return MODEL_TYPES.get(model_type, "bart")


def adapter_for(model_type: str, config: WriterConfig, model_limit: int | None) -> Adapter:
    """The family adapter with the user's overrides and the model's own input limit applied."""
    base = FAMILIES[family_of(model_type, config.family)]
    limit = config.max_input_tokens or base.max_input_tokens
    if model_limit and not config.max_input_tokens:
        limit = min(limit, model_limit) if base.family != "led" else model_limit
    return Adapter(
        family=base.family,
        max_input_tokens=limit,
        prefix=config.prefix or base.prefix,
        doc_separator=config.doc_separator or base.doc_separator,
        newline_token=base.newline_token,
        global_attention=base.global_attention,
    )
