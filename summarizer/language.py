"""A cheap check that text is English: the share of common English function words.

News in English has 35-50% function words; other languages using Latin script have well under
10% of these particular words. Cheap enough to run on every article, and needs no model.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset(
    (
        "the a an and or but of to in on at for with by from as is are was were be been has "
        "have had it its this that these those he she they we you i his her their our not will "
        "would said"
    ).split()
)
_WORD = re.compile(r"[^\W\d_]+")


def looks_english(text: str, min_words: int = 40, min_share: float = 0.15) -> bool:
    """False when ``text`` has enough words and too few English function words among them."""
    tokens = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(tokens) < min_words:
        return True
    return sum(w in _FUNCTION_WORDS for w in tokens) / len(tokens) >= min_share
