"""Whether a claim's relations and word order are the sources': checks on a claim against the
texts cited for it, used by :mod:`summarizer.attribute` once citations are chosen.

* who said it: a speaker's words must be held by a sentence naming them (:func:`misquoted`),
  or quoting "she said" right after one (:func:`named_before`);
* who did what: two names a clause joins must stand together somewhere (:func:`apart`); names or
  nouns round a word must not come the other way round (:func:`reversed_names`,
  :func:`reversed_words`) nor swap what they did (:func:`swapped_names`); two events the claim
  links ("after", "because") must be linked in one source text (:func:`unlinked`);
* how it is said: word order and fluency (:func:`word_order`, :func:`fluency`,
  :func:`stranded_article`), a negation the claim drops (:func:`polarity_flipped`), a word
  swapped for its opposite (:func:`opposites`), a role the sources never give a name
  (:func:`roles`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property

import numpy as np

from summarizer.evidence import Candidate, Evidence
from summarizer.facts import (
    COMPASS,
    MONTHS,
    NUMBER_WORDS,
    OCCUPATION,
    ORG_HEADS,
    PARTY_NICKNAMES,
    PARTY_WORDS,
    QUARTERS,
    ROLES,
    SAYING,
    STATE_NAMES,
    TITLE_WORDS,
    TITLES,
    WEEKDAYS,
    Fact,
    Facts,
    Number,
    agrees,
    claim_spans,
    claim_stems,
    clause_starts,
    content_stems,
    entity_in,
    extract_facts,
    inverted_names,
    is_body,
    is_stop,
    plain,
    possessive,
    run_initials,
    same_value,
    states,
    stem,
    token_gaps,
    token_spans,
    tokens,
    word_bigrams,
    word_set,
)
from summarizer.speech import SAID, SPEAKING_FORMS, SPEAKING_PATTERN

ORDER_SPAN = 1  # claim words this close (1 = adjacent) form the pairs the order check tests
ORDER_DISTANCE = 3  # ... found in order in one cited text at most this many content words apart
MIN_ORDER = 0.25  # least share of those pairs in order; below it the claim is at most partial
MIN_ORDER_PAIRS = 3  # fewer testable pairs than this: no order check
MIN_FLUENT = 0.15  # least share of the claim's adjacent word pairs found anywhere in the sources
MIN_BIGRAMS = 5  # claims with fewer adjacent word pairs are not checked for fluency
REVERSED_SPAN = 8  # most content words between two names the reversal check tests (words
# in the sources: twice that and two)
LINK_SHARE = 0.3  # least share of each side of a link ("after") one source text must hold
LINK_WORDS = 2  # content words each side needs for the link to be checked
_LINK = re.compile(
    r"\b(?:(?:partly|largely|mainly|mostly|partially|primarily|chiefly|solely|only|just|in part)"
    r"\s+)?"  # "partly because": how much the link explains is the link's, not the event's
    r"(?:after(?!-)|following(?! (?:day|week|month|year|morning|evening|night)s?\b)|because of"
    r"|because|in response to|as a result of|in return for|in exchange for"
    # "due to the storm", "due to heavy rain", "due to staffing shortages"; not "was due to
    # retire" nor "due to play two shows": a bare verb after it tells what was planned
    r"|due to(?=\s+(?:the|a|an|his|her|their|its|this|that|these|those|high|low|heavy|poor|"
    r"bad|severe|lack|(?-i:[A-Z0-9])|\w+(?:ing|ion|ions|ity|ness|ment|ments|ure|ures|ance|ence|s)\b))"
    r"|in retaliation for|in revenge for|to avenge|in protest (?:at|against|over)"
    r"|(?:prompted|triggered|sparked) by"
    r"|while(?= (?:(?:he|she|they|it|we) (?:was|were|is|are) )?\w+ing\b))\b",  # "while he was ..."
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]|\b(?:that|and|but)\b")
# A semicolon or a dash between clauses: what comes before is another sentence's event ("...
# the order was widened; it was lifted at 8:30 p.m. after monitoring found ...").
_SENTENCE_BREAK = re.compile(r";|\s[—–]\s|\s--\s")
SPEAKER_SHARE = 0.5  # least share of what the claim has a speaker say that one source text
# naming them holds (see misquoted)
OPENING = 3  # words (titles, a first name) that may stand before a subject opening a sentence
QUOTED_WORDS = 3  # content words of a quotation in the claim that are checked on their own
QUOTE_SHARE = 0.75  # ... and the least share of them one text naming the speaker must hold
SPEAKER_AGAIN = 3  # most sentences on from the first in which a second naming a speaker counts
SPEAKER_MORE = 2  # least words of it a second article naming them must add to the first's


@dataclass(frozen=True)
class Claim:
    text: str
    stems: tuple[str, ...]
    facts: Facts
    ordered: tuple[str, ...] = ()  # content stems in claim order, repeats kept
    starts: tuple[bool, ...] = ()  # per ordered stem: punctuation before it (clause_starts)
    spans: tuple[tuple[int, int], ...] = ()  # per ordered stem: its characters in the text
    parts: tuple[bool, ...] = ()  # per ordered stem: punctuation or a conjunction before it

    @classmethod
    def of(cls, text: str, facts: Facts) -> Claim:
        """The claim ``text`` with its ``facts`` and its content stems in order."""
        ordered = tuple(claim_stems(text))
        return cls(text, tuple(dict.fromkeys(ordered)), facts, ordered,
                   tuple(clause_starts(text)), tuple(claim_spans(text)),
                   tuple(clause_starts(text, conjunctions=True)))  # fmt: skip

    @cached_property
    def clauses(self) -> list[int]:
        """Per ordered stem: the number of the clause (between punctuation marks) it is in."""
        return list(itertools.accumulate(self.starts))

    @cached_property
    def joined(self) -> tuple[bool, ...]:
        """``starts`` with a name set off by commas joined to the clause round it: in "the
        vaccine it developed with its partner, Pfizer, has proved" Pfizer is the partner."""
        out = list(self.starts)
        names = [{stem(w.lower()) for w in e} for e in self.facts.entities]
        ranges = [(k, next((j for j in range(k + 1, len(out)) if out[j]), len(out)))
                  for k in range(1, len(out)) if out[k]]  # fmt: skip
        for start, end in ranges:
            if end == len(out) or not all(
                self._gap(k).strip().startswith(",") for k in (start, end)
            ):
                continue
            if any(set(self.ordered[start:end]) <= name for name in names):
                out[start] = out[end] = False
        return tuple(out)

    def _gap(self, k: int) -> str:
        """The text between ordered stem ``k`` and the one before it."""
        return self.text[self.spans[k - 1][1] : self.spans[k][0]]

    @cached_property
    def part_ranges(self) -> list[tuple[int, int]]:
        """The claim's parts (between punctuation marks and clause conjunctions, see ``parts``)
        as ranges of its ordered stems, in order."""
        out, first = [], 0
        for k, start in enumerate([*self.parts, True]):
            if start and k > first:
                out.append((first, k))
            if start:
                first = k
        return out

    @cached_property
    def name_stems(self) -> frozenset[str]:
        """Stems of every word of the claim's names."""
        return frozenset(stem(w.lower()) for e in self.facts.entities for w in e)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The claim's tokens as written (:func:`summarizer.facts.tokens`)."""
        return tuple(tokens(self.text))

    @cached_property
    def gaps(self) -> tuple[str, ...]:
        """The text before each of :attr:`words` (:func:`summarizer.facts.token_gaps`)."""
        return tuple(token_gaps(self.text))

    def at(self, name: tuple[str, ...]) -> list[int]:
        """Where ``name`` (as written) starts among the claim's tokens."""
        n = len(name)
        return [k for k in range(len(self.words) - n + 1) if self.words[k : k + n] == name]

    @cached_property
    def modifiers(self) -> dict[tuple[str, ...], str]:
        """For each name the claim puts before a noun as a modifier, the noun's stem (see
        :func:`_headed`)."""
        return {e: noun for e in self.facts.entities if (noun := _headed(self, e))}

    @cached_property
    def passive(self) -> bool:
        """Whether the claim has "by", which turns who-did-what round."""
        return "by" in (t.lower() for t in self.words)

    @cached_property
    def speakers(self) -> list[tuple[tuple[str, ...], int, bool]]:
        """See :func:`_speakers`."""
        return _speakers(self)


_NEGATION = re.compile(
    r"\b(?:not|no|never|nobody|nothing|none|neither|nor|without|cannot)\b|n[’']t\b", re.IGNORECASE
)
# Words that negate without "not": a claim using one may say what a negated source says.
_NEGATING = {stem(w) for w in ("declined", "refused", "denied", "failed", "lack", "lacked",
                                "absence", "unable", "rejected", "avoided", "missing", "opposed",
                                "opposition")}  # fmt: skip
_NEGATING_PHRASE = re.compile(
    r"\b(?:yet to|rul(?:ed|es|ing) out|rule out|rather than|instead of"
    # what leaves one without it: "knocked out the dispatch system" / "working without it"
    r"|knock(?:ed|s|ing)? out|shut (?:down|off)|cut off|disabled|crippled)\b",
    re.IGNORECASE,
)
NEGATED_SPAN = 3  # words after a negation that it governs ("no ships were damaged")
SAID_CHAIN = 2  # "he said" sentences naming nobody between a name and the "he said" quoted
_PRONOUN_OPENS = re.compile(r"(?:He|She)\s+(?:also\s+)?[a-z]+(?:ed|s)\b")
# A sentence opening with "Her"/"His" goes on about the one the sentence before named
THEIR_OPENS = re.compile(r"(?:Her|His)\s")
# "she said", "it told TODAY", and an age for the one named before ("said the 34-year-old")
_PRONOUN_SAID = re.compile(
    rf"\b(?:he|she|they|it)\s+(?:{SPEAKING_PATTERN})\b"
    rf"|\b(?:{SPEAKING_PATTERN})\s+the\s+\d+-year-old\b|\bthe\s+\d+-year-old\s+(?:{SPEAKING_PATTERN})\b",
    re.IGNORECASE,
)
_THE_ROLE = re.compile(
    r"\bthe\s+((?:[a-z]+\s+){0,2}[a-z]+)\b", re.IGNORECASE
)  # "the visiting president"
_A_ROLE = re.compile(r"\b(?:the|an?)\s+((?:[a-z]+\s+){0,2}[a-z]+)\b", re.IGNORECASE)
# "a Justice Department inspector general investigation": a role its body's name qualifies
_QUALIFIED_ROLE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w'’-]*\s+){1,2}[a-z]+)\b")
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "representative", "aide"}
_ROLE_SAID = re.compile(rf"\bthe\s+(\w+)\s+(?:{SPEAKING_PATTERN})\b", re.IGNORECASE)


