"""Optional entailment check with any cross-encoder NLI checkpoint (``[attribute] nli_model``).

Loaded with ``AutoModelForSequenceClassification`` from a Hub id or a local folder, safetensors
only and never with remote code. The entailment and contradiction classes are found from the
model's ``config.id2label``, so MNLI-style checkpoints work whatever their label order.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from summarizer.errors import ModelError

log = logging.getLogger(__name__)


class NliModel:
    """Probabilities that premises entail / contradict hypotheses."""

    def __init__(self, name: str, max_length: int = 512) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(name, trust_remote_code=False)
        self.model = AutoModelForSequenceClassification.from_pretrained(
            name, trust_remote_code=False, use_safetensors=True
        ).eval()
        self.max_length = max_length
        self.entail, self.contradict = _label_ids(self.model.config.id2label, name)

    def scores(self, premises: Sequence[str], hypotheses: Sequence[str]) -> np.ndarray:
        """Array of shape (n, 2): P(entailment), P(contradiction) for each pair."""
        batch = self.tokenizer(
            list(premises),
            list(hypotheses),
            padding=True,
            truncation=True,
            max_length=self.max_length,
            return_tensors="pt",
        )
        with self._torch.inference_mode():
            probs = self.model(**batch).logits.softmax(-1).numpy()
        return np.stack([probs[:, self.entail], probs[:, self.contradict]], axis=1)


def _label_ids(id2label: dict, name: str) -> tuple[int, int]:
    labels = {str(label).lower(): int(i) for i, label in id2label.items()}
    entail = [i for label, i in labels.items() if label.startswith("entail")]
    contra = [i for label, i in labels.items() if label.startswith("contradict")]
    if not entail or not contra:
        raise ModelError(
            f"NLI model {name} has no entailment/contradiction labels in config.id2label "
            f"({sorted(labels)}); use an MNLI-style cross-encoder checkpoint."
        )
    return entail[0], contra[0]


def load_nli(name: str) -> tuple[NliModel | None, str | None]:
    """The NLI model, or ``(None, warning)`` when it cannot be loaded (attribution goes on)."""
    try:
        return NliModel(name), None
    except Exception as exc:  # noqa: BLE001 - any load failure means "continue without NLI"
        warning = f"NLI check off: could not load nli_model {name!r} ({type(exc).__name__}: {exc})"
        log.warning(warning)
        return None, warning
