"""Attribution: each summary sentence -> the source sentences that support it, and a verdict.

The claim's words. Content words are Snowball stems without stop words (scikit-learn's list
minus the content words in it, such as "fire" or "bill"), contractions of stop words ("it's",
"didn't"), numbers and media attributions: "the Los Angeles Times reports", "according to NPR",
"tells the AP", "reports the Voice of America", "ETOnline says" name where the summary read
something, not a fact of the story (see :func:`summarizer.facts.attribution_tokens`), unless a
cited text credits another outlet with it in the same verb (:func:`other_outlet`).

Citing. Each candidate (a source sentence or a window of adjacent ones, see
:mod:`summarizer.evidence`) gets a score in [0, 1] mixing *coverage* (the idf-weighted share of
the claim's content stems it contains) and, when embeddings are on, the cosine similarity of
MiniLM vectors. Each article's best candidate (BM25 breaks near-ties; a window must beat its
sentences by ``WINDOW_GAIN``) is cited when it scores at least ``config.partial``, does not give
a conflicting figure, and either adds ``CITE_NEW_CONTENT`` of the claim the others lack (scoring
``NEW_CONTENT_MIN``) or is close to the best article: it scores at least ``SECOND_MIN`` and
``CITE_RATIO`` of the best score, and its article states the facts (figures, names, days) the
best citation states or one the best lacks. A sentence that states a fact the citations lack is
cited too when it is related (``COMPLETE_MIN``) and, for a number or a name, shares a word
around it with the claim ("Kowalski said the offer was fair" is not completed by "Kowalski
said members had voted"), or, for a name, is the sentence right before a cited one saying "he"
or "she" and names no one else ("Bouncer Zdravko Micevic, 22, is charged. It is alleged he
punched ..."). So is, for a part of the claim no citation holds (see the gap rule
below), the related sentence holding ``FILL_SHARE`` of its words, even from an article already
cited: a summary sentence often fuses two sentences that are not adjacent.

The verdict. ``unsupported``: nothing cited, a score under ``config.partial``, or a figure a
source contradicts ("10 guards" vs "Seven prison guards"). ``supported`` needs a score of at
least ``config.supported`` and all of these; otherwise ``partial``:

* every fact is stated by a cited text (:mod:`summarizer.facts`): a weekday, a month, a
  season, a compass point ("the west bank"), a result or vote ("6-3" = "six votes to three"),
  a time ("7pm" = "7 p.m."), a share in words ("half" = "50 percent"),
  a name (its last word; state abbreviations such as "Calif." or "NC", "Dems"/"GOP" and place
  adjectives such as "Asian" for "Asia" count) and a figure, compared by value ("seven" = 7,
  "9 percent" = "9%"). A small whole number needs a word in common on the same side within
  its clause ("15 days in jail" does not give "arrested July 15"), an age beside a name needs
  that name ("Benjamin Ullestad, 25" is not "Brandon Ullestad, 25"); a figure the claim gives
  once may also be anywhere in a cited text that has no other figure near its words. A word
  opening the claim is a name when the sources write it capitalised and never in lower case,
  or never use it and the claim has it speak ("Novak said") or the parse tags it a proper
  noun (:func:`_with_opener`). In a cited window of sentences, a name counts only in a
  sentence sharing a word with what the claim has it do ("Adeyemi said shops would lose
  trade" is not supported by "Adeyemi said X. Brackett said shops would ...");
  a role word before a name ("fire chief") must stand near that name somewhere in the sources,
  and a word whose opposite a citation uses instead ("larger" for "smaller") is missing. A
  first name the sources never use is a changed name ("John Price" for "Ned Price"); the
  adjective of a place they name may open a name ("Macedonian Prime Minister Hari Kostov")
  unless they put another name before the title ("Valdoria's prime minister"). A rough
  or bounding figure is borne out by what it allows ("more than 200" by 212, "about 200" by
  what rounds to it, "nearly 1.3 million" by 1.28 million);
* the claim's relations are the sources': two names it puts in one clause stand together in
  some sentence or window (:func:`apart`: not "Lindgren bought Weir" stitched from "Lindgren
  bought the club" and "the club paid for Weir"), a speaker's words are held by a sentence
  naming them (:func:`misquoted`: not "Harte said" what the sources have Sampaio say), and a
  link between two events ("after", "because", "in response to") is made by one source text
  holding both sides (:func:`unlinked`), and a name does not do what the best citation, which
  does not name it, has someone else do with the same word (:func:`usurped`: "Mayor Varga
  ordered an inquiry" where it says "Harbour chief Reyne ordered an inquiry");
* with embeddings, some one source text says something like the claim: its best citation
  scores at least ``PIECED_SCORE`` or a source sentence comes within ``PIECED_SEMANTIC`` of it
  (not "pieced together" from fragments of several);
* the cited texts do not negate what the claim states plainly ("no ships were damaged");
* no run of ``MAX_UNCOVERED_RUN`` content words, and no clause (between punctuation marks or
  conjunctions) with ``CLAUSE_UNCOVERED`` content words making up ``CLAUSE_SHARE`` of it, that
  no cited text holds (an added clause such as "..., and the minister resigned") unless,
  with embeddings, that part on its own comes within ``GAP_PARAPHRASE`` cosine of a source
  sentence (it says the same in other words); and no clause after the first with
  ``NOVEL_CLAUSE`` content words the sources never use anywhere (:func:`_novel_clause`), or,
  with embeddings, with ``NEW_CLAUSE_UNSEEN`` such words, mostly uncited and close in meaning
  to no source sentence;
* the words come in an order the sources use, since coverage is a bag of words (the checks
  of :mod:`summarizer.relations.order`): at least ``MIN_ORDER`` of the claim's adjacent
  content-word pairs come in that order in one cited text (``word_order``), at least
  ``MIN_FLUENT`` of its adjacent word pairs occur somewhere in the sources (``fluency``; word
  salad fails it), no article stands before a function word or at a clause end
  (``stranded_article``: "at a.", "the to"), no two names stand round a word the other way
  round (``reversed_names``: "Ossett signed Amadi from Stavely" from "Stavely signed Amadi from
  Ossett"), and no two names swap roles (``swapped_names``: "Wieland praised Osei" from "Osei
  praised Wieland").

The checks of who said and did what, word order and negation are in :mod:`summarizer.relations`.
Missing facts, the failed checks ("negation", "word order", "A / B the other way round", "X
said", "A / B", "linked by 'after'", "pieced together", "added clause") and uncited words are
listed in ``missing``. Thresholds were tuned with ``eval/attribution/evaluate.py`` on our
labelled set, the even-indexed clusters of the shared attribution_dev set and the sets written
without the rules, and checked on held-out sets measured without being read (figures and which
set served what: eval/attribution/README.md).
"""

