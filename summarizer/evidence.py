"""The citable evidence of one cluster, indexed once for attribution.

Candidates are every source sentence plus windows of up to ``window`` adjacent sentences of the
same article (a summary sentence often fuses two). For each candidate the index keeps its
content-word stems as a sparse binary row (so coverage of a claim is one sparse product) and in
text order (for the word-order check), a
BM25 index over the same stems (rank-bm25), the pairs of adjacent words (all words, stop words
too) found anywhere in the sources, the facts of its text, and, when sentence embeddings
are given, a normalised mean of its sentences' rows.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rank_bm25 import BM25Okapi
from scipy import sparse

from summarizer.facts import (
    STOP_WORDS,
    Facts,
    casing,
    content_stems,
    extract_facts,
    stem,
    tag_words,
    token_gaps,
    tokens,
    word_bigrams,
    word_set,
)
from summarizer.relations.words import QUOTATION
from summarizer.speech import SAID
from summarizer.types import Document, Sentence

APPOSITION = 8  # words after "Name," that can give its role ("Reisz, Harlow's trade minister")


@dataclass(frozen=True)
class Candidate:
    """A sentence or window of adjacent sentences of one document, as a citable quote."""

    doc: str
    sentence: int
    start: int
    end: int
    quote: str
    size: int


@dataclass
class Evidence:
    """Everything attribution needs about one cluster's sources (built by :func:`build`)."""

    candidates: list[Candidate]
    doc_of: np.ndarray  # candidate -> position of its document
    n_docs: int
    stems: sparse.csr_matrix  # candidate x vocabulary, binary
    vocab: dict[str, int]
    idf: np.ndarray
    unseen_idf: float
    bm25: BM25Okapi
    facts: list[Facts]
    words: list[set[str]]
    sequences: list[tuple[str, ...]]  # content stems of each candidate in text order
    bigrams: frozenset[tuple[str, str]]  # pairs of adjacent word stems anywhere in the sources
    vectors: np.ndarray | None  # candidate x dimension, L2-normalised
    single: dict[tuple[str, int], int] | None = None  # (doc, sentence) -> its one-sentence row
    beside: dict[str, set[str]] | None = None  # name word stem -> stems within 4 words of it
    capitalised: frozenset[str] = frozenset()  # words the sources write capitalised mid-sentence
    lowercase: frozenset[str] = frozenset()  # ... and in lower case (see facts.casing)
    aliases: dict[str, frozenset[str]] | None = None  # surname stem -> first names only it has
    rows_of: dict[str, tuple[int, ...]] | None = None  # document id -> its one-sentence rows
    members: tuple[tuple[int, ...], ...] = ()  # each candidate's sentences (rows of the input)
    writers: dict[str, tuple[str, ...]] | None = None  # document id -> who wrote it (writers)

    def first_names(self, surname: str) -> frozenset[str]:
        """The first names the sources give only this surname (see ``aliases``): "Kofi" for
        Marandu where they name Kofi Marandu and no other Kofi."""
        return (self.aliases or {}).get(stem(surname.lower()), frozenset())

    def sentence_rows(self, i: int) -> list[int | None]:
        """The one-sentence rows of candidate ``i``'s sentences, in order (None for a sentence
        without one, or for all when there is no ``single`` index)."""
        c = self.candidates[i]
        return [(self.single or {}).get((c.doc, c.sentence + k)) for k in range(c.size)]

    def coverage(self, stems: Sequence[str]) -> np.ndarray:
        """Per candidate, the share of the idf weight of ``stems`` (distinct) it holds; a stem
        the sources never use weighs as a word in no sentence."""
        ids = [self.vocab[t] for t in stems if t in self.vocab]
        weights = self.idf[ids]
        total = weights.sum() + self.unseen_idf * (len(stems) - len(ids))
        return np.asarray(self.stems[:, ids] @ weights).ravel() / total


