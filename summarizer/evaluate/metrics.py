"""Per-summary metrics: ROUGE (rouge-score), length, redundancy, coverage, attribution."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.types import SUPPORT_LABELS, Summary

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")


@dataclass(frozen=True)
class RougeSettings:
    """Everything that changes a ROUGE figure; printed in every report."""

    use_stemmer: bool = True
    package: str = "rouge-score"
    tokenizer: str = "rouge-score DefaultTokenizer (lower-case, non-alphanumerics dropped)"
    splitter: str = "summarizer.text.sentence_spans (rougeLsum: one sentence a line)"
    multi_reference: str = "best reference per metric (RougeScorer.score_multi)"
    scale: str = "F1 x 100"


class Rouge:
    """ROUGE-1/2/L/Lsum F1 (x100) of a summary's sentences against one or more references.

    ``rougeL`` is the sentence-level LCS over the whole text; ``rougeLsum`` is the summary-level
    union LCS over sentences, which rouge-score reads from newlines, so both the summary and the
    references are written one sentence a line.
    """

    def __init__(self, settings: RougeSettings = RougeSettings()) -> None:
        from rouge_score import rouge_scorer

        self.settings = settings
        self.scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=settings.use_stemmer)

    def __call__(self, sentences: Sequence[str], references: Sequence[str]) -> dict[str, float]:
        if not references:
            return {}
        prediction = "\n".join(s.strip() for s in sentences)
        targets = [one_sentence_a_line(r) for r in references]
        scores = self.scorer.score_multi(targets, prediction)
        return {name: round(100 * scores[name].fmeasure, 4) for name in ROUGE_TYPES}


def one_sentence_a_line(text: str) -> str:
    from summarizer.text import sentence_spans

    return "\n".join(text[a:b].strip() for a, b in sentence_spans(text))


def length(sentences: Sequence[str]) -> int:
    """Summary length in whitespace-separated words (the unit of the budget)."""
    return sum(len(s.split()) for s in sentences)


def redundancy(sentences: Sequence[str]) -> float:
    """Share of the summary's word trigrams that repeat an earlier trigram of the summary.

    0.0 means no trigram occurs twice; a summary saying the same thing twice scores high.
    Words are :func:`summarizer.text.words` (lower-cased); trigrams do not cross sentences.
    """
    from summarizer.text import words

    trigrams = [t for s in sentences for t in _trigrams(words(s))]
    if not trigrams:
        return 0.0
    return round(1 - len(set(trigrams)) / len(trigrams), 4)


def coverage(sources: Sequence[str], n_documents: int) -> float:
    """Share of the cluster's articles the summary drew from (baselines) or cites (ours)."""
    return round(len(set(sources)) / n_documents, 4) if n_documents else 0.0


def attribution(checked: Summary) -> dict[str, float]:
    """Share of summary sentences per support label, from ``Summarizer.check``."""
    labels = [s.support for s in checked.sentences]
    total = len(labels) or 1
    return {label: round(labels.count(label) / total, 4) for label in SUPPORT_LABELS}


def _trigrams(tokens: list[str]) -> list[tuple[str, str, str]]:
    return list(zip(tokens, tokens[1:], tokens[2:], strict=False))