import functools
import hashlib
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from summarizer.config import AttributeConfig
from summarizer.evidence import Evidence, build
from summarizer.facts import (
    MONTHS,
    ROLES,
    WEEKDAYS,
    Fact,
    Facts,
    Number,
    agrees,
    attribution_tokens,
    claim_stems,
    clear_text_caches,
    common,
    conflicting,
    content_stems,
    extract_facts,
    fact_list,
    is_stop,
    plain,
    same_thing,
    stem,
    token_gaps,
    tokens,
)
from summarizer.predicates import place_conflict, post_conflict, replaced_roles, role_conflict
from summarizer.relations.claim import Claim, has, sentences_of
from summarizer.relations.displaced import after_words, displaced, modifier_displaced, other_outlet
from summarizer.relations.mentions import PLACE_WORDS, apposed, around_name, quote_speaker
from summarizer.relations.naming import (
    HE_SHE,
    antecedent,
    names_another,
)
from summarizer.relations.order import ORDER_DISTANCE, disorder
from summarizer.relations.roles import (
    apart,
    apposed_roles,
    replaced_partner,
    retitled,
    roles,
    state_titles,
    unlinked,
    usurped,
)
from summarizer.relations.speakers import (
    SPEAKS_FOR,
    misquoted,
    quoted_from_another,
    unheard_intent,
)
from summarizer.relations.stated import NUMBERS_NEAR, unstated_facts
from summarizer.relations.wording import opposites, polarity_flipped
from summarizer.relations.words import PEOPLE
from summarizer.types import Citation, Disagreement, Document, Sentence, SummarySentence

log = logging.getLogger(__name__)

LEXICAL_WEIGHT = 0.6  # share of coverage in a candidate's score when embeddings are on
COSINE_FLOOR = 0.2  # MiniLM cosine of unrelated news sentences; mapped to 0
COSINE_CEILING = 0.85  # cosine of a close paraphrase; mapped to 1
WINDOW_GAIN = 0.08  # a window is cited instead of one sentence only when it scores this much more
BM25_WEIGHT = 0.05  # tie-breaker when choosing an article's best candidate
MAX_UNCOVERED_RUN = 6  # content words in a row no citation holds that make a claim partial
SCORE_DIGITS = 6  # decimals of a score that order citations; ties go by document order
KIN_PREFIX = 6  # least letters a word and its kin share (see _kin)
KIN_EXTRA = 4  # most letters one has beyond the other
CITE_RATIO = 0.6  # a second article is cited only scoring this share of the best one's score
SECOND_MIN = 0.4  # ... and at least this much
CITE_NEW_CONTENT = 0.15  # ... or when it covers this share of the claim the others do not
NEW_CONTENT_MIN = 0.35  # ... scoring at least this much
COMPLETE_MIN = 0.1  # least score of a sentence cited only for a fact the others lack
PRONOUN_ANTECEDENT = True  # a name is completed from the sentence before a cited "he" / "she"
MAX_MISSING_WORDS = 8
CLAUSE_UNCOVERED = 4  # a clause with this many uncited content words ...
CLAUSE_SHARE = 0.6  # ... making up this share of it makes the claim partial
CONFLICT_RELATED = 0.5  # least score of an article's best candidate for one counted noun to
# make its other figure a conflict ("injuring 14 workers" vs "Twelve workers were hurt")
FILL_SHARE = 0.5  # least share of an uncited part a sentence must hold to be cited for it
EMBED_TOP = 24  # sentences per claim worth embedding when checking against unembedded articles
PIECED_SCORE = 0.5  # a best citation scoring under this ...
PIECED_SEMANTIC = 0.5  # ... and no source text this close in meaning: pieced together
NOVEL_CLAUSE = 3  # content words no source uses that make an added clause unsupported
NEW_CLAUSE_UNSEEN = 2  # ... or this many, with embeddings, when the clause is mostly uncited
NEW_CLAUSE_SHARE = 0.75  # (this share of its words) and no source sentence comes within
NEW_CLAUSE_COSINE = 0.45  # this MiniLM cosine of it
GAP_PARAPHRASE = 0.6  # MiniLM cosine of an uncited part to a source sentence that excuses it
_CACHE_SIZE = 4


