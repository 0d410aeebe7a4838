"""Figures in a text (:class:`Number`): digits and number words ("seven", "2,500", "1.3
million", "a third of"), dates, bounds ("more than", "about"), shares, money, scores and votes,
with the words around each and what it counts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from summarizer.facts.names import is_name_token, trim
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
    SCALE_SUFFIX,
    SCALES,
    TENS,
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


_SMALL = r"\d{1,3}|" + "|".join(sorted(UNITS, key=len, reverse=True))
_SCORE = re.compile(
    rf"(?<![\w.,])({_SMALL})(?:\s?[-–]\s?|\s+(?:votes?\s+)?to\s+)({_SMALL})(?![\w.,]?\d)"
    r"(?![-\s]?(?:years?|months?|days?|weeks?|hours?|minutes?)\b)",
    re.IGNORECASE,
)


# "388 votes in favor of it and only five against it"
_FOR_AGAINST = re.compile(
    rf"(?<![\w.,])({_SMALL})\s+(?:votes?\s+)?(?:in favou?r|for)\b[^.;:]{{0,24}}?"
    rf"(?<![\w.,])({_SMALL})\s+(?:votes?\s+)?(?:were\s+)?against\b",
    re.IGNORECASE,
)


def scores(text: str) -> frozenset[str]:
    """Results and votes, larger figure first: "4-1", "52–48", "6 to 3", "six votes to three",
    "388 votes in favor and five against" (not "10-year-old", "2 to 3 days"): a claim's "4-4"
    is not the sources' "4-1" though both give a 4."""
    pairs = []
    for match in _FOR_AGAINST.finditer(text):
        a, b = number_value(match.group(1)), number_value(match.group(2))
        if a is not None and b is not None:
            pairs.append(f"{max(a, b):g}-{min(a, b):g}")
    for match in _SCORE.finditer(text):
        first, second = match.group(1).lower(), match.group(2).lower()
        if first in TENS and second in UNITS and UNITS[second] < 10 and "-" in match.group():
            continue  # "sixty-four" is 64
        before = text[max(0, match.start() - 8) : match.start()].lower().split()
        after = text[match.end() : match.end() + 9].lower()
        worded = "-" not in match.group() and "–" not in match.group()  # "6 to 3", not "6-3"
        if worded and (
            before[-1:] in (["from"], ["between"]) or after.lstrip().startswith(_RANGE_UNITS)
        ):
            continue  # "from 5 to 10 percent" is a range, not a result
        a, b = number_value(match.group(1)), number_value(match.group(2))
        # a result or vote told in words gives the larger first: "has only 10 to 20" is a range
        if a is not None and b is not None and not (worded and a < b):
            pairs.append(f"{max(a, b):g}-{min(a, b):g}")
    return frozenset(pairs)


_RANGE_UNITS = ("percent", "per cent", "%", "million", "billion", "thousand", "hundred")


def number_value(token: str) -> float | None:
    """The value of one numeric or number-word token, or None ("2,500" -> 2500.0)."""
    low = token.lower()
    if low in UNITS:
        return float(UNITS[low])
    clock = CLOCK.match(low)
    if clock:  # "7pm", "7.30pm", "3:20": the hour as written, so "7pm" = "7 p.m.", 9pm is not
        hour, minutes = clock.group(1) or clock.group(3), clock.group(2) or clock.group(4)
        return float(hour) + (int(minutes) / 100 if minutes else 0.0)
    if decade := DECADE.match(low):  # "the 1990s", "in his 40s": the figure they start at
        return float(decade.group(1))
    match = NUMERIC.match(low)
    if not match:
        return None
    digits, suffix = match.groups()
    try:
        value = float(_parse_digits(digits))
    except ValueError:
        return None
    return value * SCALE_SUFFIX.get(suffix or "", 1.0)


def _parse_digits(digits: str) -> float:
    # "2,500" and "2.500.000" group thousands; "2.5" and "3,5" are decimals.
    groups = re.split(r"[.,]", digits)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    return float(digits.replace(",", "."))


# Shares named in words, on the percent scale so that "half" = "50 percent": "a third of",
# "half the seats", "two-thirds of"; not "the third drone" or "the second half".
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
          "fifth": 5, "fifths": 5}  # fmt: skip


# Words before a share in words: "a third of", "about a quarter", "nearly half"
_BEFORE_A_PART = frozenset({"a", "one", "about", "nearly", "almost"})


def _of_something(lows: list[str], k: int) -> bool:
    return k < len(lows) and lows[k] in {"of", "the", "a", "an", "their", "its", "his", "her"}