def build(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    window: int,
    embeddings: np.ndarray | None,
) -> Evidence:
    """Index the sentences (and windows of adjacent sentences) of a cluster."""
    groups = _groups(documents, sentences)
    order = {doc.id: i for i, doc in enumerate(documents)}
    members = [rows[i : i + n] for rows in groups for n in range(1, window + 1)
               for i in range(len(rows) - n + 1)]  # fmt: skip
    texts_by_doc = {doc.id: doc.text for doc in documents}
    candidates = [_candidate(texts_by_doc, sentences, rows) for rows in members]
    # a party tag's words ("(D-N.J.)": Democrat, New Jersey) as if written after it
    tagged = [[w.lower() for w in tag_words(s.text)] for s in sentences]
    sentence_stems = [content_stems(s.text) + [stem(w) for w in tags]
                      for s, tags in zip(sentences, tagged, strict=True)]  # fmt: skip
    vocab, idf, unseen = _idf(sentence_stems)
    stem_lists = [[t for r in rows for t in sentence_stems[r]] for rows in members]
    capitalised, lowercase = casing([s.text for s in sentences])
    capitalised |= {w for tags in tagged for w in tags}
    facts = [extract_facts(c.quote, ones=True) for c in candidates]
    rows_of = _rows_of(candidates)
    return Evidence(
        candidates=candidates,
        doc_of=np.array([order[c.doc] for c in candidates], dtype=np.int64),
        n_docs=len(documents),
        stems=_matrix(stem_lists, vocab),
        vocab=vocab,
        idf=idf,
        unseen_idf=unseen,
        bm25=BM25Okapi([s or ["\0"] for s in stem_lists]) if stem_lists else None,
        facts=facts,
        words=_short_forms(candidates, [word_set(c.quote) for c in candidates]),
        sequences=[tuple(s) for s in stem_lists],
        bigrams=frozenset(b for s in sentences for b in word_bigrams(s.text)),
        vectors=_vectors(members, embeddings),
        single={(c.doc, c.sentence): i for i, c in enumerate(candidates) if c.size == 1},
        capitalised=capitalised,
        lowercase=lowercase,
        beside=_beside([s.text for s in sentences]),
        aliases=_aliases(facts[i] for i, c in enumerate(candidates) if c.size == 1),
        rows_of=rows_of,
        members=tuple(tuple(m) for m in members),
        writers=writers(documents, candidates, rows_of),
    )


def _own_page(doc: Document) -> str:
    """The body a page is the site of, when its title opens with the body's name and a
    section ("F-Secure : News from the Lab", "Acme | Press releases") and its text speaks as
    "we" outside quotation marks ("We got reports that a fake screensaver ..."): its words are
    the body's. Else ""."""
    found = _SITE_TITLE.match(doc.title)
    if not found or not _WE.search(re.sub(QUOTATION, " ", doc.text)):
        return ""
    return found[1]


# A page's title opening with its site's name: "F-Secure : News from the Lab"
_SITE_TITLE = re.compile(r"\s*([A-Z][\w&.'’-]*(?:[ -][A-Z][\w&.'’-]*){0,3})\s+[:|]\s+\S")
_WE = re.compile(r"\b(?:We|we|Our|our)\b")

AUTHOR_REACH = 10  # sentences from an article's start or end (a page's footer) naming its writer
_NAME_RUN = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
_WRITERS = "writer|columnist|contributor|correspondent|author"
# A byline inside a cleaned sentence: "By Lena Hart 30 November 2004 Old enemies ...", "author:
# Rep. David Wu", "This letter was sent by Rep. Wu", "Posted by ..."; not "the article written by
# The Sun", another piece. (A line that is only a byline never gets here: cleaning drops it and
# keeps its name as Document.author, junk.byline.)
_BYLINE_IN_TEXT = re.compile(
    r"(?:^(?:By|BY)|(?:^|\b(?:was|is|were|are|been)\s+)(?:[Ww]ritten|[Ss]ent|[Pp]osted)\s+by"
    rf"|\b[Aa]uthor:)\s+({_NAME_RUN})"
)
# "Kiroku Hanai, a former editorial writer for a newspaper, writes on ...", "Hart is a columnist"
_WRITER_NOTE = re.compile(
    rf"^({_NAME_RUN}),?\s+(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}(?:{_WRITERS})\b"
)