class Attributor:
    """Attribute summary sentences to the source sentences that support them."""

    def __init__(self, config: AttributeConfig, embedder=None) -> None:
        self.config = config
        self.embedder = embedder if config.use_embeddings else None
        self.warnings: tuple[str, ...] = ()
        self.nli = None
        if config.nli_model:
            from summarizer.nli import load_nli

            self.nli, warning = load_nli(config.nli_model)
            self.warnings = (warning,) if warning else ()
        self._parser: tuple | None = None  # (Parser or None,), loaded at first use
        self._cache: dict[tuple, Evidence] = {}

    def attribute(
        self,
        claims: Sequence[str],
        documents: Sequence[Document],
        sentences: Sequence[Sentence],
        embeddings: np.ndarray | None = None,
    ) -> tuple[SummarySentence, ...]:
        """Cite and label each claim against every sentence of the cluster."""
        if not claims:
            return ()
        own = None
        if embeddings is None and self.embedder is not None and sentences:
            embeddings, own = self._embed_candidates(claims, sentences)
        evidence = self._evidence(documents, sentences, embeddings)
        vectors = self._claim_vectors(claims, evidence)
        return tuple(
            self._one(claim, _own_view(evidence, None if own is None else own[i]),
                      None if vectors is None else vectors[i])
            for i, claim in enumerate(claims)
        )  # fmt: skip

    def clear_caches(self) -> None:
        """Forget the clusters' evidence, the texts parsed and the sentences embedded, so the
        next call costs what checking articles never seen before costs."""
        self._cache.clear()
        clear_text_caches()
        if self._parser is not None and self._parser[0] is not None:
            self._parser[0].parse.cache_clear()
        if self.embedder is not None:
            self.embedder.clear_cache()

    # -- per cluster ---------------------------------------------------------------------

    def _embed_candidates(self, claims: Sequence[str], sentences: Sequence[Sentence]):
        """Vectors for the sentences that can matter to these claims, zeros for the rest.

        Embedding is most of the cost of checking a text against articles nobody embedded
        before. A sentence sharing no rare word with any claim is never its best citation, so
        only each claim's ``EMBED_TOP`` sentences by shared idf weight are embedded (all of them
        in a small cluster); the others keep a zero vector, which scores as unrelated. Each
        claim sees only its own sentences' vectors (also returned, per claim; None when every
        claim has every sentence), so its verdict does not depend on the other claims checked
        with it.
        """
        own = claim_rows(claims, sentences, EMBED_TOP)
        rows = _union(own, len(sentences))
        vectors = np.zeros((len(sentences), self.embedder.dimension), dtype=np.float32)
        if rows:
            vectors[rows] = self.embedder.encode([sentences[r].text for r in rows])
        return vectors, own

    def _evidence(self, documents, sentences, embeddings) -> Evidence:
        use = self.embedder is not None
        if use and embeddings is None and sentences:
            embeddings = self.embedder.encode([s.text for s in sentences])
        embeddings = embeddings if use else None
        key = (
            tuple((d.id, d.text) for d in documents),
            tuple((s.doc, s.index, s.start, s.end) for s in sentences),
            None if embeddings is None else hashlib.blake2b(np.ascontiguousarray(embeddings,
                                                            dtype=np.float32)).hexdigest(),
        )  # fmt: skip
        if key not in self._cache:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = build(documents, sentences, max(1, self.config.window), embeddings)
        return self._cache[key]

    def _claim_vectors(self, claims: Sequence[str], evidence: Evidence) -> np.ndarray | None:
        if self.embedder is None or evidence.vectors is None:
            return None
        return np.asarray(self.embedder.encode(list(claims)), dtype=np.float32)

    # -- per claim -----------------------------------------------------------------------

    def _one(self, text: str, evidence: Evidence, vector) -> SummarySentence:
        facts = _with_opener(text, extract_facts(text), evidence, self._proper_opener)
        parser = self._get_parser()
        claim = _kin(Claim.of(text, facts), evidence, parser.verb_forms if parser else {})
        if not claim.stems or not evidence.candidates:
            return SummarySentence(text=text, support="unsupported", missing=_words(claim, set()))
        scores, cosine = self._scores(claim, evidence, vector)
        best = _best_per_document(claim, evidence, scores)
        related = {i: bool(scores[i] >= CONFLICT_RELATED) for i in best}
        conflicts = {i: [n for n in conflicting(claim.facts.numbers, evidence.facts[i], related[i])
                         if not _stated_elsewhere(n, evidence, i)]
                     for i in best}  # fmt: skip
        cited = self._citing(claim, evidence, scores, [i for i in best if not conflicts[i]])
        blocked = {evidence.candidates[i].doc for i in best if conflicts[i]}
        cited += self._completing(claim, evidence, scores, cited, blocked)
        cited += self._filling(claim, evidence, scores, cited, blocked)
        disputed = {n for found in conflicts.values() for n in found}
        result = self._verdict(claim, evidence, cited, disputed, scores, cosine)
        shown = [(i, conflicts[i], related[i]) for i in best
                 if conflicts[i] and scores[i] >= self.config.partial]  # fmt: skip
        return replace(result, disagreements=_disagreements(evidence, shown))

    def _citing(self, claim: Claim, evidence: Evidence, scores, best: list[int]) -> list[int]:
        """Articles to cite, best first: those close to the best (``SECOND_MIN``, ``CITE_RATIO``)
        whose article states the facts its citation states (or one it lacks), and those that
        support a part of the claim the better ones do not (``CITE_NEW_CONTENT``, scoring at
        least ``NEW_CONTENT_MIN``).
        """
        order = sorted((i for i in best if scores[i] >= self.config.partial), key=_by_score(scores))
        cited: list[int] = []
        for i in order[: max(1, self.config.max_citations)]:
            close = not cited or (scores[i] >= max(SECOND_MIN, CITE_RATIO * scores[cited[0]])
                                  and _same_facts(claim, evidence, cited[0], i))  # fmt: skip
            adds = scores[i] >= NEW_CONTENT_MIN
            if close or adds and _new_content(claim, evidence, cited, i) >= CITE_NEW_CONTENT:
                cited.append(i)
        return cited

    def _completing(self, claim, evidence, scores, cited, blocked) -> list[int]:
        """Sentences that give a fact the cited ones lack (a claim may fuse several).

        For each missing fact, the best-scoring single sentence that states it is added when
        it is related to the claim (score >= ``COMPLETE_MIN``; for a number or a name, a
        word in common around it too: "Kowalski said the offer was fair" is not completed by
        "Kowalski said members had voted"; a name, by the sentence before a cited one that
        calls them "he" or by a description, whatever its score: :func:`_antecedents`; for a
        day, a season or a word like it, one of the claim's words next to it right beside it:
        "detected on Monday" is not completed by "demanded payment by Monday"; a figure few
        sentences give, by one giving it with a word around it in common, whatever its score:
        :func:`_distinct_figure`) and its article reports no conflicting figure.
        """
        extra: list[int] = []
        room = max(1, self.config.max_citations) - len(cited)
        related = [*np.flatnonzero(scores >= COMPLETE_MIN), *_next_to_cited(evidence, cited)]
        for fact in fact_list(claim.facts):
            if room <= len(extra) or any(has(fact, evidence, i) for i in cited + extra):
                continue
            if cited and _replaced(fact, evidence, cited[0], claim):
                continue  # the best citation gives another day or name in its place
            around = (
                around_name(claim, fact) | apposed(claim, fact)
                if isinstance(fact, tuple)
                else set()
            )
            day = isinstance(fact, str)
            distinct = _distinct_figure(fact, evidence)
            antecedents = (
                _antecedents(evidence, cited + extra, around | _given(fact, evidence))
                if around
                else set()
            )
            found = [i for i in sorted({*related, *antecedents, *distinct})
                     if evidence.candidates[i].size == 1
                     and evidence.candidates[i].doc not in blocked
                     and has(fact, evidence, i, near=True)
                     and (not around or bool(around & evidence.words[i])
                          or i in antecedents and antecedent(fact, evidence, i))
                     and (not around or not _dateline_only(fact, evidence.candidates[i].quote))
                     and (not day or _beside(claim, fact, evidence, i))]  # fmt: skip
            if found:
                docs = _docs(evidence, cited + extra)
                extra.append(int(max(found, key=lambda i: (evidence.candidates[i].doc in docs,
                                                            scores[i]))))  # fmt: skip
        return extra

    def _filling(self, claim, evidence, scores, cited, blocked) -> list[int]:
        """Sentences that hold a part of the claim the citations lack (:func:`gaps`): a summary
        sentence often fuses sentences that are not adjacent, even from one article. For each
        such part, the related sentence (score >= ``COMPLETE_MIN``) holding most of its uncited
        words is added when it holds ``FILL_SHARE`` of them and its article gives no
        conflicting figure."""
        extra: list[int] = []
        room = max(1, self.config.max_citations) - len(cited)
        covered = _covered(evidence, cited)
        for a, b in gaps(claim, covered):
            part = set(claim.ordered[a:b]) - covered
            if len(extra) >= room or not part:
                continue
            docs = _docs(evidence, cited + extra)
            found = [(len(part & evidence.words[i]), evidence.candidates[i].doc in docs,
                      scores[i], int(i))
                     for i in np.flatnonzero(scores >= COMPLETE_MIN)
                     if evidence.candidates[i].size == 1 and i not in cited
                     and evidence.candidates[i].doc not in blocked]  # fmt: skip
            gain, _, _, best = max(found, default=(0, False, 0.0, -1))
            if best >= 0 and gain >= FILL_SHARE * len(part):
                extra.append(best)
                covered |= evidence.words[best]
        return extra

    def _scores(self, claim: Claim, evidence: Evidence, vector) -> tuple[np.ndarray, np.ndarray]:
        coverage = evidence.coverage(claim.stems)
        if vector is None:
            return coverage, np.zeros_like(coverage)
        cosine = (evidence.vectors @ vector).astype(np.float64)
        semantic = np.clip((cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR), 0.0, 1.0)
        return LEXICAL_WEIGHT * coverage + (1 - LEXICAL_WEIGHT) * semantic, semantic

    def _verdict(self, claim, evidence, cited, disputed, scores, semantic) -> SummarySentence:
        score, _ = _support(claim, evidence, cited, semantic, self.embedder is not None)
        covered = _covered(evidence, cited)
        missing_facts = unstated_facts(claim, evidence, cited)
        # A figure no cited text gives, while a source gives another one for the same thing.
        rivalled = [n.surface for n in disputed if _number_missing(n, evidence, cited)]
        contradicted = bool(rivalled)
        missing_facts = rivalled + missing_facts  # repeats are dropped from ``missing`` below
        if self.nli is not None and cited:
            score, contradicted = self._with_nli(claim.text, evidence, cited, score, contradicted)
        derived = opposites(claim, covered, evidence, cited) + roles(claim, evidence)
        derived += apposed_roles(claim, evidence) + retitled(claim, evidence)
        derived += apart(claim, evidence) + misquoted(claim, evidence, covered)
        derived += quoted_from_another(claim, evidence)
        derived += unlinked(claim, evidence) + state_titles(claim, evidence)
        derived += self._unheard_intents(claim, evidence)
        derived += usurped(claim, evidence, cited[0], cited[1:]) if cited else []
        derived += other_outlet(claim, evidence, cited) + replaced_partner(claim, evidence)
        texts = [(tokens(q), token_gaps(q)) for q in (evidence.candidates[i].quote for i in cited)]
        derived += displaced(claim, texts) + modifier_displaced(claim, texts)
        # "coach Marta Lindqvist", "Marta Lindqvist said": nothing new when the name is missing
        missing_facts += [d for d in derived if not any(m in d for m in missing_facts)]
        if polarity_flipped(claim, evidence, cited):
            missing_facts.append("negation")
        if cited and self.embedder is not None and _pieced(scores, cited, semantic):
            missing_facts.append("pieced together")
        if cited and (
            order := disorder(claim, evidence, cited) or self._roles(claim, evidence, cited)
        ):
            missing_facts.append(order)
        if _novel_clause(claim, evidence) or self._new_clause(claim, evidence, covered):
            missing_facts.append("added clause")
        if not cited or contradicted or score < self.config.partial:
            label = "unsupported"
        elif (score >= self.config.supported and not missing_facts
              and not self._unsupported_part(claim, covered, evidence)):  # fmt: skip
            label = "supported"
        else:
            label = "partial"
        listed = {f.lower() for f in missing_facts}
        missing = missing_facts if label == "supported" else missing_facts + [
            w for w in _words(claim, covered) if w.lower() not in listed
        ][: MAX_MISSING_WORDS]  # fmt: skip
        citations = tuple(_citation(evidence, i, scores[i]) for i in cited)
        return SummarySentence(claim.text, label, citations, tuple(dict.fromkeys(missing)))

    def _unsupported_part(self, claim: Claim, covered: set[str], evidence: Evidence) -> bool:
        """Whether a part of the claim (:func:`gaps`) is neither cited nor, in other words,
        anywhere in the sources: with embeddings, a part whose own MiniLM vector comes within
        ``GAP_PARAPHRASE`` cosine of a source sentence is a paraphrase, not an added fact."""
        parts = gaps(claim, covered)
        if not parts or self.embedder is None or evidence.vectors is None:
            return bool(parts)
        return self._far(claim, parts, evidence, GAP_PARAPHRASE)

    def _new_clause(self, claim: Claim, evidence: Evidence, covered: set[str]) -> bool:
        """Whether a part after the first, with embeddings, is an added clause of fewer new
        words: ``NEW_CLAUSE_UNSEEN`` content words the sources never use, ``NEW_CLAUSE_SHARE``
        of its words uncited, and no source sentence within ``NEW_CLAUSE_COSINE`` of it ("...
        and called for a referendum on the closure", "..., where their cargo spoiled")."""
        if self.embedder is None or evidence.vectors is None:
            return False
        parts = [
            (a, b)
            for a, b in claim.part_ranges[1:]
            if len({t for t in claim.ordered[a:b] if t not in evidence.vocab}) >= NEW_CLAUSE_UNSEEN
            and sum(t not in covered for t in claim.ordered[a:b]) >= NEW_CLAUSE_SHARE * (b - a)
        ]
        return bool(parts) and self._far(claim, parts, evidence, NEW_CLAUSE_COSINE)

    def _unheard_intents(self, claim: Claim, evidence: Evidence) -> list[str]:
        """The intentions :func:`unheard_intent` finds, but for one whose clause ("would fund
        an independent review of its testing"), embedded on its own, comes within
        ``GAP_PARAPHRASE`` cosine of a source text: said there in other words ("will pay for
        an outside review")."""
        found = unheard_intent(claim, evidence)
        if not found or self.embedder is None or evidence.vectors is None:
            return [intent for intent, _, _ in found]
        near = self._nearest([claim.text[start:end] for _, start, end in found], evidence)
        return [intent for (intent, _, _), c in zip(found, near, strict=True) if c < GAP_PARAPHRASE]

    def _far(self, claim: Claim, parts: list[tuple[int, int]], evidence, cosine: float) -> bool:
        """Whether some part of the claim (a range of its content words), embedded on its own,
        comes within ``cosine`` of no source text."""
        texts = [claim.text[claim.spans[a][0] : claim.spans[b - 1][1]] for a, b in parts]
        return bool(self._nearest(texts, evidence).min() < cosine)

    def _nearest(self, texts: list[str], evidence: Evidence) -> np.ndarray:
        """Per text (parts of a claim), its MiniLM cosine to the closest source text."""
        vectors = np.asarray(self.embedder.encode(texts), dtype=np.float32)
        return (vectors @ evidence.vectors.T).max(axis=1)

    def _get_parser(self):
        """The dependency parser, loaded at first use; None when off or not installed."""
        if self._parser is None:
            parser, warning = (
                _load_parser(self.config.parser) if self.config.parser else (None, None)
            )
            self._parser = (parser,)
            self.warnings += (warning,) if warning else ()
        return self._parser[0]

    def _proper_opener(self, text: str) -> bool:
        """Whether the parse tags the claim's first word a proper noun (False without one)."""
        parser = self._get_parser()
        return parser is not None and parser.parse(text).proper_opener

    def _roles(self, claim: Claim, evidence: Evidence, cited: list[int]) -> str | None:
        """Roles the claim gives the other way round from its cited texts, or to a name where
        they have another, by the dependency parse (:func:`summarizer.predicates.role_conflict`,
        :func:`_replaced_role`); None without a parser."""
        parser = self._get_parser()
        if parser is None:
            return None
        mine = parser.parse(claim.text)
        # a window sentence by sentence: a heading has no full stop to end it for the parser
        quotes = sentences_of(evidence, cited)
        sources = [parser.parse(quote) for quote in quotes]
        titles = [t for s in sources for t in s.titles]
        theirs = [p for s in sources for p in s.predicates]
        nominals = [n for s in sources for n in s.nominals]
        predicates = _of_the_story(claim, mine.predicates, evidence)
        return (
            role_conflict(predicates, theirs, nominals)
            or post_conflict(mine.titles, titles)
            or place_conflict(mine.titles, titles, quotes)
            or _replaced_role(claim, predicates, theirs, evidence)
        )

    def _with_nli(self, claim, evidence, cited, score, contradicted) -> tuple[float, bool]:
        premise = " ".join(evidence.candidates[i].quote for i in cited[:2])
        entail, contra = self.nli.scores([premise], [claim])[0]
        return (score + float(entail)) / 2, contradicted or (contra > 0.5 and contra > entail)