def _fraction(lows: list[str], i: int) -> float | None:
    """ "a third of" -> 33.3, "half the" -> 50: a share in words, or None."""
    if lows[i] not in _PARTS:
        return None
    before = lows[i - 1] if i else ""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    if lows[i] in ("half", "halves"):  # "pay half", "half the seats"; not "half a million",
        skip = {"the", "second", "first", "a", "an"}  # "an hour and a half", "a half-hour"
        # "Ohio's half-percent threshold", "a half-point hike": half a unit, no share
        unit = after in PERCENT or after in {"point", "points", "hour", "mile", "inch"}
        return None if before in skip or after in {"a", "an"} or unit else 50.0
    if not _of_something(lows, i + 1):
        return None
    return 100 / _PARTS[lows[i]] if before in _BEFORE_A_PART else None


PART_OF_SCALE = re.compile(rf"\b(?:{'|'.join(_PARTS)})\b", re.IGNORECASE)  # "quarter", ...
PART_OF_SCALE_STEP = 0.2  # how far past "more than a quarter of a million" the figure may be


def _part_of_scale(lows: list[str], i: int, value: float | None) -> tuple[float, int] | None:
    """A part of a scale word in words: "half a million", "a quarter of a million", "three
    quarters of a billion", as (the part, where the scale word's article stands), so that the
    scale word after it multiplies the part; or None."""
    count, k = (1.0, i) if value is None else (value, i + 1)
    if k >= len(lows) or lows[k] not in _PARTS or (value is None and i and lows[i - 1] not in
                                                    _BEFORE_A_PART | {"over", "than", "some"}
                                                    and lows[k] != "half"):  # fmt: skip
        return None
    after = lows[k + 1 : k + 4]
    if lows[k] == "half" and after[:1] in (["a"], ["an"]) and after[1:2] and after[1] in SCALES:
        return count / 2, k + 1  # "half a million"
    if after[:2] == ["of", "a"] and after[2:3] and after[2] in SCALES:
        return count / _PARTS[lows[k]], k + 2  # "a quarter of a million"
    return None


_NOT_ONE = {"the", "no", "any", "every", "each", "this", "that", "some", "anyone"}


def _one(lows: list[str], i: int) -> bool:
    """Whether "one" at ``i`` counts something: a noun follows, no determiner before it."""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    before = lows[i - 1] if i else ""
    return after.isalpha() and not is_stop(after) and before not in _NOT_ONE


def figures_of(
    toks: list[str], lows: list[str], gaps: list[str], ones: bool = False
) -> list[Number]:
    """The figures of a text; the words around each stay within its clause."""
    found, spans = _figures(toks, lows, gaps, ones)
    found = _parts_of_wholes(_ranges(found, spans, lows, gaps), spans, lows, gaps)
    found = _shares_of_counts(_compared(found, spans, lows), spans, lows, gaps)
    return _opening_phrase(found, spans, lows, gaps)


def _ranges(found: list[Number], spans: list[tuple[int, int]], lows: list[str],
            gaps: list[str]) -> list[Number]:  # fmt: skip
    """The first figure of a range ("90 to 95 percent of donors", "from nine to 24 cases",
    "between 40 and 50 miles", "10-12 people") counts what the second counts, and is a share
    when it is, unless it names its own noun or unit; the second has the words before the
    first."""
    out = list(found)
    for k in range(len(found) - 1):
        (begin, end), (start, _) = spans[k], spans[k + 1]
        first, second = found[k], found[k + 1]
        between = lows[end:start]
        joined = (between == ["to"]
                  or between == ["and"] and begin > 0 and lows[begin - 1] == "between"
                  or not between and gaps[start].strip() in ("-", "–"))  # fmt: skip
        if (not joined or first.noun or first.share or first.date or second.date
                or any(g.strip() for g in gaps[end:start])):  # fmt: skip
            continue
        out[k] = replace(first, context=first.context | second.context,
                         around=first.around | second.around, noun=second.noun,
                         share=second.share)  # fmt: skip
        # and the words before the range are the second figure's too: "the number of
        # confirmed cases rose from nine to 24" counts confirmed cases at 24
        out[k + 1] = replace(out[k + 1], around=out[k + 1].around | first.before,
                             before=out[k + 1].before | first.before)  # fmt: skip
    return out


# Words that compare a figure with the one before it ("31 ships, up from 27 on Monday").
_COMPARED = {("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to")}
_EXTREMES = {"peak", "high", "low", "record"}