def writers(
    documents: Sequence[Document],
    candidates: Sequence[Candidate],
    rows_of: dict[str, tuple[int, ...]],
) -> dict[str, tuple[str, ...]]:
    """Who wrote each article, as written, for those that say: its byline (``Document.author``:
    the line "By Lena Hart" that cleaning drops, or the page's metadata), one in its text
    ("author: Rep. David Wu", "This letter was sent by Rep. Wu") within ``AUTHOR_REACH``
    sentences of its start or end, or a note on them there at the end that quotes no one
    ("Kiroku Hanai, a former editorial writer for a vernacular newspaper, writes on ...", not
    "Lena Hart, a columnist, said ..."): not an expert or an author a news story introduces
    ("Dr Lena Hart, a professor of law")."""
    authors = {doc.id: doc.author for doc in documents if doc.author}
    sites = {doc.id: site for doc in documents if (site := _own_page(doc))}
    out = {}
    for doc, rows in rows_of.items():
        last = [candidates[r].quote for r in rows[-AUTHOR_REACH:]]
        ends = [candidates[r].quote for r in rows[:AUTHOR_REACH]] + last
        found = [m[1] for q in ends for m in _BYLINE_IN_TEXT.finditer(q)]
        if doc in authors:
            found.append(authors[doc])
        if doc in sites:
            found.append(sites[doc])
        found += [m[1] for q in last if not SAID.search(q) for m in _WRITER_NOTE.finditer(q)]
        if found:
            out[doc] = tuple(found)
    return out


def _rows_of(candidates: Sequence[Candidate]) -> dict[str, tuple[int, ...]]:
    rows: dict[str, list[int]] = {}
    for i, candidate in enumerate(candidates):
        if candidate.size == 1:
            rows.setdefault(candidate.doc, []).append(i)
    return {doc: tuple(found) for doc, found in rows.items()}


# The last words of an institution's name that an article may leave off once it has given the
# name in full ("the Fenmoor Museum" ... "The Fenmoor, a former wool exchange"); not those of
# a place, where "Marion" is no short form of "Marion County". Each is one of facts' generic
# last words, whose names word_set keeps as "fenmoor museum".
SHORTENED_HEADS = frozenset({
    "hospital", "school", "college", "university", "museum", "library", "institute", "agency",
    "commission", "committee", "club", "company", "bank", "stadium", "prison", "jail", "hotel",
    "church", "airport",
})  # fmt: skip


def _short_forms(candidates: Sequence[Candidate], words: list[set[str]]) -> list[set[str]]:
    """Each candidate's :func:`word_set`, with the full name of an institution its article
    names in full where the candidate gives only its first word, capitalised: "The Fenmoor,
    a former wool exchange" names the Fenmoor Museum in an article that gives it in full."""
    full: dict[str, set[str]] = {}
    for c, found in zip(candidates, words, strict=True):
        if c.size == 1:
            full.setdefault(c.doc, set()).update(
                w for w in found
                if w.count(" ") == 1 and w.split()[1] in SHORTENED_HEADS
                and w.split()[0] not in STOP_WORDS
            )  # fmt: skip
    out = []
    for c, found in zip(candidates, words, strict=True):
        names = [n for n in full.get(c.doc, ()) if n not in found]
        caps = {t.lower() for t in tokens(c.quote)[1:] if t[:1].isupper()} if names else set()
        out.append(found | {n for n in names if n.split()[0] in caps})
    return out


def _aliases(facts) -> dict[str, frozenset[str]]:
    """For each last word of a full name in the sources, the first names no other last word
    has: a quote may call "Kofi Marandu" "Kofi"."""
    heads: dict[str, set[str]] = {}
    for found in facts:
        for name in found.entities:
            if len(name) == 2 and name[0][:1].isupper() and name[0].lower() not in STOP_WORDS:
                heads.setdefault(name[0].lower(), set()).add(stem(name[1].lower()))
    out: dict[str, set[str]] = {}
    for first, lasts in heads.items():
        if len(lasts) == 1:
            out.setdefault(next(iter(lasts)), set()).add(first)
    return {head: frozenset(firsts) for head, firsts in out.items()}