def _of_the_story(claim: Claim, predicates, evidence: Evidence):
    """The claim's verbs but those of its media attributions that the sources never name ("an
    accord that, the Belfast Telegraph says, could end the stalemate"): the outlet is where the
    summary read it, no one in the story to give the sources' roles to. "The DUP says", where
    the sources name the DUP, is a party's word and keeps its verb."""
    outlet = {plain(claim.words[k]).lower() for k in attribution_tokens(claim.text)}
    if not outlet:
        return predicates

    def reported(p) -> bool:
        doers = [a for slot, args in p.slots if slot == "A0" for a in args]
        return bool(doers) and all(
            a.name and a.words <= outlet and not a.words <= evidence.capitalised for a in doers
        )

    return [p for p in predicates if not reported(p)]


def _replaced_role(claim: Claim, mine, theirs, evidence: Evidence) -> str | None:
    """A name the claim puts where a cited text saying the same with the same verb has
    someone else, as "A / B" (:func:`summarizer.predicates.replaced_roles`, the other name
    one the claim does not give in any form: :func:`summarizer.relations.naming.names_another`, nor
    a first name the sources give only that person: "Brett's knocking on the door" for "Lee is
    knocking on the door" where they name Brett Lee)."""
    outlet = attribution_tokens(claim.text)  # "the London Evening Record reports": no role
    capitalised = [w for e in claim.facts.entities for w in e]
    capitalised += [
        w for k, w in enumerate(claim.words) if k and w[:1].isupper() and k not in outlet
    ]
    names = {plain(w).lower() for w in capitalised}
    pairs = replaced_roles(mine, theirs, names)
    return next((f"{a} / {b}" for a, b in pairs
                 if names_another(claim, b) and not SPEAKS_FOR.search(b)
                 and plain(b).lower() not in evidence.first_names(a.split()[-1])),
                None)  # fmt: skip


