"""Whether a claim gives the roles of the texts cited for it the other way round, by the
:class:`~summarizer.predicates.parse.Predicate` of each verb (:func:`role_conflict`), puts a name
where a cited text saying the same has someone else (:func:`replaced_roles`), or gives a name a
post or a place the cited texts give someone else (:func:`post_conflict`,
:func:`place_conflict`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.predicates.parse import SAYING_LEMMAS, Argument, Predicate, Title
from summarizer.speech import SPEAKING

# Verbs standing for another ("did the same"): their doers are not a second role.
_PRO_VERBS = {"do"}


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
    return mine.lemma in SAYING_LEMMAS and any(
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
        if slot in theirs.borrowed and theirs.lemma in SPEAKING:
            continue  # a speaker the parse took from another verb: "knew ... but failed to
            # stop the coup, impeachment managers argued" gives "argued" the doer of "knew"
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
