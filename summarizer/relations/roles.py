"""Who did what: roles and titles the sources give a name (:func:`roles`, :func:`retitled`,
:func:`apposed_roles`, :func:`state_titles`), names a clause joins that the sources never
name together (:func:`apart`), a partner or doer put in another's place
(:func:`replaced_partner`, :func:`usurped`), and links between events no source makes
(:func:`unlinked`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

import numpy as np

from summarizer.evidence import Evidence
from summarizer.facts import (
    COMPASS,
    ROLES,
    STATE_NAMES,
    entity_in,
    is_stop,
    plain,
    stem,
    tokens,
    word_set,
)
from summarizer.relations.claim import Claim, sentences_of
from summarizer.relations.naming import (
    beside_name,
    called_by_title,
    described_body,
    describes_name,
    lies_in,
    named_otherwise,
    nationality,
    pronoun_for,
    the_head,
    titles_of,
)
from summarizer.relations.speakers import speaking_bodies, wrote
from summarizer.relations.words import (
    CLAUSE_END,
    LINKS,
    LISTING,
    NO_ACTORS,
    PEOPLE,
    QUOTATION,
    ROLE_SHORT,
    ROLE_WORDS,
    SAYING_WORDS,
    WHEN,
    is_person,
    name_pattern,
    qualifier,
    title_word,
)
from summarizer.speech import SAID

LINK_SHARE = 0.3  # least share of each side of a link ("after") one source text must hold
LINK_WORDS = 2  # content words each side needs for the link to be checked
LINK = re.compile(
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
    r"|(?:at|on) the (?:request|urging|behest|orders?|insistence|invitation) of|under pressure from"
    r"|while(?= (?:(?:he|she|they|it|we) (?:was|were|is|are) )?\w+ing\b))\b",  # "while he was ..."
    re.IGNORECASE,
)
# A semicolon or a dash between clauses: what comes before is another sentence's event ("...
# the order was widened; it was lifted at 8:30 p.m. after monitoring found ...").
_SENTENCE_BREAK = re.compile(r";|\s[—–]\s|\s--\s")


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
        near = beside_name(name, evidence)
        if near & {stem(w) for w in (role, *ROLE_SHORT.get(role, ()))}:
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
        if all(stem(w.lower()) in beside_name(person, evidence) for w in title):
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
        if _INTRODUCTORY.match(claim.text) and "," not in "".join(gaps[1:k]):
            continue  # "Defending the killing of Iran's top commander, Pence claimed"
        # "Representative" is many people's
        own = [w for w in name if not title_word(w) and w.lower() not in PEOPLE]
        near = beside_name(own, evidence)
        if not own or stem(noun.lower()) in near:
            continue
        held = re.compile(rf"\b{re.escape(noun)},?\s+((?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w'’-]+)")
        others = [m[1] for c in evidence.candidates if c.size == 1
                  for m in held.finditer(c.quote)]  # fmt: skip
        others = [o for o in others if is_person(o) and not entity_in(name, word_set(o))]
        if others:
            out.append(f"{' '.join(name)} / {others[0]}")
    return out


# A sentence opening with a phrase that its first comma closes: a participle ("Defending the
# strike, ..."), or a word of time, cause or contrast ("After the vote, ...", "While ...")
_INTRODUCTORY = re.compile(
    r"(?:[A-Z][a-z]{2,}ing\s+(?=[a-z])|(?:After|Before|While|When|Although|Though|Since|Because"
    r"|Besides|Despite|Amid|As|If|Unlike|Like|Asked)\b)"
)  # "Defending the ...", not "Beijing, ..." nor "Sterling's founder"


def apart(claim: Claim, evidence: Evidence) -> list[str]:
    """Pairs of names the claim puts in one clause that no sentence or window of the sources
    names together, as "A / B": a relation stitched from sentences about other things ("Victor
    Lamberg bought Luca Ferrante" where one article has Lamberg buy the club and another the
    club buy Ferrante). Names in a list ("A, B and C"; "A and Sen. B") stand in clauses of
    their own. A text calling one of them "the <role>", a title the sources give them and none
    of the names in it, names them (:func:`called_by_title`: "Host Bill Hemmer asked when he
    had last spoken with the president" names President Biden), so does "the court" in an
    article naming the Supreme Court (:func:`the_head`), "the company" in one whose lede names
    the company (:func:`described_body`), and "I agree that ..." in a letter
    its writer wrote (:func:`summarizer.relations.speakers.wrote`)."""
    places = {}
    for name in claim.facts.entities:
        if nationality(claim, name) or plain(name[-1].lower()) in WHEN:
            continue  # "Russian meddling", "on International Women's Day" relate no one
        if len(name) == 1 and name[0].lower() in COMPASS[:4]:
            continue  # "instability in the North": a side of a divided land, told otherwise
        if _sources_describe(claim, name, evidence):
            continue  # "a North Carolina couple" is the couple's: the sources' own phrase
        head = stem(name[-1].lower())
        places[name] = {claim.clauses[k] for k, t in enumerate(claim.ordered) if t == head}
    # their words: see misquoted; and the bodies they speak for ("Rachel Stone of the Safe
    # Play Alliance says the recall ...": the alliance need not be named with the recall)
    speakers = {name for name, _, _ in claim.speakers} | speaking_bodies(claim)
    texts = list(zip(evidence.words, (c.quote for c in evidence.candidates), strict=True))

    titles: dict[tuple[str, ...], set[str]] = {}
    writing: dict[tuple[str, ...], set[str]] = {}

    def named(e: tuple[str, ...], words: set[str], quote: str, i: int) -> bool:
        if entity_in(e, words) and not named_otherwise(e, quote):
            return True
        if (
            the_head(e, evidence, i)
            or described_body(e, evidence, i)
            or pronoun_for(e, evidence, i)
        ):
            return True
        if e not in writing:
            writing[e] = set(wrote(evidence, e))
        if evidence.candidates[i].doc in writing[e] and _in_first_person(quote):
            return True  # "I agree that ..." in a letter of Wu's names Wu
        if e not in titles:
            titles[e] = titles_of(e, evidence)
        return bool(titles[e]) and called_by_title(e, titles[e], quote, evidence, i)

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
        described = [k for k in places[a] & places[b] if describes_name(claim, k)]
        if any(places[c] & {k - 1 for k in described} and together(a, c) and together(c, b)
               for c in places if c not in (a, b)):  # fmt: skip
            continue
        # Related through a name the claim puts between them, not in a list with either: "Bush
        # has chosen ... Bernard Kerik to run the Department of Homeland Security", where one
        # text names Bush with Kerik and another Kerik with the department
        if any(c not in (a, b) and _between(claim, c, a, b)
               and together(a, c) and together(c, b) for c in places):  # fmt: skip
            continue
        out.append(f"{' '.join(a)} / {' '.join(b)}")
    return out


_LISTING = LISTING | {"nor"}


def _between(claim: Claim, c: tuple[str, ...], a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the claim writes ``c`` between ``a`` and ``b``, with words other than "and" or
    "or" on each side ("closed between Pell Creek and Varrow Flats" lists the two places, it
    relates neither to the road through the other)."""
    for k in claim.at(c):
        before = [j + len(e) for e in (a, b) for j in claim.at(e) if j + len(e) <= k]
        after = [j for e in (a, b) for j in claim.at(e) if j >= k + len(c)]
        if not before or not after:
            continue
        left, right = claim.words[max(before) : k], claim.words[k + len(c) : min(after)]
        if {w.lower() for w in left} - _LISTING and {w.lower() for w in right} - _LISTING:
            return True
    return False


_FIRST_PERSON = re.compile(r"\b(?:I(?:['’](?:m|ve|d|ll))?|[Mm]y|[Ww]e|[Oo]ur)\b(?!-)")


# a quotation, in double quotes or in single ones opening after a space, to its end or the
# sentence's (splitting may leave the closing mark to the next)
_QUOTED = re.compile(
    rf"{QUOTATION}"
    r"|(?:^|(?<=[\s:]))['‘](?:[^'‘’]|(?<=\w)['’](?=\w))*(?:['’](?=[\s.,;:!?]|$)|$)"
)


def _in_first_person(quote: str) -> bool:
    """Whether ``quote`` speaks in the first person outside quotation marks and gives no one
    else's words: in an article its writer wrote, the writer speaking (not 'She wrote: "I
    could say this to you"')."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", quote))) and not SAID.search(quote)


MODIFIED_REACH = 1  # words between a name and the person it describes ("Johns Hopkins sports
# cardiologist"), in the claim and in the sources
_GROUPS = frozenset({"couple", "family", "families", "pair", "crew", "team", "resident",
                     "residents", "student", "students", "patient", "patients"})  # fmt: skip


def _for_people(word: str) -> bool:
    """Whether a lower-case word names people ("man", "leaders", "cardiologist", "couple"; not
    "plant", "earlier")."""
    single = word[:-1] if word.endswith("s") else word
    if word in PEOPLE or single in PEOPLE or word in _GROUPS:
        return True
    return not is_stop(word) and bool(_PEOPLE_ENDING.fullmatch(word))


_PEOPLE_ENDING = re.compile(r"[a-z]{3,}(?:ists?|ians?|m[ae]n|wom[ae]n|ers|ors)")


def _sources_describe(claim: Claim, name: tuple[str, ...], evidence: Evidence) -> bool:
    """Whether the claim puts the name right before a word for a person or group it describes,
    as some source text does ("a 41-year-old Houston man", or "a man in Houston"; "La Liga
    leaders Barcelona", "North Carolina couple Deena Murphy and ..."): the name tells who they
    are, and relates to the claim's other names only through them, whom :func:`apart` checks
    by their own name where they have one. A thing so described stays ("the Ohio EPA ordered
    the Harlan-Voss plant closed": the agency and the company are related)."""
    words, gaps = claim.words, claim.gaps
    pattern = name_pattern(name)
    for k in claim.at(name):
        end = k + len(name)
        for j in range(end, min(len(words), end + MODIFIED_REACH + 1)):
            low = words[j].lower()
            if gaps[j].strip() or not words[j][:1].islower() or not low.isalpha():
                break
            if not _for_people(low):
                continue
            noun = re.escape(stem(low))
            phrase = (
                rf"\b{pattern}\s+(?:[\w'’-]+\s+){{0,{MODIFIED_REACH}}}{noun}"
                rf"|\b{noun}\w*\s+(?:in|at|of|from)\s+(?:the\s+)?{pattern}\b"
            )  # "a Houston man", "a man in Houston"
            if any(re.search(phrase, c.quote, re.I) for c in evidence.candidates if c.size == 1):
                return True
    return False


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
    names = [e for e in claim.facts.entities if plain(e[-1].lower()) not in NO_ACTORS]
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


def replaced_owner(claim: Claim, evidence: Evidence, cited: Sequence[int]) -> list[str]:
    """Owners the claim gives a body that a cited sentence gives to someone else of the same
    title, as "A / B": "Biden's Justice Department backed Texas" where it says "The Justice
    Department under former President Donald Trump backed Texas" and the sources call Biden
    president too. Another title is no other owner ("the Justice Department under Attorney
    General Holder" is still President Obama's), nor is a cited sentence that gives the claim's
    owner the body as well."""
    out = []
    for match in _OWNED_BODY.finditer(claim.text):
        owner, body = tuple(match[1].split()), match[2]
        titles = titles_of(owner, evidence)
        if not titles:
            continue
        under = re.compile(
            rf"\b{re.escape(body)}\s+under\s+(?:the\s+)?(?:(?:former|then|late)\s+)?"
            rf"(?i:({ROLE_WORDS}))\s+((?:[A-Z][\w.'’-]*\s+){{0,2}}[A-Z][\w'’-]*)"
        )
        for quote in sentences_of(evidence, list(cited)):
            if re.search(rf"\b{name_pattern(owner)}\b", quote):
                break  # the claim's owner is in it: who owns what is for other checks
            found = under.search(quote)
            if found and found[1].lower() in titles and not entity_in(owner, word_set(found[2])):
                out.append(f"{match[1]} / {found[2]}")
                break
    return out


# "Biden's Justice Department": a name owning a body's name
_OWNED_BODY = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*?)['’]s\s+((?:[A-Z][\w'’-]*\s+){0,2}"
    r"[A-Z][\w'’-]*)"
)


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


