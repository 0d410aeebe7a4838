"""Word order: words, names, routes and figures the claim gives the other way round from its
cited texts (:func:`disorder` and the checks it runs), and how fluent its wording is."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from summarizer.evidence import Evidence
from summarizer.facts import (
    OCCUPATION,
    Facts,
    Number,
    agrees,
    content_stems,
    is_body,
    is_stop,
    plain,
    same_value,
    stem,
    tokens,
    word_bigrams,
)
from summarizer.relations.claim import Claim, sentences_of
from summarizer.relations.naming import titles_of
from summarizer.relations.words import (
    BE,
    DETERMINERS,
    LINKS,
    NO_ACTORS,
    PEOPLE,
    ROLE_STEMS,
    SAYING_STEMS,
    name_pattern,
)

ORDER_SPAN = 1  # claim words this close (1 = adjacent) form the pairs the order check tests
ORDER_DISTANCE = 3  # ... found in order in one cited text at most this many content words apart
MIN_ORDER = 0.25  # least share of those pairs in order; below it the claim is at most partial
MIN_ORDER_PAIRS = 3  # fewer testable pairs than this: no order check
MIN_FLUENT = 0.15  # least share of the claim's adjacent word pairs found anywhere in the sources
MIN_BIGRAMS = 5  # claims with fewer adjacent word pairs are not checked for fluency
REVERSED_SPAN = 8  # most content words between two names the reversal check tests (words


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


_BOUNDING = re.compile(r"\b(?:at (?:least|most)|more than|fewer than|less than|up to)\b")


def _passive_at(toks: Sequence[str], p: int) -> bool:
    """Whether token ``p`` of a source text is a passive verb with its agent ("were announced
    Monday by the palace"): its words come the other way round from the active claim."""
    agent = "by" in (t.lower() for t in toks[p + 1 : p + 4])
    return agent and bool(BE.search(" ".join(toks[max(0, p - 2) : p]) + " "))


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
        if plain(name[-1].lower()) in NO_ACTORS:
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
