"""Attribution evaluation on labelled claims: citation precision/recall and flagging rates.

Input, one cluster a line: ``{"id", "documents": [{"id", "title", "text"}], "claims": [{"text",
"gold_docs", "label", "kind"}]}`` (``eval/attribution/claims.jsonl``, or the shared
``attribution_dev.jsonl``). ``label`` is the gold verdict (``supported``, ``partial``,
``unsupported``), ``kind`` the group a claim is reported in (``supported``, ``partial``,
``invented``, ``altered-number`` ...) and ``gold_docs`` the articles that support it. With
``alter_claims``, every supported claim with a number or a name also gets a copy with one number
changed or one name swapped for a name absent from the cluster: each copy should be flagged.
Figures per kind: ``flagged`` (label != supported), ``unsupported`` (label == unsupported) and,
for supported claims with gold articles, article-level ``citation_precision``/``recall``.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from summarizer.attribute import Attributor
from summarizer.config import AttributeConfig
from summarizer.facts import content_stems, extract_facts, fact_list, states, tokens, word_set
from summarizer.junk import byline, clean_text
from summarizer.text import split_sentences
from summarizer.types import Document, Sentence

SWAP_NAMES = [
    "Winnipeg", "Marseille", "Kraków", "Ottawa", "Valparaíso", "Hokkaido", "Tasmania",
    "Margaret Holloway", "Dmitri Sokolov", "Aisha Okonkwo", "Henrik Lund", "Siemens",
    "Greenpeace", "Interpol", "Nairobi", "Montevideo", "Rotterdam", "Priya Raman",
]  # fmt: skip
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]


def load(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def documents_of(cluster: dict) -> list[Document]:
    """The cluster's articles cleaned as ``summarizer check`` cleans them (page junk and a
    leading wire dateline removed, :func:`summarizer.junk.clean_text`)."""
    return [
        Document(
            id=str(d.get("id", i)),
            text=clean_text(d["text"]),
            title=d.get("title") or "",
            author=byline(d["text"]),
        )
        for i, d in enumerate(cluster["documents"])
    ]


def split(documents: list[Document]) -> list[Sentence]:
    return [s for d in documents for s in split_sentences(d)]


def alter(claim: str, cluster_text: str, rng: random.Random) -> tuple[str, str] | None:
    """A copy of ``claim`` with one number changed or one name swapped, and which it was."""
    facts = extract_facts(claim)
    numbers = [n for n in facts.numbers if n.surface in claim]
    if numbers and rng.random() < 0.6 or numbers and not facts.entities:
        number = rng.choice(numbers)
        return _replace(claim, number.surface, _other_number(number.surface, rng)), "number"
    names = [" ".join(e) for e in facts.entities if " ".join(e) in claim]
    if names:
        name = rng.choice(names)
        choices = [n for n in SWAP_NAMES if n.lower() not in cluster_text.lower()]
        return _replace(claim, name, rng.choice(choices)), "name"
    return None


def scramble(claim: str, rng: random.Random) -> str | None:
    """``claim``'s words in a random order ("word salad"): the same bag of words, false."""
    words = claim.rstrip(".!?").split()
    if len(words) < 6:
        return None
    for _ in range(5):
        order = words[:]
        rng.shuffle(order)
        if order != words:
            text = " ".join(order)
            return text[0].upper() + text[1:] + "."
    return None


def swap_roles(claim: str) -> str | None:
    """``claim`` with two of its names swapped ("A sued B" -> "B sued A"), when content words
    stand between them (not a list such as "Utah, Ohio and Iowa")."""
    names = list(dict.fromkeys(" ".join(e) for e in extract_facts(claim).entities))
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            a = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", claim)
            b = re.search(rf"(?<!\w){re.escape(second)}(?!\w)", claim)
            if not a or not b or a.end() > b.start() or first in second or second in first:
                continue
            between = [w for w in tokens(claim[a.end() : b.start()]) if w.islower()]
            if not content_stems(" ".join(between)):
                continue
            return (
                claim[: a.start()] + second + claim[a.end() : b.start()] + first + claim[b.end() :]
            )
    return None


def _other_number(surface: str, rng: random.Random) -> str:
    if surface.lower() in NUMBER_WORDS:
        return rng.choice([w for w in NUMBER_WORDS if w != surface.lower()])
    digits = re.sub(r"[^\d]", "", surface)
    if not digits:
        return rng.choice(NUMBER_WORDS)
    value = int(digits)
    return str(value + rng.choice([v for v in (1, 2, 3, 5, 7, value or 4) if v]))


def _replace(text: str, old: str, new: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text, count=1)