def _compared(found: list[Number], spans: list[tuple[int, int]], lows: list[str]) -> list[Number]:
    """A figure that only compares ("31 ships were waiting off the two ports, up from at least
    27 on Monday", "costs 66,000 dinars, compared with 48,000") counts what the last figure
    before it that counts a noun counts ("the two ports" is no count of the story), unless it
    names its own noun or either is a date, or a share where the other is not. Only the noun:
    the other figure's words would ask a source to give them round this one too ("the median
    age ... 29 for men ..., up from 24" against "up from 24 and 21 respectively in 1947")."""
    out = list(found)
    for k in range(1, len(found)):
        p = _bound_start(lows, spans[k][0])
        if (
            p >= 3
            and lows[p - 3] in ("a", "the")
            and lows[p - 2] in _EXTREMES
            and lows[p - 1] == "of"
        ):
            p -= 3  # "down from a peak of more than 480,000"
        if tuple(lows[max(0, p - 2) : p]) not in _COMPARED:
            continue
        counted = next((j for j in range(k - 1, -1, -1) if found[j].noun
                        and lows[spans[j][0] - 1 : spans[j][0]]
                        not in (["the"], ["its"], ["their"], ["both"])), None)  # fmt: skip
        if counted is None:
            continue
        first, second = found[counted], found[k]
        if second.noun or first.date or second.date or first.share != second.share:
            continue
        out[k] = replace(second, noun=first.noun)
    return out


def _shares_of_counts(found: list[Number], spans: list[tuple[int, int]], lows: list[str],
                      gaps: list[str]) -> list[Number]:  # fmt: skip
    """A share in words that names no noun ("Engineers have inspected 1,200 buildings, and
    about one in four was declared unsafe", "... 40 candidates; half of them withdrew") is a
    share of what the last count before it in its sentence counts. A percentage keeps its own
    words: "its shares fell 5 percent" is no share of the jobs it cut."""
    out = list(found)
    for k in range(1, len(found)):
        share = found[k]
        words = lows[spans[k][0] : spans[k][1]]
        if share.noun or not share.share or not ("in" in words or words[-1] in _PARTS):
            continue
        counted = next((j for j in range(k - 1, -1, -1) if found[j].noun), None)
        if counted is None:
            continue
        first = found[counted]
        between = "".join(gaps[spans[counted][1] : spans[k][0] + 1])
        if first.share or first.date or re.search(r"[.!?]", between):
            continue
        out[k] = replace(share, noun=first.noun)
    return out


_PHRASE_OPENERS = {"among", "of", "for", "in"}


def _opening_phrase(found: list[Number], spans: list[tuple[int, int]], lows: list[str],
                    gaps: list[str]) -> list[Number]:  # fmt: skip
    """A figure opening the clause after a phrase that opens a sentence ("Among senior staff, 36
    percent are people of color") has the phrase's words before it too, unless the phrase
    gives a figure of its own (a whole: :func:`_parts_of_wholes`)."""
    out = list(found)
    for k, (start, _) in enumerate(spans):
        if start < 2 or "," not in gaps[start]:
            continue
        p = start - 1
        while p > 0 and "," not in gaps[p] and not re.search(r"[.!?]", gaps[p]):
            p -= 1
        opens = p == 0 or bool(re.search(r"[.!?]", gaps[p]))
        whole = any(p < a < start for a, _ in spans)  # "Of the 43,538 volunteers, 42% ..."
        if opens and not whole and lows[p] in _PHRASE_OPENERS and start - p >= 2:
            words = _context(lows[p + 1 : start])
            out[k] = replace(
                out[k],
                context=out[k].context | words,
                around=out[k].around | words,
                before=out[k].before | words,
            )
    return out


def _parts_of_wholes(found: list[Number], spans: list[tuple[int, int]], lows: list[str],
                     gaps: list[str]) -> list[Number]:  # fmt: skip
    """A part of a whole counts what the whole counts: in "19 of the 24 people infected" and
    "Of the 24 people infected, 19 had not ...", 19 has the words of 24 too. A share after the
    whole ("Of the 43,538 volunteers, 42% came from ...") keeps its own words: a text giving
    the whole near them ("43,538 volunteers, 42% of whom") would read as a rival figure."""
    out = list(found)
    for k in range(len(found) - 1):
        (_, end), (start, _) = spans[k], spans[k + 1]
        between = lows[end:start]
        if between in (["of", "the"], ["of"]) and not any(g.strip() for g in gaps[end : start + 1]):
            part, whole = k, k + 1  # "19 of the 24 people"
        elif (
            lows[max(0, spans[k][0] - 2) : spans[k][0]] == ["of", "the"]
            and "," in "".join(gaps[end : start + 1])
            and start - end <= 4
            and not found[k + 1].share
        ):
            part, whole = k + 1, k  # "Of the 24 people infected, 19 ..." (not "..., 42% came")
        else:
            continue
        w = found[whole]
        out[part] = replace(out[part], context=out[part].context | w.context,
                            around=out[part].around | w.around)  # fmt: skip
    return out


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