def _beside(texts: list[str]) -> dict[str, set[str]]:
    """For each capitalised word of the sources, the stems of the words within four of it
    and of an apposition after it up to ``APPOSITION`` words: the role a text gives a name
    ("harbour board chair Colin Baptiste", "Paula Kahumbu, a Kenyan conservationist", "Anton
    Reisz, Harlow's industry and trade minister")."""
    out: dict[str, set[str]] = {}
    for text in texts:
        words, gaps = tokens(text), token_gaps(text)
        for k, word in enumerate(words):
            if word[:1].isupper():
                near = words[max(0, k - 4) : k] + words[k + 1 : k + 5]
                if k + 1 < len(words) and gaps[k + 1].strip() == ",":
                    end = k + 2  # the apposition runs to the next punctuation mark
                    while end < min(len(words), k + 1 + APPOSITION) and not gaps[end].strip():
                        end += 1
                    near += words[k + 1 : end]
                out.setdefault(stem(word.lower()), set()).update(stem(w.lower()) for w in near)
    return out


def _groups(documents: Sequence[Document], sentences: Sequence[Sentence]) -> list[list[int]]:
    """Row numbers of each document's sentences, in sentence order; runs of adjacent ones."""
    known = {doc.id for doc in documents}
    by_doc: dict[str, list[int]] = {}
    for row, s in enumerate(sentences):
        if s.doc in known:
            by_doc.setdefault(s.doc, []).append(row)
    runs: list[list[int]] = []
    for rows in by_doc.values():
        rows.sort(key=lambda r: sentences[r].index)
        for row in rows:
            if (
                runs
                and sentences[runs[-1][-1]].doc == sentences[row].doc
                and (sentences[runs[-1][-1]].index + 1 == sentences[row].index)
            ):
                runs[-1].append(row)
            else:
                runs.append([row])
    return runs


def _candidate(texts: dict[str, str], sentences: Sequence[Sentence], rows: list[int]) -> Candidate:
    first, last = sentences[rows[0]], sentences[rows[-1]]
    start, end = first.start, max(first.end, last.end)
    quote = texts[first.doc][start:end]
    if quote != first.text and len(rows) == 1:  # offsets that do not match the text
        start, end, quote = _locate(texts[first.doc], first)
    return Candidate(first.doc, first.index, start, end, quote, len(rows))


def _locate(text: str, sentence: Sentence) -> tuple[int, int, str]:
    found = text.find(sentence.text)
    if found < 0:
        return sentence.start, sentence.end, text[sentence.start : sentence.end]
    return found, found + len(sentence.text), sentence.text


def _idf(stem_lists: list[list[str]]) -> tuple[dict[str, int], np.ndarray, float]:
    df: dict[str, int] = {}
    for stems in stem_lists:
        for t in set(stems):
            df[t] = df.get(t, 0) + 1
    n = len(stem_lists)
    vocab = {t: i for i, t in enumerate(df)}
    # Smoothed idf: a word in every sentence still weighs something, an unseen word the most.
    idf = np.array([math.log((n + 1) / (df[t] + 0.5)) + 1.0 for t in vocab], dtype=np.float64)
    return vocab, idf, math.log((n + 1) / 0.5) + 1.0


def _matrix(stem_lists: list[list[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    rows, cols = [], []
    for r, stems in enumerate(stem_lists):
        ids = {vocab[t] for t in stems if t in vocab}
        rows.extend([r] * len(ids))
        cols.extend(ids)
    data = np.ones(len(rows), dtype=np.float64)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(stem_lists), max(1, len(vocab))))


def _vectors(members: list[list[int]], embeddings: np.ndarray | None) -> np.ndarray | None:
    if embeddings is None or not members:
        return None
    rows = np.asarray(embeddings, dtype=np.float32)
    out = np.stack([rows[m].mean(axis=0) for m in members])
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)
