"""Figures in a text (:class:`Number`), each read on its own (:func:`read_figures`): its value
(digits and number words, :mod:`~summarizer.facts.values`), dates, bounds ("more than",
"about"), shares, money, with the words around each and what it counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.facts.names import is_name_token, trim
from summarizer.facts.values import (
    PARTS,
    compound_value,
    counting_one,
    fraction,
    number_value,
    of_something,
    one_in,
    part_of_scale,
    short_year,
)
from summarizer.facts.words import (
    AROUND_AFTER,
    AROUND_BEFORE,
    AUXILIARIES,
    CLAUSE,
    CLOCK,
    DECADE,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    NUMERIC,
    PERCENT,
    PLURAL_VERBS,
    SAYING,
    SCALES,
    UNITS,
    WEEKDAYS,
    is_stop,
    stem,
)


@dataclass(frozen=True)
class Number:
    """A figure in a text: its value, how it was written, and the content stems just after it."""

    value: float
    surface: str
    context: frozenset[str]
    around: frozenset[str] = frozenset()  # content stems just before and after
    before: frozenset[str] = frozenset()  # content stems just before
    owner: tuple[str, ...] = ()  # the name an appositive figure belongs to ("Lee Rodarte, 36,")
    noun: str = ""  # the stem of the word it counts ("14 workers": "worker"), "age" for an age
    date: bool = False  # a day of a month ("October 10", "10 October"): not a count
    bound: str = ""  # "~" about, ">" more than, "<" fewer than or nearly, "s" a decade ("1990s")
    share: bool = False  # a percentage or a share in words ("9%", "a third of", "one in four")
    beside: tuple[str, str] = ("", "")  # content stems right before and right after it
    money: bool = False  # written after a currency sign ("$18", "£1,500")


def acts_of(toks: list[str], lows: list[str], gaps: list[str]) -> bool:
    """Whether the opening word is used as a person or body is: it speaks, owns, does or is
    described ("Novak said", "Siemens' comments", "Novak (sharply) called", "Novak, 67, complained",
    "Novak, who heads the institute", "Novak, an aide to the mayor,", "Novak of Save the
    Meadow")."""
    verb = lows[2] if lows[1].endswith("ly") and len(lows) > 2 else lows[1]
    described = "," in gaps[1] and (
        lows[1] in ("who", "whose")
        or NUMERIC.match(lows[1]) is not None
        or (lows[1] in ("a", "an", "the") and not lows[0].endswith("ly"))  # "Novak, an aide,"
    )
    return (
        lows[1] in SAYING
        or lows[1] in AUXILIARIES and lows[1] not in PLURAL_VERBS  # not "Critics have"
        or lows[0].endswith(("'s", "’s"))
        or verb.endswith("ed") and not lows[0].endswith("s")  # "Novak (strongly) called"
        or described
        or lows[1] == "of" and len(toks) > 2 and toks[2][:1].isupper()
    )  # fmt: skip


_CURRENCY = re.compile(r"[$£€¥]\s*$")


def _of_phrase(lows: list[str], i: int) -> int:
    """The length of an "of the <noun>" phrase at token ``i`` ("of the money", "of its
    revenue", "of workers"), or 0."""
    if lows[i : i + 1] != ["of"]:
        return 0
    k = i + 1
    if k < len(lows) and lows[k] in ("the", "a", "an", "its", "their", "his", "her", "this"):
        k += 1
    return k + 1 - i if k < len(lows) else 0


def read_figures(
    toks: list[str], lows: list[str], gaps: list[str], ones: bool
) -> tuple[list[Number], list[tuple[int, int]]]:
    """The figures of a text and where each stands (its first token, the token after it)."""
    found, spans, i = [], [], 0
    while i < len(toks):
        if _day_named(toks, lows, gaps, i):
            i += 2  # "9/11", "24/7": a day or a span named by its figures, no count
            continue
        begin = i
        value = (
            1.0 if ones and lows[i] == "one" and counting_one(lows, i) else number_value(toks[i])
        )
        if value is not None and short_year(toks, gaps, i):
            value += 2000 if value < 50 else 1900  # "a record $8.5bn in ’04" is 2004
        share = True  # a share of a whole, on the percent scale
        if ratio := one_in(toks, lows, i, 1.0 if lows[i] == "one" else value):
            value, i = ratio[0], i + ratio[1]  # "nine in ten" = 90 percent, "one in four" = 25
        elif part := part_of_scale(lows, i, value):
            (value, i), share = part, False  # "a quarter of a million" = 250,000 (below)
            begin -= begin > 0 and lows[begin - 1] in ("a", "one")  # "more than a quarter"
        elif value is None:
            value = fraction(lows, i)
            if value is None and lows[i] == "a" and lows[i + 1 : i + 2] == ["decade"]:
                value, share = 1.0, False  # "a decade ago": ten years (below)
        elif i + 1 < len(lows) and lows[i + 1] in PARTS and of_something(lows, i + 2):
            value = 100 * value / PARTS[lows[i + 1]]  # "two-thirds of their seats"
            i += 1
        else:
            share = False
        if value is None:
            i += 1
            continue
        start = i - (lows[i] in PARTS and i > 0 and number_value(toks[i - 1]) is not None)
        start = min(start, begin)
        i += 1
        while (
            i < len(toks)
            and gaps[i].strip() in ("", "-")
            and (lows[i] in SCALES or lows[i] in UNITS and toks[i - 1].isalpha())
        ):  # "twenty five", "2.5 million", "ten thousand"; not "In 2013, three books"
            value = compound_value(value, lows[i])
            i += 1
        decades = i < len(toks) and lows[i] in ("decade", "decades") and not share
        if decades:  # "two decades" is 20 years, "a decade" ten
            value, i = value * 10, i + 1
        shown = " ".join(toks[start:i])
        share = share or shown.endswith("%")
        if i < len(toks) and (lows[i] in PERCENT or toks[i] == "pc"):  # "9 percent", "9 pc"
            i, share = i + 1, True
        elif lows[i : i + 2] == ["per", "cent"]:
            i, share = i + 2, True
        # the words round a figure stop at the clause's edge and at the next figure: in "37
        # passengers and 241 crew members" the crew are the 241's
        first = start
        while (first > max(0, start - AROUND_BEFORE) and not CLAUSE.search(gaps[first])
               and number_value(toks[first - 1]) is None):  # fmt: skip
            first -= 1
        last = i
        # a share's "of" phrase ("15% of the money will go") is what it is a share of: the
        # words that tell what it counts come after it too
        extra = _of_phrase(lows, i) if share else 0
        while (last < min(len(toks), i + AROUND_AFTER + extra) and not CLAUSE.search(gaps[last])
               and number_value(toks[last]) is None):  # fmt: skip
            last += 1
        owner = _owner(toks, gaps, start, i)
        named = frozenset(stem(w) for w in owner)
        years = frozenset({_YEAR}) if decades else frozenset()
        model = not share and _designation(toks, lows, gaps, start)
        found.append(
            Number(
                value,
                shown,
                frozenset() if model else context_of(lows[i : min(i + 4 + extra, last)]) | years,
                context_of(lows[first:start] + lows[i:last]) | named | years,
                context_of(lows[first:start]) | named,
                owner,
                _YEAR
                if decades
                else AGE
                if owner
                or lows[i : i + 2] == ["year", "old"]
                or lows[start - 1 : start] == ["aged"]
                else ""
                if model
                else _clock(lows, start, i) or _of_noun(lows, start) or _counted(lows, i, last),
                _in_date(lows, start, i),
                "s" if DECADE.match(lows[start]) else _bound(lows, start),
                share,
                (
                    _content_stem(lows, start - 1, gaps[start]),
                    _content_stem(lows, i, gaps[i] if i < len(gaps) else ""),
                ),
                bool(_CURRENCY.search(gaps[start])),
            )  # fmt: skip
        )
        spans.append((start, i))
    return found, spans


def _day_named(toks: list[str], lows: list[str], gaps: list[str], i: int) -> bool:
    """Whether token ``i`` and the next are two whole figures of a day or less joined by a
    slash ("the 9/11 attacks", "open 24/7"), not a fraction of something ("1/3 of voters") nor
    part of a longer date ("12/9/2001")."""
    pair = toks[i : i + 2]
    if len(pair) < 2 or gaps[i + 1] != "/" or not all(t.isdigit() and int(t) <= 31 for t in pair):
        return False
    longer = i and gaps[i] == "/" or i + 2 < len(toks) and gaps[i + 2] == "/"
    return not longer and lows[i + 2 : i + 3] != ["of"]


def _designation(toks: list[str], lows: list[str], gaps: list[str], start: int) -> bool:
    """Whether the figure at ``start`` is part of a name ("Delta 4-Heavy", "Apollo 11",
    "Chapter 11", "COVID-19"): in digits, right after a capitalised word inside the sentence,
    or hyphened to one, that is no stop word, month or possessive. It counts nothing, so it
    conflicts with no count ("three rockets", "a two-dose vaccine")."""
    if start < 2 or gaps[start] not in (" ", "-") or not any(c.isdigit() for c in toks[start]):
        return False  # not "in Philadelphia four years ago"
    before, low = toks[start - 1], lows[start - 1]
    return (is_name_token(before) and not is_stop(low) and low not in _MONTH_WORDS
            and low not in WEEKDAYS and not re.search(r"['’]s?$", low))  # fmt: skip


# Words before a figure that make it a rough or a bounding one ("more than 200", "nearly 1.3").
_BOUNDS = {
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~",
    "estimated": "~", "an estimated": "~", "close to": "<", "nearly": "<", "almost": "<",
    "just under": "<", "under": "<", "fewer than": "<", "less than": "<", "up to": "<",
    "below": "<", "more than": ">", "over": ">", "at least": ">", "upwards of": ">",
    "in excess of": ">", "just over": ">", "above": ">",
}  # fmt: skip


def _bound(lows: list[str], start: int) -> str:
    """How the words before a figure bound it ("more than 200": ">"), or "" for an exact one."""
    if lows[start] in ("dozen", "dozens") and start >= 1 and lows[start - 1] == "a":
        start -= 1  # "more than a dozen", "nearly a dozen": the bound is before the "a"
    first = bound_start(lows, start)
    return _BOUNDS[" ".join(lows[first:start])] if first < start else ""


def bound_start(lows: list[str], start: int) -> int:
    """Where the words that bound the figure at ``start`` begin ("at least 27": at "at"; two
    words before one)."""
    if start >= 2 and " ".join(lows[start - 2 : start]) in _BOUNDS:
        return start - 2
    return start - 1 if start >= 1 and lows[start - 1] in _BOUNDS else start


_MONTH_WORDS = frozenset({*MONTHS, *MONTH_ABBREVIATIONS})


AGE = "age"  # the noun of an age: "57-year-old", "Strandberg, 57,"
_YEAR = stem("years")  # the noun of a span of decades: "four decades" is 40 years
# Spans of time count the time of many things: "eight years in the White House" is not "32
# years after his first campaign" in a sentence on the same story.
SPANS = {stem(w) for w in ("years", "months", "weeks", "days", "hours", "minutes", "decades")}


def _of_noun(lows: list[str], start: int) -> str:
    """The stem of the noun a figure counts when it comes before it: "a crew of 21" counts
    crew, as "21 crew" does."""
    if start >= 2 and lows[start - 1] == "of" and not is_stop(lows[start - 2]):
        return stem(lows[start - 2])
    return ""


def _in_date(lows: list[str], start: int, end: int) -> bool:
    """Whether the figure ``lows[start:end]`` is the day of a month next to it."""
    month = _MONTH_WORDS
    before = lows[start - 1] if start else ""
    after = lows[end] if end < len(lows) else ""
    then = lows[end + 1] if after == "of" and end + 1 < len(lows) else ""
    since = lows[start - 2] if before == "of" and start >= 2 else ""  # "January of 2017"
    return before in month or after in month or then in month or since in month


def _clock(lows: list[str], start: int, i: int) -> str:
    """ "pm" or "am" for a time of day, however written ("10pm", "10 p.m.", "10 PM"), so its
    forms count the same thing; "" for any other figure."""
    if (glued := CLOCK.match(lows[start])) and glued[1]:  # "10pm", "7.30am"
        return lows[start][-2:]
    after = tuple(lows[i : i + 2])
    if after in (("a", "m"), ("p", "m")):
        return after[0] + "m"
    return after[0] if after[:1] in (("am",), ("pm",)) else ""


def _counted(lows: list[str], i: int, last: int) -> str:
    """The stem of the noun a figure counts: the next word, past one adjective-like word
    ("14 workers", "seven prison guards"), within its clause; for "N of ...", the first plural
    word of the clause ("Seven of the prime minister's security guards"); "" for units."""
    words = [w for w in lows[i : min(last, i + 2)] if w.isalpha()]
    if words and words[0] == "of":
        rest = [w for w in lows[i + 1 : i + 8] if w.isalpha()]
        plural = [w for w in rest if w.endswith("s") and not w.endswith("ss") and not is_stop(w)]
        return stem(plural[0]) if plural else ""
    if not words or is_stop(words[0]) or words[0] in NUMBER_WORDS:
        return ""
    if len(words) == 2 and not is_stop(words[1]) and words[1].endswith("s"):
        return stem(words[1])  # "seven prison guards"
    return stem(words[0])


def _owner(toks: list[str], gaps: list[str], start: int, end: int) -> tuple[str, ...]:
    """The name a figure set off by commas right after it belongs to ("Lee Rodarte, 36,": an
    age), or that an age right before it ("28-year-old Lee Rodarte") or one said of it at the
    end of a sentence ("The guide who was killed, Nurlan Abdikadirov, was 41.") belongs to,
    lower-cased, titles left out; () for any other figure."""
    lows = [t.lower() for t in toks[end : end + 2]]
    if lows == ["year", "old"] and end + 2 < len(toks) and is_name_token(toks[end + 2]):
        last = end + 2
        while last + 1 < len(toks) and is_name_token(toks[last + 1]) and not gaps[last + 1].strip():
            last += 1
        if last + 1 < len(toks) and not gaps[last + 1].strip() and OCCUPATION.match(toks[last + 1]):
            return ()  # "a 28-year-old Bonefish Grill manager": the name only qualifies him
        return tuple(w.lower() for w in trim(toks[end + 2 : last + 1]))
    after = gaps[end].strip() if end < len(toks) else "."  # a word right after: no age
    # an age said of a name: "The guide who was killed, Nurlan Abdikadirov, was 41."
    said = start >= 2 and toks[start - 1] in ("was", "is") and gaps[start - 1].strip() in ("", ",")
    if said and end - start == 1 and toks[start].isdigit() and after[:1] in (".", ";"):
        start -= 1
    elif start == 0 or gaps[start].strip() != "," or after[:1] not in (",", ".", ";", ")"):
        return ()  # "The Delta IV Heavy, three conventional rockets" gives no one's age
    first = start
    while (
        first > 0 and is_name_token(toks[first - 1]) and (first == start or not gaps[first].strip())
    ):
        first -= 1
    return tuple(w.lower() for w in trim(toks[first:start]))


# A lower-case noun for what someone is or does ("manager", "student", "resident").
OCCUPATION = re.compile(
    r"(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|woman|ee)s?|man|woman|men|women|boy|girl|nurse"
    r"|mother|father|son|daughter|wife|husband|mom|dad|native|veteran|pilot|chef|cook|guard"
    r"|coach|judge|priest|pastor|nanny)$"
)  # "a 67-year-old Houma man", "a 29-year-old Austin nurse"


def _content_stem(lows: list[str], k: int, gap: str) -> str:
    """The stem of word ``k`` when it is a content word with no punctuation (``gap``) between
    it and the figure, else ""."""
    if not 0 <= k < len(lows) or gap.strip() or not lows[k][0].isalpha():
        return ""
    return "" if is_stop(lows[k]) else stem(lows[k])


def context_of(words: list[str]) -> frozenset[str]:
    """The stems around a figure; a word for a rise or a fall as one stem for all of its kind
    ("a 13% jump" tells what "a 13 percent increase" does)."""
    stems = (stem(MONTH_ABBREVIATIONS.get(w, w)) for w in words
             if not is_stop(w) and w[0].isalpha() and w not in PERCENT)  # fmt: skip
    return frozenset(_CHANGE.get(t, t) for t in stems)


# Words for a rise and for a fall, each read as one ("jumped", "surge", "climb": "increase")
_RISES = ("increase", "rise", "rose", "risen", "jump", "surge", "climb", "gain", "growth", "grew",
          "spike", "soar", "hike", "boost")  # fmt: skip
_FALLS = ("decrease", "fall", "fell", "fallen", "drop", "decline", "dip", "plunge", "slump")
_CHANGE = {stem(w): "increas" for w in _RISES} | {stem(w): "decreas" for w in _FALLS}


def months_of(toks: list[str], lows: list[str]) -> list[str]:
    out = []
    for i, low in enumerate(lows):
        low = MONTH_ABBREVIATIONS.get(low, low)
        if low not in MONTHS or not toks[i][0].isupper():
            continue
        # "May" is usually the verb unless a day number is next to it.
        near = toks[max(0, i - 1) : i] + toks[i + 1 : i + 2]
        if low != "may" or any(t[0].isdigit() for t in near):
            out.append(low)
    return out