@functools.cache
def _load_parser(name: str):
    """One parser per name for the process (loading spaCy takes a second)."""
    from summarizer.predicates import load_parser

    return load_parser(name)


def candidate_rows(claims: Sequence[str], sentences: Sequence[Sentence], top: int) -> list[int]:
    """The sentences any claim has among its ``top`` (:func:`claim_rows`), in order."""
    return _union(claim_rows(claims, sentences, top), len(sentences))


def _union(own: list[set[int]] | None, n: int) -> list[int]:
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


def _own_view(evidence: Evidence, rows: set[int] | None) -> Evidence:
    """The cluster's evidence as one claim sees it: the vector of a candidate with a sentence
    outside the claim's embedded ``rows`` zeroed (None: every vector), as if only its own
    sentences had been embedded."""
    if rows is None or evidence.vectors is None:
        return evidence
    keep = np.array([all(r in rows for r in m) for m in evidence.members], dtype=np.float32)
    return replace(evidence, vectors=evidence.vectors * keep[:, None])


def _with_opener(text: str, facts: Facts, evidence: Evidence, proper=lambda text: False) -> Facts:
    """The claim's facts with its opening word as a name when the sources say it is one: they
    write it capitalised mid-sentence and never in lower case ("Kowalski said"), or they never
    use it and the claim has it speak, own, hold a role or be described ("Novak said", "Siemens'
    comments", "Pentagon spokesman John Kirby", "Siemens, an unarmed 17-year-old,"), or
    ``proper(text)`` (the parse) tags it a proper noun ("Kraków and his wife"). An opening
    participle the sources never write capitalised mid-sentence is no part of the name after it
    ("Passing Earth in 2029", "Visiting President Lula")."""
    facts = _without_participle(text, facts, evidence)
    word = facts.opener.lower()
    if not word or word in evidence.lowercase:
        return facts
    unseen = word not in evidence.capitalised and stem(word) not in evidence.vocab
    second = [w.lower() for w in tokens(text)[1:2]]
    acts = facts.opener_speaks or bool(second) and (second[0] in ROLES or second[0] in _SINGULAR)
    if word in evidence.capitalised or unseen and (acts or proper(text)):
        return replace(facts, entities=(*facts.entities, (facts.opener,)))
    return facts


