"""Who said it: a speaker's words must be held by a sentence naming them
(:func:`misquoted`), a quotation must be the speaker's own (:func:`quoted_from_another`), and
an intention the claim gives ("would fund a review") must be in the sources
(:func:`unheard_intent`)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from summarizer.evidence import Candidate, Evidence
from summarizer.facts import (
    ROLES,
    content_stems,
    entity_in,
    is_stop,
    plain,
    token_spans,
    tokens,
    word_set,
)
from summarizer.relations.claim import CALLING_WORDS, Claim, member_speaker, title_start
from summarizer.relations.naming import described_body, named_before, opened_by_other, opens_with
from summarizer.relations.words import (
    CLAUSE_END,
    OPENING,
    SAYING_STEMS,
    SAYING_WORDS,
    name_pattern,
    title_word,
)
from summarizer.speech import SAID

SPEAKER_SHARE = 0.5  # least share of what the claim has a speaker say that one source text
# naming them holds (see misquoted)
QUOTED_WORDS = 3  # content words of a quotation in the claim that are checked on their own
QUOTE_SHARE = 0.75  # ... and the least share of them one text naming the speaker must hold
SPEAKER_AGAIN = 3  # most sentences on from the first in which a second naming a speaker counts
SPEAKER_MORE = 2  # least words of it a second article naming them must add to the first's


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
    names = claim.name_stems | SAYING_STEMS
    # the claim's words a speaker may say: cited or the sources', not a name or a verb of saying
    sayable = {t for t in claim.ordered if (t in covered or t in evidence.vocab) and t not in names}
    out = []
    for n, (name, at, after) in enumerate(found):
        if after:  # "Royle said ...": up to the next speaker or the next clause of the story
            start, end = at, found[n + 1][1] if n + 1 < len(found) else len(claim.text)
            if turn := _TURN.search(claim.text, at, end):
                end = turn.start()
            back = _BACK.search(claim.text, at, end)
            if back and _PARTICIPLE.search(claim.text, 0, at):
                end = back.start()  # "suspended the fine, saying it had failed, but set a trial"
            # 'what Kahumbu calls "a complete disaster" after they were moved': a quotation
            # right after the verb is what they said, the story goes on after it
            if said_quote := _SAID_QUOTE.match(claim.text, at, end):
                end = said_quote.end()
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


# A name, its verb of saying or calling, and a quotation right after it, up to its end
_SAID_QUOTE = re.compile(
    rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+\s+(?:{CALLING_WORDS})"
    r"\s+(?:it\s+)?(?:as\s+)?[“\"][^”\"]{3,}[”\"]"
)


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


_SPEAKING_WORDS = rf"(?:{'|'.join(sorted(SAYING_WORDS))})"


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
    (:func:`summarizer.support.read_as_kin`): "Boeing said it would appeal the decision", "the
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
            stop = CLAUSE_END.search(claim.text, match.end())
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
    # with another name: ", but Trump ended up winning that war", ", and Kelly went on to"
    r",\s+(?:but|while|although|though|yet)\s+(?=[A-Z])(?!He\b|She\b|They\b)",
    r",\s+and\s+(?=[A-Z])(?!(?:He|She|They|It|We|I|You|The)\b)(?:[A-Z][\w.'’-]*\s+){1,3}[a-z]",
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
# A speaker's verb as a participle ("..., saying it hadn't worked"): its clause ends where the
# sentence goes back to its subject with another verb in the past (", but scheduled a trial")
_PARTICIPLE = re.compile(r"\b[a-z]+ing\s*$")
_BACK = re.compile(r",\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?[a-z]+ed\b")


def _titled(claim: Claim, name: tuple[str, ...], evidence: Evidence) -> list[int]:
    """Sentences that call the speaker by the title the claim gives them, of two words or more
    and a role, next to a verb of saying: 'Rural Democrats leader Edgars Vitols said ...' and
    '"We could not ...," the Rural Democrats leader told the Courier'."""
    words = claim.words
    out: list[int] = []
    for k in claim.at(name):
        title = words[title_start(words, k, k - OPENING - 1) : k]
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


# A quotation in a source, in any of the marks news text has ('"...', "“...”", "``...''")
_ANY_QUOTED = re.compile(r"(?:[“\"]|``)([^”\"`]{8,}?)(?:[”\"]|'')")
_A_NAME = r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
# Who a source gives its quotation to: '"...," said Geoff Johnston, an analyst with X.',
# '"...," Johnston said.', 'Johnston said: "..."' (the name and the rest of its clause)
_QUOTE_SPEAKER = re.compile(
    rf"(?:[”\"]|'')\s*,?\s*(?:{_SPEAKING_WORDS})\s+{_A_NAME}([^.;:]*)"
    rf"|(?:[”\"]|'')\s*,?\s*{_A_NAME}\s+(?:{_SPEAKING_WORDS})\b([^.;:]*)"
    rf"|(?:^|,\s+|[.!?]\s+){_A_NAME}\s+(?:{_SPEAKING_WORDS}|{CALLING_WORDS}|wrote|texted|emailed)\b"
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
_SPEAKING_VERB = re.compile(rf"\b(?:{_SPEAKING_WORDS}|{CALLING_WORDS})\b")
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
    unless that sentence opens with someone else, :func:`opened_by_other`; the sentence before
    theirs is someone else's), or quotes "she said" right after one, or calls the company its
    article's lede names "the company" (:func:`described_body`: "the company on Friday announced
    a new road map")."""
    out = []
    for i, candidate in enumerate(evidence.candidates):
        first = i
        if candidate.size > 1 and evidence.single is not None:
            first = evidence.single.get((candidate.doc, candidate.sentence), i)
        if (
            entity_in(name, evidence.words[first])
            and (
                first == i or not opened_by_other(name, evidence.candidates[first].quote, evidence)
            )
            or named_before(name, evidence, i)
            or _speaker_after(name, evidence, i)
            or described_body(name, evidence, i)
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
        and opens_with(name, evidence.candidates[second].quote)
    )


def speaking_bodies(claim: Claim) -> set[tuple[str, ...]]:
    """The bodies the claim gives a speaker with, right before a verb of saying: "the Safe Play
    Alliance" in "Rachel Stone of the Safe Play Alliance says" (:func:`member_speaker`)."""
    lows = [t.lower() for t in claim.words]
    return {name for name in claim.facts.entities for k in claim.at(name)
            if k + len(name) < len(lows) and lows[k + len(name)] in SAYING_WORDS
            and member_speaker(claim, lows, k)}  # fmt: skip
