"""Whether a cited text names a name of the claim for what the claim has it do
(:func:`names_for_claim`): by its name or a first name only that person has, in a quotation of
theirs running on, in a window whose other sentences are about someone else or not; the words
around a name in the claim, and names it lists or apposes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.evidence import APPOSITION, Evidence
from summarizer.facts import (
    ORG_HEADS,
    QUARTERS,
    countries_of,
    is_stop,
    place_form_in,
    plain,
    stem,
    tokens,
)
from summarizer.relations.claim import Claim, has
from summarizer.relations.naming import (
    GENERIC_BODY,
    THEIR_OPENS,
    body_before,
    described_body,
    group_before,
    introduced,
    it_stands_for,
    named_before,
    named_otherwise,
    the_head,
)
from summarizer.relations.speakers import (
    wrote,
)
from summarizer.relations.words import (
    PERSONAL_SUBJECTS,
    QUOTATION,
    is_person,
    name_pattern,
    title_word,
)
from summarizer.speech import SPEAKING_PATTERN

NAME_AROUND = 6  # claim words each side of a name a sentence completing it must share one of


QUOTE_RUN = 2  # most sentences a quotation runs on after the one that opens it


def quote_speaker(evidence: Evidence, i: int) -> int | None:
    """The sentence giving the speaker of a quotation that runs on into candidate ``i``: '"Our
    Nation has lost a jurist of historic stature," said Chief Justice John Roberts. "We at the
    Supreme Court have lost a cherished colleague. Today we mourn, ..."' (a quotation opening
    the sentence after his, with no speaker of its own, and not closed before ``i``), or
    None."""
    c = evidence.candidates[i]
    if not evidence.single:
        return None
    k = c.sentence
    for _ in range(QUOTE_RUN + 1):
        row = evidence.single.get((c.doc, k))
        if row is None:
            return None
        quote = evidence.candidates[row].quote
        opens, closes = _quote_marks(quote)
        if _OPENING.match(quote) and not _SPEECH_VERB.search(_QUOTED_WORDS.sub(" ", quote)):
            # a quotation opening the sentence with no speaker of its own: the one before's
            speaker = evidence.single.get((c.doc, k - 1))
            text = evidence.candidates[speaker].quote if speaker is not None else ""
            said = set(_quote_marks(text)) != {0} and bool(_SPEECH_VERB.search(text))
            return speaker if said else None
        if opens or k < c.sentence and closes:
            return None  # a quotation of its own, or one closed before
        k -= 1
    return None


_SPEECH_VERB = re.compile(rf"\b(?:{SPEAKING_PATTERN})\b")
# The words a quotation gives, to its closing mark or the sentence's end: a verb of speech
# among them ('"I don't think either of us said a word') names no speaker
_QUOTED_WORDS = re.compile(QUOTATION)
_OPENING = re.compile(r"(?:^|(?<=\s))[\"“](?=\S)")
_CLOSING = re.compile(r"[\"”](?=\s|$|[,.;:!?)])")


def _quote_marks(text: str) -> tuple[int, int]:
    """How many quotation marks ``text`` opens and closes (straight ones by where they stand)."""
    return len(_OPENING.findall(text)), len(_CLOSING.findall(text))


PLACE_WORDS = {"on", "in", "at", "of", "from", "near", "outside"}  # before a place: "ashore at X"


def around_name(claim: Claim, name: tuple[str, ...]) -> set[str]:
    """The claim's content stems next to a name (``NAME_AROUND`` each side, other names' words
    aside, but for a name it gives as the same thing's: "the Affordable Care Act, commonly called
    Obamacare")."""
    words = claim.name_stems
    first, last = stem(name[0].lower()), stem(name[-1].lower())
    seq = claim.ordered
    out: set[str] = set(_aliases(claim, name))
    for i, t in enumerate(seq):
        if t == last:
            out.update(w for w in seq[i + 1 : i + 1 + NAME_AROUND] if w not in words)
        if t == first:
            out.update(w for w in seq[max(0, i - NAME_AROUND) : i] if w not in words)
    return out


def tied_words(claim: Claim, name: tuple[str, ...]) -> set[str]:
    """The claim's words that tie a source sentence to the name as the claim has it: those
    around it (:func:`around_name`), the person it is apposed to (:func:`apposed`: "Varga,
    a member of the Harbour Committee") and the name it is paired with (:func:`paired`: "The
    White House and Senate Republicans")."""
    return around_name(claim, name) | apposed(claim, name) | paired(claim, name)


