"""Whether two figures are the same fact: a value the other's rounding or bound allows
(:func:`agrees`), of the same owner and thing (:func:`same_thing`), a rank no count."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.facts.names import CURRENCIES
from summarizer.facts.numbers import AGE, SPANS, Number
from summarizer.facts.values import PART_OF_SCALE, PART_OF_SCALE_STEP
from summarizer.facts.words import stem

BOUND_SHARE = 0.25  # most a rough or bounded figure allows, as a share of itself
ROUND_BOUND = 10  # least rounding of a bound another bound or a rough figure can bear out


def agrees(claim: Number, source: Number) -> bool:
    """Whether a source's figure bears out a claim's: the same value, or one the claim's
    rounding or bound allows. A rough figure ("about 200", "some 14,000") allows what rounds to
    it at its own precision (212, not 260; "about 12" is 12); "more than 200" allows a larger
    figure, "nearly 1.3 million" a smaller one, by up to that precision (212 and 1.28 million;
    not 150, nor 2,000; "more than 1,107" is not borne out by 1,150), and by ``BOUND_SHARE`` of
    the figure at most ("less than 100,000" is not borne out by 1,400). A rough figure is
    borne out by a rough one that rounds to it ("about 6 million" by "about 6.1 million"), a
    round bound by a bound or a rough figure that lies inside it by up to that precision ("more
    than $85,000" by "more than $86,000", "more than 500,000" by "roughly 510,000"; not "more
    than eight hours" by "more than nine hours"), and "a dozen" is rounded to dozens ("more
    than a dozen" by 14)."""
    if same_value(claim.value, source.value):
        return True
    if claim.bound == "s":  # "the 1990s" is borne out by 1994; "in 1994" is not by "the 1990s"
        return not source.bound and 0 < source.value - claim.value < 10
    if (
        claim.bound == source.bound == "~"
        and not claim.date
        and not source.date
        and _precision(source.value) * 10 >= _precision(claim.value)
    ):
        pass  # "about 6 million" is borne out by "about 6.1 million", not by "about 6,000,003"
    elif (
        claim.bound in ("<", ">")
        and source.bound in (claim.bound, "~")
        and _precision(claim.value) >= ROUND_BOUND
        and not claim.date
        and not source.date
    ):
        pass  # "more than $85,000" by "more than $86,000"; not by "more than $90,000"
    elif not claim.bound or source.bound or claim.date or source.date:
        return False  # "just under four hours" is not borne out by "just under three hours"
    # at most a share of the figure: "less than $100,000" is not borne out by 1,400
    step = min(_precision(claim.value), BOUND_SHARE * abs(claim.value))
    if "dozen" in claim.surface.lower():  # "more than a dozen" is rounded to dozens: 14, 20
        step = max(step, 12.0)
    if PART_OF_SCALE.search(claim.surface):  # "more than a quarter of a million": 275,000
        step = max(step, PART_OF_SCALE_STEP * abs(claim.value))
    gap = source.value - claim.value
    if claim.bound == "~":
        return abs(gap) <= step / 2
    return 0 < gap <= step if claim.bound == ">" else -step <= gap < 0


def compatible(a: Number, b: Number) -> bool:
    """Whether two figures can both be true of one thing (either one's bound allows the other)."""
    return agrees(a, b) or agrees(b, a)


def _precision(value: float) -> float:
    """The unit a figure is rounded to: 200 -> 100, 1.3 million -> 100,000, 14 -> 1, 2.5 -> 0.1."""
    if not float(value).is_integer():
        return 10.0 ** -len(f"{value:.6f}".rstrip("0").split(".")[1])
    whole, step = int(abs(value)), 1.0
    while whole and whole % 10 == 0:
        whole //= 10
        step *= 10
    return step


def same_owner(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two appositive figures belong to the same person: the same last name and, when
    both give one, the same first name ("Benjamin Ullestad, 21" is not "Brandon Ullestad")."""
    if not a or not b:
        return True
    if stem(a[-1]) != stem(b[-1]):
        return False
    return len(a) < 2 or len(b) < 2 or stem(a[0]) == stem(b[0])


def ordinal(n: Number) -> bool:
    """Whether a figure is written as a rank ("21st in the table", "his 100th goal")."""
    return bool(_RANK.search(n.surface))


_RANK = re.compile(r"\d(?:st|nd|rd|th)$")


def score_figures(scores: Iterable[str]) -> set[float]:
    """The figures of results and votes (:func:`~summarizer.facts.values.scores`: "6-3" gives
    6 and 3)."""
    return {float(v) for score in scores for v in score.split("-")}


def counts_things(n: Number) -> bool:
    """Whether a figure is no sum of money but counts a noun ("34 appearances"; not "£38
    million", "40 dollars", "a 40-pound fee")."""
    return not n.money and n.noun not in ("", *_MONEY_NOUNS)


_MONEY_NOUNS = frozenset(stem(w) for names in CURRENCIES.values() for w in names) | {
    stem(w) for w in ("cents", "pence", "bucks")
}


def is_year(n: Number) -> bool:
    """Whether a figure is written as a year ("2015"), which a month before it leaves one."""
    return n.surface.isdigit() and len(n.surface) == 4 and 1000 <= n.value <= 2999


def same_side(a: Number, b: Number) -> bool:
    """Whether two figures share a word before both or a word after both ("by 87 percent on
    a turnout" and "a turnout of 74 percent" share "turnout", on different sides), or count
    the same noun ("a crew of 21" and "21 crew"), or have one word after the one and right
    before the other ("38 wounded" and "wounded 38"; a passive turned active, "Two skiers were
    killed" and "killing two people"), or one names no noun and has the other's before it
    ("confirmed cases rose to 24" and "confirmed 24 cases")."""
    turned = a.beside[1] == b.beside[0] != "" or a.beside[0] == b.beside[1] != ""
    turned = turned or b.beside[0] in a.context - {""} or a.beside[0] in b.context - {""}
    named = not a.noun and b.noun in a.before or not b.noun and a.noun in b.before
    lives = bool(a.context & _LIVES) and bool(b.context & _LIVES)  # "46 lives", "46 people"
    return (
        bool(a.before & b.before)
        or bool(a.context & b.context)
        or a.noun == b.noun != ""
        or turned
        or lives
        or named
    )


# Words a count of people lost or affected goes by: "the loss of 46 lives", "killing 46 people"
_LIVES = frozenset(stem(w) for w in ("lives", "people", "persons", "deaths", "dead", "victims"))


def same_thing(a: Number, b: Number, related: bool = False) -> bool:
    """Whether two figures count the same thing: a word after both, and two words around both
    ("10 guards were injured" vs "Seven prison guards were injured"; not "74 percent turnout"
    vs "87 percent in favour"), or two ages of one person ("Lee Rodarte, 30" vs "Rodarte, 36");
    in a ``related`` sentence, one noun after both, but for spans of time ("years")."""
    if a.share != b.share:
        return False  # "one in four of the homes" is not a count of "160 of the homes"
    if a.owner and b.owner:
        return same_owner(a.owner, b.owner)
    if (a.noun == AGE) != (b.noun == AGE):
        return False  # "a 58-year-old bridge" gives no figure for "a 1960s-era bridge"
    if a.noun == b.noun == AGE:  # "a 67-year-old Houma man" is not "a 43-year-old man"
        return related or bool(a.around & b.around - _AGE_NOUNS)  # "the 30-year-old gunman"
    if (
        related
        and a.noun not in ("", AGE, *SPANS)
        and a.noun == b.noun
        and _close(a.value, b.value)
    ):
        return True  # "Twelve workers were hurt" vs "injuring 14 workers" in a sentence on it
    return bool(a.context & b.context) and len(a.around & b.around) >= 2


# Words round any person's age: two ages sharing only these may be two people's
_AGE_NOUNS = frozenset(stem(w) for w in ("year", "years", "old", "aged", "age", "man", "woman",
                                          "boy", "girl", "person", "people"))  # fmt: skip


def _close(a: float, b: float) -> bool:
    """Figures one report could give for the same count (12 and 14; not 73.7 million and the
    five of "one in five kids")."""
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low <= 10


def common(value: float) -> bool:
    """Whether a figure is a small whole number that many sentences give for many things."""
    return value < 100 and float(value).is_integer()


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
