"""Splitting a summary someone else wrote into the claims to check, one sentence each."""

from __future__ import annotations

import re

from summarizer.text import sentence_spans

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


def split_claims(text: str) -> list[str]:
    """Split ``text`` into sentences.

    Paragraphs (blank-line separated) whose every line ends a sentence are taken one sentence a
    line (the ``one claim per line`` format); other paragraphs are hard-wrapped prose, joined and
    split by the sentence segmenter.
    """
    claims: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if len(lines) > 1 and all(_TERMINAL.search(line) for line in lines):
            claims.extend(lines)
        elif lines:
            joined = " ".join(lines)
            claims.extend(joined[a:b] for a, b in sentence_spans(joined))
    return claims
