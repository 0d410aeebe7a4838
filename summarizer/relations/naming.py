"""Where a source text names someone or something: by its name, by a first name only that
person has, as "the <role>", as "she said" right after a sentence naming them, as "the group"
or "the court" in an article naming the body, as "the company" in one whose lede names it; and
when a name in a text is someone else's ("Inter Milan" is not "AC Milan",
:func:`named_otherwise`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from summarizer.evidence import Evidence
from summarizer.facts import (
    OF_HEADS,
    ORG_HEADS,
    PARTY_WORDS,
    ROLES,
    TITLE_WORDS,
    entity_in,
    extract_facts,
    inverted_names,
    is_body,
    is_stop,
    plain,
    run_initials,
    stem,
    tokens,
    word_set,
)
from summarizer.relations.claim import Claim, has
from summarizer.relations.words import (
    DATES,
    LISTING,
    OPENING,
    ROLE_SHORT,
    ROLE_WORDS,
    SHORT_WORDS,
    is_person,
    name_pattern,
    name_word_stem,
    qualifier,
    title_word,
)
from summarizer.speech import SPEAKING_PATTERN

SAID_CHAIN = 2  # "he said" sentences naming nobody between a name and the "he said" quoted
PRONOUN_OPENS = re.compile(r"(?:He|She)\s+(?:also\s+)?[a-z]+(?:ed|s)\b")
# A sentence opening with "Her"/"His" goes on about the one the sentence before named
THEIR_OPENS = re.compile(r"(?:Her|His)\s")
# "she said", "it told TODAY", and an age for the one named before ("said the 34-year-old")
PRONOUN_SAID = re.compile(
    rf"\b(?:he|she|they|it)\s+(?:{SPEAKING_PATTERN})\b"
    rf"|\b(?:{SPEAKING_PATTERN})\s+the\s+\d+-year-old\b|\bthe\s+\d+-year-old\s+(?:{SPEAKING_PATTERN})\b",
    re.IGNORECASE,
)
THE_ROLE = re.compile(
    r"\bthe\s+((?:[a-z]+\s+){0,2}[a-z]+)\b", re.IGNORECASE
)  # "the visiting president"
A_ROLE = re.compile(r"\b(?:the|an?)\s+((?:[a-z]+\s+){0,2}[a-z]+)\b", re.IGNORECASE)
# "a Justice Department inspector general investigation": a role its body's name qualifies
QUALIFIED_ROLE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w'’-]*\s+){1,2}[a-z]+)\b")
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "representative", "aide"}
ROLE_SAID = re.compile(rf"\bthe\s+(\w+)\s+(?:{SPEAKING_PATTERN})\b", re.IGNORECASE)


def antecedent(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` makes ``name`` the one a "he" or "she" after it stands for: it
    names no one else (:func:`_sole_name`), or opens with the name as its subject ("Tulsi
    Gabbard announced ... and endorsed Joe Biden. ... While she was one of the final three
    ...")."""
    return _sole_name(name, evidence, i) or opens_with(name, evidence.candidates[i].quote)


def opened_by_other(name: tuple[str, ...], quote: str, evidence: Evidence) -> bool:
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
    names = [plain(w) for w in lead if not title_word(w) and w.lower() not in DATES
             and w.lower() in evidence.capitalised]  # fmt: skip
    return bool(names) and plain(name[-1]) not in names


def opens_with(name: tuple[str, ...], quote: str) -> bool:
    """Whether ``quote`` opens with the name (a title or two before it aside) and a verb."""
    words = tokens(quote)[: OPENING + len(name) + 1]
    last = [k for k, w in enumerate(words) if w == name[-1]]
    return (
        bool(last)
        and last[0] + 1 < len(words)
        and words[last[0] + 1][:1].islower()
        and all(w[:1].isupper() for w in words[: last[0]])
    )