def usurped(claim: Claim, evidence: Evidence, best: int, others: Sequence[int] = ()) -> list[str]:
    """Names the claim has do what the best citation has someone else do with the same word
    right after them, as "A / B": "Mayor Ilse Varga ordered an inquiry" where the best citation,
    which does not name her, says "Harbour chief Tomas Reyne ordered an inquiry" (a role word
    after the name is no deed: "State Department spokesman"). So with another cited sentence
    (of ``others``) not naming them, where no source sentence has them do it within
    ``DEED_REACH`` words ("Gareth Pryce found the bell" where one citation says "Sian Hughes
    found and photographed the bell" and none has Pryce find anything); a verb of saying is left
    to :func:`~summarizer.relations.speakers.misquoted`."""
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
            if verb.endswith("ly") and len(verb) > 4:
                continue  # "Pyongyang reportedly billed": an adverb, no deed
            named = entity_in(name, evidence.words[best])
            other = "" if named else _doer(name, verb, evidence, best)
            # not "the gallery in Falmouth found": a name after a preposition does nothing
            subject = not k or words[k - 1].lower() not in LINKS
            if (
                not other
                and subject
                and verb not in SAYING_WORDS
                and not _does(name, verb, evidence)
            ):
                texts = [i for i in rows if i != best and not entity_in(name, evidence.words[i])]
                found = (_doer(name, verb, evidence, i, full=True) for i in texts)
                other = next(filter(None, found), "")
            if other and not lies_in(name, other.split()[-1], evidence):
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
        if stem(theirs[j].lower()) == stem(verb) and qualifier(theirs[j - 1], set()):
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
    for match in LINK.finditer(claim.text):
        if match[0].lower() == "following" and _FOLLOWING_VERB.search(claim.text, 0, match.start()):
            continue  # "finally following her mother through the gate": a verb, no link
        if match[0].lower() == "after" and _GOING.search(claim.text, 0, match.start()):
            continue  # "candidates went after Warren's wealth tax": they attacked it
        stop = CLAUSE_END.search(claim.text, match.end())
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
_GOING = re.compile(r"\b(?:go|goes|going|gone|went)\s+$", re.IGNORECASE)  # not "came after"


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