def antecedent(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` makes ``name`` the one a "he" or "she" after it stands for: it
    names no one else (:func:`_sole_name`), or opens with the name as its subject ("Tulsi
    Gabbard announced ... and endorsed Joe Biden. ... While she was one of the final three
    ...")."""
    return _sole_name(name, evidence, i) or _opens_with(name, evidence.candidates[i].quote)


def _opened_by_other(name: tuple[str, ...], quote: str, evidence: Evidence) -> bool:
    """Whether ``quote`` opens with another name as its subject ("Meadows outlined the state of
    talks ... between House Speaker Nancy Pelosi and ...": a "he said" after it is his), one
    the sources write capitalised inside a sentence ("Investigators are" opens with no name).
    A quotation opening it is no subject: '"Gareth was five metres away," said Ms Hughes'."""
    if quote.lstrip()[:1] in ('"', "“"):
        return False
    opening = tokens(quote)[: OPENING + len(name) + 3]
    if plain(name[-1]) in (plain(w) for w in opening):
        return False  # "Site manager Douglas Fenwright told ..."
    words = opening[: OPENING + 3]
    lead = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    if not lead or len(lead) == len(words) or is_stop(lead[0].lower()):
        return False  # "On Thursday morning, Cory Booker said"
    names = [plain(w) for w in lead if not title_word(w) and w.lower() not in _DATES
             and w.lower() in evidence.capitalised]  # fmt: skip
    return bool(names) and plain(name[-1]) not in names


def _opens_with(name: tuple[str, ...], quote: str) -> bool:
    """Whether ``quote`` opens with the name (a title or two before it aside) and a verb."""
    words = tokens(quote)[: OPENING + len(name) + 1]
    last = [k for k, w in enumerate(words) if w == name[-1]]
    return (
        bool(last)
        and last[0] + 1 < len(words)
        and words[last[0] + 1][:1].islower()
        and all(w[:1].isupper() for w in words[: last[0]])
    )


def _sole_name(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` names no one but ``name``: no name of two words or more with
    another last word ("Bouncer Zdravko Micevic, 22, is charged", not "Micevic hit Tom
    Reyne")."""
    last = stem(name[-1].lower())
    others = {stem(e[-1].lower()) for e in evidence.facts[i].entities if len(e) > 1} - {last}
    return not others


def named_before(name: tuple[str, ...], evidence: Evidence, i: int, deputy: bool = True) -> bool:
    """Whether candidate ``i`` quotes someone as "she said" (or "the spokesman said") right
    after a sentence naming ``name`` (with that role): 'Captain Eileen Marsh praised the crew.
    "Nobody hesitated," she said.' A "she said" also follows up to ``SAID_CHAIN`` sentences
    that say "she said" too, or open with "she" and a verb, and name nobody ('Mr Lagos said:
    ... He said many had suffered. He said nothing could make up for it.'; "Esquivel told
    lawmakers ... She also asked ... , she told the Ledger."), or open with "her" or "his" and
    name no one in full ("Her Nobel prize is the first to ..."). Without ``deputy``, a role the
    sentence before gives someone speaking for the name ("A Downing Street spokesman said ...
    the spokesman said") does not count: the spokesman speaks for it but is not it."""
    candidate = evidence.candidates[i]
    first = evidence.single.get((candidate.doc, candidate.sentence)) if evidence.single else None
    if first is None:
        return False
    quote = evidence.candidates[first].quote
    pronoun = bool(_PRONOUN_SAID.search(quote))
    before = evidence.single.get((candidate.doc, candidate.sentence - 1))
    for back in range(2, SAID_CHAIN + 2):
        if not pronoun or before is None or has(name, evidence, before):
            break
        said = evidence.candidates[before].quote
        theirs = bool(THEIR_OPENS.match(said))  # "Her Nobel prize is the first to ..."
        if not _PRONOUN_SAID.search(said) and not _PRONOUN_OPENS.match(said) and not theirs:
            return False  # "She also asked the subcommittee ...": still the one named before
        if any(len(e) > 1 or not theirs for e in evidence.facts[before].entities):
            return False  # not "Her lawyer, John Abel, ...": he may be who speaks next
        before = evidence.single.get((candidate.doc, candidate.sentence - back))
    if before is None or not has(name, evidence, before):
        return False
    if pronoun:  # "Meadows outlined talks between Pelosi and Mnuchin. He told CNBC": not hers
        return not _opened_by_other(name, evidence.candidates[before].quote, evidence)
    roles = {m[1].lower() for m in _ROLE_SAID.finditer(quote)} & ROLES
    if deputy and any(role in evidence.words[before] for role in roles):
        return True
    return _the_role_is(name, quote, evidence, before, deputy)


def introduced(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` calls ``name`` "a <role>" or "the <role>" right before the next
    sentence of its article names them, as a lede does ("A police chief in Brooklyn Center
    released the footage ... Brooklyn Center Police Chief Tim Gannon said he believed"), by
    the test of :func:`_the_role_is`. People only: a name of two words or more, not a body's
    ("the chief executive" before a sentence naming Quillon is Quillon's)."""
    if len(name) < 2 or is_body(name):
        return False
    c = evidence.candidates[i]
    after = evidence.single.get((c.doc, c.sentence + c.size)) if evidence.single else None
    if after is None or not has(name, evidence, after):
        return False
    return _the_role_is(name, c.quote, evidence, after, deputy=False, pattern=_A_ROLE)


_GROUP_WORDS = re.compile(r"\b(?:[Tt]hey|[Mm]embers|[Tt]he lawmakers)\b")


def group_before(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` calls a group "they", "members" or "the lawmakers" right after
    a sentence of its article named it ("House Intelligence Committee Democrats held a
    briefing ... A source said that members were 'animated' in trying to ..."): a name of a
    plural last word ("Democrats", "Republicans")."""
    last = name[-1]
    if len(last) < 4 or not last.endswith("s") or last.endswith("ss") or not last[:1].isupper():
        return False
    c = evidence.candidates[i]
    if c.size > 1 or evidence.single is None or not _GROUP_WORDS.search(c.quote):
        return False
    before = evidence.single.get((c.doc, c.sentence - 1))
    return before is not None and has(name, evidence, before)


# The last words of the names of bodies a news story goes on to call "the group" or by that
# word ("the foundation", "the union"), not of places ("the river")
_BODY_HEADS = {
    "company", "bank", "ministry", "department", "party", "agency", "committee", "commission",
    "group", "club", "council", "union", "association", "foundation", "corporation", "fund",
    "trust", "authority", "network", "society", "alliance", "coalition", "federation", "league",
    "organization", "organisation", "board", "bureau", "administration", "institute",
}  # fmt: skip
# "The group has collected ...", "Taking advantage of the momentum, the foundation is ..."
_THE_BODY = re.compile(r"^(?:[^,.;:]{0,80},\s+)?[Tt]he\s+([a-z]+)\s+(?!of\b)")


def body_before(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` has "the group" (or "the organization", or the last word of the
    name: "the foundation") do something right after a sentence of its article named the body
    and no other ("... the Mozilla Foundation is drumming up support for Firefox. The group has
    collected $250,000 in donations"): the body's name of the claim is borne out."""
    head = plain(name[-1].lower())
    c = evidence.candidates[i]
    if head not in _BODY_HEADS or c.size > 1 or evidence.single is None:
        return False
    found = _THE_BODY.match(c.quote)
    if not found or found[1] not in {"group", "organization", "organisation", head}:
        return False
    before = evidence.single.get((c.doc, c.sentence - 1))
    if before is None or not has(name, evidence, before):
        return False
    bodies = [e for e in evidence.facts[before].entities if plain(e[-1].lower()) in _BODY_HEADS]
    return all(_body_key(e) == _body_key(name) for e in bodies)


def _body_key(entity: tuple[str, ...]) -> tuple[str, ...]:
    """The last two words of a body's name, which tell bodies of one head word apart."""
    return tuple(plain(w).lower() for w in entity[-2:])


def _the_role_is(
    name: tuple[str, ...],
    quote: str,
    evidence: Evidence,
    before: int,
    deputy: bool = True,
    pattern: re.Pattern = _THE_ROLE,
) -> bool:
    """Whether ``quote`` calls ``name`` "the <role>" right after sentence ``before`` named them:
    the sources put that role beside the name somewhere ("Brazilian President Lula"), and no
    other full name in ``before`` has it ('Lula said he hoped for more trade. ... and the
    visiting Brazilian president attended the ceremony'). The words before the role tell
    names apart: "the former vice president" is not the president named beside him, "the
    Iranian president" not one the sources never call Iranian. Without
    ``deputy``, "the spokesman" is not the body he speaks for. ``pattern`` finds the roles
    (``_A_ROLE`` takes "a police chief" too, a role of any sentence naming them)."""
    if evidence.beside is None:
        return False

    def beside(entity: tuple[str, ...]) -> set[str]:
        return _beside(entity, evidence)

    near = beside(name)
    if pattern is _A_ROLE:  # a lede's role: one a sentence naming them gives them anywhere
        near |= _with_name(name, evidence)
    rivals = [(e, beside(e)) for e in evidence.facts[before].entities
              if len(e) > 1 and stem(e[-1].lower()) != stem(name[-1].lower())]  # fmt: skip
    for match in pattern.finditer(quote):
        written = match[1].split()
        words = [w.lower() for w in written]
        for k, word in enumerate(words):
            if word in ROLES and _beside_role(word, near) and (deputy or word not in _SPOKESPEOPLE):
                told = {stem(w) for w in words[: k + 1]} | set(_ROLE_SHORT.get(word, ()))
                told &= near
                # "the Iranian president" is not the president of Iraq; "a Justice Department
                # inspector" is the one a sentence names with the department
                qualifiers = {stem(w.lower()) for w in written[:k] if w[:1].isupper()} - near
                other = bool(qualifiers) and (
                    pattern is not _QUALIFIED_ROLE or not qualifiers <= _with_name(name, evidence)
                )
                own = set(written[:k]) if pattern is _QUALIFIED_ROLE else set()
                if not other and not any(told <= rival for e, rival in rivals
                                         if not set(e) <= own):  # fmt: skip
                    return True
    return False


def _beside(words: Sequence[str], evidence: Evidence) -> set[str]:
    """The stems the sources write within reach of any of these words (``Evidence.beside``)."""
    return set().union(*(evidence.beside.get(stem(w.lower()), set()) for w in words))


def _with_name(name: tuple[str, ...], evidence: Evidence) -> set[str]:
    """The words of every source sentence naming ``name``."""
    rows = [i for i, c in enumerate(evidence.candidates) if c.size == 1]
    return set().union(*(evidence.words[i] for i in rows if entity_in(name, evidence.words[i])))


# Words a changed claim swaps for their opposite ("only smaller vessels" -> "only larger").
_OPPOSITES = [
    ("larger", "smaller"), ("bigger", "smaller"), ("higher", "lower"), ("highest", "lowest"),
    ("increase", "decrease"), ("increased", "decreased"), ("rose", "fell"), ("rise", "fall"),
    ("gain", "loss"), ("won", "lost"), ("win", "lose"), ("opened", "closed"), ("open", "closed"),
    ("alive", "dead"), ("survived", "died"), ("guilty", "innocent"), ("convicted", "acquitted"),
    ("approved", "rejected"), ("accepted", "rejected"), ("allowed", "banned"),
    ("legal", "illegal"), ("maximum", "minimum"), ("upheld", "overturned"),
    ("supported", "opposed"), ("backed", "opposed"), ("older", "younger"), ("oldest", "youngest"),
    ("cheaper", "dearer"), ("faster", "slower"), ("early", "late"), ("earlier", "later"),
]  # fmt: skip
_OPPOSITE = {stem(a): stem(b) for a, b in _OPPOSITES} | {stem(b): stem(a) for a, b in _OPPOSITES}


def roles(claim: Claim, evidence: Evidence) -> list[str]:
    """Names the claim gives a role the sources never put near them ("Fire chief Colin
    Baptiste" where the articles call him the harbour board chair): the content word right
    before the name must stand within four words of it somewhere in the sources."""
    words, gaps = claim.words, claim.gaps
    out = []
    for name, k in _name_spots(claim, evidence):
        if k == 0 or gaps[k].strip():
            continue
        role = words[k - 1].lower()
        if role not in ROLES:
            continue
        near = _beside(name, evidence)
        if near & {stem(w) for w in (role, *_ROLE_SHORT.get(role, ()))}:
            continue
        root = role[: max(4, len(role) - 2)]  # "teach": "schoolteach" is the stem's
        if any(w.endswith(root) and len(w) > len(root) + 2 for w in near):
            continue  # "a retired schoolteacher" for "retired teacher Gloria Banks"
        if _worked_as(name, role, evidence):
            continue
        out.append(f"{words[k - 1]} {' '.join(name)}")
    return out


def _worked_as(name: tuple[str, ...], role: str, evidence: Evidence) -> bool:
    """Whether a source sentence naming the person, or the one after it opening with "He" or
    "She", gives the role after "as a" ("Raymond Osei ... had spent 11 years as a product
    manager"; "Carol Pettibone never set foot in the hotel. She walked past it ... on her way
    to the law office where she worked as a legal secretary")."""
    if evidence.single is None:
        return False
    said = re.compile(rf"\bas an?\s+(?:[\w-]+\s+){{0,2}}{re.escape(role)}s?\b", re.IGNORECASE)
    for i, c in enumerate(evidence.candidates):
        if c.size != 1 or not entity_in(name, evidence.words[i]):
            continue
        after = evidence.single.get((c.doc, c.sentence + 1))
        texts = [c.quote]
        if after is not None and re.match(r"(?:He|She)\b", evidence.candidates[after].quote):
            texts.append(evidence.candidates[after].quote)
        if any(said.search(t) for t in texts):
            return True
    return False


def retitled(claim: Claim, evidence: Evidence) -> list[str]:
    """Names the claim gives a title of several words ("Colorado Republican Party Chairman
    Victor Salinas") that the sources write right before someone else ("Colorado Republican
    Party Chairman Rick Ostrander") and never before this person, whose name they never write
    within four words of all the title's words either ("Victor Salinas, the senator's campaign
    chairman"), as "A / B"."""
    if evidence.beside is None:
        return []
    out = []
    for name in claim.facts.entities:
        at = [r for r, w in enumerate(name[:-1]) if w.lower() in ROLES]
        if not at or at[-1] < 1:
            continue
        title, person = name[: at[-1] + 1], name[at[-1] + 1 :]
        if all(stem(w.lower()) in _beside(person, evidence) for w in title):
            continue
        held = re.compile(
            r"\b"
            + r"\s+".join(map(re.escape, title))
            + r"\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
        )
        others = [m[1] for c in evidence.candidates if c.size == 1 for m in held.finditer(c.quote)]
        if others and not any(entity_in(person, word_set(o)) for o in others):
            out.append(f"{' '.join(person)} / {others[0]}")
    return out


def _name_spots(claim: Claim, evidence: Evidence) -> Iterator[tuple[tuple[str, ...], int]]:
    """Each name of the claim with each word index it starts at, for the checks of the words
    the sources write near a name (none where the index has no ``Evidence.beside``)."""
    if evidence.beside is None:
        return
    for name in claim.facts.entities:
        for k in claim.at(name):
            yield name, k


def apposed_roles(claim: Claim, evidence: Evidence) -> list[str]:
    """Names the claim gives a role in apposition before them ("the resolution's sponsor,
    Representative Justin Amash") where the sources put that word right before another name
    ("whose sponsor Democrat Representative Tom Malinowski") and never near this one, as
    "A / B" (:func:`is_person`)."""
    words, gaps = claim.words, claim.gaps
    out = []
    for name, k in _name_spots(claim, evidence):
        while k and words[k - 1][:1].isupper() and title_word(words[k - 1]):
            k -= 1  # "sponsor, Representative Justin Amash"
        if k < 2 or gaps[k].strip() != "," or not words[k - 1].isalpha():
            continue
        noun = words[k - 1]
        if noun[:1].isupper() or is_stop(noun.lower()):
            continue
        # "Representative" is many people's
        own = [w for w in name if not title_word(w) and w.lower() not in PEOPLE]
        near = _beside(own, evidence)
        if not own or stem(noun.lower()) in near:
            continue
        held = re.compile(rf"\b{re.escape(noun)},?\s+((?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w'’-]+)")
        others = [m[1] for c in evidence.candidates if c.size == 1
                  for m in held.finditer(c.quote)]  # fmt: skip
        others = [o for o in others if is_person(o) and not entity_in(name, word_set(o))]
        if others:
            out.append(f"{' '.join(name)} / {others[0]}")
    return out


_PERSON_WORD = re.compile(r"[A-Z][a-z'’-]+")


def is_person(written: str) -> bool:
    """Whether a run of capitalised words ends in a person's name: two words written as names
    are ("Democrat Representative Tom Malinowski"), a body, a day or an outlet is not ("the
    White House", "Tuesday", "NBC News")."""
    words = written.split()
    last = plain(words[-1].lower())
    return (len(words) >= 2 and all(_PERSON_WORD.fullmatch(w) for w in words[-2:])
            and last not in ORG_HEADS | _WHEN | {"news", "times", "post"})  # fmt: skip


def apart(claim: Claim, evidence: Evidence) -> list[str]:
    """Pairs of names the claim puts in one clause that no sentence or window of the sources
    names together, as "A / B": a relation stitched from sentences about other things ("Victor
    Lamberg bought Luca Ferrante" where one article has Lamberg buy the club and another the
    club buy Ferrante). Names in a list ("A, B and C"; "A and Sen. B") stand in clauses of
    their own. A text calling one of them "the <role>", a title the sources give them and none
    of the names in it, names them (:func:`_called`: "Host Bill Hemmer asked when he had last
    spoken with the president" names President Biden), and so does "the court" after its
    article named the Supreme Court (:func:`the_head`)."""
    places = {}
    for name in claim.facts.entities:
        if nationality(claim, name) or plain(name[-1].lower()) in _WHEN:
            continue  # "Russian meddling", "on International Women's Day" relate no one
        if len(name) == 1 and name[0].lower() in COMPASS[:4]:
            continue  # "instability in the North": a side of a divided land, told otherwise
        head = stem(name[-1].lower())
        places[name] = {claim.clauses[k] for k, t in enumerate(claim.ordered) if t == head}
    # their words: see misquoted; and the bodies they speak for ("Rachel Stone of the Safe
    # Play Alliance says the recall ...": the alliance need not be named with the recall)
    speakers = {name for name, _, _ in claim.speakers} | _speaking_bodies(claim)
    texts = list(zip(evidence.words, (c.quote for c in evidence.candidates), strict=True))

    titles: dict[tuple[str, ...], set[str]] = {}

    def named(e: tuple[str, ...], words: set[str], quote: str, i: int) -> bool:
        if entity_in(e, words) and not named_otherwise(e, quote):
            return True
        if the_head(e, evidence, i) or _pronoun_for(e, evidence, i):
            return True
        if e not in titles:
            titles[e] = _titles_of(e, evidence)
        return bool(titles[e]) and _called(e, titles[e], quote, evidence, i)

    def together(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return any(named(a, words, quote, i) and named(b, words, quote, i)
                   for i, (words, quote) in enumerate(texts))  # fmt: skip

    out = []
    for a, b in itertools.combinations(places, 2):
        if a[-1].lower() == b[-1].lower() or not places[a] & places[b] or {a, b} & speakers:
            continue
        if together(a, b) or _paired(claim.text, a, b) or _paired(claim.text, b, a):
            continue
        # Both in an apposition or relative clause describing the name just before it ("Dan
        # Schnur, a former adviser to John McCain who now directs the University of Southern
        # California"), each named with that name.
        described = [k for k in places[a] & places[b] if _describes(claim, k)]
        if any(places[c] & {k - 1 for k in described} and together(a, c) and together(c, b)
               for c in places if c not in (a, b)):  # fmt: skip
            continue
        out.append(f"{' '.join(a)} / {' '.join(b)}")
    return out


def name_pattern(name: tuple[str, ...]) -> str:
    """A pattern for the name as a text writes it, any punctuation or spaces between its
    words ("Sen. Ana Lind", "Sen Ana Lind")."""
    return r"\W+".join(re.escape(w) for w in name)


def _paired(text: str, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the text joins name ``a`` to name ``b`` by "and" (titles and a place before
    ``b`` aside): "both Tucker Carlson and Rep. Dan Crenshaw" lists two, relating neither."""
    first, second = name_pattern(a), name_pattern(b)
    return bool(re.search(rf"\b{first},?\s+and\s+(?:[A-Z][\w.'’-]*\s+){{0,4}}{second}\b", text))


def replaced_partner(claim: Claim, evidence: Evidence) -> list[str]:
    """Names the claim pairs by "and" after a word ("a book by Thomas Frank and Ruy Teixera")
    where the sources pair the second with someone else after that word ("by John Judis and
    Ruy Teixera") and never with the first, as "A / C": a partner put in another's place. Pairs
    only, not longer lists, which a claim may cut short."""
    names = [e for e in claim.facts.entities if plain(e[-1].lower()) not in _NO_ACTORS]
    out = []
    for a, b in itertools.permutations(names, 2):
        lead = _pair_lead(claim.text, a, b)
        if not lead:
            continue
        partners, joined = [], False
        for i, c in enumerate(evidence.candidates):
            if c.size > 1 or not entity_in(b, evidence.words[i]):
                continue
            for other in evidence.facts[i].entities:
                if other == b or not (_paired(c.quote, other, b) or _paired(c.quote, b, other)):
                    continue
                if entity_in(a, word_set(" ".join(other))):
                    joined = True
                elif _pair_lead(c.quote, other, b) == lead and not any(
                    entity_in(other, word_set(" ".join(e))) for e in names
                ):
                    partners.append(other)
        if partners and not joined:
            out.append(f"{' '.join(a)} / {' '.join(partners[0])}")
    return out


def _pair_lead(text: str, a: tuple[str, ...], b: tuple[str, ...]) -> str:
    """The lower-case word right before "A and B" in the text (titles before A aside: "by
    Sen. A and B"), or "": none where A ends a longer list ("X, Y, A and B")."""
    first, second = name_pattern(a), name_pattern(b)
    found = re.search(
        rf"\b([a-z]+)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{first}\s+and\s+"
        rf"(?:[A-Z][\w.'’-]*\s+){{0,4}}{second}\b",
        text,
    )
    return found[1] if found else ""


HE_SHE = re.compile(r"\b(?:he|she|He|She)\b")  # a person named before


def _pronoun_for(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` says "he" or "she" for ``name``: the nearest sentence before it
    that names anyone, up to ``SAID_CHAIN`` back, names them as the one a pronoun after it
    stands for (:func:`antecedent`: "When Vice President Kamala Harris made the decision ...
    For days, aides had been calling ... But when it became known that she was going to El
    Paso" names Harris with El Paso)."""
    c = evidence.candidates[i]
    if c.size != 1 or evidence.single is None or not HE_SHE.search(c.quote):
        return False
    for back in range(1, SAID_CHAIN + 1):
        j = evidence.single.get((c.doc, c.sentence - back))
        if j is None:
            return False
        if evidence.facts[j].entities:
            return entity_in(name, evidence.words[j]) and antecedent(name, evidence, j)
    return False


def the_head(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether candidate ``i`` calls a body by its generic last word ("the court", "an officer
    from the commission") in an article that names the body elsewhere ("The U.S. Supreme Court
    ruled ... The decision noted it was the fifth time the court has rejected ..."; "..., the
    Florida Fish and Wildlife Conservation Commission notes") and no other body of that word."""
    head = plain(name[-1].lower())
    if len(name) < 2 or not is_body(name) or evidence.rows_of is None:
        return False
    c = evidence.candidates[i]
    if not re.search(rf"\b(?i:the) {head}\b(?!\s+(?:of|for)\b)", c.quote):
        return False
    rows = evidence.rows_of.get(c.doc, ())
    others = {e for r in rows for e in evidence.facts[r].entities if e[-1].lower() == head
              and not entity_in(e, word_set(" ".join(name)))
              and not entity_in(name, word_set(" ".join(e)))}  # fmt: skip
    full = {plain(w.lower()) for w in name if not is_stop(w.lower())}  # "Valdoria Fish and ..."
    return not others and any(entity_in(name, evidence.words[r]) and full <= evidence.words[r]
                              for r in rows)  # fmt: skip


def _called(
    name: tuple[str, ...], titles: set[str], quote: str, evidence: Evidence, i: int
) -> bool:
    """Whether ``quote`` (candidate ``i``) calls ``name`` "the <role>" with one of ``titles``,
    those the sources put right before the name (:func:`_titles_of`: "President Biden", "the
    president"), or "a <Body> <role>" ("a Justice Department inspector general
    investigation"), and :func:`_the_role_is` finds no one else in it that the role may be."""
    for pattern in (_THE_ROLE, _QUALIFIED_ROLE):
        said = {w for m in pattern.finditer(quote) for w in m[1].lower().split()}
        if titles & said and _the_role_is(name, quote, evidence, i, False, pattern):
            return True
    return False


def _beside_role(role: str, near: set[str]) -> bool:
    """Whether the role, or its abbreviation ("gov" for governor), is among ``near`` stems."""
    return stem(role) in near or any(short in near for short in _ROLE_SHORT.get(role, ()))


def _titles_of(name: tuple[str, ...], evidence: Evidence) -> set[str]:
    """The roles the sources write right before the name ("President Joe Biden"; "Gov. Ralph
    Northam" is governor Northam)."""
    last = re.escape(plain(name[-1]))
    title = re.compile(
        rf"\b(?i:({_ROLE_WORDS})|({_SHORT_WORDS})\.)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{last}\b"
    )
    return {m[1].lower() if m[1] else TITLE_WORDS[m[2].lower()]
            for c in evidence.candidates if c.size == 1
            for m in title.finditer(c.quote)}  # fmt: skip


_NATIONALITY = re.compile(
    r"(?:[a-z]{3,}(?:ian|ean|ese|ish|yan|elan|olan)|[a-z]{2,}(?:ican|andan|stani|aqi|aeli|waiti"
    r"|deshi)|[a-z]+(?:uban|ccan)|asian|saudi|yemeni|somali|qatari|emirati|french|dutch|swiss"
    r"|greek|thai|welsh)$"
)  # "Kenyan", "Ugandan", "Pakistani", "French": not "Bryan", "Nolan", "Jordan", "Iran"


def nationality(claim: Claim, name: tuple[str, ...]) -> bool:
    """Whether a one-word name is an adjective of nationality before a common noun ("Russian
    meddling", "Chinese government sources"), or before another such adjective joined by "or"
    or "and" ("any European or Asian nation")."""
    words = claim.words

    def adjective(k: int) -> bool:
        return bool(_NATIONALITY.match(words[k].lower()))

    def before_noun(k: int) -> bool:
        return k < len(words) and words[k][:1].islower() and not is_stop(words[k].lower())

    def modifies(k: int) -> bool:
        if before_noun(k + 1):
            return True
        joined = k + 2 < len(words) and words[k + 1] in ("or", "and") and adjective(k + 2)
        return joined and before_noun(k + 3)

    spots = claim.at(name)
    return len(name) == 1 and adjective(spots[0]) and all(map(modifies, spots)) if spots else False


_APPOSITION = re.compile(r",\s*(?:a|an|the|who|which|whose)\s+[^,;:]*$", re.IGNORECASE)


def _describes(claim: Claim, clause: int) -> bool:
    """Whether the claim's clause number ``clause`` opens as an apposition or a relative
    clause (", a former adviser ...", ", who now directs ...")."""
    first = next(k for k, c in enumerate(claim.clauses) if c == clause)
    return clause > 0 and bool(_APPOSITION.search(claim.text[: claim.spans[first][0]]))


def usurped(claim: Claim, evidence: Evidence, best: int, others: Sequence[int] = ()) -> list[str]:
    """Names the claim has do what the best citation has someone else do with the same word
    right after them, as "A / B": "Mayor Ilse Varga ordered an inquiry" where the best citation,
    which does not name her, says "Harbour chief Tomas Reyne ordered an inquiry" (a role word
    after the name is no deed: "State Department spokesman"). So with another cited sentence
    (of ``others``) not naming them, where no source sentence has them do it within
    ``DEED_REACH`` words ("Gareth Pryce found the bell" where one citation says "Sian Hughes
    found and photographed the bell" and none has Pryce find anything); a verb of saying is left
    to :func:`misquoted`."""
    words, gaps = claim.words, claim.gaps
    rows = [i for c in others for i in evidence.sentence_rows(c) if i is not None]
    out = []
    for name in claim.facts.entities:
        for k in claim.at(name):
            if k + len(name) >= len(words) or gaps[k + len(name)].strip():
                continue  # "Morgan City, Louisiana, early Tuesday": no deed after a comma
            verb = words[k + len(name)].lower()
            if (is_stop(verb) and verb not in _STOP_DEEDS) or not verb.isalpha() or verb in ROLES:
                continue  # "State Department spokesman"
            if words[k + len(name)][:1].isupper():
                continue  # "Sunday's Harbor City Marathon": another name, no deed
            named = entity_in(name, evidence.words[best])
            other = "" if named else _doer(name, verb, evidence, best)
            # not "the gallery in Falmouth found": a name after a preposition does nothing
            subject = not k or words[k - 1].lower() not in _LINKS
            if not other and subject and verb not in _SPEAKING and not _does(name, verb, evidence):
                texts = [i for i in rows if i != best and not entity_in(name, evidence.words[i])]
                found = (_doer(name, verb, evidence, i, full=True) for i in texts)
                other = next(filter(None, found), "")
            if other:
                out.append(f"{' '.join(name)} / {other}")
    return out


DEED_REACH = 4  # words from a name to its deed that :func:`usurped` accepts as the name's
# Deeds in scikit-learn's stop-word list ("Pryce found the bell")
_STOP_DEEDS = {
    "found", "finds", "gave", "gives", "took", "takes", "made", "makes", "moved", "moves",
    "showed", "shows", "kept", "keeps", "filled", "fills", "called", "calls",
}  # fmt: skip


def _doer(name: tuple[str, ...], verb: str, evidence: Evidence, i: int, full: bool = False) -> str:
    """The other name right before ``verb`` in candidate ``i`` ("Reyne" in "Tomas Reyne
    ordered"), or ""; with ``full``, only the last word of a name of two words or more there
    ("Sian Hughes", not "Kenyan")."""
    theirs = tokens(evidence.candidates[i].quote)
    ends = {e[-1] for e in evidence.facts[i].entities if len(e) > 1}
    for j in range(1, len(theirs)):
        if theirs[j - 1] in name or full and theirs[j - 1] not in ends:
            continue  # "Sunvale canceled" for "Sunvale Airlines canceled": the same
        if stem(theirs[j].lower()) == stem(verb) and _qualifier(theirs[j - 1], set()):
            return theirs[j - 1]
    return ""


def _does(name: tuple[str, ...], verb: str, evidence: Evidence) -> bool:
    """Whether some source sentence has ``verb`` within ``DEED_REACH`` words after the name."""
    head, deed = plain(name[-1].lower()), stem(verb)
    for i in (evidence.single or {}).values():
        quote = evidence.candidates[i].quote
        if head not in quote.lower():
            continue  # the name's word is in no token of it: no need to split it into words
        lows = [plain(w.lower()) for w in tokens(quote)]
        for k, w in enumerate(lows):
            if w == head and any(stem(v) == deed for v in lows[k + 1 : k + 1 + DEED_REACH]):
                return True
    return False


def named_otherwise(name: tuple[str, ...], quote: str) -> bool:
    """Whether ``quote`` has the last word of a name of two words or more only after another
    capitalised word that is not the name's, a title, a role or a stop word: "Inter Milan" is
    not "AC Milan", "Michelle Obama" is not "Barack Obama" ("President Obama", "Mr Obama",
    "Brazil's Lula", "Barack H. Obama" and "On Monday Obama" are, as "Beechcraft A36 Bonanza" is
    "Beechcraft Bonanza"). A party is no surname:
    "Duckworth, Democrat of Illinois" is "an Illinois Democrat"."""
    if len(name) < 2 or all(title_word(w) for w in name[:-1]):
        return False  # "Judge Torres" is "Judge Ernest Torres" too
    if plain(name[-1].lower()) in PARTY_WORDS:
        return False
    own = {_word_stem(w) for w in name}
    bare = [plain(w).lower() for w in name]
    words = tokens(quote)
    lows = [plain(w).lower() for w in words]
    # A body's name ("Bellco Credit Union") is told apart past the words it shares with the
    # quote's ("Public Service Credit Union"); a person's by the word before the surname.
    body = is_body(name)
    if body and f"{bare[-2]} {bare[-1]}" in inverted_names(quote):
        return False  # "the Department of Labor" is the Labor Department
    before = []
    for k in (k for k, w in enumerate(lows) if w == bare[-1]):
        j, m = k - 1, len(name) - 2
        while body and j >= 0 and m >= 0 and lows[j] == bare[m]:
            j, m = j - 1, m - 1
        if j >= 1 and len(words[j]) == 1 and words[j - 1][:1].isupper():
            j -= 1  # a middle initial: "Donald J. Trump" is told by "Donald"
        elif j >= 1 and m >= 0 and re.search(r"\d", words[j]) and lows[j - 1] == bare[m]:
            j -= 1  # a model number: "Beechcraft A36 Bonanza" is a "Beechcraft Bonanza"
        before.append(words[j] if j >= 0 and m >= 0 else "")
    return bool(before) and all(
        _qualifier(w, own) and not _spelled_otherwise(w, bare[:-1]) for w in before
    )


VARIANT_RATIO = 0.8  # least likeness of two spellings of one name ("Rouhi" and "Rauhi")


def _spelled_otherwise(word: str, names: Sequence[str]) -> bool:
    """Whether ``word`` is another spelling of one of ``names`` (lower case), as names
    written from another alphabet are ("Rauhi Fattouh" for "Rouhi Fattouh"): the same first
    letter, a length within one, ``VARIANT_RATIO`` of the letters alike, four letters at least."""
    low = plain(word).lower()
    return any(
        min(len(n), len(low)) >= 4
        and n[0] == low[:1]
        and abs(len(n) - len(low)) <= 1
        and SequenceMatcher(None, n, low).ratio() >= VARIANT_RATIO
        for n in names
    )


def names_another(claim: Claim, phrase: str) -> bool:
    """Whether ``phrase`` (a source's, as written) names someone or something the claim does
    not name in any form: "The Islamic State group" or "AccuWeather", not "The U.S." for "the
    United States", "the UK" for "Britain", "UC" for "the University of Chicago", "FB" for
    "Facebook", nor a title alone ("The Prime Minister", "The PM") or a date ("Feb 3rd"), nor
    the name written in full of an acronym the claim uses ("the U.S. Department of Health and
    Human Services" for "HHS"), nor a party the claim names by its members ("the Liberal Party"
    for "the Liberals"). An owner before a name ("Trudeau's Liberal Party") is not counted
    unless the claim gives that name an owner too ("Biden's Justice Department")."""
    words = word_set(claim.text)
    capitalised = [w for w in claim.words if w[:1].isupper()]
    acronyms = {f"={w.lower()}" for w in capitalised if w.isupper() and 2 <= len(w) <= 6}
    if acronyms & run_initials(phrase):
        return False  # "the U.S. Department of Health and Human Services" for "HHS"
    owners = {m[1] for m in _OWNER.finditer(phrase)
              if not re.search(rf"['’]s\s+{re.escape(m[2])}\b", claim.text)}  # fmt: skip
    return any(
        not all(title_word(w) or w.lower() in _NO_NAMES for w in e)
        and e[-1] not in owners
        and not entity_in(e, words)
        and not _abbreviates(e, capitalised)
        and not _members(e, words)
        for e in extract_facts(f"and then {phrase}").entities
    )


_OWNER = re.compile(r"\b([A-Z][\w-]*['’]s)\s+([A-Z][\w-]*)")  # "Trudeau’s Liberal"


def _members(entity: tuple[str, ...], words: set[str]) -> bool:
    """Whether the name is a party the claim names by its members: "Liberal Party" for "the
    Liberals", "Democratic Party" for "Democrats"."""
    return (len(entity) >= 2 and entity[-1].lower() == "party"
            and all(stem(w.lower()) in words for w in entity[:-1]))  # fmt: skip


_DATES = {*WEEKDAYS, *MONTHS}
# Last words of names that do nothing: a day, a law ("the Voting Rights Act reauthorization" has
# no doer)
_WHEN = _DATES | {"day"}  # "International Women's Day": a time, no one
_NO_ACTORS = _WHEN | {
    "act", "bill", "amendment", "treaty", "accord", "accords", "agreement", "law", "plan",
    "convention", "protocol", "resolution", "statute", "constitution", "doctrine",
}  # fmt: skip
_NO_NAMES = _DATES | ORG_HEADS


def _abbreviates(entity: tuple[str, ...], capitalised: Sequence[str]) -> bool:
    """Whether a name of one word in capitals is the initials of names in a row ("UC" for
    "University of Chicago", "of" aside; "DOJ" for "Justice Department") or some letters of one
    name, the first its first ("FB" for "Facebook")."""
    letters = entity[0].replace(".", "").lower()
    if len(entity) > 1 or not entity[0].replace(".", "").isupper() or not 2 <= len(letters) <= 5:
        return False
    initials = "".join(w[0].lower() for w in capitalised)
    if initials.find(letters) >= 0:
        return True
    # "DOJ" for "the Justice Department": the Department of Justice
    turned = {f"{b[0]}o{a[0]}".lower() for a, b in zip(capitalised, capitalised[1:], strict=False)
              if b.lower() in _OF_HEADS}  # fmt: skip
    if letters in turned:
        return True
    return any(w[0].lower() == letters[0] and _subsequence(letters, w.lower()) for w in capitalised)


_OF_HEADS = {"department", "ministry", "office", "bureau", "secretary", "board", "bank"}


def _subsequence(short: str, word: str) -> bool:
    rest = iter(word)
    return all(c in rest for c in short)


_STATE_TITLE = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (Gov\.|Governor|Sen\.|Senator|Rep\.|Representative"
    r"|Lt\. Gov\.|Attorney General) ((?:[A-Z][\w.'’-]* ){0,2}([A-Z][\w'’-]+))"
)


def state_titles(claim: Claim, evidence: Evidence) -> list[str]:
    """A state the claim puts before a lawmaker's title ("Georgia Gov. Kristi Noem") where the
    sources put another state there ("South Dakota Gov. Kristi Noem") and never this one, as
    written."""
    mine = [m for m in _STATE_TITLE.finditer(claim.text) if _is_state(m[1])]
    if not mine:
        return []
    theirs: dict[str, set[str]] = {}
    for candidate in evidence.candidates:
        if candidate.size == 1:
            for m in _STATE_TITLE.finditer(candidate.quote):
                if _is_state(m[1]):
                    theirs.setdefault(m[4], set()).add(_is_state(m[1]))
    return [m.group() for m in mine
            if theirs.get(m[4]) and _is_state(m[1]) not in theirs[m[4]]]  # fmt: skip


def _is_state(words: str) -> str:
    """The state ``words`` name (the last one or two of them), or ""."""
    low = words.lower()
    for name in (low, low.split()[-1]):
        if name in STATE_NAMES:
            return name
    return ""


def title_word(word: str) -> bool:
    """Whether a word before a surname is a title or role ("Judge", "Sen.", "President")."""
    low = word.lower().rstrip(".")
    return low in ROLES or low in _TITLE_WORDS


def _word_stem(word: str) -> str:
    """A name's word as its stem, a party's nickname as its name's ("Tory": "conserv"), a
    quarter's short form as its word's ("SE": "southeast")."""
    low = word.lower()
    return stem(PARTY_NICKNAMES.get(low) or (QUARTERS.get(low) if len(low) == 2 else None) or word)


def _qualifier(word: str, own: set[str]) -> bool:
    """Whether ``word`` before a name's last word makes it another name ("Inter" Milan)."""
    low = word.lower()
    return (word[:1].isupper() and _word_stem(word) not in own and not is_stop(low)
            and not title_word(word) and low not in WEEKDAYS and low not in MONTHS
            and not re.search(r"['’]s?$", word))  # fmt: skip


_TITLE_WORDS = TITLES | {
    "miss", "sir", "dame", "lord", "lady", "prof", "lt", "col", "sgt", "capt", "adm", "rev", "pm",
    "mp", "vice", "deputy", "acting", "former", "king", "queen", "prince", "princess", "pope",
    "saint", "uncle", "reverend", "archbishop", "cardinal", "sheikh", "fellow",
}  # fmt: skip


def unlinked(claim: Claim, evidence: Evidence) -> list[str]:
    """Links between two events ("after", "because of", "in response to", "while" + -ing) that
    no source makes: no sentence or window holds ``LINK_SHARE`` of the idf weight of the words on
    each side, and of the linking side's words other than names (the linking side starts after a
    "said", the linked side ends with its clause; a semicolon or a dash before the link starts the
    linking side again).
    "The match was suspended after Velmar fans lit fireworks" stitched from "play was halted
    after the penalty" and "Velmar fans lit fireworks" is a cause no article gives."""
    out = []
    words = list(zip(claim.ordered, claim.spans, strict=True))
    for match in _LINK.finditer(claim.text):
        if match[0].lower() == "following" and _FOLLOWING_VERB.search(claim.text, 0, match.start()):
            continue  # "finally following her mother through the gate": a verb, no link
        stop = _CLAUSE_END.search(claim.text, match.end())
        end = stop.start() if stop else len(claim.text)
        said = [m.end() for m in SAID.finditer(claim.text, 0, match.start())]
        said += [m.end() for m in _SENTENCE_BREAK.finditer(claim.text, 0, match.start())]
        begin = max(said, default=0)  # "A Hashed source said": who said it is no event
        head = {t for t, (a, b) in words if b <= match.start() and a >= begin}
        tail = {t for t, (a, b) in words if a >= match.end() and b <= end}
        if len(head) < LINK_WORDS or len(tail) < LINK_WORDS:
            continue
        linked = _linked_back(evidence, match.group().lower().split()[-1])
        held = np.minimum(_head_coverage(evidence, [*head], linked), evidence.coverage([*tail]))
        event = head - claim.name_stems
        if len(event) >= LINK_WORDS:  # the names alone do not make the event
            held = np.minimum(held, _head_coverage(evidence, [*event], linked))
        if held.max() < LINK_SHARE:
            out.append(f"linked by '{match.group().lower()}'")
    return out


# What stands before "following" used as a verb: an adverb or a form of "be" ("finally
# following", "was following")
_FOLLOWING_VERB = re.compile(r"\b(?:\w+ly|is|are|was|were|be|been|being)\s+$", re.IGNORECASE)


# "The president's comments come after ...": the event linked is what the article told before.
_LINKED_BACK = re.compile(
    r"^(?:The|This|That|These|Those|His|Her|Their|Its)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:comes?|came|follows?|followed)\s+(?:(?:just|only|shortly|days|hours|weeks)\s+)?(\w+)\b"
)


def _linked_back(evidence: Evidence, link: str) -> dict[int, list[int]]:
    """Sentences that open by linking what their article told before to another event with
    ``link`` ("The president's comments come after the Pentagon announced ..."), each with
    the sentences that event may be told in: the article's first and the one right before."""
    out = {}
    for rows in (evidence.rows_of or {}).values():
        for k, i in enumerate(rows):
            found = _LINKED_BACK.match(evidence.candidates[i].quote)
            if found and found[1].lower() == link and k:
                out[i] = [rows[0], rows[k - 1]]
    return out


def _head_coverage(evidence: Evidence, stems: list[str], linked: dict[int, list[int]]):
    """:meth:`Evidence.coverage` of a link's event side, where a sentence of ``linked`` holds
    what the sentences before it in its article hold at best."""
    held = evidence.coverage(stems)
    for i, before in linked.items():
        held[i] = max(held[i], held[before].max())
    return held


def misquoted(claim: Claim, evidence: Evidence, covered: set[str]) -> list[str]:
    """Speakers the claim gives words that no sentence naming them (or window starting with
    one) holds ``SPEAKER_SHARE`` of, as "X said": "Royle said Castelmar had followed Marandu for two
    years" where the sources have the coach Varga say it. A speaker is a name before a verb of
    saying ("Royle said ...": the words up to the next speaker, or a ", but" going on with the
    story, are theirs) or after one at the end of a clause ("..., said coach Ines Varga": the
    words since the last speaker). A quotation in the claim (``QUOTED_WORDS`` content words or
    more) must itself be held by a text naming the speaker, ``QUOTE_SHARE`` of it, not only the
    story's words round it: a quotation is copied, not put in other words. So must one given to
    a speaker set off by an apposition ("Maria Armstrong, Big Coat's chief executive, said ...")
    in that speaker's own clause."""
    found = claim.speakers
    names = claim.name_stems | _SAYING_STEMS
    # the claim's words a speaker may say: cited or the sources', not a name or a verb of saying
    sayable = {t for t in claim.ordered if (t in covered or t in evidence.vocab) and t not in names}
    out = []
    for n, (name, at, after) in enumerate(found):
        if after:  # "Royle said ...": up to the next speaker or the next clause of the story
            start, end = at, found[n + 1][1] if n + 1 < len(found) else len(claim.text)
            if turn := _TURN.search(claim.text, at, end):
                end = turn.start()
        else:  # "..., said Varga": since the last speaker
            start, end = found[n - 1][1] if n else 0, at
        said = {t for (a, _), t in zip(claim.spans, claim.ordered, strict=True)
                if start <= a < end and t in sayable}  # fmt: skip
        if len(said) < 2:
            continue
        naming, written = _speaker_texts(claim, name, evidence)
        held = _held_by_speaker(said, naming, evidence, name)
        # a column or letter of theirs: all of it is their words, any sentences of it
        for rows in written:
            held = max(held, len(said & set().union(*(evidence.words[r] for r in rows))))
        # the words the claim quotes are the speaker's own: a sentence naming them must hold
        # them, not only the story's words round them ("the prime minister")
        naming += [r for rows in written for r in rows]
        quoted = _quoted_words(claim, start, end, said)
        if held < SPEAKER_SHARE * len(said) or _unquoted(quoted, naming, evidence, name):
            out.append(f"{' '.join(name)} said")
    # "Maria Armstrong, Big Coat's chief executive, said the suit was "kind of blowing the
    # secrecy off"": a speaker set off by an apposition is held to the quotation only
    for name, start, end in _apposed_speakers(claim, {n for n, _, _ in found}):
        quoted = _quoted_words(claim, start, end, sayable)
        if len(quoted) < QUOTED_WORDS:
            continue
        naming, written = _speaker_texts(claim, name, evidence)
        if _unquoted(quoted, naming + [r for rows in written for r in rows], evidence, name):
            out.append(f"{' '.join(name)} said")
    return out


def _speaker_texts(
    claim: Claim, name: tuple[str, ...], evidence: Evidence
) -> tuple[list[int], list[list[int]]]:
    """The candidates naming a speaker (:func:`_naming`, :func:`_titled`), and the sentences of
    each column or letter they wrote (:func:`written_by`)."""
    naming = _naming(evidence, name) + _titled(claim, name, evidence)
    return naming, list(written_by(evidence, name).values())


def _quoted_words(claim: Claim, start: int, end: int, words: AbstractSet[str]) -> set[str]:
    """The claim's stems among ``words`` inside its quotation marks between ``start`` and
    ``end``."""
    quotes = [q.span() for q in _QUOTED.finditer(claim.text, start, end)]
    return {t for (a, _), t in zip(claim.spans, claim.ordered, strict=True)
            if t in words and any(q0 <= a < q1 for q0, q1 in quotes)}  # fmt: skip


def _unquoted(
    quoted: set[str], naming: list[int], evidence: Evidence, name: tuple[str, ...]
) -> bool:
    """Whether the claim quotes the speaker (``QUOTED_WORDS`` words or more) and no text
    naming them holds ``QUOTE_SHARE`` of the quotation."""
    return len(quoted) >= QUOTED_WORDS and (
        _held_by_speaker(quoted, naming, evidence, name) < QUOTE_SHARE * len(quoted)
    )


# Verbs that give a speaker's words: those of speech.SPEAKING and the media's (SAYING).
_SPEAKING = SAYING | SPEAKING_FORMS
_SAYING_STEMS = {stem(w) for w in _SPEAKING}
_SPEAKING_WORDS = rf"(?:{'|'.join(sorted(_SPEAKING))})"


_APPOSED = re.compile(rf",\s+[^,\"“”;]{{3,80}},\s+{_SPEAKING_WORDS}\b")  # ", <apposition>, said"
_CLAUSE_ON = re.compile(r",\s+(?:and|but|while|whereas|though|although)\b|;")  # what they said ends


def _apposed_speakers(
    claim: Claim, found: set[tuple[str, ...]]
) -> list[tuple[tuple[str, ...], int, int]]:
    """Names with an apposition between them and a verb of saying ("Maria Armstrong, Big
    Coat's chief executive, said ..."), with where the words said begin and end."""
    spans = token_spans(claim.text)
    out = []
    for name in claim.facts.entities:
        if name in found:
            continue
        for k in claim.at(name):
            end = k + len(name)
            if end >= len(spans):
                continue
            if m := _APPOSED.match(claim.text, spans[end - 1][1]):
                stop = _CLAUSE_ON.search(claim.text, m.end())
                out.append((name, m.end(), stop.start() if stop else len(claim.text)))
    return out


def unheard_intent(claim: Claim, evidence: Evidence) -> list[tuple[str, int, int]]:
    """Intentions the claim gives someone with a verb the sources never use, in any form
    (:func:`summarizer.attribute._kin`): "Boeing said it would appeal the decision", "the
    governor has vowed to veto any new map", "the gallery plans to sue" where no article
    speaks of appealing, vetoing or suing. A plan or promise is a claim of its own that a
    summary easily invents from a story's words; a verb of little meaning of its own ("would
    take legal action", "will get") is left to the words after it. Each as written ("would
    appeal"), with where it starts and where its clause ends."""
    out = []
    for match in _INTENT.finditer(claim.text):
        two = "" if match["verb"] else "2"  # which of the pattern's two forms it is
        verb = match[f"verb{two}"]
        if verb in _LIGHT_VERBS or is_stop(verb) or verb.endswith("ly"):
            continue
        at = match.start(f"verb{two}")
        own = [t for (a, _), t in zip(claim.spans, claim.ordered, strict=True) if a == at]
        if own and own[0] not in evidence.vocab:
            stop = _CLAUSE_END.search(claim.text, match.end())
            end = stop.start() if stop else len(claim.text)
            out.append((match[f"intent{two}"], match.start(f"intent{two}"), end))
    return out


# "said (that) it would appeal", "says she will step down"; "plans to sue", "vowed to veto",
# "has agreed to repay"
_INTENT = re.compile(
    rf"\b{_SPEAKING_WORDS}\b[^.;:]*?\b(?P<intent>(?:would|will)\s+(?:not\s+)?(?P<verb>[a-z]+))\b"
    r"|\b(?P<intent2>(?:plans?|planned|planning|vow(?:s|ed)?|promis(?:es|ed)|pledg(?:es|ed)"
    r"|intends?|intended|threaten(?:s|ed)|agree(?:s|d)|offer(?:s|ed))\s+to\s+(?:not\s+)?"
    r"(?P<verb2>[a-z]+))\b"
)
_LIGHT_VERBS = {"be", "have", "do", "take", "make", "give", "get", "go", "come", "keep", "put",
                "see", "look", "set", "let", "hold", "bring", "turn", "run", "also", "still",
                "always", "never", "now", "soon", "then", "again", "even"}  # fmt: skip


# Where a speaker's words end and the story goes on (each a pattern of its own, tried as one)
_TURNS = (
    # with another name: ", but Trump ended up winning that war"
    r",\s+(?:but|while|although|though|yet)\s+(?=[A-Z])(?!He\b|She\b|They\b)",
    # with another speaker named by a common noun: ", while the players' union said"
    rf",?\s+(?:but|while|although|though|yet|and)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}"
    rf"{_SPEAKING_WORDS}\b",
    # with what something else did meanwhile: ", as the federal board sent a team"
    r",\s+(?:as|while|whereas)\s+(?:the|a|an)\s+",
    # with a clause on something else: ", and state utility regulators have promised" (not ",
    # but she has" inside a quotation)
    r",\s+(?:and|but)\s+(?:the\s+)?(?!(?:he|she|they|it|we|i|you)\s)"
    r"(?:[a-z][\w'’-]*\s+){1,3}(?:have|has|had|will|were|are)\s",
)
_TURN = re.compile("|".join(_TURNS))


def _titled(claim: Claim, name: tuple[str, ...], evidence: Evidence) -> list[int]:
    """Sentences that call the speaker by the title the claim gives them, of two words or more
    and a role, next to a verb of saying: 'Rural Democrats leader Edgars Vitols said ...' and
    '"We could not ...," the Rural Democrats leader told the Courier'."""
    words = claim.words
    out: list[int] = []
    for k in claim.at(name):
        title = words[_title_start(words, k, k - OPENING - 1) : k]
        if len(title) < 2 or title[-1].lower() not in ROLES or title[0].lower() == "the":
            continue
        called = name_pattern(tuple(title))
        spoken = re.compile(
            rf"\bthe\s+{called}\s+{_SPEAKING_WORDS}\b|\b{_SPEAKING_WORDS}\s+the\s+{called}\b",
            re.IGNORECASE,
        )
        out += [i for i in (evidence.single or {}).values()
                if spoken.search(evidence.candidates[i].quote)]  # fmt: skip
    return out


def _title_start(words: Sequence[str], k: int, stop: int = 0) -> int:
    """Where the capitalised and role words right before word ``k`` begin, not before
    ``stop`` ("Rural Democrats leader" before "Edgars Vitols", "coach" before "Alan
    Brightwell")."""
    first = k
    while first > max(0, stop) and (words[first - 1][:1].isupper()
                                    or words[first - 1].lower() in ROLES):  # fmt: skip
        first -= 1
    return first


def _held_by_speaker(
    said: set[str], naming: list[int], evidence: Evidence, name: tuple[str, ...]
) -> int:
    """How many of ``said`` one text naming the speaker holds, or two from two articles: the
    second a sentence quoting them ('"I want to wish you an amazing Christmas," Trump said.'),
    its quotation adding ``SPEAKER_MORE`` words at least (one outlet quotes "incredible
    people", another "an amazing Christmas")."""
    if not naming:
        return 0
    first = max(naming, key=lambda i: len(said & evidence.words[i]))
    held = said & evidence.words[first]
    rest = [len(said & _quoted(evidence.candidates[i].quote, name) - held) for i in naming
            if evidence.doc_of[i] != evidence.doc_of[first]
            and evidence.candidates[i].size == 1]  # fmt: skip
    more = max(rest, default=0)
    return max(
        len(held) + (more if more >= SPEAKER_MORE else 0), _held_twice(said, naming, evidence)
    )


def _held_twice(said: set[str], naming: list[int], evidence: Evidence) -> int:
    """How many of ``said`` two texts of one article naming the speaker hold, the second a
    sentence at most ``SPEAKER_AGAIN`` on from the first: "On Sunday, Robertson defended his
    comments ... 'I will not back off from my path' ... Robertson added that his GQ comments
    were quotes from the Bible"."""
    texts = [(i, evidence.candidates[i], said & evidence.words[i]) for i in naming]
    return max(
        (
            len(a | b)
            for i, at, a in texts
            if a
            for j, c, b in texts
            if c.size == 1
            and b - a
            and evidence.doc_of[i] == evidence.doc_of[j]
            and 0 < _between(at, c) <= SPEAKER_AGAIN
        ),  # fmt: skip
        default=0,
    )


def _between(a: Candidate, b: Candidate) -> int:
    """How many sentences on from text ``a`` sentence ``b`` of its article stands (either way;
    0 inside it)."""
    if b.sentence >= a.sentence + a.size:
        return b.sentence - (a.sentence + a.size - 1)
    return max(0, a.sentence - b.sentence)


_QUOTED = re.compile(r"[“\"]([^”\"]{8,})[”\"]")


def _quoted(quote: str, name: tuple[str, ...]) -> set[str]:
    """The content stems of the quotations of a sentence that gives them to ``name`` alone
    ('"...," Trump said.', 'Trump said: "..."'), or none."""
    found = _QUOTED.findall(quote)
    rest = _QUOTED.sub(" ", quote)
    last = re.escape(plain(name[-1]))
    said = _SPEAKING_WORDS
    if not found or not re.search(
        rf"\b{last}\s+{said}\b|\b{said}\s+(?:[A-Z][\w.]*\s+){{0,3}}{last}\b", rest
    ):
        return set()
    if len({w for w in tokens(rest) if w[:1].isupper()} - set(name) - {"He", "She", "The"}) > 2:
        return set()  # others named beside them
    return {t for text in found for t in content_stems(text)}


# Verbs giving a quotation as what someone calls a thing: 'Whitfield called the package "a
# blank check"'
_CALLING = {
    "called", "calls", "described", "describes", "dubbed", "labeled", "labelled", "branded",
    "brands", "dismissed", "dismisses",
}  # fmt: skip
_CALLING_WORDS = "|".join(sorted(_CALLING))
# A quotation in a source, in any of the marks news text has ('"...', "“...”", "``...''")
_ANY_QUOTED = re.compile(r"(?:[“\"]|``)([^”\"`]{8,}?)(?:[”\"]|'')")
_A_NAME = r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
# Who a source gives its quotation to: '"...," said Geoff Johnston, an analyst with X.',
# '"...," Johnston said.', 'Johnston said: "..."' (the name and the rest of its clause)
_QUOTE_SPEAKER = re.compile(
    rf"(?:[”\"]|'')\s*,?\s*(?:{_SPEAKING_WORDS})\s+{_A_NAME}([^.;:]*)"
    rf"|(?:[”\"]|'')\s*,?\s*{_A_NAME}\s+(?:{_SPEAKING_WORDS})\b([^.;:]*)"
    rf"|(?:^|,\s+|[.!?]\s+){_A_NAME}\s+(?:{_SPEAKING_WORDS}|{_CALLING_WORDS}|wrote|texted|emailed)\b"
    rf"[^“\"`]{{0,30}}(?:[“\"]|``)"
)
# One who speaks for a body, whose words a summary may give the body: "Homeland Security says
# it will appeal" where a text has "department spokeswoman Laura Brennick said the department
# would appeal", a quotation of "Dmitry Peskov, the Kremlin's spokesman" given to the Kremlin
SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|representative|official|aide)\b", re.I)
QUOTED_OF_ANOTHER = 2  # content words of a quotation that name its speaker in a source


def quoted_from_another(claim: Claim, evidence: Evidence) -> list[str]:
    """Speakers the claim's quotation belongs to in the sources, where it gives it to someone
    else, as "X's words": each source sentence whose own quotation holds ``QUOTE_SHARE`` of a
    quotation of the claim (``QUOTED_OF_ANOTHER`` content words or more) gives it to a named
    speaker (:data:`_QUOTE_SPEAKER`), none of whose capitalised words, or of the rest of their
    clause, the claim has outside its quotations ('A Microsoft spokesman said, "It is not a
    fast drop for Internet Explorer"' where the sources have '"It is not a fast drop for
    Internet Explorer ...," said Geoff Johnston, an analyst with WebSideStory'). One speaking
    for a body ("a spokesman") may be given as the body, and a sentence giving the words to no
    one named ("she said") leaves the quotation alone."""
    quotes = list(_QUOTED.finditer(claim.text))
    if not quotes or evidence.single is None:
        return []
    own = {plain(w).lower() for w in tokens(_QUOTED.sub(" ", claim.text)) if w[:1].isupper()}
    out = []
    for found in quotes:
        words = {t for t in content_stems(found[1]) if t in evidence.vocab}
        if len(words) < QUOTED_OF_ANOTHER or not _claim_speaker(claim.text, found):
            continue
        least = QUOTE_SHARE * len(words)
        texts = [evidence.candidates[i].quote for i in evidence.single.values()
                 if len(words & evidence.words[i]) >= least]  # fmt: skip
        speakers = [_speaker_of(text) for text in texts
                    if any(len(words & set(content_stems(m[1]))) >= least
                           for m in _ANY_QUOTED.finditer(text))]  # fmt: skip
        if speakers and all(s is not None and s[1].isdisjoint(own) for s in speakers):
            out.append(f"{speakers[0][0]}'s words")
    return out


_SPEAKER_AFTER = re.compile(rf"\W*(?:{_SPEAKING_WORDS})\s+([^,;.]*)")
_SPEAKING_VERB = re.compile(rf"\b(?:{_SPEAKING_WORDS}|{_CALLING_WORDS})\b")
_CLAUSE_JOIN = re.compile(r";|\b(?:while|and|but|as|whereas)\s")


def _claim_speaker(text: str, quoted: re.Match) -> set[str]:
    """The capitalised words, lower-cased, of whom the claim gives a quotation to: the
    speaker after it ('"...," said NetTally analyst Mara Quill') or before it in its clause
    ("Hamas leader Osama Hamdan, speaking in Beirut, said ...", 'Councilmember Ben Achterberg
    dismissed the package as "..."'); none for one it describes ("A driver who stopped short of
    the edge told Channel 9 that ...")."""
    after = _SPEAKER_AFTER.match(text, quoted.end())
    verbs = list(_SPEAKING_VERB.finditer(text, 0, quoted.start()))
    if after:
        phrase = after[1]
    elif verbs:
        phrase = text[: verbs[-1].start()]
        phrase = phrase[max((m.end() for m in _CLAUSE_JOIN.finditer(phrase)), default=0) :]
    else:
        phrase = ""
    return {plain(w).lower() for w in tokens(phrase) if w[:1].isupper() and not is_stop(w.lower())}


def _speaker_of(quote: str) -> tuple[str, set[str]] | None:
    """Whom a source sentence gives its quotation to, as (their name, the capitalised words of
    it and of the rest of its clause), or None: no name gives it, or one speaking for a body
    does."""
    found = _QUOTE_SPEAKER.search(quote)
    if not found:
        return None
    name = found[1] or found[3] or found[5]
    rest = found[2] or found[4] or ""
    if SPEAKS_FOR.search(rest) or all(is_stop(w.lower()) or title_word(w) for w in name.split()):
        return None
    return name, {plain(w).lower() for w in tokens(f"{name} {rest}") if w[:1].isupper()}


def written_by(evidence: Evidence, name: tuple[str, ...]) -> dict[str, list[int]]:
    """Per article the speaker wrote (:func:`wrote`), its one-sentence rows but those giving
    someone's words ("said", "told"): a column or a letter is its writer's words."""
    rows_of = evidence.rows_of or {}
    return {doc: [r for r in rows_of[doc] if not SAID.search(evidence.candidates[r].quote)]
            for doc in wrote(evidence, name)}  # fmt: skip


def wrote(evidence: Evidence, name: tuple[str, ...]) -> list[str]:
    """The articles whose writers (:func:`summarizer.evidence.writers`) include ``name``."""
    return [doc for doc, found in (evidence.writers or {}).items()
            if any(entity_in(name, word_set(written)) for written in found)]  # fmt: skip


def _naming(evidence: Evidence, name: tuple[str, ...]) -> list[int]:
    """Candidates whose first sentence names ``name`` (a window may go on to what they said,
    unless that sentence opens with someone else, :func:`_opened_by_other`; the sentence before
    theirs is someone else's), or quotes "she said" right after one."""
    out = []
    for i, candidate in enumerate(evidence.candidates):
        first = i
        if candidate.size > 1 and evidence.single is not None:
            first = evidence.single.get((candidate.doc, candidate.sentence), i)
        if (
            entity_in(name, evidence.words[first])
            and (
                first == i or not _opened_by_other(name, evidence.candidates[first].quote, evidence)
            )
            or named_before(name, evidence, i)
            or _speaker_after(name, evidence, i)
        ):
            out.append(i)
    return out


def _speaker_after(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether candidate ``i`` opens with a sentence that quotes no one, followed in its
    article by one opening with the speaker ("Floodwater closed the coast road ... Reyes said
    repairs would take a week.")."""
    candidate = evidence.candidates[i]
    if candidate.size > 2 or evidence.single is None:
        return False
    first = evidence.single.get((candidate.doc, candidate.sentence))
    second = evidence.single.get((candidate.doc, candidate.sentence + 1))
    return (
        first is not None
        and second is not None
        and not SAID.search(evidence.candidates[first].quote)
        and _opens_with(name, evidence.candidates[second].quote)
    )


_QUOTE = re.compile(r"[\"“]")
_OPENING_MARKS = " \t\n:\"“‘'"  # space, a colon and the marks opening a quotation
# a quote closed right before, but for a word or two of title: '...," ', '...," 911 '
_QUOTE_END = re.compile(r"[,.!?][\"”’']\s*(?:[\d-]+\s+)?$")


def _speakers(claim: Claim) -> list[tuple[tuple[str, ...], int, bool]]:
    """The claim's speakers in text order: (name, where it starts, whether the words said come
    after it). "X said" (or "X called ... '...'") after a closed quote or at the end of the
    claim has the words before it; what follows ", saying" is said by the name the claim opens
    with."""
    toks, spans = claim.words, token_spans(claim.text)
    lows = [t.lower() for t in toks]
    out = []
    for name in claim.facts.entities:
        for k in claim.at(name):
            end = k + len(name)
            joined = end < len(toks) and not claim.text[spans[end - 1][1] : spans[end][0]].strip()
            # "Megan Cho called the deal "one of the largest ..."": a quote's words are hers
            calls = (
                joined and lows[end] in _CALLING and bool(_QUOTE.search(claim.text, spans[end][1]))
            )
            # "Rovers conceded 21 goals", "Marek added 20 points": a count after it is no speech
            counted = end + 1 < len(toks) and (toks[end + 1][:1].isdigit()
                                               or lows[end + 1] in NUMBER_WORDS)  # fmt: skip
            if joined and (lows[end] in _SPEAKING and not counted or calls):
                # not "Penhallow, who chairs X, said"
                # "Rachel Stone of the Safe Play Alliance says": the speaker is Rachel Stone
                name, k = _member_speaker(claim, lows, k) or (name, k)
                # '"...," coach Alan Brightwell said (after the veto).': the words come before
                first = _title_start(toks, k)
                quoted = first > 0 and _QUOTE_END.search(claim.text[: spans[first][0]])
                # an opening quote after the verb is no clause end: 'Marsh said "the big fish'
                last = end + 1 >= len(toks) or claim.text[spans[end][1] : spans[end + 1][0]].strip(
                    _OPENING_MARKS
                )
                out.append((name, spans[k][0], not (k > 0 and (last or quoted))))
                continue
            if (
                k
                and end < len(toks)
                and lows[end] in _SPEAKING
                and _set_off(claim.text, spans, k, end)
            ):
                out.append((name, spans[k][0], True))  # "Whitaker's attorney, Raymond Tuck, said"
                continue
            back = k - 1
            while back >= max(0, k - 6) and (lows[back] in ROLES or toks[back][0].isupper()
                                             or lows[back] in _DETERMINERS
                                             or possessive(lows[back])):  # fmt: skip
                back -= 1  # "said Castelmar head coach Ines Varga", "said the hotel's manager, X"
            gap = claim.text[spans[end - 1][1] : spans[end][0]] if end < len(toks) else "."
            clause_end = bool(gap.strip())
            if back >= 0 and lows[back] in _SPEAKING and clause_end:
                out.append((name, spans[k][0], False))
    # "Speaker Gregory Lindqvist accused Whitcomb ..., saying Republicans had the votes": what
    # follows the participle is said by the name the claim opens with
    opener = next((e for e in claim.facts.entities if claim.at(e) and claim.at(e)[0] <= OPENING
                   and all(lows[j] in ROLES or toks[j][:1].isupper()
                           for j in range(claim.at(e)[0]))), None)  # fmt: skip
    if opener is not None and not any(name == opener for name, _, _ in out):
        out += [(opener, m.end(), True) for m in _SAYING_PARTICIPLE.finditer(claim.text)]
    return sorted(out, key=lambda s: s[1])


_MEMBER_OF = {("of",), ("of", "the"), ("from",), ("from", "the"), ("at",), ("at", "the")}


def _member_speaker(claim: Claim, lows: list[str], k: int) -> tuple[tuple[str, ...], int] | None:
    """The name before "of the", "from" or "at" right before token ``k``, with where it starts:
    a speaker given with the body they speak for ("Rachel Stone of the Safe Play Alliance
    says"), or None; not a body's name of its own ("The Bank of England said")."""
    for e in claim.facts.entities:
        if len(e) < 2 or is_body(e):
            continue
        for start in claim.at(e):
            between = lows[start + len(e) : k]
            if tuple(between) in _MEMBER_OF:
                return e, start
    return None


def _speaking_bodies(claim: Claim) -> set[tuple[str, ...]]:
    """The bodies the claim gives a speaker with, right before a verb of saying: "the Safe Play
    Alliance" in "Rachel Stone of the Safe Play Alliance says" (:func:`_member_speaker`)."""
    lows = [t.lower() for t in claim.words]
    return {name for name in claim.facts.entities for k in claim.at(name)
            if k + len(name) < len(lows) and lows[k + len(name)] in _SPEAKING
            and _member_speaker(claim, lows, k)}  # fmt: skip


def _set_off(text: str, spans, k: int, end: int) -> bool:
    """Whether the name of tokens ``k`` to ``end`` stands between two commas, in apposition
    to the words before it ("Whitaker's attorney, Raymond Tuck, said")."""
    return (
        text[spans[k - 1][1] : spans[k][0]].strip() == ","
        and text[spans[end - 1][1] : spans[end][0]].strip() == ","
    )


_SAYING_PARTICIPLE = re.compile(r",\s+(?:saying|adding|arguing|insisting|warning)\b", re.I)


# Words for a person besides roles: "the conservative ... candidate says", "Trump's lawyer"
PEOPLE = ROLES | {
    "candidate", "nominee", "lawmaker", "congressman", "congresswoman", "activist", "man", "woman",
    "businessman", "businesswoman", "billionaire", "aide", "adviser", "advisor", "deputy",
    "representative", "envoy", "ally",
}  # fmt: skip
_ROLE_STEMS = {stem(w) for w in ROLES}
_ROLE_WORDS = "|".join(sorted(ROLES, key=len, reverse=True))
# What the sources write before a name for these roles ("Sen. Dick Durbin" is senator Durbin).
_ROLE_SHORT = {role: (short,) for short, role in TITLE_WORDS.items()} | {
    "executive": ("ceo",), "officer": ("ceo", "cfo", "coo", "cto"),
    "chief": ("administrator", "director", "head", "commissioner"),
}  # fmt: skip
_SHORT_WORDS = "|".join(TITLE_WORDS)  # the abbreviated titles ("Gov." governor)


def opposites(claim: Claim, covered: set[str], evidence: Evidence, cited: list[int]) -> list[str]:
    """The claim's words no citation holds whose opposite a citation does in its place ("only
    larger vessels" where the cited text says "only smaller vessels"), as written. Not a word
    whose opposite stands by other words ("closing sales" is not "opening discounts", nor
    "convicted Varga of fraud" "acquitted her of lying"): a content word within
    ``OPPOSITE_REACH`` words of the claim's word must stand as near the opposite in one cited
    sentence."""
    flipped = {t for t in claim.stems if t not in covered and _OPPOSITE.get(t) in covered}
    quotes = sentences_of(evidence, cited) if flipped else []
    flipped = {t for t in flipped if _in_place(claim.words, t, quotes)}
    return [w for w in claim.words if stem(w.lower()) in flipped]


OPPOSITE_REACH = 3  # words either side of an opposite that must share a content word


def _in_place(words: Sequence[str], flipped: str, quotes: Sequence[str]) -> bool:
    """Whether some quote has the opposite of the stem ``flipped`` with a content word near it
    that the claim has near its own word."""

    def near(seq: list[str], target: str) -> set[str]:
        found: set[str] = set()
        for k, w in enumerate(seq):
            if w == target:
                window = seq[max(0, k - OPPOSITE_REACH) : k + OPPOSITE_REACH + 1]
                found |= {v for v in window if v != target and not is_stop(v)}
        return found

    mine = near([stem(w.lower()) for w in words], flipped)
    return any(mine & near([stem(w.lower()) for w in tokens(q)], _OPPOSITE[flipped])
               for q in quotes)  # fmt: skip


def polarity_flipped(claim: Claim, evidence: Evidence, cited: list[int]) -> bool:
    """Whether the claim states plainly what half or more of the cited texts negate ("the
    authority damaged the ships" from "no ships were damaged"; one source saying "was not
    compromised" instead does not save "its network was breached"). The other way round (a
    claim negating what the sources state) is left to coverage: paraphrases negate freely ("not
    just ads")."""
    quotes = [evidence.candidates[i].quote for i in cited]
    if _NEGATION.search(claim.text) or claim.text.rstrip(" \"'”’").endswith("?"):
        return False  # a question states nothing
    if _NEGATING & set(claim.stems) or _NEGATING_PHRASE.search(claim.text):
        return False  # "declined to comment" says what "did not comment" does
    stems_ = set(claim.stems)
    return bool(quotes) and 2 * sum(_negates(q, stems_) for q in quotes) >= len(quotes)


_SPAN_END = re.compile(r"[.!?;:\"“”]")


def _negates(quote: str, stems_: set[str]) -> bool:
    """Whether ``quote`` negates words of the claim: two of the claim's stems in the words a
    negation governs ("no ships were damaged"), or the one content word a negated verb has
    ("did not resign"). One shared word is not enough after a negated noun phrase: "told
    nothing for two days" does not negate "taking two days", nor "no single person can
    approve" "more than one person to approve"."""
    words, gaps = [w.lower() for w in tokens(quote)], token_gaps(quote)
    for k, word in enumerate(words):
        if not (_NEGATION.fullmatch(word) or word.endswith(("n't", "n’t"))):
            continue
        if word == "no" and words[k + 1 : k + 2] and words[k + 1][:1].isdigit():
            continue  # "his former No. 2, Joe Biden" is a number
        if word == "not" and words[k + 1 : k + 2] in (["as"], ["only"], ["just"]):
            continue  # "not as diverse as he claimed", "not only ...": a degree, no denial
        if _contrast(words, k):
            continue
        if k and words[k - 1] == "or":
            continue  # "why you should (or shouldn't) vote", "whether or not": both ways
        end = min(len(words), k + 1 + NEGATED_SPAN)
        # what a negation governs ends with its sentence or quotation: "the fight was not
        # over. The government is going to appeal" does not deny the appeal
        end = next((j for j in range(k + 1, end) if _SPAN_END.search(gaps[j])), end)
        span = {stem(w) for w in words[k + 1 : end] if not is_stop(w)}
        verbal = word in ("not", "never") or word.endswith(("n't", "n’t"))
        if len(span & stems_) >= (1 if verbal and len(span) == 1 else 2):
            return True
    return False


_BE_WORDS = {"is", "are", "was", "were"}


def _contrast(words: Sequence[str], k: int) -> bool:
    """Whether the "not" at ``k`` denies only who someone is, before a clause saying what that
    other did: "This is not the Obama Administration that paid 1.8 Billion Dollars" does not
    deny that the Obama administration paid it."""
    return (
        words[k] == "not"
        and k > 0
        and words[k - 1] in _BE_WORDS
        and words[k + 1 : k + 2] in (["the"], ["a"], ["an"])
        and any(w in ("that", "which", "who") for w in words[k + 2 : k + 3 + NEGATED_SPAN])
    )


def disorder(claim: Claim, evidence: Evidence, cited: list[int]) -> str:
    """Why the claim's words do not come in an order the sources use, or "" when they do (see
    :func:`word_order`, :func:`fluency`, :func:`reversed_names` and :func:`swapped_names`)."""
    order, pairs = word_order(claim.ordered, [evidence.sequences[i] for i in cited])
    if pairs >= MIN_ORDER_PAIRS and order < MIN_ORDER:
        return "word order"
    if fluency(claim.text, evidence.bigrams) < MIN_FLUENT or stranded_article(claim.text):
        return "word order"
    quotes = sentences_of(evidence, cited)
    titles = functools.partial(_titles_of, evidence=evidence)
    if pair := reversed_names(claim, quotes, titles) or reversed_words(claim, quotes):
        return f"{pair[0]} / {pair[1]} the other way round"
    if swapped_names(claim, [evidence.sequences[i] for i in cited]):
        return "names swapped"
    if pair := crossed(claim.text, quotes) or reversed_route(claim.text, quotes):
        return f"{pair[0]} / {pair[1]} the other way round"
    if pair := swapped_figures(claim, evidence) or swapped_counts(claim, evidence):
        return f"{pair[0]} / {pair[1]} figures the other way round"
    return ""


# Where a sentence sets two things side by side: "X, while Y", "X; Y", "X, whereas Y", "X
# instead of Y", "X rather than Y"
_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|;\s+|\s+(?:instead\s+of|rather\s+than)\s+")


def crossed(text: str, quotes: Sequence[str]) -> tuple[str, str] | None:
    """Two words the claim sets side by side that a cited text, setting the same two things
    side by side, pairs the other way round, or None: "Ashworth suffered frostbite, while
    Kerr was treated for hypothermia" where the source has "Kerr was being treated for
    frostbite, while Ashworth was suffering from hypothermia"; "in kilograms instead of
    pounds" for "in pounds instead of kilograms". Each side of the claim holds words only one
    side of the source has, from both sides (told the other way round as a whole, "the police
    said X, while his family said Y" for "his family said Y, while the police said X", it is
    no swap). Where one side is a single word ("in kilograms instead of pounds"), that word
    and the one next to it across the connector are the two compared."""
    parts = _CONTRAST.split(text)
    if len(parts) != 2:
        return None
    first, second = (content_stems(p) for p in parts)
    if not first or not second:
        return None
    pairs = [(a, b) for quote in quotes for a, b in itertools.pairwise(_CONTRAST.split(quote))]
    for sides in pairs:
        one, two = (set(content_stems(p)) for p in sides)
        only_one, only_two = one - two, two - one
        if len(second) == 1 or len(first) == 1:  # "in kilograms instead of pounds"
            a, b = first[-1], second[0]
            if a in only_two and b in only_one:
                return _as_written(a, text), _as_written(b, text)
            continue
        mine = set(first), set(second)
        if all(side & only for side in mine for only in (only_one, only_two)):
            a, b = min(mine[0] & only_two), min(mine[1] & only_one)
            return _as_written(a, text), _as_written(b, text)
    return None


_ROUTE_WORD = r"(?!(?:and|but|that|which|who|when|after|before)\b)[\w'’-]+"  # within a clause
_ROUTE = re.compile(
    rf"\bfrom\s+((?:{_ROUTE_WORD}\s+){{0,6}}?{_ROUTE_WORD})\s+(?:back\s+|over\s+)?to\s+"
    r"((?:[\w'’-]+\s+){0,4}[\w'’-]+)",
    re.IGNORECASE,
)


def reversed_route(text: str, quotes: Sequence[str]) -> tuple[str, str] | None:
    """Where the claim has something go "from" one thing "to" another, and a cited text has it
    go the other way, or None: "spammers redirected traffic from the Lycos screensaver site to
    their own websites" where the source has "from their sites back to the Lycos screensaver
    site". A word of the claim's "from" side is one only the text's "to" side has, no word of
    it is one only the text's "from" side has, and no word of the claim's "to" side is one only
    the text's "to" side has."""
    for claimed in _ROUTE.finditer(text):
        start, end = (set(content_stems(side)) for side in claimed.groups())
        for quote in quotes:
            for told in _ROUTE.finditer(quote):
                source, target = (set(content_stems(side)) for side in told.groups())
                moved = start & (target - source)
                if moved and not start & (source - target) and not end & (target - source):
                    return claimed[1], claimed[2]
    return None


def _as_written(word_stem: str, text: str) -> str:
    """The first word of ``text`` with this stem, as written."""
    return next((t for t in tokens(text) if stem(t.lower()) == word_stem), word_stem)


def sentences_of(evidence: Evidence, cited: list[int]) -> list[str]:
    """The cited texts sentence by sentence: two names in adjacent sentences of a window stand
    in no order ("... into Japanese waters. Japan refrained from blaming China.")."""
    out = []
    for i in cited:
        rows = evidence.sentence_rows(i)
        if len(rows) == 1 or None in rows:
            out.append(evidence.candidates[i].quote)
        else:
            out.extend(evidence.candidates[r].quote for r in rows)
    return out


_LINKS = {"by", "in", "from", "with", "after", "during", "of", "at", "on", "to", "for", "than"}
_BOUNDING = re.compile(r"\b(?:at (?:least|most)|more than|fewer than|less than|up to)\b")


# A form of "be" (and an adverb) right before a verb makes it passive: "nine people were killed
# when two bombs went off", "resignations were announced Monday by the White House".
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _passive_at(toks: Sequence[str], p: int) -> bool:
    """Whether token ``p`` of a source text is a passive verb with its agent ("were announced
    Monday by the palace"): its words come the other way round from the active claim."""
    agent = "by" in (t.lower() for t in toks[p + 1 : p + 4])
    return agent and bool(_BE.search(" ".join(toks[max(0, p - 2) : p]) + " "))


def reversed_words(claim: Claim, quotes: Sequence[str]) -> tuple[str, str] | None:
    """Two content words round a third ("the university criticised the students' union") that
    every cited text holding the three has the other way round, joined only by articles and
    possessives ("the students' union criticised the university"), as written, or None. A
    passive verb in the middle, in the claim or with its agent in the source ("people were
    killed when bombs went off", "whose resignations were announced Monday by"), turns it
    round. A source with the first word on both sides ("search statistics are automatically
    generated based on the millions of searches") has no order for it."""
    if claim.passive:
        return None
    seq, starts, names = claim.ordered, claim.starts, claim.name_stems  # names: reversed_names
    pairs = {}
    for k in range(len(seq) - 2):
        if seq[k + 1] in _ROLE_STEMS or seq[k] in names:  # "committee chair X", "X, who chairs"
            continue
        if _BE.search(claim.text[: claim.spans[k + 1][0]]):  # "people were killed when bombs"
            continue
        if claim.text[claim.spans[k][1] : claim.spans[k + 1][0]] == "-":
            continue  # "career-ending scarring" is "scarring that ends careers"
        for m in (k + 2, k + 3):
            apart = m < len(seq) and seq[k] != seq[m] and seq[m] not in names
            # the claim has the third word before the first too: "using tactics similar to
            # those she used" is in both orders
            both = m < len(seq) and seq[m] in seq[max(0, k - 2) : k]
            if apart and not both and not any(starts[k + 1 : m + 1]):
                pairs.setdefault((seq[k], seq[k + 1], seq[m]), (k, m))
    if not pairs:
        return None
    ahead, behind = set(), set()  # (a, w, b) as the cited texts have them, and reversed
    for quote in quotes:
        toks = tokens(quote)
        content = [
            (p, stem(t.lower()))
            for p, t in enumerate(toks)
            if not is_stop(t.lower()) and not t[0].isdigit()
        ]  # as claim.ordered: no figures
        for n in range(1, len(content) - 1):
            w = content[n][1]
            passive = _passive_at(toks, content[n][0])
            for step in (1, 2):
                if n + step < len(content):
                    ahead.add((content[n - 1][1], w, content[n + step][1]))
                if n - step >= 0 and not passive:
                    (q, before), (r, after) = content[n - step], content[n + 1]
                    between = " ".join(toks[q + 1 : r]).lower()
                    # "Search statistics are automatically generated ... millions of searches"
                    again = before in (t for _, t in content[n + 1 : n + 5])
                    # "a protest was staged": a passive after the middle word turns it round
                    turned = bool(_BE.search(" ".join(toks[max(0, r - 2) : r]) + " "))
                    links = set(_BOUNDING.sub("", between).split()) & _LINKS
                    if not links and not again and not turned:
                        behind.add((after, w, before))
    for (a, w, b), (k, m) in pairs.items():
        if (a, w, b) not in ahead and (a, w, b) in behind:
            return claim.text[slice(*claim.spans[k])], claim.text[slice(*claim.spans[m])]
    return None


def reversed_names(
    claim: Claim, quotes: Sequence[str], titles=lambda name: set()
) -> tuple[str, str] | None:
    """Two names the claim puts round a word in the opposite order to every cited text that
    has both names round it ("Harwick signed Marandu from Castelmar" where the sources say
    "Castelmar signed Marandu from Harwick"), as written, or None. A passive ("by" between
    the two) is compared with passives only ("Kennedy's replacement by Kavanaugh" and
    "Kavanaugh's replacement by Kennedy"), an active with actives. :func:`disorder` passes a
    cited window sentence by sentence: names in two sentences stand in no order. A text
    calling one of the two "the <role>", a title ``titles`` gives that name and not the other,
    names them there too
    ("Democrats were somber in announcing the charges ... against the president" has them in
    the claim's order). A body of a generic last word goes by the word before it
    (:func:`_name_key`: "The Treasury Department ordered the Justice Department" where the
    sources say "The Department of Justice ordered the Treasury Department")."""
    clause = list(itertools.accumulate(claim.joined))
    heads, written, named = {}, {}, {}
    for name in claim.facts.entities:
        if plain(name[-1].lower()) in _NO_ACTORS:
            continue  # "in Wednesday's attack outside Parliament in London": a day is no actor
        head, body = _name_key(name), len(name) > 1 and is_body(name)
        spots = [k for k, t in enumerate(claim.ordered)
                 if t == head and (body or not _inside_longer(claim, k, name))]  # fmt: skip
        if spots:
            heads[head], written[head], named[head] = spots[0], " ".join(name), name
    name_words = claim.name_stems
    texts = [_name_heads(tokens(q), heads) for q in quotes]
    for a, b in itertools.combinations(sorted(heads, key=heads.get), 2):
        i, j = heads[a], heads[b]
        if clause[i] != clause[j] or j - i > REVERSED_SPAN:
            continue
        if _SUBORDINATE.search(claim.text, claim.spans[i][1], claim.spans[j][0]):
            continue  # "Vohor faces a motion after 16 MPs defected": two events, two verbs
        between = set(claim.ordered[i + 1 : j]) - name_words - _ROLE_STEMS
        between -= {claim.modifiers.get(named[a], "")}  # "the Milwaukee event was Biden's first"
        by = bool(_BY.search(claim.text[claim.spans[i][1] : claim.spans[j][0]]))
        own = {stem(w.lower()) for w in named[a]}
        same, flipped = _orders(texts, {a}, {b}, between, by, own)
        if flipped and not same and not _in_title(claim.text, named[a], named[b]):
            ta, tb = titles(named[a]), titles(named[b])
            as_a, as_b = {stem(t) for t in ta - tb}, {stem(t) for t in tb - ta}
            called = [[f"the {w}" if k and words[k - 1] == "the" else w
                       for k, w in enumerate(words)] for words in texts]  # fmt: skip
            with_a = {a} | {f"the {t}" for t in as_a}
            with_b = {b} | {f"the {t}" for t in as_b}
            if (as_a or as_b) and _orders(called, with_a, with_b, between, by)[0]:
                continue
            return written[a], written[b]
    return None


# A word opening a clause of its own within a sentence: names either side of it do different
# things ("Vohor faces a no-confidence motion after 16 of the 52 MPs defected")
_SUBORDINATE = re.compile(r"\b(?:after|before|when|because|since|until|while|whereas|although)\b")


def _in_title(text: str, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether name ``a`` stands in a title right before name ``b`` ("London laryngologist
    Alun Pritchard", "Ohio-based drug distributor Carrow Medical Supply"): it describes ``b``,
    as an apposition after ``b`` does ("Alun Pritchard, a laryngologist in London")."""
    found = re.search(
        rf"\b{name_pattern(a)}(?:-based)?\s+(?:[a-z][\w-]*\s+){{0,2}}([a-z][\w-]*)\s+"
        rf"{name_pattern(b)}\b",
        text,
    )
    return bool(found) and (found[1] in PEOPLE or OCCUPATION.fullmatch(found[1]) is not None)


_DETERMINERS = {"the", "a", "an", "this", "that"}
# "by" and "from" between two names turn round who did what: "22 points from Oscar Lindgren
# for Portland" is "Lindgren had 22 points for Portland"
_AGENTS = {"by", "from"}
_BY = re.compile(r"\b(?:by|from)\b", re.IGNORECASE)


def _name_key(name: tuple[str, ...]) -> str:
    """The stem that tells a name apart: its last word's, or for a body of a generic last word
    the word before it ("Treasury Department": "treasuri", as "the Department of the
    Treasury" has it too)."""
    if len(name) > 1 and is_body(name) and not is_stop(name[-2].lower()):
        return stem(plain(name[-2]).lower())
    return stem(name[-1].lower())


def _name_heads(words: Sequence[str], heads) -> list[str]:
    """The stems of a text's words, but for a name's last word written in lower case after
    another word than "the" ("the district court's judgment" does not name the 5th Circuit
    Court; "the court ruled" may)."""
    out = []
    for k, w in enumerate(words):
        t = stem(w.lower())
        other = k and words[k - 1].lower() not in _DETERMINERS
        out.append("" if t in heads and w[:1].islower() and other else t)
    return out


def _headed(claim: Claim, name: tuple[str, ...]) -> str:
    """The stem of the noun a name stands before as a modifier ("the Milwaukee event": "event"),
    part of its phrase, or ""."""
    words, gaps = claim.words, claim.gaps
    for k in claim.at(name):
        end = k + len(name)
        if (k and words[k - 1].lower() in _DETERMINERS and end < len(words)
                and words[end][:1].islower() and not is_stop(words[end])
                and not words[end].endswith(("ed", "s"))  # "the House approved", "prepares"
                and not gaps[end].strip()):  # fmt: skip
            return stem(words[end])
    return ""


def _orders(
    texts: Sequence[Sequence[str]],
    a: set[str],
    b: set[str],
    between: set[str],
    by: bool = False,
    own: set[str] = frozenset(),
) -> tuple[bool, bool]:
    """Whether some text has a word of ``a`` before one of ``b`` with a word of ``between``
    between them (and "by" or "from" between them just when ``by``), and whether one has them
    the other way round. A word of ``a`` opening a relative clause on what comes before
    (``own``: the rest of its name) is not the other way round: "Cain and Moore, choices that
    Nancy Pelosi called ..." has Pelosi calling them."""
    same = flipped = False
    for words in texts:
        pa = [p for p, w in enumerate(words) if w in a]
        pb = [p for p, w in enumerate(words) if w in b]
        pw = [p for p, w in enumerate(words) if w in between]
        for x in pa:
            for y in pb:
                lo, hi = min(x, y), max(x, y)
                if hi - lo > 2 * REVERSED_SPAN + 2 or bool(_AGENTS & set(words[lo:hi])) != by:
                    continue
                if not any(lo < q < hi for q in pw):
                    continue
                same |= x < y
                flipped |= y < x and not _relative_subject(words, x, own)
    return same, flipped


_OBJECT_RELATIVES = {"that", "which", "whom"}
# Verbs whose "that" opens what they say or find, not a clause on a noun ("announced that")
_THAT_VERBS = _SAYING_STEMS | {stem(w) for w in (
    "announced", "believed", "thought", "knew", "showed", "found", "noted", "hoped", "feared",
    "meant", "suggested", "confirmed", "revealed", "agreed", "decided", "ruled", "learned",
)}  # fmt: skip


def _relative_subject(words: Sequence[str], x: int, own: set[str]) -> bool:
    """Whether the name ending at ``words[x]`` (its other words ``own``) comes right after
    "that", "which" or "whom" after a noun: the subject of a clause on that noun ("choices that
    Nancy Pelosi called"; not "announced that Democrats had")."""
    r = x - 1
    while r >= 0 and words[r] in own:
        r -= 1
    return (r > 0 and words[r] in _OBJECT_RELATIVES
            and not (words[r] == "that" and words[r - 1] in _THAT_VERBS))  # fmt: skip


def _inside_longer(claim: Claim, k: int, name: tuple[str, ...]) -> bool:
    """Whether the claim's content stem ``k`` (the last word of ``name``) is a word inside a
    longer name of the claim ("Earth" in "Near Earth Object Program Office"), not its last."""
    head = stem(name[-1].lower())
    for other in claim.facts.entities:
        if len(other) <= len(name):
            continue
        words = [stem(w.lower()) for w in other if not is_stop(w.lower())]
        for p, w in enumerate(words[:-1]):  # its last word: the same name ("Rocco Buttiglione")
            if w == head and k >= p and list(claim.ordered[k - p : k - p + len(words)]) == words:
                return True
    return False


# English puts an adjective, noun or number after "a", "an" and "the", never a preposition,
# pronoun, conjunction or auxiliary, and never ends a sentence or clause with one.
_CLOSED = (
    "a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|into|is|are|was|were|be|been|am|"
    "has|have|had|will|would|can|could|should|shall|must|do|does|did|it|he|she|they|we|i|you|"
    "him|them|me|his|their|its|our|my|your|which|who|whom|whose|these|those|not|than|if|because"
)
_STRANDED = re.compile(
    rf"\b(?i:a|an|the)\s+(?:{_CLOSED})\b(?![-'’])|\b(?i:a|an|the)\s*(?:[,;:!?]|\.(?:\s|$)|$)"
)


def stranded_article(text: str) -> bool:
    """Whether an article stands before a function word ("the to", "a the") or at the end of
    a clause ("at a."): a sign of words in a scrambled order."""
    return bool(_STRANDED.search(text))


def fluency(text: str, bigrams: frozenset[tuple[str, str]]) -> float:
    """Share of the claim's adjacent word pairs (stop words included) that the sources use.

    Word salad made of source words ("the the to results opt could") has pairs no source has;
    a true sentence, even a loose paraphrase, is mostly made of pairs ("of the", "the union",
    "said on") that some source sentence uses. Claims under ``MIN_BIGRAMS`` pairs count as 1.
    """
    pairs = word_bigrams(text)
    if len(pairs) < MIN_BIGRAMS:
        return 1.0
    return len(pairs & bigrams) / len(pairs)


def swapped_names(claim: Claim, sequences: Sequence[Sequence[str]]) -> bool:
    """Whether the claim swaps two names' roles ("Osei praised Wieland" from "Wieland praised
    Osei"; "the river stayed closed after the school burst its banks"): a name has a
    neighbouring content word (the verb it does, the verb done to it) that no cited text has
    near it, while one that names both has it right next to the other name, which the claim
    puts on the far side of that word in the same clause, and either has the first name beyond
    that word ("Wieland praised Osei") or gives it the word the claim gives the other name (the
    two swapped what they did). Names of days and laws (:data:`_NO_ACTORS`) play no role. A
    claim with "by" (a passive turns the roles round) passes, and so does a name the claim
    gives twice ("one Brisco share for each Tarvel share, while Brisco
    shareholders ..."): which of its places plays which role cannot be told.
    """
    if not sequences or claim.passive:
        return False
    words = claim.name_stems
    heads = {stem(e[-1].lower()) for e in claim.facts.entities
             if plain(e[-1].lower()) not in _NO_ACTORS}  # fmt: skip
    if len(heads) < 2:
        return False
    seq = claim.ordered
    for i, name in enumerate(seq):
        if name not in heads or seq.count(name) > 1:
            continue
        for j, after in ((i + 1, True), (i - 1, False)):
            if not 0 <= j < len(seq) or seq[j] in words or claim.starts[max(i, j)]:
                continue
            word = seq[j]
            if word in _ROLE_STEMS:  # "Orsdal coach Kroll" is "Kroll, who coaches Orsdal"
                continue
            if word in claim.modifiers.values():  # "the Milwaukee event": "event in Milwaukee"
                continue
            if any(_near(s, name, word, after, ORDER_DISTANCE) for s in sequences):
                continue
            for other in heads - {name}:
                theirs = _next_to(claim, other, after)  # what the claim has the other do
                if _same_clause(claim, j, other, after) and any(
                    _near(s, other, word, after, 1)
                    and (_beyond(s, word, name, after)  # "Wieland praised Osei"
                         or bool(theirs) and _near(s, name, theirs, after, ORDER_DISTANCE))
                    for s in sequences
                ):  # fmt: skip
                    return True
    return False


def swapped_figures(claim: Claim, evidence: Evidence) -> tuple[str, str] | None:
    """Two names the claim gives each other's figures ("the Nasdaq was down 1,420 points,
    while the Dow had declined 4.6%" where a source has "The Dow fell 1,420 points ... the
    Nasdaq declined 4.6%"), as written, or None: a source sentence gives each figure with the
    other name right before it (:func:`figure_owners`) and none with the claim's."""
    owned = [(name, n) for name, n in figure_owners(claim.text, claim.facts) if not n.date]
    if len(owned) < 2:
        return None
    names = tuple(dict.fromkeys(name for name, _ in owned))
    stated = [figure_owners(evidence.candidates[i].quote, evidence.facts[i], names)
              for i in _stating(evidence, {n.value for _, n in owned})]  # fmt: skip

    def with_(name: tuple[str, ...], n: Number) -> bool:
        head = stem(name[-1].lower())
        return any(stem(e[-1].lower()) == head and agrees(n, m) for pairs in stated
                   for e, m in pairs)  # fmt: skip

    for (x, v), (y, w) in itertools.combinations(owned, 2):
        if stem(x[-1].lower()) == stem(y[-1].lower()) or same_value(v.value, w.value):
            continue
        if with_(y, v) and with_(x, w) and not with_(x, v) and not with_(y, w):
            return " ".join(x), " ".join(y)
    return None


def _stating(evidence: Evidence, values: set[float]) -> list[int]:
    """The source sentences giving one of these figures (their one-sentence rows)."""
    return [
        i
        for i, c in enumerate(evidence.candidates)
        if c.size == 1 and any(m.value in values for m in evidence.facts[i].numbers)
    ]


def swapped_counts(claim: Claim, evidence: Evidence) -> tuple[str, str] | None:
    """Two figures the claim gives each other's words ("some 30,000 people were killed ...
    while another 3,000 said they were tortured" where a source has "Some 3,000 people were
    killed ... and another 30,000 said they were tortured"), as written, or None: one source
    sentence gives each figure once, with words just after it that the claim has after the
    other figure and none the claim has after it, and no source sentence gives either figure
    with the claim's words after it."""
    mine = [n for n in claim.facts.numbers if n.context and not n.date]
    if len(mine) < 2:
        return None
    stated = [evidence.facts[i].numbers for i in _stating(evidence, {n.value for n in mine})]

    def contexts(n: Number, numbers: Sequence[Number]) -> list[frozenset[str]]:
        return [m.context for m in numbers if agrees(n, m)]

    def as_mine(n: Number) -> bool:
        return any(c & n.context for numbers in stated for c in contexts(n, numbers))

    for v, w in itertools.combinations(mine, 2):
        if same_value(v.value, w.value) or as_mine(v) or as_mine(w):
            continue
        for numbers in stated:
            (tv, tw) = contexts(v, numbers), contexts(w, numbers)
            if len(tv) == len(tw) == 1 and v.context & tw[0] and w.context & tv[0]:
                return v.surface, w.surface
    return None


_SCORE_AFTER = re.compile(r"[-\u2013]\d")  # the first side of "20-13"
_SCORE_BEFORE = re.compile(r"\d[-\u2013]$")  # the second


@functools.lru_cache(maxsize=4096)
def figure_owners(
    text: str, facts: Facts, also: tuple[tuple[str, ...], ...] = ()
) -> tuple[tuple[tuple[str, ...], Number], ...]:
    """Each figure of a sentence with the name written last before it, if any (days, months
    and laws aside): "The S&P 500 dropped 5.8% and the Nasdaq Composite declined 4.6%" gives
    5.8% to the S&P 500 and 4.6% to the Nasdaq Composite. A figure right before "in"/"at" and a
    name is that name's ("six in Millbrook"); a side of a result or vote ("20-13") is no one's.
    A possessive in an apposition describes the name before it: "Greenacre, the UK's
    fourth-largest grocer, has about 810 stores" gives 810 to Greenacre. Names ``also`` count
    where ``facts`` lack them (a sentence's first word: "Greenacre, which has about 540")."""
    names, starts = [], {}
    for name in dict.fromkeys((*facts.entities, *also)):
        if plain(name[-1].lower()) in _NO_ACTORS:
            continue
        for m in re.finditer(rf"\b{name_pattern(name)}\b", text):
            names.append((m.end(), name))
            starts[m.start()] = name
    names.sort()
    names = [(end, name) for k, (end, name) in enumerate(names)
             if not (k and _APPOSED_POSSESSIVE.fullmatch(text, names[k - 1][0], end))]  # fmt: skip
    out, start = [], 0
    for n in facts.numbers:
        at = text.find(n.surface, start)
        if at < 0:
            continue
        start = at + len(n.surface)
        if _SCORE_AFTER.match(text, start) or _SCORE_BEFORE.search(text, 0, at):
            continue  # one side of a result or vote ("approved it 20-13") is no count
        place = _FIGURE_PLACE.match(text, start)  # "six in Millbrook": Millbrook's six
        if place and place.end() in starts:
            out.append((starts[place.end()], n))
            continue
        before = [(end, name) for end, name in names if end <= at]
        if before:
            out.append((max(before)[1], n))
    return tuple(out)


_FIGURE_PLACE = re.compile(r"\s+(?:in|at)\s+")
# A possessive name opening an apposition: ", the UK's" after "Greenacre" (the name itself is
# matched by any run of words without a comma)
_APPOSED_POSSESSIVE = re.compile(r",\s+(?:the\s+)?[^,]+?['’]s")


def _next_to(claim: Claim, name: str, after: bool) -> str:
    """The claim's content word right after (or before) ``name`` in its clause, or ""."""
    for k, t in enumerate(claim.ordered):
        j = k + 1 if after else k - 1
        if t == name and 0 <= j < len(claim.ordered) and not claim.starts[max(k, j)]:
            return claim.ordered[j]
    return ""


def _beyond(sequence: Sequence[str], word: str, name: str, after: bool) -> bool:
    """Whether ``name`` comes somewhere after (or before) ``word`` in ``sequence``."""
    spots = [p for p, t in enumerate(sequence) if t == word]
    names = [p for p, t in enumerate(sequence) if t == name]
    return any(q > p if after else q < p for p in spots for q in names)


def _same_clause(claim: Claim, j: int, name: str, after: bool) -> bool:
    """Whether ``name`` stands beyond the claim's word ``j`` in the same clause."""
    seq, starts = claim.ordered, claim.joined
    span = range(j + 1, len(seq)) if after else range(j - 1, -1, -1)
    for k in span:
        if starts[k if after else k + 1]:
            return False
        if seq[k] == name:
            return True
    return False


def _near(sequence: Sequence[str], name: str, word: str, after: bool, distance: int) -> bool:
    """Whether ``word`` comes within ``distance`` after (or before) ``name`` in ``sequence``."""
    names = [p for p, t in enumerate(sequence) if t == name]
    spots = [p for p, t in enumerate(sequence) if t == word]
    return any(0 < (q - p if after else p - q) <= distance for p in names for q in spots)


def word_order(claim: Sequence[str], sequences: Sequence[Sequence[str]]) -> tuple[float, int]:
    """How much of the claim's word order the cited texts share, and over how many pairs.

    Coverage is a bag of words: "the union sued the company" and "the company sued the union"
    cover each other. Here every pair of the claim's content stems at most ``ORDER_SPAN``
    apart, both found in one cited text, counts as *in order* when that text has the first
    before the second at most ``ORDER_DISTANCE`` content words apart. True sentences and
    paraphrases keep most of those pairs (a clause moved to the front or a fused second
    sentence break only the pairs at its edges); scrambled words and swapped roles do not.
    """
    positions = [{} for _ in sequences]
    for where, sequence in zip(positions, sequences, strict=True):
        for k, t in enumerate(sequence):
            where.setdefault(t, []).append(k)
    tested = kept = 0
    for i, a in enumerate(claim):
        for b in claim[i + 1 : i + 1 + ORDER_SPAN]:
            if a == b:
                continue
            holders = [w for w in positions if a in w and b in w]
            if not holders:
                continue
            tested += 1
            kept += any(0 < q - p <= ORDER_DISTANCE for w in holders for p in w[a] for q in w[b])
    return (kept / tested if tested else 1.0), tested


def has(fact: Fact, evidence: Evidence, i: int, near: bool = False, strict: bool = False) -> bool:
    """Whether candidate ``i`` states ``fact`` (``near``: a number with a word in common;
    ``strict``: see :func:`summarizer.facts.states`)."""
    return states(fact, evidence.facts[i], evidence.words[i], near, strict)