# A verb that takes a singular subject: a capitalised word before it with no article is a name
# ("Greenpeace plans to cut 1,400 jobs"), not a common noun ("The company plans")
_SINGULAR = frozenset({"plans", "wants", "intends", "expects", "hopes", "has", "is", "was"})


def _without_participle(text: str, facts: Facts, evidence: Evidence) -> Facts:
    first = next(iter(tokens(text)), "")
    low = first.lower()
    if not (len(low) > 5 and low.endswith("ing") and low not in evidence.capitalised):
        return facts  # "Sterling Brown" where the sources write "Sterling" as a name
    entities = tuple(e[1:] if len(e) > 1 and e[0] == first else e for e in facts.entities)
    return replace(facts, entities=entities)


def gaps(claim: Claim, covered: set[str]) -> list[tuple[int, int]]:
    """Parts of the claim no citation holds, as ranges of its content words.

    A run of ``MAX_UNCOVERED_RUN`` uncited content words is usually a clause of its own ("...,
    and the minister resigned") that the cited sentences do not support, however well they
    support the rest. So is a clause (between punctuation marks) with ``CLAUSE_UNCOVERED``
    uncited content words making up ``CLAUSE_SHARE`` of it, where a word the sources happen to
    use breaks the run.
    """
    out: list[tuple[int, int]] = []
    run = 0
    for k, stem_ in enumerate(claim.ordered):
        run = 0 if stem_ in covered else run + 1
        if run == MAX_UNCOVERED_RUN:
            end = k + 1
            while end < len(claim.ordered) and claim.ordered[end] not in covered:
                end += 1
            out.append((k + 1 - run, end))
    for first, k in claim.part_ranges:
        lacking = sum(t not in covered for t in claim.ordered[first:k])
        if lacking >= CLAUSE_UNCOVERED and lacking >= CLAUSE_SHARE * (k - first):
            out.append((first, k))
    return out


def _distinct_figure(fact: Fact, evidence: Evidence) -> list[int]:
    """The sentences that give a figure few sentences give (no small whole number, date or
    decade) with a word around it in common, whatever their score: "the town's roughly 1,900
    residents" is completed by "Castelrocca, a town of some 1,900 people"; and those giving an
    age as an age, of no other named person ("said Simms, 58," for "a 58-year-old
    grandmother")."""
    if isinstance(fact, Number) and fact.noun == "age":  # "Simms, 58," for "a 58-year-old"
        return [i for i, c in enumerate(evidence.candidates)
                if c.size == 1 and has(fact, evidence, i, near=True)
                and any(n.noun == "age" for n in evidence.facts[i].numbers)]  # fmt: skip
    if not isinstance(fact, Number) or common(fact.value) or fact.date or fact.bound == "s":
        return []
    return [i for i, c in enumerate(evidence.candidates)
            if c.size == 1 and has(fact, evidence, i, near=True, strict=True)]  # fmt: skip


def _dateline_only(name: tuple[str, ...], quote: str) -> bool:
    """Whether ``quote`` has the name's last word only in capitals, as a wire dateline does
    ("BRASKOV, March 12 (Northwire) -"): where a report was filed, not what happened there."""
    head = plain(name[-1])
    return head.upper() in quote and not re.search(rf"\b{re.escape(head)}\b", quote)


def _replaced(fact: Fact, evidence: Evidence, best: int, claim: Claim) -> bool:
    """Whether the best citation gives another weekday where the claim has ``fact`` ("walked
    out on Monday" for "on Tuesday"; not one the claim gives too), or another name after the
    same two words ("an office in Beijing" for "an office in Shanghai") or after the same word
    of place (:func:`_placed_otherwise`): such a fact is not completed from another sentence."""
    if isinstance(fact, tuple):
        quote = tokens(evidence.candidates[best].quote)
        for k in claim.at(fact):
            if k < 2:
                continue
            for j in after_words(claim.words[k - 2 : k], quote):
                if quote[j][:1].isupper() and quote[j] not in fact:
                    return True
            if _placed_otherwise(claim.words, k, fact, quote):
                return True
        return False
    days = evidence.facts[best].weekdays & set(WEEKDAYS) - claim.facts.weekdays  # not its own
    return isinstance(fact, str) and fact in WEEKDAYS and bool(days)


