"""LexRank and TextRank baselines, run by sumy itself (not rewritten).

sumy's default Tokenizer needs NLTK's punkt data, which cannot be downloaded offline, so
:class:`SumyTokenizer` gives sumy our own splitter (:func:`summarizer.text.sentence_spans`)
and word tokens (:func:`summarizer.text.words`). Each article is parsed by sumy's
``PlaintextParser``; the paragraphs of all articles form one sumy document. sumy ranks the
sentences, and its ``count`` hook (a callable given the sentences best-first) applies the
shared word budget of :func:`summarizer.evaluate.systems.cut`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from summarizer.evaluate.systems import Output, cut
from summarizer.types import Cluster, Document

LANGUAGE = "english"


class SumyTokenizer:
    """The tokenizer interface sumy's parsers call: ``to_sentences`` and ``to_words``."""

    language = LANGUAGE

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from summarizer.text import sentence_spans

        return tuple(paragraph[a:b] for a, b in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        from summarizer.text import words

        return tuple(words(sentence))


class _BudgetCount:
    """sumy ``count`` hook: keeps the best-rated sentences that fit the word budget."""

    def __init__(self, budget: int) -> None:
        self.budget = budget

    def __call__(self, infos: list) -> list:
        kept = cut([str(i.sentence) for i in infos], self.budget)
        return infos[: len(kept)]


class _SumySystem:
    name = ""

    def __init__(self) -> None:
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words

        self.summarizer = self._make(Stemmer(LANGUAGE))
        self.summarizer.stop_words = get_stop_words(LANGUAGE)
        self.tokenizer = SumyTokenizer()

    def _make(self, stemmer):
        raise NotImplementedError

    def __call__(self, cluster: Cluster, documents: Sequence[Document], budget: int) -> Output:
        from sumy.models.dom import ObjectDocumentModel

        started = time.perf_counter()
        paragraphs, owner = self._parse(documents)
        # LexRank's power method divides by a zero norm when no two sentences share a word;
        # sumy then ranks arbitrarily. That is the baseline as released: keep it, silently.
        with np.errstate(invalid="ignore", divide="ignore"):
            chosen = self.summarizer(ObjectDocumentModel(paragraphs), _BudgetCount(budget))
        texts = [str(s) for s in chosen]
        if len(texts) == 1 and chosen and len(texts[0].split()) > budget:
            texts = cut(texts, budget)  # one over-long sentence: truncated like everywhere else
        sources = tuple(dict.fromkeys(owner[id(s)] for s in chosen))
        return Output(tuple(texts), sources, {"total": time.perf_counter() - started})

    def _parse(self, documents: Sequence[Document]) -> tuple[list, dict[int, str]]:
        from sumy.parsers.plaintext import PlaintextParser

        paragraphs, owner = [], {}
        for document in documents:
            parsed = PlaintextParser.from_string(document.text, self.tokenizer).document
            paragraphs.extend(parsed.paragraphs)
            owner.update({id(s): document.id for s in parsed.sentences})
        return paragraphs, owner


class LexRank(_SumySystem):
    name = "lexrank"

    def _make(self, stemmer):
        from sumy.summarizers.lex_rank import LexRankSummarizer

        return LexRankSummarizer(stemmer)


class TextRank(_SumySystem):
    name = "textrank"

    def _make(self, stemmer):
        from sumy.summarizers.text_rank import TextRankSummarizer

        return TextRankSummarizer(stemmer)