def described_person(name: tuple[str, ...], phrase: str, evidence: Evidence) -> bool:
    """Whether a source sentence opens with ``phrase``, "the <role>" (a former one, "of" a
    body), after a sentence of its article naming ``name`` and no other person (up to
    ``SAID_CHAIN`` back, past sentences naming no one), and the sources put that role before
    no other name: '"I will run," Moore said. The former chief justice of Alabama's Supreme
    Court was accused ...' calls Moore by his old post, not "Chief Justice Tom Parker" where
    the sources name him."""
    found = _ROLE_OPENS.match(phrase)
    roles = [w for w in found[1].split() if w in ROLES] if found else []
    if not roles or evidence.single is None:
        return False
    last = plain(name[-1].lower())
    for c in evidence.candidates:
        if c.size > 1 or not c.quote.startswith(found[0]):
            continue
        for back in range(1, SAID_CHAIN + 1):  # past sentences naming no one ('"I can win."')
            before = evidence.single.get((c.doc, c.sentence - back))
            named = evidence.facts[before].entities if before is not None else ()
            if named:  # it names them and no other person ("Senate" is no one)
                return (
                    entity_in(name, evidence.words[before])
                    and not any(is_person(" ".join(e)) and plain(e[-1].lower()) != last
                                for e in named)
                    and not _titled_other(roles[-1], last, evidence)
                )  # fmt: skip
    return False


def _titled_other(role: str, last: str, evidence: Evidence) -> bool:
    """Whether a source puts ``role`` right before a name without the last word ``last``
    ("Chief Justice Tom Parker")."""
    titled = re.compile(rf"\b(?i:{role})\s+((?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]*)")
    return any(last not in plain(m[1].lower()).split() for c in evidence.candidates if c.size == 1
               for m in titled.finditer(c.quote))  # fmt: skip


# "The former chief justice of ...": a sentence opening with a role, as a story calls someone
_ROLE_OPENS = re.compile(
    r"[Tt]he\s+(?:(?:former|then|late|outgoing)\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\b"
)


# A sentence going on about the body the one before named: "It is a U.S.-designated ..."
IT_IS = re.compile(r"It\s+(?:is|was|has been|remains|became)\s+(?:also\s+)?(?:a|an|the|one)\b")