def apposed(claim: Claim, name: tuple[str, ...]) -> set[str]:
    """The stem of the last word of the person whose apposition in the claim holds ``name``
    ("Sen. Marsha Blackburn, a Tennessee Republican on the Senate Judiciary Committee, said":
    Blackburn), or of the name whose relative clause opens with it ("the Quds Force that
    Soleimani led": Force), or nothing: a sentence naming both ties the name to them as the
    claim does."""
    spelled = name_pattern(name)
    found = re.search(rf"\b([A-Z][\w'’-]+),\s+(?:[\w'’.-]+\s+){{0,{APPOSITION}}}{spelled}\b",
                      claim.text)  # fmt: skip
    # "The Quds Force that Soleimani led": the name in a clause about another
    found = found or re.search(rf"\b([A-Z][\w'’-]+),?\s+(?:that|which|whom)\s+{spelled}\b",
                               claim.text)  # fmt: skip
    lasts = {e[-1] for e in claim.facts.entities if e != name}
    return {stem(found[1].lower())} if found and found[1] in lasts else set()


def paired(claim: Claim, name: tuple[str, ...]) -> set[str]:
    """The stem of the last word of another name of the claim that "and" joins to ``name``
    ("The White House and Senate Republicans ... have swapped proposals": Republicans): a
    sentence naming both has them together as the claim does."""
    spelled = name_pattern(name)
    found = re.findall(
        rf"\b{spelled}\s+and\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]*)"
        rf"|\b([A-Z][\w'’-]*)\s+and\s+(?:the\s+)?{spelled}\b",
        claim.text,
    )
    lasts = {e[-1] for e in claim.facts.entities if e != name}
    words = [w.split()[-1] for pair in found for w in pair if w]
    return {stem(w.lower()) for w in words if w in lasts}


_ALIAS = (
    r",?\s+(?:(?:commonly|formally|officially|also|better|widely)\s+)?"
    r"(?:known\s+as|called|dubbed)\s+"
)


def _aliases(claim: Claim, name: tuple[str, ...]) -> list[str]:
    """The stems of the names the claim gives as another name of ``name`` ("the Affordable Care
    Act, commonly called Obamacare"; "Obamacare, formally known as the Affordable Care Act")."""
    spelled = name_pattern(name)
    found = re.findall(rf"\b{spelled}{_ALIAS}(?:the\s+)?({_NAME_WORDS})", claim.text)
    found += re.findall(rf"({_NAME_WORDS}){_ALIAS}(?:the\s+)?{spelled}\b", claim.text)
    return [stem(w.lower()) for other in found for w in tokens(other)]


def _listed(claim: Claim, name: tuple[str, ...]) -> bool:
    """Whether the claim lists the name among others ("four ministers: Ito, Ann Veneman and
    Rod Paige"; "The White House and Senate Republicans have traded proposals"; titles in
    quotation marks, '"Cast Away" and "The Return of the King"'; "pairs Ben Stiller with Robert
    De Niro, Barbra Streisand and Dustin Hoffman"): the words around the list are every
    member's, not what this one does."""
    spelled = rf"{_OPEN}{name_pattern(name)}{_CLOSE}"
    text = claim.text
    return bool(re.search(rf"(?:[:,]\s*|\b{_AND}\s+){spelled}(?=\s*(?:,|\band\b|[.;]|$))", text)
                or re.search(rf",\s*{_LISTED},?\s+{_AND}\s+{spelled}", text)
                or re.search(rf"\b(?i:neither)\s+{_LISTED}\s+nor\s+{spelled}", text)
                or re.search(rf"{spelled}\s+{_AND}\s+{_LISTED}", text)
                or re.search(rf"{spelled}\s+with\s+{_LISTED},\s+(?:{_LISTED},\s+)*"
                             rf"(?:{_LISTED},?\s+)?and\s+{_LISTED}", text))  # fmt: skip


_AND = r"(?:and|n?or)"  # "Neither Time Warner nor Sprint would confirm a deal"
_OPEN = r"(?<![\w'’.-])[\"“]?"  # a name, or a title in quotation marks
_CLOSE = r"[\"”]?(?![\w'’-])"


_NAME_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"  # "Portland", "Los Angeles"
_LISTED = rf"[\"“]?{_NAME_WORDS}[\"”]?"  # a name in a list, or a title in quotation marks