def _placed_otherwise(
    words: Sequence[str], k: int, name: tuple[str, ...], quote: Sequence[str]
) -> bool:
    """Whether the claim puts ``name`` (at word ``k``) after a word of place ("at", "in") that
    the best citation follows with another name, ``PLACE_SHARED`` content words of the
    claim's just before it there too: "came ashore on Wednesday at Widemouth Bay" where it
    has "came ashore intact at Crackington Haven"; not "will open a depot in Tollen" where it
    has "opened an office in Brask"."""
    place = words[k - 1].lower()
    if place not in PLACE_WORDS:
        return False
    before = {stem(w.lower()) for w in words[max(0, k - 1 - PLACE_REACH) : k - 1]}
    before = {t for t in before if not is_stop(t)}
    return any(
        quote[j - 1].lower() == place
        and quote[j][:1].isupper()
        and quote[j] not in name
        and quote[j].lower() not in WEEKDAYS
        and quote[j].lower() not in MONTHS
        and len(before & {stem(w.lower()) for w in quote[max(0, j - 1 - PLACE_REACH) : j - 1]})
        >= PLACE_SHARED
        for j in range(1, len(quote))
    )


PLACE_REACH = 4  # words before the place word, in the claim and the citation, to align them
PLACE_SHARED = 2  # ... and how many of the claim's they must share ("came ashore", not "open")


def _beside(claim: Claim, word: str, evidence: Evidence, i: int) -> bool:
    """Whether candidate ``i`` has, within ``ORDER_DISTANCE`` content words of ``word``, another
    content word of the claim's clause holding it (any, when that clause has no other)."""
    target = stem(word)
    clause = claim.clauses
    spots = {clause[k] for k, t in enumerate(claim.ordered) if t == target}
    near = {t for k, t in enumerate(claim.ordered) if clause[k] in spots} - {target}
    if not near:
        return True
    seq = evidence.sequences[i]
    reach = ORDER_DISTANCE
    return any(bool(near & set(seq[max(0, k - reach) : k + reach + 1]))
               for k, t in enumerate(seq) if t == target)  # fmt: skip


# "the conservative Ohio state Senate candidate": a person called by what they are
_PEOPLE_WORDS = "|".join(sorted(PEOPLE, key=len, reverse=True))
_DESCRIBED = re.compile(rf"\b(?i:the)\s+((?:[\w.'’-]+\s+){{0,4}}(?:{_PEOPLE_WORDS}))\b")


def _given(name: tuple[str, ...], evidence: Evidence) -> set[str]:
    """The stems the sources put beside a name's last word ("Iran's foreign minister,
    Mohammad Javad Zarif": foreign, minister), a description of them."""
    return set((evidence.beside or {}).get(stem(name[-1].lower()), ()))


def _antecedents(evidence: Evidence, cited: list[int], around: set[str] = frozenset()) -> set[int]:
    """The sentences right before cited ones that say "he" or "she" (its likely antecedent:
    "Bouncer Zdravko Micevic, 22, is charged. It is alleged he punched ..."), or call someone
    "the <description> <person>" with a word of ``around``: one the claim puts around the name
    ("Melissa Ackison says ... . The stay-at-home orders are government overreach, the
    conservative Ohio state Senate candidate says" for "Melissa Ackison, a conservative
    candidate for ..."), or the sources beside it (:func:`_given`: "The Iranian foreign
    minister said" after a sentence naming Zarif, whom the sources call foreign minister).
    A quotation running on from a sentence that gives its speaker has that sentence too
    (:func:`quote_speaker`)."""
    if not PRONOUN_ANTECEDENT or not evidence.single:
        return set()
    out = {k for i in cited if (k := quote_speaker(evidence, i)) is not None}
    for i in cited:
        first = evidence.sentence_rows(i)[0]
        quote = evidence.candidates[first].quote if first is not None else ""
        if not HE_SHE.search(quote) and not any(
            {stem(w.lower()) for w in m[1].split()} & around for m in _DESCRIBED.finditer(quote)
        ):
            continue
        c = evidence.candidates[i]
        before = evidence.single.get((c.doc, c.sentence - 1))
        if before is not None:
            out.add(before)
    return out


def _kin(claim: Claim, evidence: Evidence, forms: dict[str, frozenset[str]] | None = None) -> Claim:
    """The claim with each content stem the sources never use, and no name's, read as the
    one word of theirs it begins or that begins it, both at least ``KIN_PREFIX`` letters and
    at most ``KIN_EXTRA`` apart ("presidency" and "presidential", stems "presid" and
    "presidenti"): a word of one family with another ending. A word spelled with "-ise" where
    they write "-ize", or the other way round, is theirs (:func:`_other_spellings`), and so is
    another form of an irregular verb, by ``forms`` ("came" for "come", "spoke" for
    "speaking": :attr:`summarizer.predicates.Parser.verb_forms`)."""
    names, vocab = claim.name_stems, evidence.vocab
    mapped = {}
    for t in set(claim.ordered) - names:
        if t in vocab or not t.isalpha():
            continue
        if spelled := [v for v in _other_spellings(t) if v in vocab]:
            mapped[t] = spelled[0]
            continue
        if irregular := sorted(v for v in (forms or {}).get(t, ()) if v in vocab):
            mapped[t] = irregular[0]
            continue
        if len(t) < KIN_PREFIX:
            continue
        kin = [
            v
            for v in vocab
            if v.isalpha()
            and (v.startswith(t) or t.startswith(v))
            and min(len(v), len(t)) >= KIN_PREFIX
            and abs(len(v) - len(t)) <= KIN_EXTRA
        ]
        if len(kin) == 1:
            mapped[t] = kin[0]
    if not mapped:
        return claim
    ordered = tuple(mapped.get(t, t) for t in claim.ordered)
    return replace(claim, stems=tuple(dict.fromkeys(ordered)), ordered=ordered)