def _figures(
    toks: list[str], lows: list[str], gaps: list[str], ones: bool
) -> tuple[list[Number], list[tuple[int, int]]]:
    """The figures of a text and where each stands (its first token, the token after it)."""
    found, spans, i = [], [], 0
    while i < len(toks):
        begin = i
        value = 1.0 if ones and lows[i] == "one" and _one(lows, i) else number_value(toks[i])
        if value is not None and _short_year(toks, gaps, i):
            value += 2000 if value < 50 else 1900  # "a record $8.5bn in ’04" is 2004
        share = True  # a share of a whole, on the percent scale
        if ratio := _one_in(toks, lows, i, 1.0 if lows[i] == "one" else value):
            value, i = ratio[0], i + ratio[1]  # "nine in ten" = 90 percent, "one in four" = 25
        elif part := _part_of_scale(lows, i, value):
            (value, i), share = part, False  # "a quarter of a million" = 250,000 (below)
            begin -= begin > 0 and lows[begin - 1] in ("a", "one")  # "more than a quarter"
        elif value is None:
            value = _fraction(lows, i)
            if value is None and lows[i] == "a" and lows[i + 1 : i + 2] == ["decade"]:
                value, share = 1.0, False  # "a decade ago": ten years (below)
        elif i + 1 < len(lows) and lows[i + 1] in _PARTS and _of_something(lows, i + 2):
            value = 100 * value / _PARTS[lows[i + 1]]  # "two-thirds of their seats"
            i += 1
        else:
            share = False
        if value is None:
            i += 1
            continue
        start = i - (lows[i] in _PARTS and i > 0 and number_value(toks[i - 1]) is not None)
        start = min(start, begin)
        i += 1
        while (
            i < len(toks)
            and gaps[i].strip() in ("", "-")
            and (lows[i] in SCALES or lows[i] in UNITS and toks[i - 1].isalpha())
        ):  # "twenty five", "2.5 million", "ten thousand"; not "In 2013, three books"
            value = _combine(value, lows[i])
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
                frozenset() if model else _context(lows[i : min(i + 4 + extra, last)]) | years,
                _context(lows[first:start] + lows[i:last]) | named | years,
                _context(lows[first:start]) | named,
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
    first = _bound_start(lows, start)
    return _BOUNDS[" ".join(lows[first:start])] if first < start else ""


def _bound_start(lows: list[str], start: int) -> int:
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


def _one_in(toks: list[str], lows: list[str], i: int, value: float | None):
    """A share written "N in M" ("nine in ten", "one in every four", "3 in 5") on the percent
    scale, with the tokens it takes up before M, or None."""
    if value is None or i + 2 >= len(toks) or lows[i + 1] != "in":
        return None
    skip = 3 if lows[i + 2] == "every" and i + 3 < len(toks) else 2
    whole = number_value(toks[i + skip])
    if not whole or not 1 < whole <= 1000 or not 0 < value < whole or whole in range(1900, 2101):
        return None
    return 100 * value / whole, skip


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


def _context(words: list[str]) -> frozenset[str]:
    return frozenset(stem(MONTH_ABBREVIATIONS.get(w, w)) for w in words
                     if not is_stop(w) and w[0].isalpha() and w not in PERCENT)  # fmt: skip


def _short_year(toks: list[str], gaps: list[str], i: int) -> bool:
    """Whether token ``i`` is a year cut to two digits after an apostrophe, following a word in
    lower case ("in ’04", "the summer of '98"), not a quotation opening with a figure."""
    return (
        len(toks[i]) == 2
        and toks[i].isdigit()
        and gaps[i].endswith(("'", "’"))
        and gaps[i][:1].isspace()
        and i > 0
        and toks[i - 1].isalpha()
        and toks[i - 1].islower()
    )


def _combine(value: float, word: str) -> float:
    if word in SCALES:
        return value * SCALES[word]
    if word == "dozen":  # "two dozen"
        return value * 12
    return value + UNITS[word] if value >= 20 and value % 10 == 0 else value


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