def it_stands_for(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` names ``name``, no person, last, and the next sentence of its
    article opens "It is a ...": "... since he has headed Iran's Quds Force. It is a
    U.S.-designated terrorist organization" goes on about the Quds Force."""
    c = evidence.candidates[i]
    after = evidence.single.get((c.doc, c.sentence + c.size)) if evidence.single else None
    named = evidence.facts[i].entities
    if c.size > 1 or after is None or not named:
        return False
    if not IT_IS.match(evidence.candidates[after].quote) or is_person(" ".join(name)):
        return False
    return max(named, key=lambda e: c.quote.rfind(e[-1])) == name


def lies_in(place: tuple[str, ...], word: str, evidence: Evidence) -> bool:
    """Whether a source writes ``place`` with ``word`` in the name of where it lies
    ("Christchurch, New Zealand"): "two New Zealand mosques" does not put the mosques of "two
    Christchurch mosques" elsewhere."""
    lies = re.compile(rf"\b{name_pattern(place)},\s+(?:[A-Z][\w'’-]*\s+){{0,2}}{re.escape(word)}\b")
    return any(lies.search(c.quote) for c in evidence.candidates if c.size == 1)


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
    pronoun = bool(PRONOUN_SAID.search(quote))
    before = evidence.single.get((candidate.doc, candidate.sentence - 1))
    for back in range(2, SAID_CHAIN + 2):
        if not pronoun or before is None or has(name, evidence, before):
            break
        said = evidence.candidates[before].quote
        theirs = bool(THEIR_OPENS.match(said))  # "Her Nobel prize is the first to ..."
        if not PRONOUN_SAID.search(said) and not PRONOUN_OPENS.match(said) and not theirs:
            return False  # "She also asked the subcommittee ...": still the one named before
        if any(len(e) > 1 or not theirs for e in evidence.facts[before].entities):
            return False  # not "Her lawyer, John Abel, ...": he may be who speaks next
        before = evidence.single.get((candidate.doc, candidate.sentence - back))
    if before is None or not has(name, evidence, before):
        return False
    if pronoun:  # "Meadows outlined talks between Pelosi and Mnuchin. He told CNBC": not hers
        return not opened_by_other(name, evidence.candidates[before].quote, evidence)
    roles = {m[1].lower() for m in ROLE_SAID.finditer(quote)} & ROLES
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
    return _the_role_is(name, c.quote, evidence, after, deputy=False, pattern=A_ROLE)


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
    pattern: re.Pattern = THE_ROLE,
) -> bool:
    """Whether ``quote`` calls ``name`` "the <role>" right after sentence ``before`` named them:
    the sources put that role beside the name somewhere ("Brazilian President Lula"), and no
    other full name in ``before`` has it ('Lula said he hoped for more trade. ... and the
    visiting Brazilian president attended the ceremony'). The words before the role tell
    names apart: "the former vice president" is not the president named beside him, "the
    Iranian president" not one the sources never call Iranian. Without
    ``deputy``, "the spokesman" is not the body he speaks for. ``pattern`` finds the roles
    (``A_ROLE`` takes "a police chief" too, a role of any sentence naming them)."""
    if evidence.beside is None:
        return False

    def beside(entity: tuple[str, ...]) -> set[str]:
        return beside_name(entity, evidence)

    near = beside(name)
    if pattern is A_ROLE:  # a lede's role: one a sentence naming them gives them anywhere
        near |= _with_name(name, evidence)
    rivals = [(e, beside(e)) for e in evidence.facts[before].entities
              if len(e) > 1 and stem(e[-1].lower()) != stem(name[-1].lower())]  # fmt: skip
    for match in pattern.finditer(quote):
        written = match[1].split()
        words = [w.lower() for w in written]
        for k, word in enumerate(words):
            if word in ROLES and _beside_role(word, near) and (deputy or word not in SPOKESPEOPLE):
                told = {stem(w) for w in words[: k + 1]} | set(ROLE_SHORT.get(word, ()))
                told &= near
                # "the Iranian president" is not the president of Iraq; "a Justice Department
                # inspector" is the one a sentence names with the department
                qualifiers = {stem(w.lower()) for w in written[:k] if w[:1].isupper()} - near
                other = bool(qualifiers) and (
                    pattern is not QUALIFIED_ROLE or not qualifiers <= _with_name(name, evidence)
                )
                own = set(written[:k]) if pattern is QUALIFIED_ROLE else set()
                if not other and not any(told <= rival for e, rival in rivals
                                         if not set(e) <= own):  # fmt: skip
                    return True
    return False


def beside_name(words: Sequence[str], evidence: Evidence) -> set[str]:
    """The stems the sources write within reach of any of these words (``Evidence.beside``)."""
    return set().union(*(evidence.beside.get(stem(w.lower()), set()) for w in words))


def _with_name(name: tuple[str, ...], evidence: Evidence) -> set[str]:
    """The words of every source sentence naming ``name``."""
    rows = [i for i, c in enumerate(evidence.candidates) if c.size == 1]
    return set().union(*(evidence.words[i] for i in rows if entity_in(name, evidence.words[i])))


HE_SHE = re.compile(r"\b(?:he|she|He|She)\b")  # a person named before


def pronoun_for(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
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


# What a story calls a company or a body once it has named it: "the company", "the software
# maker", "the airline"
GENERIC_BODY = re.compile(
    r"\b[Tt]he (?:[a-z]+ ){0,2}(?:company|firm|maker|carrier|airline|retailer|chain|automaker"
    r"|insurer|manufacturer|developer|operator|utility|giant|conglomerate)\b(?!['’]s\b)"
)
LEDE = 2  # the first sentences of an article, which name the company it goes on to describe
# Last words of companies' names ("Helix Steel Corp"), besides the bodies' (``ORG_HEADS``)
_CORPORATE = {"corp", "inc", "ltd", "co", "plc", "llc", "holdings", "industries", "airlines"}


def described_body(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` calls the claim's company "the company" (or "the software maker",
    "the airline") in an article whose first ``LEDE`` sentences before it name the company and
    no other ("Corvane Chemicals ... The Directorate said it had ordered the company not to
    restart the unit"); not where the lede names another body."""
    c = evidence.candidates[i]
    if c.size > 1 or evidence.rows_of is None:
        return False
    if not GENERIC_BODY.search(c.quote):
        return False
    lede = [r for r in evidence.rows_of.get(c.doc, ())[:LEDE]
            if evidence.candidates[r].sentence < c.sentence]  # fmt: skip
    if not any(entity_in(name, evidence.words[r]) for r in lede):
        return False
    bodies = {e for r in lede for e in evidence.facts[r].entities
              if is_body(e) or plain(e[-1].lower()).rstrip(".") in _CORPORATE}  # fmt: skip
    return all(entity_in(name, word_set(" ".join(e))) or entity_in(e, word_set(" ".join(name)))
               for e in bodies)  # fmt: skip


def called_by_title(
    name: tuple[str, ...], titles: set[str], quote: str, evidence: Evidence, i: int
) -> bool:
    """Whether ``quote`` (candidate ``i``) calls ``name`` "the <role>" with one of ``titles``,
    those the sources put right before the name (:func:`titles_of`: "President Biden", "the
    president"), or "a <Body> <role>" ("a Justice Department inspector general
    investigation"), and :func:`_the_role_is` finds no one else in it that the role may be."""
    for pattern in (THE_ROLE, QUALIFIED_ROLE):
        said = {w for m in pattern.finditer(quote) for w in m[1].lower().split()}
        if titles & said and _the_role_is(name, quote, evidence, i, False, pattern):
            return True
    return False


def _beside_role(role: str, near: set[str]) -> bool:
    """Whether the role, or its abbreviation ("gov" for governor), is among ``near`` stems."""
    return stem(role) in near or any(short in near for short in ROLE_SHORT.get(role, ()))


def titles_of(name: tuple[str, ...], evidence: Evidence) -> set[str]:
    """The roles the sources write right before the name ("President Joe Biden"; "Gov. Ralph
    Northam" is governor Northam)."""
    last = re.escape(plain(name[-1]))
    title = re.compile(
        rf"\b(?i:({ROLE_WORDS})|({SHORT_WORDS})\.)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{last}\b"
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


def describes_name(claim: Claim, clause: int) -> bool:
    """Whether the claim's clause number ``clause`` opens as an apposition or a relative
    clause (", a former adviser ...", ", who now directs ...")."""
    first = next(k for k, c in enumerate(claim.clauses) if c == clause)
    return clause > 0 and bool(_APPOSITION.search(claim.text[: claim.spans[first][0]]))


def named_otherwise(name: tuple[str, ...], quote: str) -> bool:
    """Whether ``quote`` has the last word of a name of two words or more only after another
    capitalised word that is not the name's, a title, a role or a stop word: "Inter Milan" is
    not "AC Milan", "Michelle Obama" is not "Barack Obama" ("President Obama", "Mr Obama",
    "Brazil's Lula", "Barack H. Obama" and "On Monday Obama" are, as "Beechcraft A36 Bonanza" is
    "Beechcraft Bonanza"; "Barack and Michelle Obama" names both). A party is no surname:
    "Duckworth, Democrat of Illinois" is "an Illinois Democrat"."""
    if len(name) < 2 or all(title_word(w) for w in name[:-1]):
        return False  # "Judge Torres" is "Judge Ernest Torres" too
    if plain(name[-1].lower()) in PARTY_WORDS:
        return False
    own = {name_word_stem(w) for w in name}
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
        elif j >= 2 and m >= 0 and lows[j - 1] in LISTING and lows[j - 2] == bare[m]:
            j = -1  # a last word two names share: "Torino and Palermo Scale", "Barack and Michelle
            # Obama"
        before.append(words[j] if j >= 0 and m >= 0 else "")
    return bool(before) and all(
        qualifier(w, own) and not _spelled_otherwise(w, bare[:-1]) for w in before
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


_NO_NAMES = DATES | ORG_HEADS


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
              if b.lower() in OF_HEADS}  # fmt: skip
    if letters in turned:
        return True
    return any(w[0].lower() == letters[0] and _subsequence(letters, w.lower()) for w in capitalised)


def _subsequence(short: str, word: str) -> bool:
    rest = iter(word)
    return all(c in rest for c in short)
