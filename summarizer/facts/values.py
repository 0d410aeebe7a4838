"""The value of a figure written in digits or number words (:func:`number_value`: "2,500",
"seven", "1.3 million"; shares in words: "a third of", "half a million", "nine in ten"), and
results and votes (:func:`scores`: "4-1", "six votes to three")."""

from __future__ import annotations

import re

from summarizer.facts.words import (
    CLOCK,
    DECADE,
    NUMERIC,
    PERCENT,
    SCALE_SUFFIX,
    SCALES,
    TENS,
    UNITS,
    is_stop,
)

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
PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
          "fifth": 5, "fifths": 5}  # fmt: skip


# Words before a share in words: "a third of", "about a quarter", "nearly half"
_BEFORE_A_PART = frozenset({"a", "one", "about", "nearly", "almost"})


def of_something(lows: list[str], k: int) -> bool:
    return k < len(lows) and lows[k] in {"of", "the", "a", "an", "their", "its", "his", "her"}


def fraction(lows: list[str], i: int) -> float | None:
    """ "a third of" -> 33.3, "half the" -> 50: a share in words, or None."""
    if lows[i] not in PARTS:
        return None
    before = lows[i - 1] if i else ""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    if lows[i] in ("half", "halves"):  # "pay half", "half the seats"; not "half a million",
        skip = {"the", "second", "first", "a", "an"}  # "an hour and a half", "a half-hour"
        # "Ohio's half-percent threshold", "a half-point hike": half a unit, no share
        unit = after in PERCENT or after in {"point", "points", "hour", "mile", "inch"}
        return None if before in skip or after in {"a", "an"} or unit else 50.0
    if not of_something(lows, i + 1):
        return None
    return 100 / PARTS[lows[i]] if before in _BEFORE_A_PART else None


PART_OF_SCALE = re.compile(rf"\b(?:{'|'.join(PARTS)})\b", re.IGNORECASE)  # "quarter", ...
PART_OF_SCALE_STEP = 0.2  # how far past "more than a quarter of a million" the figure may be


def part_of_scale(lows: list[str], i: int, value: float | None) -> tuple[float, int] | None:
    """A part of a scale word in words: "half a million", "a quarter of a million", "three
    quarters of a billion", as (the part, where the scale word's article stands), so that the
    scale word after it multiplies the part; or None."""
    count, k = (1.0, i) if value is None else (value, i + 1)
    if k >= len(lows) or lows[k] not in PARTS or (value is None and i and lows[i - 1] not in
                                                    _BEFORE_A_PART | {"over", "than", "some"}
                                                    and lows[k] != "half"):  # fmt: skip
        return None
    after = lows[k + 1 : k + 4]
    if lows[k] == "half" and after[:1] in (["a"], ["an"]) and after[1:2] and after[1] in SCALES:
        return count / 2, k + 1  # "half a million"
    if after[:2] == ["of", "a"] and after[2:3] and after[2] in SCALES:
        return count / PARTS[lows[k]], k + 2  # "a quarter of a million"
    return None


_NOT_ONE = {"the", "no", "any", "every", "each", "this", "that", "some", "anyone"}


def counting_one(lows: list[str], i: int) -> bool:
    """Whether "one" at ``i`` counts something: a noun follows, no determiner before it."""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    before = lows[i - 1] if i else ""
    return after.isalpha() and not is_stop(after) and before not in _NOT_ONE


def one_in(toks: list[str], lows: list[str], i: int, value: float | None):
    """A share written "N in M" ("nine in ten", "one in every four", "3 in 5") on the percent
    scale, with the tokens it takes up before M, or None."""
    if value is None or i + 2 >= len(toks) or lows[i + 1] != "in":
        return None
    skip = 3 if lows[i + 2] == "every" and i + 3 < len(toks) else 2
    whole = number_value(toks[i + skip])
    if not whole or not 1 < whole <= 1000 or not 0 < value < whole or whole in range(1900, 2101):
        return None
    return 100 * value / whole, skip


def short_year(toks: list[str], gaps: list[str], i: int) -> bool:
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


def compound_value(value: float, word: str) -> float:
    """``value`` with the number word after it: "two million", "two dozen", "twenty five"."""
    if word in SCALES:
        return value * SCALES[word]
    if word == "dozen":  # "two dozen"
        return value * 12
    return value + UNITS[word] if value >= 20 and value % 10 == 0 else value
