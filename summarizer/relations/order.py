"""Word order: words and names the claim gives the other way round from its cited texts, and
how fluent its wording is; :func:`disorder` runs these and the checks of
:mod:`~summarizer.relations.swaps` (figures, contrasts, routes)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from summarizer.evidence import Evidence
from summarizer.facts import (
    OCCUPATION,
    is_body,
    is_stop,
    plain,
    stem,
    straight,
    tokens,
    word_bigrams,
)
from summarizer.relations.claim import Claim, sentences_of
from summarizer.relations.naming import titles_of
from summarizer.relations.swaps import (
    crossed,
    in_same_clause,
    name_beyond,
    name_near,
    next_to_name,
    reversed_route,
    swapped_counts,
    swapped_figures,
)
from summarizer.relations.words import (
    BE,
    DETERMINERS,
    LINKS,
    NO_ACTORS,
    PEOPLE,
    PERSONAL_SUBJECTS,
    ROLE_STEMS,
    SAYING_STEMS,
    WHEN,
    name_pattern,
)

ORDER_SPAN = 1  # claim words this close (1 = adjacent) form the pairs the order check tests
ORDER_DISTANCE = 3  # ... found in order in one cited text at most this many content words apart
MIN_ORDER = 0.25  # least share of those pairs in order; below it the claim is at most partial
MIN_ORDER_PAIRS = 3  # fewer testable pairs than this: no order check
MIN_FLUENT = 0.15  # least share of the claim's adjacent word pairs found anywhere in the sources
MIN_BIGRAMS = 5  # claims with fewer adjacent word pairs are not checked for fluency
REVERSED_SPAN = 8  # most content words between two names the reversal check tests (words
# in the sources: twice that and two)


def disorder(claim: Claim, evidence: Evidence, cited: list[int]) -> str:
    """Why the claim's words do not come in an order the sources use, or "" when they do (see
    :func:`word_order`, :func:`fluency`, :func:`reversed_names` and :func:`swapped_names`)."""
    order, pairs = word_order(claim.ordered, [evidence.sequences[i] for i in cited])
    if pairs >= MIN_ORDER_PAIRS and order < MIN_ORDER:
        return "word order"
    if fluency(claim.text, evidence.bigrams) < MIN_FLUENT or stranded_article(claim.text):
        return "word order"
    quotes = sentences_of(evidence, cited)
    titles = functools.partial(titles_of, evidence=evidence)
    if pair := reversed_names(claim, quotes, titles) or reversed_words(claim, quotes):
        return f"{pair[0]} / {pair[1]} the other way round"
    if swapped_names(claim, [evidence.sequences[i] for i in cited]):
        return "names swapped"
    if pair := crossed(claim.text, quotes) or reversed_route(claim.text, quotes):
        return f"{pair[0]} / {pair[1]} the other way round"
    if pair := swapped_figures(claim, evidence) or swapped_counts(claim, evidence):
        return f"{pair[0]} / {pair[1]} figures the other way round"
    return ""


_BOUNDING = re.compile(r"\b(?:at (?:least|most)|more than|fewer than|less than|up to)\b")


def _passive_at(toks: Sequence[str], p: int) -> bool:
    """Whether token ``p`` of a source text is a passive verb with its agent ("were announced
    Monday by the palace"): its words come the other way round from the active claim."""
    agent = "by" in (t.lower() for t in toks[p + 1 : p + 4])
    return agent and bool(BE.search(" ".join(toks[max(0, p - 2) : p]) + " "))


_WHEN_STEMS = frozenset(stem(w) for w in WHEN)


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
        if seq[k + 1] in ROLE_STEMS or seq[k] in names:  # "committee chair X", "X, who chairs"
            continue
        if seq[k + 1] in _WHEN_STEMS:
            continue  # "rivals at Tuesday's debate": a day stands anywhere in its clause
        if BE.search(claim.text[: claim.spans[k + 1][0]]):  # "people were killed when bombs"
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
                    turned = bool(BE.search(" ".join(toks[max(0, r - 2) : r]) + " "))
                    links = set(_BOUNDING.sub("", between).split()) & LINKS
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
        if plain(name[-1].lower()) in NO_ACTORS:
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
        if _HYPHENED.match(claim.text, claim.spans[i][1]):
            continue  # "a Washington-based HHS official" is "an HHS official based in Washington"
        if _apposition_turned(claim, i, j, quotes):
            continue  # "Iran's naval chief, Adm. Khanzadi" is "Khanzadi, Iran's naval chief"
        between = set(claim.ordered[i + 1 : j]) - name_words - ROLE_STEMS
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


def _apposition_turned(claim: Claim, i: int, j: int, quotes: Sequence[str]) -> bool:
    """Whether the claim's words ``i`` to ``j`` are an owner's role set off before a name
    ("Iran's naval chief, Rear Adm. Hossein Khanzadi") that a cited text writes as it stands
    ("Iran's naval chief"), its apposition only turned round; not "Osei's coach, Wieland"
    where the sources have "Wieland's coach"."""
    role = _OWNED_ROLE.fullmatch(claim.text, claim.spans[i][1], claim.spans[j][0])
    if not role:
        return False
    phrase = straight(claim.text[claim.spans[i][0] : role.end(1)])
    return any(phrase in straight(q) for q in quotes)


# "'s naval chief, Rear Adm. Hossein ": an owner's role, a comma, and the name's first words
_OWNED_ROLE = re.compile(r"((?:['’]s)?(?:\s+[a-z]+){1,4}),\s+(?:[A-Z][\w.]*\s+){0,4}")


# A name made a modifier by a participle after a hyphen ("Washington-based", "Saudi-led"): the
# noun it goes with may come either side of it ("the coalition led by Saudi Arabia")
_HYPHENED = re.compile(r"[-‑](?:[a-z]+ed|born|run|made)\b")


# A word opening a clause of its own within a sentence: names either side of it do different
# things ("Vohor faces a no-confidence motion after 16 of the 52 MPs defected")
_SUBORDINATE_WORDS = frozenset(
    {"after", "before", "when", "because", "since", "until", "while", "whereas", "although"}
)
_SUBORDINATE = re.compile(rf"\b(?:{'|'.join(sorted(_SUBORDINATE_WORDS))})\b")
_SUBORDINATE_STEMS = frozenset(stem(w) for w in _SUBORDINATE_WORDS)
_SUBJECTS = PERSONAL_SUBJECTS | {"it"}


def _subordinate_clause(words: Sequence[str], lo: int, hi: int) -> bool:
    """Whether a clause of its own with a pronoun for its subject opens between ``lo`` and
    ``hi`` ("found in Altus, 18 hours after he was reported missing, Abilene police said"), not
    a phrase ("MPs -- in the majority after recent defections -- to oust Premier Ness")."""
    return any(
        words[k] in _SUBORDINATE_STEMS and words[k + 1] in _SUBJECTS for k in range(lo, hi - 1)
    )


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
        other = k and words[k - 1].lower() not in DETERMINERS
        out.append("" if t in heads and w[:1].islower() and other else t)
    return out


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
    Nancy Pelosi called ..." has Pelosi calling them. A text opening a clause of its own between
    the two (:func:`_subordinate_clause`) tells two events: no order to turn round."""
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
                # "found in Altus ... after he was taken from ... Abilene": two events
                flipped |= (
                    y < x
                    and not _relative_subject(words, x, own)
                    and not _subordinate_clause(words, lo, hi)
                )
    return same, flipped


_OBJECT_RELATIVES = {"that", "which", "whom"}
# Verbs whose "that" opens what they say or find, not a clause on a noun ("announced that")
_THAT_VERBS = SAYING_STEMS | {stem(w) for w in (
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
    two swapped what they did). Names of days and laws (:data:`NO_ACTORS`) play no role. A
    claim with "by" (a passive turns the roles round) passes, and so does a name the claim
    gives twice ("one Brisco share for each Tarvel share, while Brisco
    shareholders ..."): which of its places plays which role cannot be told.
    """
    if not sequences or claim.passive:
        return False
    words = claim.name_stems
    heads = {stem(e[-1].lower()) for e in claim.facts.entities
             if plain(e[-1].lower()) not in NO_ACTORS}  # fmt: skip
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
            if word in ROLE_STEMS:  # "Orsdal coach Kroll" is "Kroll, who coaches Orsdal"
                continue
            if word in claim.modifiers.values():  # "the Milwaukee event": "event in Milwaukee"
                continue
            if _HYPHENED.match(claim.text, claim.spans[j][0] - 1):
                continue  # "a Washington-based HHS official": "an HHS official based in ..."
            if any(name_near(s, name, word, after, ORDER_DISTANCE) for s in sequences):
                continue
            for other in heads - {name}:
                theirs = next_to_name(claim, other, after)  # what the claim has the other do
                if in_same_clause(claim, j, other, after) and any(
                    name_near(s, other, word, after, 1)
                    and (name_beyond(s, word, name, after)  # "Wieland praised Osei"
                         or bool(theirs) and name_near(s, name, theirs, after, ORDER_DISTANCE))
                    for s in sequences
                ):  # fmt: skip
                    return True
    return False


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
