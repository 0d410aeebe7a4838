"""Which candidates a claim is scored against, and which articles it cites.

Each candidate (a source sentence or a window of adjacent ones, see :mod:`summarizer.evidence`)
gets a score in [0, 1] mixing *coverage* (the idf-weighted share of the claim's content stems it
contains) and, when embeddings are on, the cosine similarity of MiniLM vectors
(:func:`candidate_scores`). Each article's best candidate (BM25 breaks near-ties; a window must
beat its sentences by ``WINDOW_GAIN``) is cited when it scores at least ``config.partial``, does
not give a conflicting figure, and either adds ``CITE_NEW_CONTENT`` of the claim the others lack
(scoring ``NEW_CONTENT_MIN``) or is close to the best article: it scores at least ``SECOND_MIN``
and ``CITE_RATIO`` of the best score, and its article states the facts (figures, names, days)
the best citation states or one the best lacks (:func:`cited_articles`).

Checking a text against articles nobody embedded, only the sentences that can matter to a claim
are embedded (:func:`claim_rows`), and each claim sees only its own (:func:`own_view`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from summarizer.config import AttributeConfig
from summarizer.evidence import Evidence
from summarizer.facts import Number, agrees, claim_stems, content_stems, fact_list, same_thing
from summarizer.relations.claim import Claim, has
from summarizer.types import Citation, Disagreement, Sentence

LEXICAL_WEIGHT = 0.6  # share of coverage in a candidate's score when embeddings are on
COSINE_FLOOR = 0.2  # MiniLM cosine of unrelated news sentences; mapped to 0
COSINE_CEILING = 0.85  # cosine of a close paraphrase; mapped to 1
WINDOW_GAIN = 0.08  # a window is cited instead of one sentence only when it scores this much more
BM25_WEIGHT = 0.05  # tie-breaker when choosing an article's best candidate
SCORE_DIGITS = 6  # decimals of a score that order citations; ties go by document order
CITE_RATIO = 0.6  # a second article is cited only scoring this share of the best one's score
SECOND_MIN = 0.4  # ... and at least this much
CITE_NEW_CONTENT = 0.15  # ... or when it covers this share of the claim the others do not
NEW_CONTENT_MIN = 0.35  # ... scoring at least this much


def candidate_rows(claims: Sequence[str], sentences: Sequence[Sentence], top: int) -> list[int]:
    """The sentences any claim has among its ``top`` (:func:`claim_rows`), in order."""
    return union_of(claim_rows(claims, sentences, top), len(sentences))


def union_of(own: list[set[int]] | None, n: int) -> list[int]:
    """The rows any claim has (all ``n`` when ``own`` is None), in order."""
    return list(range(n)) if own is None else sorted(set().union(*own))


def claim_rows(claims: Sequence[str], sentences: Sequence[Sentence], top: int):
    """Each claim's ``top`` sentences by the idf weight of the content stems they share with
    it, or None when the cluster has no more than ``top`` sentences (each claim has all)."""
    if len(sentences) <= top:
        return None
    stems = [set(content_stems(s.text)) for s in sentences]
    df = Counter(t for row in stems for t in row)
    n = len(sentences)
    out: list[set[int]] = []
    for claim in claims:
        wanted = {t: np.log((n + 1) / (df[t] + 0.5)) for t in set(claim_stems(claim)) if t in df}
        weight = [sum(wanted.get(t, 0.0) for t in row) for row in stems]
        ranked = sorted((w, -r) for r, w in enumerate(weight) if w > 0)
        out.append({-r for _, r in ranked[-top:]})
    return out


def own_view(evidence: Evidence, rows: set[int] | None) -> Evidence:
    """The cluster's evidence as one claim sees it: the vector of a candidate with a sentence
    outside the claim's embedded ``rows`` zeroed (None: every vector), as if only its own
    sentences had been embedded."""
    if rows is None or evidence.vectors is None:
        return evidence
    keep = np.array([all(r in rows for r in m) for m in evidence.members], dtype=np.float32)
    return replace(evidence, vectors=evidence.vectors * keep[:, None])


def candidate_scores(claim: Claim, evidence: Evidence, vector) -> tuple[np.ndarray, np.ndarray]:
    coverage = evidence.coverage(claim.stems)
    if vector is None:
        return coverage, np.zeros_like(coverage)
    cosine = (evidence.vectors @ vector).astype(np.float64)
    semantic = np.clip((cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR), 0.0, 1.0)
    return LEXICAL_WEIGHT * coverage + (1 - LEXICAL_WEIGHT) * semantic, semantic


def best_per_document(claim: Claim, evidence: Evidence, scores: np.ndarray) -> list[int]:
    """Each document's best candidate; windows pay ``WINDOW_GAIN`` per extra sentence."""
    sizes = np.array([c.size for c in evidence.candidates], dtype=np.float64)
    rank = scores - WINDOW_GAIN * (sizes - 1)
    if evidence.bm25 is not None:
        bm25 = np.asarray(evidence.bm25.get_scores(list(claim.stems)), dtype=np.float64)
        top = bm25.max() if bm25.size else 0.0
        rank = rank + (BM25_WEIGHT * bm25 / top if top > 0 else 0.0)
    best = []
    for doc in range(evidence.n_docs):
        rows = np.flatnonzero(evidence.doc_of == doc)
        if rows.size:
            best.append(int(rows[np.argmax(rank[rows])]))
    return best