def evaluate(
    clusters: list[dict],
    *,
    lexical: bool = False,
    alter_claims: bool = False,
    config: AttributeConfig | None = None,
    embedder=None,
    as_check: bool = False,
    verdicts: bool = False,
) -> dict:
    """Figures per kind (see the module docstring). ``as_check``: leave embedding to the
    attributor, as ``summarizer check`` does (only each claim's likely sentences embedded).
    ``verdicts``: also every claim's verdict (``report["verdicts"]``, as :func:`_example` gives
    a wrong one, with the cluster's index and the claim's), to compare two versions claim by
    claim (``eval/attribution/dump.py``)."""
    if not lexical and embedder is None:
        from summarizer.embed import bundled_embedder

        embedder = bundled_embedder()
    embedder = None if lexical else embedder
    config = config or AttributeConfig()
    attributor = Attributor(replace(config, use_embeddings=not lexical), embedder)
    rng = random.Random(13)
    tally: dict[str, Counter] = defaultdict(Counter)
    examples: list[dict] = []
    every: list[dict] = []
    for number, cluster in enumerate(clusters):
        documents = documents_of(cluster)
        sentences = split(documents)
        embed_all = embedder is not None and not as_check
        embeddings = embedder.encode([s.text for s in sentences]) if embed_all else None
        claims = _claims(cluster, documents, alter_claims, rng)
        results = attributor.attribute([c["text"] for c in claims], documents, sentences,
                                       embeddings)  # fmt: skip
        checkable = _checkable(documents)
        for claim, result in zip(claims, results, strict=True):
            _score(claim, result, tally)
            if claim["kind"] == "supported" and checkable(claim["text"]):
                _score({**claim, "kind": "supported-checkable"}, result, tally)
            example = _example(cluster["id"], claim, result)
            if claim["label"] != result.support:
                examples.append(example)
            if verdicts:
                every.append({**example, "cluster_index": number,
                              "scores": [round(c.score, 4) for c in result.citations],
                              "quotes": [c.quote for c in result.citations]})  # fmt: skip
    report = {"figures": _figures(tally), "counts": {k: dict(v) for k, v in tally.items()},
              "errors": examples}  # fmt: skip
    return {**report, "verdicts": every} if verdicts else report


def _claims(cluster: dict, documents: list[Document], altered: bool, rng) -> list[dict]:
    claims = [{**c, "kind": c.get("kind", c.get("label", "supported"))} for c in cluster["claims"]]
    if not altered:
        return claims
    text = " ".join(d.text for d in documents)
    extra = []
    order_rng = random.Random(len(text))  # apart from ``rng``: the altered copies stay the same
    for c in claims:
        if c.get("label") != "supported":
            continue
        made = {}
        if altered_copy := alter(c["text"], text, rng):
            made[f"altered-{altered_copy[1]}"] = altered_copy[0]
        if swapped := swap_roles(c["text"]):
            made["altered-swapped"] = swapped
        if scrambled := scramble(c["text"], order_rng):
            made["altered-scrambled"] = scrambled
        for kind, claim in made.items():
            extra.append({"text": claim, "label": "unsupported", "kind": kind, "gold_docs": [],
                          "original": c["text"]})  # fmt: skip
    return claims + extra


def _checkable(documents: list[Document]):
    """A test of whether every fact of a claim (figure, date, name) is somewhere in the cluster.

    Multi-News summaries were written from whole web pages, and the stored articles are often
    cut: a "true" sentence whose figure or name is nowhere in the stored text cannot be
    supported by it. ``supported-checkable`` reports true claims that pass this test."""
    text = "\n".join(d.text for d in documents)
    facts, words = extract_facts(text), word_set(text)
    return lambda claim: all(states(f, facts, words) for f in fact_list(extract_facts(claim)))


def _score(claim: dict, result, tally: dict[str, Counter]) -> None:
    kind = claim["kind"]
    t = tally[kind]
    t["n"] += 1
    t["flagged"] += result.support != "supported"
    t["unsupported"] += result.support == "unsupported"
    t["partial"] += result.support == "partial"
    if claim.get("label") == "supported" and claim.get("gold_docs"):
        cited = {c.doc for c in result.citations}
        gold = {str(d) for d in claim["gold_docs"]}
        t["cited"] += len(cited)
        t["cited_correct"] += len(cited & gold)
        t["gold"] += len(gold)


def _figures(tally: dict[str, Counter]) -> dict:
    out = {}
    for kind, t in sorted(tally.items()):
        row = {"n": t["n"], "flagged": _rate(t["flagged"], t["n"]),
               "unsupported": _rate(t["unsupported"], t["n"])}  # fmt: skip
        if t["gold"]:
            row["citation_precision"] = _rate(t["cited_correct"], t["cited"])
            row["citation_recall"] = _rate(t["cited_correct"], t["gold"])
        out[kind] = row
    return out


def _rate(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _example(cluster: str, claim: dict, result) -> dict:
    cited = [c.doc for c in result.citations]
    return {"cluster": cluster, "kind": claim["kind"], "gold": claim.get("label"),
            "got": result.support, "text": claim["text"], "missing": list(result.missing),
            "cited": cited, "gold_docs": claim.get("gold_docs")}  # fmt: skip