def _other_spellings(t: str) -> list[str]:
    """The stem of the word spelled with "-ize" for one spelled with "-ise" and the other way
    round ("organis" and "organ", "realis" and "realiz"; the stemmer cuts "-ize" only)."""
    if t.endswith("is") and len(t) >= 6:
        return [t[:-2], t[:-2] + "iz"]
    if t.endswith("iz") and len(t) >= 6:
        return [t[:-2] + "is"]
    return [t + "is"] if len(t) >= 5 else []


def _disagreements(evidence: Evidence, rows) -> tuple[Disagreement, ...]:
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


def _by_score(scores):
    """Sort key, best first: scores equal to ``SCORE_DIGITS`` decimals go by row (document
    order), so floating-point noise in the embeddings does not reorder a report's citations."""
    return lambda i: (-round(float(scores[i]), SCORE_DIGITS), i)


def _best_per_document(claim: Claim, evidence: Evidence, scores: np.ndarray) -> list[int]:
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


def _new_content(claim: Claim, evidence: Evidence, cited: list[int], i: int) -> float:
    """Share of the claim's idf weight candidate ``i`` covers and no cited candidate does."""
    covered = _covered(evidence, cited)
    ids = [evidence.vocab.get(t) for t in claim.stems]
    weights = [evidence.unseen_idf if j is None else evidence.idf[j] for j in ids]
    new = sum(w for t, w in zip(claim.stems, weights, strict=True)
              if t in evidence.words[i] and t not in covered)  # fmt: skip
    return float(new / sum(weights))


def _novel_clause(claim: Claim, evidence: Evidence) -> bool:
    """Whether a clause after the first (after a comma or "and", "but", "while") has
    ``NOVEL_CLAUSE`` content words the sources never use at all: "..., and all of them have
    since been fitted with satellite tags" added to a true sentence."""
    return any(len({t for t in claim.ordered[a:b] if t not in evidence.vocab}) >= NOVEL_CLAUSE
               for a, b in claim.part_ranges[1:])  # fmt: skip


def _next_to_cited(evidence: Evidence, cited: list[int]) -> list[int]:
    """The sentences right before and right after each cited text in its article: a summary
    sentence fuses neighbours ("proposing a $27,500 fine that was later cut to $16,000" from
    "Inspectors proposed a $27,500 fine. Ridgeline contested the citation, and the penalty was
    reduced to $16,000"), however little of the claim the neighbour holds."""
    if evidence.single is None:
        return []
    out = []
    for i in cited:
        c = evidence.candidates[i]
        for at in (c.sentence - 1, c.sentence + c.size):
            if (row := evidence.single.get((c.doc, at))) is not None:
                out.append(row)
    return out


def _docs(evidence: Evidence, rows: list[int]) -> set[str]:
    """The articles of these candidates (a missing fact is taken from one of them first)."""
    return {evidence.candidates[i].doc for i in rows}


def _pieced(scores, cited: list[int], semantic) -> bool:
    """Whether no one source text says anything like the claim: its best citation scores under
    ``PIECED_SCORE`` and no source sentence or window comes within ``PIECED_SEMANTIC`` (mapped
    MiniLM cosine) of it, so its support is pieced together from fragments of several ("Soldiers
    set up tents in the main square" from "emergency tents" here and "the main square" there)."""
    return max(scores[i] for i in cited) < PIECED_SCORE and semantic.max() < PIECED_SEMANTIC


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


def _support(claim, evidence: Evidence, cited: list[int], semantic, embedded) -> tuple[float, ...]:
    """The claim's support score and the share of its content the cited texts cover."""
    if not cited:
        return 0.0, 0.0
    covered = _covered(evidence, cited)
    ids = [evidence.vocab.get(t) for t in claim.stems]
    weights = [evidence.unseen_idf if i is None else evidence.idf[i] for i in ids]
    coverage = sum(w for t, w in zip(claim.stems, weights, strict=True) if t in covered)
    coverage /= sum(weights)
    if not embedded:
        return float(coverage), float(coverage)
    score = LEXICAL_WEIGHT * coverage + (1 - LEXICAL_WEIGHT) * max(semantic[cited])
    return float(score), float(coverage)


def _covered(evidence: Evidence, cited: list[int]) -> set[str]:
    words: set[str] = set()
    for i in cited:
        words |= evidence.words[i]
    return words


def _stated_elsewhere(number: Number, evidence: Evidence, i: int) -> bool:
    """Whether a sentence of candidate ``i``'s article gives the claim's figure with a word
    around it in common besides the noun it counts: its other figure counts something else
    ("943,000 jobs in July" and, later, "Since May 2020, America has added back 16.7 million
    jobs"; not "about 100-200 meters deep" for "rises about 200 meters")."""
    words = number.around - {number.noun}
    rows = (evidence.rows_of or {}).get(evidence.candidates[i].doc, ())
    return any(agrees(number, n) and words & n.around
               for j in rows for n in evidence.facts[j].numbers)  # fmt: skip


def _number_missing(number: Number, evidence: Evidence, cited: list[int]) -> bool:
    """Whether no cited text gives a figure another source gives otherwise, for the same
    thing: with a word in common around it, however distinctive the figure."""
    return not any(has(number, evidence, i, near=NUMBERS_NEAR, strict=True) for i in cited)


def _words(claim: Claim, covered: set[str]) -> list[str]:
    """Content words of the claim (as written) whose stems no cited text contains."""
    out = []
    skip = attribution_tokens(claim.text)
    for i, token in enumerate(claim.words):
        low = token.lower()
        if i in skip or is_stop(low) or token[0].isdigit() or len(low) < 2:
            continue
        if stem(low) not in covered and low not in covered:
            out.append(token)
    return list(dict.fromkeys(out))


def _citation(evidence: Evidence, i: int, score: float) -> Citation:
    c = evidence.candidates[i]
    score = float(min(1.0, max(0.0, score)))
    return Citation(doc=c.doc, sentence=c.sentence, score=score, start=c.start, end=c.end,
                    quote=c.quote)  # fmt: skip