def names_for_claim(claim: Claim, name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether candidate ``i`` names ``name`` for what the claim has it do. In a window of
    sentences, the words the claim has the name do, when found only in a sentence of the window
    that names someone else, are that other person's ("Adeyemi said shops would lose trade" is
    not supported by "Adeyemi said X. Brackett said shops would lose customers."); a quote in the
    next sentence naming nobody ("Shetler told the site: ... We decided to ...") still counts.
    A name the claim lists among others is named wherever the window has it (:func:`_listed`).
    A sentence calling the person by a first name the sources give only them names them too
    (:func:`_mentions`). Where the text has the name's last word itself, the words before it (a
    first name) must be words the sources use somewhere: "John Price" is not "Ned Price", and a
    text naming only someone else of that last word does not name them (:func:`named_otherwise`:
    "Inter Milan" is not "AC Milan"). A sentence of the window naming both the name and the
    person the claim apposes it to (:func:`apposed`) names it for the claim too, and so does
    one going on about the body as "the group" (:func:`body_before`)."""
    if not has(name, evidence, i):  # a column's writer is named by its byline
        doc = evidence.candidates[i].doc
        return (
            named_before(name, evidence, i)
            or body_before(name, evidence, i)
            or the_head(name, evidence, i)
            or _described(claim, name, evidence, i)
            or doc in wrote(evidence, name)
            or _for_its_country(claim, name, evidence, i)
        )
    if name[-1].lower() in evidence.words[i] and not _known_words(name[:-1], evidence):
        return False
    candidate = evidence.candidates[i]
    if named_otherwise(name, candidate.quote):  # "Inter Milan" for "AC Milan"
        return False
    around = around_name(claim, name)
    if candidate.size == 1 or evidence.single is None or not around or _listed(claim, name):
        return True
    rows = [j for j in evidence.sentence_rows(i) if j is not None]
    tied = tied_words(claim, name)
    if any(_names(claim, name, evidence, j) and tied & evidence.words[j] for j in rows):
        return True
    head = stem(name[-1].lower())
    return not any(
        around & evidence.words[j]
        and any(stem(e[-1].lower()) != head for e in evidence.facts[j].entities)
        and not _names(claim, name, evidence, j)
        and not _bodies_of_the_claim(claim, name, evidence, j)
        and not (k and THEIR_OPENS.match(evidence.candidates[j].quote))  # "Her son, Mason, 8, ..."
        and not (k and _introduces(name, evidence, rows[k - 1]))
        and not (k and _carried_on(evidence.candidates[j].quote, around))
        and not (k and it_stands_for(name, evidence, rows[k - 1]))  # "... Quds Force. It is a"
        for k, j in enumerate(rows)
    )


def _names(claim: Claim, name: tuple[str, ...], evidence: Evidence, j: int) -> bool:
    """Whether sentence ``j`` names ``name`` (:func:`_mentions`) or calls it "the company" for
    the claim (:func:`_described`)."""
    return _mentions(name, evidence, j) or _described(claim, name, evidence, j)


def _described(claim: Claim, name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i`` calls the claim's company "the company" as its article's lede
    named it (:func:`described_body`), not on the other side of another name the claim gives
    (:func:`_turned`)."""
    return described_body(name, evidence, i) and not _turned(claim, name, evidence, i)


