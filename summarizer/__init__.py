"""summarizer: several news articles about one story in, one attributed summary out.

Public API::

    from summarizer import Summarizer, Document
    s = Summarizer.from_config(None, writer="extractive")
    result = s.summarize(["a.txt", "b.html"])
    print(result.text)
"""

from __future__ import annotations

__version__ = "0.1.0"

from summarizer.config import Config, load_config
from summarizer.errors import (
    ConfigError,
    InputError,
    LimitError,
    ModelError,
    SummarizerError,
)
from summarizer.types import (
    Citation,
    Disagreement,
    Document,
    Sentence,
    Summary,
    SummarySentence,
)

__all__ = [
    "Citation",
    "Config",
    "ConfigError",
    "Disagreement",
    "Document",
    "InputError",
    "LimitError",
    "ModelError",
    "Sentence",
    "Summarizer",
    "Summary",
    "SummarySentence",
    "SummarizerError",
    "__version__",
    "load_config",
]


def __getattr__(name: str):
    # The pipeline pulls in numpy and friends; import it only when asked for.
    if name == "Summarizer":
        from summarizer.pipeline import Summarizer

        return Summarizer
    raise AttributeError(name)
