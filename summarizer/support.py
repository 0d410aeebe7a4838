"""Which of the claim's words and facts the sources support.

The claim is read in the sources' words first: its opening word is a name when they say it is
one (:func:`with_opener`), and a word they never use is read as the one word of theirs of its
family (:func:`read_as_kin`: "presidency" for "presidential"). Then what the cited texts lack:
parts of the claim no citation holds (:func:`gaps`), a clause of words no source uses
(:func:`novel_clause`), support pieced together from fragments (:func:`pieced_together`), a
figure another source gives otherwise (:func:`number_missing`) and the words no citation holds
(:func:`missing_words`).
"""

from __future__ import annotations

from dataclasses import replace

from summarizer.evidence import Evidence
from summarizer.facts import ROLES, Facts, Number, attribution_tokens, is_stop, stem, tokens
from summarizer.relations.claim import Claim, has
from summarizer.relations.stated import NUMBERS_NEAR

MAX_UNCOVERED_RUN = 6  # content words in a row no citation holds that make a claim partial
KIN_PREFIX = 6  # least letters a word and its kin share (see read_as_kin)
KIN_EXTRA = 4  # most letters one has beyond the other
CLAUSE_UNCOVERED = 4  # a clause with this many uncited content words ...
CLAUSE_SHARE = 0.6  # ... making up this share of it makes the claim partial
PIECED_SCORE = 0.5  # a best citation scoring under this ...
PIECED_SEMANTIC = 0.5  # ... and no source text this close in meaning: pieced together
NOVEL_CLAUSE = 3  # content words no source uses that make an added clause unsupported


def with_opener(text: str, facts: Facts, evidence: Evidence, proper=lambda text: False) -> Facts:
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


def read_as_kin(
    claim: Claim, evidence: Evidence, forms: dict[str, frozenset[str]] | None = None
) -> Claim:
    """The claim with each content stem the sources never use, and no name's, read as the
    one word of theirs it begins or that begins it, both at least ``KIN_PREFIX`` letters and
    at most ``KIN_EXTRA`` apart ("presidency" and "presidential", stems "presid" and
    "presidenti"): a word of one family with another ending. A word spelled with "-ise" where
    they write "-ize", or the other way round, is theirs (:func:`_other_spellings`), and so is
    another form of an irregular verb, by ``forms`` ("came" for "come", "spoke" for
    "speaking": :attr:`summarizer.predicates.parse.Parser.verb_forms`)."""
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


def novel_clause(claim: Claim, evidence: Evidence) -> bool:
    """Whether a clause after the first (after a comma or "and", "but", "while") has
    ``NOVEL_CLAUSE`` content words the sources never use at all: "..., and all of them have
    since been fitted with satellite tags" added to a true sentence."""
    return any(len({t for t in claim.ordered[a:b] if t not in evidence.vocab}) >= NOVEL_CLAUSE
               for a, b in claim.part_ranges[1:])  # fmt: skip


def pieced_together(scores, cited: list[int], semantic) -> bool:
    """Whether no one source text says anything like the claim: its best citation scores under
    ``PIECED_SCORE`` and no source sentence or window comes within ``PIECED_SEMANTIC`` (mapped
    MiniLM cosine) of it, so its support is pieced together from fragments of several ("Soldiers
    set up tents in the main square" from "emergency tents" here and "the main square" there)."""
    return max(scores[i] for i in cited) < PIECED_SCORE and semantic.max() < PIECED_SEMANTIC


def number_missing(number: Number, evidence: Evidence, cited: list[int]) -> bool:
    """Whether no cited text gives a figure another source gives otherwise, for the same
    thing: with a word in common around it, however distinctive the figure."""
    return not any(has(number, evidence, i, near=NUMBERS_NEAR, strict=True) for i in cited)


def missing_words(claim: Claim, covered: set[str]) -> list[str]:
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