def _by_score(scores):
    """Sort key, best first: scores equal to ``SCORE_DIGITS`` decimals go by row (document
    order), so floating-point noise in the embeddings does not reorder a report's citations."""
    return lambda i: (-round(float(scores[i]), SCORE_DIGITS), i)


def cited_articles(
    claim: Claim, evidence: Evidence, scores, best: list[int], config: AttributeConfig
) -> list[int]:
    """Articles to cite, best first: those close to the best (``SECOND_MIN``, ``CITE_RATIO``)
    whose article states the facts its citation states (or one it lacks), and those that
    support a part of the claim the better ones do not (``CITE_NEW_CONTENT``, scoring at
    least ``NEW_CONTENT_MIN``).
    """
    order = sorted((i for i in best if scores[i] >= config.partial), key=_by_score(scores))
    cited: list[int] = []
    for i in order[: max(1, config.max_citations)]:
        close = not cited or (scores[i] >= max(SECOND_MIN, CITE_RATIO * scores[cited[0]])
                              and _same_facts(claim, evidence, cited[0], i))  # fmt: skip
        adds = scores[i] >= NEW_CONTENT_MIN
        if close or adds and _new_content(claim, evidence, cited, i) >= CITE_NEW_CONTENT:
            cited.append(i)
    return cited


def _same_facts(claim: Claim, evidence: Evidence, first: int, i: int) -> bool:
    """Whether candidate ``i``'s article states every fact of the claim (figure, name, day)
    that the best citation ``first`` states, or states one that ``first`` lacks: an article
    telling the same story without the claim's "310 pupils" or its "Johnson" does not support
    the claim."""
    facts = fact_list(claim.facts)
    stated = [has(f, evidence, first, near=True) for f in facts]
    if any(has(f, evidence, i, near=True) for f, s in zip(facts, stated, strict=True) if not s):
        return True
    rows = [i, *(evidence.rows_of or {}).get(evidence.candidates[i].doc, ())]
    return all(
        any(has(f, evidence, j, near=True) for j in rows)
        for f, s in zip(facts, stated, strict=True)
        if s
    )


def _new_content(claim: Claim, evidence: Evidence, cited: list[int], i: int) -> float:
    """Share of the claim's idf weight candidate ``i`` covers and no cited candidate does."""
    covered = covered_by(evidence, cited)
    ids = [evidence.vocab.get(t) for t in claim.stems]
    weights = [evidence.unseen_idf if j is None else evidence.idf[j] for j in ids]
    new = sum(w for t, w in zip(claim.stems, weights, strict=True)
              if t in evidence.words[i] and t not in covered)  # fmt: skip
    return float(new / sum(weights))


def stated_elsewhere(number: Number, evidence: Evidence, i: int) -> bool:
    """Whether a sentence of candidate ``i``'s article gives the claim's figure with a word
    around it in common besides the noun it counts: its other figure counts something else
    ("943,000 jobs in July" and, later, "Since May 2020, America has added back 16.7 million
    jobs"; not "about 100-200 meters deep" for "rises about 200 meters")."""
    words = number.around - {number.noun}
    rows = (evidence.rows_of or {}).get(evidence.candidates[i].doc, ())
    return any(agrees(number, n) and words & n.around
               for j in rows for n in evidence.facts[j].numbers)  # fmt: skip


def disagreements_in(evidence: Evidence, rows) -> tuple[Disagreement, ...]:
    """The articles (their best candidates, each with the claim's figures it conflicts with
    and whether it is closely related) that give another figure for something the claim
    states, one entry per figure and article."""
    out = []
    for i, numbers, related in rows:
        c = evidence.candidates[i]
        for number in numbers:
            other = next(n for n in evidence.facts[i].numbers if same_thing(number, n, related))
            out.append(Disagreement(c.doc, number.surface, other.surface, c.sentence, c.start,
                                    c.end, c.quote))  # fmt: skip
    return tuple(dict.fromkeys(out))


def support_of(
    claim, evidence: Evidence, cited: list[int], semantic, embedded
) -> tuple[float, ...]:
    """The claim's support score and the share of its content the cited texts cover."""
    if not cited:
        return 0.0, 0.0
    covered = covered_by(evidence, cited)
    ids = [evidence.vocab.get(t) for t in claim.stems]
    weights = [evidence.unseen_idf if i is None else evidence.idf[i] for i in ids]
    coverage = sum(w for t, w in zip(claim.stems, weights, strict=True) if t in covered)
    coverage /= sum(weights)
    if not embedded:
        return float(coverage), float(coverage)
    score = LEXICAL_WEIGHT * coverage + (1 - LEXICAL_WEIGHT) * max(semantic[cited])
    return float(score), float(coverage)


def covered_by(evidence: Evidence, cited: list[int]) -> set[str]:
    words: set[str] = set()
    for i in cited:
        words |= evidence.words[i]
    return words


def citation_of(evidence: Evidence, i: int, score: float) -> Citation:
    c = evidence.candidates[i]
    score = float(min(1.0, max(0.0, score)))
    return Citation(doc=c.doc, sentence=c.sentence, score=score, start=c.start, end=c.end,
                    quote=c.quote)  # fmt: skip
