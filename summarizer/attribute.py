"""Attribution: each summary sentence -> the source sentences that support it, and a verdict.

The claim's words. Content words are Snowball stems without stop words (scikit-learn's list
minus the content words in it, such as "fire" or "bill"), contractions of stop words ("it's",
"didn't"), numbers and media attributions: "the Los Angeles Times reports", "according to NPR",
"tells the AP", "reports the Voice of America", "ETOnline says" name where the summary read
something, not a fact of the story (see :func:`summarizer.facts.attribution_tokens`), unless a
cited text credits another outlet with it in the same verb (:func:`other_outlet`).

Citing. Each candidate, a source sentence or a window of adjacent ones, is scored against the
claim, and each article's best is cited when it scores well enough, gives no conflicting figure
and adds to the better ones or stands close to the best (:mod:`summarizer.citing`). Sentences
are cited besides for a fact or a part of the claim those citations lack
(:mod:`summarizer.completing`). Before all this the claim is read in the sources' words
(:mod:`summarizer.support`).

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
  noun (:func:`with_opener`). In a cited window of sentences, a name counts only in a
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
  ``NOVEL_CLAUSE`` content words the sources never use anywhere (:func:`novel_clause`), or,
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
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from summarizer.citing import (
    best_per_document,
    candidate_scores,
    citation_of,
    cited_articles,
    claim_rows,
    covered_by,
    disagreements_in,
    own_view,
    stated_elsewhere,
    support_of,
    union_of,
)
from summarizer.completing import completing_rows, filling_rows
from summarizer.config import AttributeConfig
from summarizer.evidence import Evidence, build
from summarizer.facts import clear_text_caches, conflicting, extract_facts, token_gaps, tokens
from summarizer.relations.claim import Claim
from summarizer.relations.displaced import displaced, modifier_displaced, other_outlet
from summarizer.relations.order import disorder
from summarizer.relations.parsed import parsed_roles
from summarizer.relations.roles import (
    apart,
    apposed_roles,
    replaced_owner,
    replaced_partner,
    retitled,
    roles,
    state_titles,
    unlinked,
    usurped,
)
from summarizer.relations.speakers import misquoted, quoted_from_another, unheard_intent
from summarizer.relations.stated import unstated_facts
from summarizer.relations.wording import opposites, polarity_flipped
from summarizer.support import (
    gaps,
    missing_words,
    novel_clause,
    number_missing,
    pieced_together,
    read_as_kin,
    with_opener,
)
from summarizer.types import Document, Sentence, SummarySentence

log = logging.getLogger(__name__)

MAX_MISSING_WORDS = 8
CONFLICT_RELATED = 0.5  # least score of an article's best candidate for one counted noun to
# make its other figure a conflict ("injuring 14 workers" vs "Twelve workers were hurt")
EMBED_TOP = 24  # sentences per claim worth embedding when checking against unembedded articles
NEW_CLAUSE_UNSEEN = 2  # words no source uses in a clause that, with embeddings, is mostly uncited
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
            self._one(claim, own_view(evidence, None if own is None else own[i]),
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
        rows = union_of(own, len(sentences))
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
        facts = with_opener(text, extract_facts(text), evidence, self._proper_opener)
        parser = self._get_parser()
        claim = read_as_kin(Claim.of(text, facts), evidence, parser.verb_forms if parser else {})
        if not claim.stems or not evidence.candidates:
            return SummarySentence(
                text=text, support="unsupported", missing=missing_words(claim, set())
            )
        scores, cosine = candidate_scores(claim, evidence, vector)
        best = best_per_document(claim, evidence, scores)
        related = {i: bool(scores[i] >= CONFLICT_RELATED) for i in best}
        conflicts = {i: [n for n in conflicting(claim.facts.numbers, evidence.facts[i], related[i])
                         if not stated_elsewhere(n, evidence, i)]
                     for i in best}  # fmt: skip
        cited = cited_articles(
            claim, evidence, scores, [i for i in best if not conflicts[i]], self.config
        )
        blocked = {evidence.candidates[i].doc for i in best if conflicts[i]}
        cited += completing_rows(claim, evidence, scores, cited, blocked, self.config)
        cited += filling_rows(claim, evidence, scores, cited, blocked, self.config)
        disputed = {n for found in conflicts.values() for n in found}
        result = self._verdict(claim, evidence, cited, disputed, scores, cosine)
        shown = [(i, conflicts[i], related[i]) for i in best
                 if conflicts[i] and scores[i] >= self.config.partial]  # fmt: skip
        return replace(result, disagreements=disagreements_in(evidence, shown))

    def _verdict(self, claim, evidence, cited, disputed, scores, semantic) -> SummarySentence:
        score, _ = support_of(claim, evidence, cited, semantic, self.embedder is not None)
        covered = covered_by(evidence, cited)
        missing_facts = unstated_facts(claim, evidence, cited)
        # A figure no cited text gives, while a source gives another one for the same thing.
        rivalled = [n.surface for n in disputed if number_missing(n, evidence, cited)]
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
        derived += replaced_owner(claim, evidence, cited)
        texts = [(tokens(q), token_gaps(q)) for q in (evidence.candidates[i].quote for i in cited)]
        derived += displaced(claim, texts, evidence) + modifier_displaced(claim, texts)
        # "coach Marta Lindqvist", "Marta Lindqvist said": nothing new when the name is missing
        missing_facts += [d for d in derived if not any(m in d for m in missing_facts)]
        if polarity_flipped(claim, evidence, cited):
            missing_facts.append("negation")
        if cited and self.embedder is not None and pieced_together(scores, cited, semantic):
            missing_facts.append("pieced together")
        if cited and (
            order := disorder(claim, evidence, cited) or self._roles(claim, evidence, cited)
        ):
            missing_facts.append(order)
        if novel_clause(claim, evidence) or self._new_clause(claim, evidence, covered):
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
            w for w in missing_words(claim, covered) if w.lower() not in listed
        ][: MAX_MISSING_WORDS]  # fmt: skip
        citations = tuple(citation_of(evidence, i, scores[i]) for i in cited)
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
        """The intentions :func:`unheard_intent` finds, but for one whose clause, with a
        subject that is a common noun (:func:`_with_subject`: "decorations will stay up until
        the holidays are over"; "would fund an independent review of its testing"), embedded
        on its own, comes within ``GAP_PARAPHRASE`` cosine of a source text: said there in
        other words ("the decorations will remain in place until the end of the holidays")."""
        found = unheard_intent(claim, evidence)
        if not found or self.embedder is None or evidence.vectors is None:
            return [intent for intent, _, _ in found]
        texts = [claim.text[_with_subject(claim, start) : end] for _, start, end in found]
        near = self._nearest(texts, evidence)
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
        they have another, by the dependency parse (:func:`parsed_roles`); None without a
        parser."""
        parser = self._get_parser()
        if parser is None:
            return None
        return parsed_roles(parser, claim, evidence, cited)

    def _with_nli(self, claim, evidence, cited, score, contradicted) -> tuple[float, bool]:
        premise = " ".join(evidence.candidates[i].quote for i in cited[:2])
        entail, contra = self.nli.scores([premise], [claim])[0]
        return (score + float(entail)) / 2, contradicted or (contra > 0.5 and contra > entail)


def _with_subject(claim: Claim, at: int) -> int:
    """Where an intention's clause starts with its subject, when that is a common noun right
    before it in the same part of the claim ("decorations will stay up"); not a name ("Vireo
    would cut"), whose words match any sentence about it, nor a pronoun ("it will contest")."""
    k = sum(a < at for a, _ in claim.spans) - 1  # the claim's last content word before it
    if k < 0 or any(claim.parts[k + 1 : k + 2]):
        return at  # none, or a new part starts after it
    start = claim.spans[k][0]
    return start if claim.text[start].islower() and claim.ordered[k] not in claim.name_stems else at


@functools.cache
def _load_parser(name: str):
    """One parser per name for the process (loading spaCy takes a second)."""
    from summarizer.predicates import load_parser

    return load_parser(name)
