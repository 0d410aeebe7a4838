"""Facts a summary sentence must get right: numbers, dates and weekdays, names.

Pure and cheap (regular expressions and the Snowball stemmer from nltk, which needs no data
download), so it runs on every claim and every candidate source sentence. Numbers are compared
by value, so "seven", "7" and "7.0" are the same fact and "2,500" equals "2500"; a number's
*context* (the content words just after it) lets attribution tell "10 guards" from "Seven prison
guards" as two figures for the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "according", "told", "s"}

_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
# "one" is left out on purpose: it is far more often a pronoun ("one analyst") than a figure.
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_SUFFIX = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
_MONTH_ABBREVIATIONS = {m[:3]: m for m in MONTHS if m != "may"} | {"sept": "september"}
# Media attributions ("Politico reports", "tells NBC4", "per the AP") name where a summary
# read something, not a fact of the story; articles rarely name themselves.
_MEDIA_VERBS = {"reports", "reported", "notes", "noted", "writes", "wrote", "points"}
_MEDIA_BEFORE = {"per", "tells", "told", "via"}
_TITLES = {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "st", "president", "prime"}

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th|bn|[km]|%)?(?![^\W_])|[^\W_]+(?:['’][^\W_]+)*")
# Punctuation after which a capitalised word starts a sentence or a quote, not a name.
_OPENERS = re.compile(r"[.:;!?\"“”'‘(\[—–]")
_NUMERIC = re.compile(r"(\d+(?:[.,]\d+)*)(st|nd|rd|th|bn|[km%])?$")

_stemmer = SnowballStemmer("english")


@dataclass(frozen=True)
class Number:
    """A figure in a text: its value, how it was written, and the content stems just after it."""

    value: float
    surface: str
    context: frozenset[str]
    around: frozenset[str] = frozenset()  # content stems just before and after


@dataclass(frozen=True)
class Facts:
    """The checkable facts of one text."""

    numbers: tuple[Number, ...] = ()
    weekdays: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    entities: tuple[tuple[str, ...], ...] = ()  # capitalised spans, as written


def tokens(text: str) -> list[str]:
    """Word and number tokens of ``text`` in their original case."""
    return _TOKEN.findall(text)


def _gaps(text: str) -> list[str]:
    """The text before each token (since the previous one), to see punctuation between them."""
    gaps, last = [], 0
    for match in _TOKEN.finditer(text):
        gaps.append(text[last : match.start()])
        last = match.end()
    return gaps


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word, possessive stripped ("Iran's" -> "iran")."""
    word = re.sub(r"['’]s$", "", word.lower())
    return _stemmer.stem(word)


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text`` (no stop words, numbers or number words)."""
    out = []
    for token in tokens(text):
        low = token.lower()
        if low in STOP_WORDS or low in _UNITS or low in _SCALES or token[0].isdigit():
            continue
        if len(low) > 1:
            out.append(stem(low))
    return out


def extract_facts(text: str) -> Facts:
    """The numbers, weekdays, months and capitalised names in ``text``."""
    toks = tokens(text)
    lows = [t.lower() for t in toks]
    return Facts(
        numbers=tuple(_numbers(toks, lows)),
        weekdays=frozenset(w for w in lows if w in WEEKDAYS),
        months=frozenset(_months(toks, lows)),
        entities=tuple(_entities(toks, _gaps(text))),
    )


def number_value(token: str) -> float | None:
    """The value of one numeric or number-word token, or None ("2,500" -> 2500.0)."""
    low = token.lower()
    if low in _UNITS:
        return float(_UNITS[low])
    match = _NUMERIC.match(low)
    if not match:
        return None
    digits, suffix = match.groups()
    try:
        value = float(_parse_digits(digits))
    except ValueError:
        return None
    return value * _SCALE_SUFFIX.get(suffix or "", 1.0)


def _parse_digits(digits: str) -> float:
    # "2,500" and "2.500.000" group thousands; "2.5" and "3,5" are decimals.
    groups = re.split(r"[.,]", digits)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    return float(digits.replace(",", "."))


def _numbers(toks: list[str], lows: list[str]) -> list[Number]:
    found, i = [], 0
    while i < len(toks):
        value = number_value(toks[i])
        if value is None:
            i += 1
            continue
        start = i
        i += 1
        while i < len(toks) and (lows[i] in _SCALES or lows[i] in _UNITS):
            value = _combine(value, lows[i])  # "twenty five", "2.5 million", "ten thousand"
            i += 1
        found.append(
            Number(
                value,
                " ".join(toks[start:i]),
                _context(lows[i : i + 4]),
                _context(lows[max(0, start - 3) : start] + lows[i : i + 4]),
            )  # fmt: skip
        )
    return found


def _context(words: list[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words if w not in STOP_WORDS and w[0].isalpha())


def _combine(value: float, word: str) -> float:
    if word in _SCALES:
        return value * _SCALES[word]
    return value + _UNITS[word] if value >= 20 and value % 10 == 0 else value


def _months(toks: list[str], lows: list[str]) -> list[str]:
    out = []
    for i, low in enumerate(lows):
        low = _MONTH_ABBREVIATIONS.get(low, low)
        if low not in MONTHS or not toks[i][0].isupper():
            continue
        # "May" is usually the verb unless a day number is next to it.
        near = toks[max(0, i - 1) : i] + toks[i + 1 : i + 2]
        if low != "may" or any(t[0].isdigit() for t in near):
            out.append(low)
    return out


def _entities(toks: list[str], gaps: list[str]) -> list[tuple[str, ...]]:
    """Runs of capitalised words; punctuation and lower-case words ("of") end a run."""
    spans: list[tuple[str, ...]] = []
    start = None
    for i, token in enumerate([*toks, ""]):
        name = i < len(toks) and _is_name_token(token)
        if start is not None and (not name or gaps[i].strip() not in ("", "-")):
            _close(spans, toks, gaps, start, i)
            start = None
        if name and start is None:
            start = i
    return spans


def _close(spans: list, toks: list[str], gaps: list[str], start: int, end: int) -> None:
    span = _trim(toks[start:end])
    opened = start == 0 or bool(_OPENERS.search(gaps[start]))
    # A lone capitalised word opening a sentence or a quote is usually not a name ("Police
    # said"); it still counts as a content word for coverage.
    if not span or (opened and end - start == 1) or _media(toks, start, end):
        return
    spans.append(tuple(span))


def _media(toks: list[str], start: int, end: int) -> bool:
    """Whether the name toks[start:end] is a media attribution ("Politico reports")."""
    before = [t.lower() for t in toks[max(0, start - 3) : start] if t.lower() != "the"]
    after = toks[end].lower() if end < len(toks) else ""
    return (
        after in _MEDIA_VERBS
        or (bool(before) and before[-1] in _MEDIA_BEFORE)
        or before[-2:] == ["according", "to"]
    )


def _is_name_token(token: str) -> bool:
    low = token.lower()
    if not token[0].isupper() or low in WEEKDAYS or low in MONTHS or low in _UNITS:
        return False
    if low in _MONTH_ABBREVIATIONS:
        return False
    return len(low) > 1 or token.isupper()


def _trim(span: list[str]) -> list[str]:
    # Titles ("Gov.", "President") and a capitalised stop word ("The") are not the name.
    while span and (span[0].lower() in _TITLES or span[0].lower() in STOP_WORDS):
        span = span[1:]
    return span


def word_set(text: str) -> set[str]:
    """Lower-cased tokens of ``text`` and their stems, for :func:`entity_in` look-ups."""
    lows = [t.lower() for t in tokens(text)]
    months = {_MONTH_ABBREVIATIONS[w] for w in lows if w in _MONTH_ABBREVIATIONS}
    return set(lows) | {stem(w) for w in lows} | months


def entity_in(entity: tuple[str, ...], words: set[str]) -> bool:
    """Whether a name is mentioned in a text given by its :func:`word_set`.

    The last word (a surname, the head of "North Carolina") must be there; "Obama" supports
    "Barack Obama", "North Dakota" does not support "North Carolina".
    """
    head = entity[-1].lower()
    return head in words or stem(head) in words


Fact = Number | str | tuple[str, ...]  # a number, a weekday or month name, a name's words


def fact_list(facts: Facts) -> list[Fact]:
    """The facts of a text one by one: numbers, weekdays and months, names."""
    return [*facts.numbers, *sorted(facts.weekdays | facts.months), *facts.entities]


def states(fact: Fact, facts: Facts, words: set[str], near: bool = False) -> bool:
    """Whether a text (its :func:`extract_facts` and :func:`word_set`) states ``fact``.

    With ``near``, a number counts only next to a word it has next to it in the claim, so
    "15 days in jail" does not support "arrested July 15".
    """
    if isinstance(fact, Number):
        return any(
            same_value(fact.value, n.value) and (not near or bool(fact.around & n.around))
            for n in facts.numbers
        )
    if isinstance(fact, str):
        return fact in words
    return entity_in(fact, words)


def surface(fact: Fact) -> str:
    """How a fact is listed in ``missing``."""
    if isinstance(fact, Number):
        return fact.surface
    return fact.capitalize() if isinstance(fact, str) else " ".join(fact)


def conflicting(numbers: tuple[Number, ...], facts: Facts) -> list[Number]:
    """The claim's ``numbers`` for which a text gives another figure of the same thing."""
    return [
        number
        for number in numbers
        if not any(same_value(number.value, n.value) for n in facts.numbers)
        and any(same_thing(number, n) for n in facts.numbers)
    ]


def same_thing(a: Number, b: Number) -> bool:
    """Whether two figures count the same thing: a word after both, and two words around both
    ("10 guards were injured" vs "Seven prison guards were injured"; not "74 percent turnout"
    vs "87 percent in favour")."""
    return bool(a.context & b.context) and len(a.around & b.around) >= 2


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