def _turned(claim: Claim, name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether sentence ``i``, calling the claim's company "the company", gives another name
    of the claim on the other side of it: "The Directorate said it had ordered the company
    not to restart" does not name Corvane for "Corvane has ordered the Directorate"."""
    quote = evidence.candidates[i].quote
    at = GENERIC_BODY.search(quote)
    mine = claim.text.find(name[-1])
    for other in claim.facts.entities:
        if other == name or not has(other, evidence, i):
            continue
        theirs, its = quote.find(other[-1]), claim.text.find(other[-1])
        if at and min(theirs, its, mine) >= 0 and (theirs < at.start()) != (its < mine):
            return True
    return False


def _carried_on(quote: str, around: set[str]) -> bool:
    """Whether a later sentence of a window goes on about whom the one before named: a subject
    pronoun comes before the claim's words for them, and any name after both ("House Judiciary
    Democrats have been at the forefront ... . Among other things, we have successfully fought
    efforts by the Republicans to ...": the Democrats fought, not the Republicans)."""
    toks = tokens(quote)
    lows = [t.lower() for t in toks]
    said = next((k for k, t in enumerate(lows) if stem(t) in around), None)
    if said is None:
        return False
    before = range(said)
    pronoun = any(lows[k] in PERSONAL_SUBJECTS for k in before)
    return pronoun and not any(toks[k][:1].isupper() and k and lows[k] not in PERSONAL_SUBJECTS
                               for k in before)  # fmt: skip


def _introduces(name: tuple[str, ...], evidence: Evidence, j: int) -> bool:
    """Whether sentence ``j`` names the person and ends with a colon, opening what they say or
    write: "Paul Shetler, the organizer, left this comment on the previous thread:" makes the
    next sentence his, whoever it names ("FB have NOT removed the kiss-in event page")."""
    return evidence.candidates[j].quote.rstrip().endswith(":") and _mentions(name, evidence, j)


def _bodies_of_the_claim(claim: Claim, name: tuple[str, ...], evidence: Evidence, j: int) -> bool:
    """Whether the name is a person's and every other name candidate ``j`` gives is one the
    claim names too, and no person's: "By 2010, when the head of Microsoft's Business division
    left to take the helm at Nokia" gives Stephen Elop's move, named in the next sentence, in a
    claim naming Microsoft and Nokia. A speaker the claim names is someone else's ("Brackett
    said ..."), and two bodies or places the claim names may be swapped ("the National Crime
    Agency is helping ..., while the National Cyber Security Centre leads ...")."""
    if not is_person(" ".join(name)) or any(plain(w.lower()) in ORG_HEADS for w in name):
        return False  # "Harbour Committee Democrats" are a body's members, no person
    named = {stem(e[-1].lower()) for e in claim.facts.entities}
    others = {stem(e[-1].lower()) for e in evidence.facts[j].entities} - {stem(name[-1].lower())}
    return others <= named and not any(
        stem(e[-1].lower()) in others and is_person(" ".join(e))
        for facts in evidence.facts
        for e in facts.entities
    )


def _for_its_country(claim: Claim, name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether the claim puts a capital for its country's government ("Beijing was paying
    close attention", "Pyongyang has not confirmed the incident") and candidate ``i`` names
    that country ("China is now paying close attention"): not where the claim places something
    in the capital ("talks in Beijing"), which a text naming only the country does not say."""
    countries = countries_of(name)
    spots = [m.start() for m in re.finditer(rf"\b{re.escape(' '.join(name))}\b", claim.text)]
    if not countries or not spots or any(_PLACED.search(claim.text, 0, at) for at in spots):
        return False
    return any(has(country, evidence, i) for country in countries)


# The words that place something in a capital, not put it for the country: "talks in Beijing"
_PLACED_AFTER = PLACE_WORDS | {
    "to", "into", "around", "across", "inside", "toward", "towards", "through", "via", "over",
    "between", "and",
}  # fmt: skip
_PLACED = re.compile(rf"\b(?:{'|'.join(sorted(_PLACED_AFTER))})\s+(?:the\s+)?$", re.IGNORECASE)


def _mentions(name: tuple[str, ...], evidence: Evidence, i: int) -> bool:
    """Whether candidate ``i`` names ``name``, calls it by a first name the sources give
    only that person ('"Kofi is a player we have followed," said Varga' names Kofi Marandu),
    or quotes "she said" or "the former vice president says" right after a sentence naming
    them (:func:`named_before`; not "the spokesman said" after one naming the body he speaks
    for), or goes on with a quotation a sentence naming them gives them
    (:func:`quote_speaker`), or calls them "a police chief" right before a sentence naming
    them (:func:`introduced`), or calls a group named right before "members" or "they"
    (:func:`group_before`), or a body named right before "the group" (:func:`body_before`)."""
    if has(name, evidence, i):
        return True
    speaker = quote_speaker(evidence, i)  # a quotation of theirs running on
    if speaker is not None and has(name, evidence, speaker):
        return True
    if evidence.first_names(name[-1]) & evidence.words[i]:
        return True  # "Kofi is a player we have followed" names Kofi Marandu
    if named_before(name, evidence, i, deputy=False):
        return True
    # "A police chief in ... Police Chief Tim Gannon"; "... Committee Democrats ... members"
    return (
        introduced(name, evidence, i)
        or group_before(name, evidence, i)
        or body_before(name, evidence, i)
    )


def _known_words(words: Sequence[str], evidence: Evidence) -> bool:
    """Whether the sources use each of these words (a title or role such as "Senator" or
    "Fellow" aside, and a stop word inside a name: "Citizenship and Immigration"; the adjective
    of a place they name, see :func:`_place_adjective`)."""
    return all(w.lower() in evidence.capitalised or stem(w.lower()) in evidence.vocab
               or is_stop(w.lower())
               or title_word(w) or _place_adjective(w, words[k + 1 : k + 2], evidence)
               or QUARTERS.get(w.lower()) in evidence.capitalised
               for k, w in enumerate(words))  # fmt: skip


def _place_adjective(word: str, after: Sequence[str], evidence: Evidence) -> bool:
    """Whether ``word`` is the adjective of a place the sources name ("Macedonian" for
    "Macedonia") and they put no other name before the word after it ("Estravian Prime
    Minister" where they write "Valdoria's prime minister")."""
    low = word.lower()
    if not place_form_in(low, evidence.capitalised):
        return False
    if not after:
        return True
    before = re.compile(rf"\b([A-Z][\w-]*?)(?:['’]s)?\s+(?i:{re.escape(after[0])})\b")
    for candidate in evidence.candidates:
        for found in before.finditer(candidate.quote) if candidate.size == 1 else ():
            other = found.group(1).lower()
            if (
                other not in evidence.lowercase
                and not is_stop(other)
                and not (other == low or place_form_in(other, {low}) or place_form_in(low, {other}))
            ):
                return False
    return True
