"""Facts a summary sentence must get right: numbers, dates and weekdays, names.

Pure and cheap (regular expressions and the Snowball stemmer from nltk, which needs no data
download), so it runs on every claim and every candidate source sentence. Numbers are compared
by value, so "seven", "7" and "7.0" are the same fact and "2,500" equals "2500"; a number's
*context* (the content words just after it) lets attribution tell "10 guards" from "Seven prison
guards" as two figures for the same thing.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS as AMERICAN_SPELLING
from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# scikit-learn's list also holds content words ("fire", "call", "bill", "system", "move");
# a claim about a fire must find "fire" in its sources.
_CONTENT_WORDS = {
    "amount", "bill", "call", "cry", "describe", "detail", "empty", "fire", "interest", "mill",
    "name", "part", "serious", "side", "sincere", "system", "thick", "thin",
}  # fmt: skip
STOP_WORDS = (frozenset(ENGLISH_STOP_WORDS) - _CONTENT_WORDS) | {
    "said", "says", "say", "according", "told", "s",
    # prepositions the list lacks, which open sentences as names never do ("Amid reports ...")
    "amid", "amidst", "despite", "unlike", "toward", "towards", "via", "whilst",
    # auxiliaries it lacks ("the party did not manage to ...")
    "did", "does",
}  # fmt: skip

_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
# "one" is left out on purpose: it is far more often a pronoun ("one analyst") than a figure.
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_SUFFIX = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Seasons and compass points date and place a fact as a month or a name does ("work starts in
# the spring", "the east bank"); "fall" is left out, being far more often the verb.
SEASONS = ("spring", "summer", "autumn", "winter")
COMPASS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "northeast", "northwest", "southeast", "southwest")  # fmt: skip
# "northern end" is the "north end": a compass point and its adjective are one fact.
# A quarter of the compass and its short form, both ways: "Southeast Asia" is "SE Asia"
QUARTERS = {"southeast": "se", "northeast": "ne", "southwest": "sw", "northwest": "nw"}
QUARTERS |= {short: word for word, short in QUARTERS.items()}
_COMPASS_FORMS = {a: {b} for a, b in zip(COMPASS[4:8], COMPASS[:4], strict=True)}
_COMPASS_FORMS |= {b: {a} for a, b in zip(COMPASS[4:8], COMPASS[:4], strict=True)}
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
_MONTH_ABBREVIATIONS = {m[:3]: m for m in MONTHS if m != "may"} | {"sept": "september"}
# Media attributions ("Politico reports", "tells NBC4", "per the AP") name where a summary
# read something, not a fact of the story; articles rarely name themselves.
_MEDIA_VERBS = {"reports", "reported", "notes", "noted", "writes", "wrote", "points"}
_MEDIA_BEFORE = {"per", "tell", "tells", "told", "via"}
_CREDITING = {"cited", "obtained", "reviewed", "seen", "published", "reported", "quoted"}
# ... and by a verb after the outlet only when the name looks like an outlet (below): "Obama
# says" is a fact of the story, "ETOnline says" / "the AV Club frames it" / "NPR notes" are not.
SAYING = _MEDIA_VERBS | {"says", "said", "adds", "added", "frames", "explains", "rounds",
                          "reporting", "claims", "tells", "told", "hears", "learns"}  # fmt: skip
_OUTLET_WORDS = {
    "times", "post", "journal", "news", "network", "club", "mail", "register", "magazine",
    "tribune", "herald", "press", "radio", "tv", "online", "wire", "telegraph", "guardian",
    "insider", "reporter", "gazette", "review", "monitor", "observer", "chronicle", "globe",
    "bulletin", "channel", "daily", "weekly", "today", "com", "beast", "examiner", "inquirer",
    "dispatch", "star", "sun", "independent", "standard", "courier", "blog", "variety",
    "ledger", "sentinel", "echo", "messenger", "record", "beacon",
}  # fmt: skip
TITLES = {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "st", "president", "prime"}
# Abbreviated titles written with a full stop: "Sgt. Siemens" is one name, not a sentence end
# before "Siemens" ("Staff Sgt. Ruiz", "Lt. Cmdr. Wallace", "Gov. Perdue").
_DOTTED_TITLES = TITLES - {"president", "prime"} | {
    "lt", "sgt", "cmdr", "col", "capt", "maj", "cpl", "pvt", "adm", "prof", "rev", "fr", "supt",
    "insp", "det", "spc", "pfc", "brig", "gens", "sens", "reps", "sr", "jr",
}  # fmt: skip
_TITLE_ABBREVIATIONS = TITLES | _DOTTED_TITLES  # no name opens with these alone
_INITIAL = re.compile(r"[A-Z]$")  # "J." in "Michael J. Fox", "S." in "U.S."
# The roles abbreviated titles stand for: "Gov. Hickenlooper" is the governor.
TITLE_WORDS = {
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
    "dr": "doctor", "prof": "professor", "pres": "president", "sgt": "sergeant",
    "capt": "captain", "supt": "superintendent", "insp": "inspector", "det": "detective",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "adm": "admiral", "cmdr": "commander",
}  # fmt: skip
# trimmed off a name's front ("CEO Laura Pemberton" is the "Chief Executive Laura Pemberton")
_NAME_PREFIXES = _TITLE_ABBREVIATIONS | {"staff", "master", "ceo", "cfo", "coo", "cto"}
# Contractions of stop words ("it's", "that's", "didn't", "they've") carry no content.
_CONTRACTION = re.compile(r"^([^\W_]+?)(n)?['’](s|re|ve|ll|d|m|t)$")
_AUXILIARIES = {"did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "wo",
                "ca", "ai", "could", "would", "should", "must", "need", "let", "might"}  # fmt: skip
_PLURAL_VERBS = {"do", "are", "were", "have"}  # after a plural subject: a common noun, mostly
# Abbreviations news copy uses for names the articles spell out (AP state abbreviations and
# postal codes, party nicknames): the claim's name counts as stated when all the words of
# one expansion are in the text.
_STATES = {
    "alabama": "ala al", "alaska": "ak", "arizona": "ariz az", "arkansas": "ark ar",
    "california": "calif cal ca", "colorado": "colo co", "connecticut": "conn ct",
    "delaware": "del de", "florida": "fla fl", "georgia": "ga", "hawaii": "hi",
    "idaho": "id", "illinois": "ill il", "indiana": "ind", "iowa": "ia", "kansas": "kan ks",
    "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md", "massachusetts":
    "mass ma", "michigan": "mich mi", "minnesota": "minn mn", "mississippi": "miss ms",
    "missouri": "mo", "montana": "mont mt", "nebraska": "neb ne", "nevada": "nev nv",
    "new hampshire": "nh", "new jersey": "nj", "new mexico": "nm", "new york": "ny",
    "north carolina": "nc", "north dakota": "nd", "ohio": "oh", "oklahoma": "okla ok",
    "oregon": "ore or", "pennsylvania": "pa penn", "rhode island": "ri",
    "south carolina": "sc", "south dakota": "sd", "tennessee": "tenn tn", "texas": "tex tx",
    "utah": "ut", "vermont": "vt", "virginia": "va", "washington": "wash wa",
    "west virginia": "wva wv", "wisconsin": "wis wisc wi", "wyoming": "wyo wy",
    "district of columbia": "dc",
}  # fmt: skip
_PLACE_SUFFIXES = ("n", "an", "ian", "ese", "i", "ns", "ans", "ians", "is")  # "iraqi", "israelis"
_EXPANSIONS: dict[str, list[tuple[str, ...]]] = {}
for _name, _short in _STATES.items():
    for _abbreviation in _short.split():
        _EXPANSIONS.setdefault(_abbreviation, []).append(tuple(_name.split()))
# A party's nicknames: "Tory MPs" are "Conservative MPs", a "GOP senator" a Republican one
PARTY_NICKNAMES = {"dems": "democrats", "dem": "democrat", "dems'": "democrats",
                   "gop": "republican", "repubs": "republicans", "tory": "conservative",
                   "tories": "conservatives", "tories'": "conservatives"}  # fmt: skip
for _abbreviation, _name in {**PARTY_NICKNAMES,
                             "us": "united states", "usa": "united states",
                             "uk": "united kingdom", "un": "united nations",
                             "eu": "european union", "tv": "television"}.items():  # fmt: skip
    _EXPANSIONS.setdefault(_abbreviation, []).append(tuple(_name.split()))
for _word, _names in {"britain": ("uk", "united kingdom", "british"),
                      "uk": ("britain", "british")}.items():  # fmt: skip
    _EXPANSIONS.setdefault(_word, []).extend(tuple(n.split()) for n in _names)

_STATE_OF = {short: name for name, shorts in _STATES.items() for short in shorts.split()}
STATE_NAMES = frozenset(_STATES)
# A party and state tag after a lawmaker's name: "(D-N.J.)", "(R-Ky.)", "D-Calif.".
_PARTY_TAG = re.compile(
    r"\b([DRI])-([A-Z]\.[A-Z][a-z]{1,3}\.|(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.?|[A-Z]{2})(?![\w-])"
)  # "W.Va." too
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
PARTY_WORDS = frozenset({"democrat", "democrats", "republican", "republicans", "independent"})
_BARE_TAG = re.compile(r"(?<=[A-Za-z.] \()([DRI])(?=\))")  # "Gov. Greg Abbott (R)"
_STATE_TAG = re.compile(
    r"(?<=[A-Za-z.] \()([A-Z]\.[A-Z][a-z]{1,3}\.|(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.)(?=\))"
)  # "(Okla.)", "(W.Va.)"


def party_tags(text: str) -> tuple[tuple[str, ...], ...]:
    """The party and the state of each tag in ``text`` as names: "Sen. Cory Booker (D-N.J.)"
    gives ("Democrat",) and ("New", "Jersey"), "Rep. Tom Cole (Okla.)" ("Oklahoma",)."""
    out: list[tuple[str, ...]] = []
    for match in _PARTY_TAG.finditer(text):
        state = _STATE_OF.get(re.sub(r"[^a-z]", "", match[2].lower()))
        if state:
            out += [(_PARTIES[match[1]],), tuple(w.title() for w in state.split())]
    out += [(_PARTIES[m[1]],) for m in _BARE_TAG.finditer(text)]  # the party alone: "(R)"
    for m in _STATE_TAG.finditer(text):  # the state alone: "Rep. Tom Cole (Okla.)"
        if state := _STATE_OF.get(re.sub(r"[^a-z]", "", m[1].lower())):
            out.append(tuple(w.title() for w in state.split()))
    return tuple(dict.fromkeys(out))


def _with_tags(entities: list[tuple[str, ...]], text: str) -> tuple[tuple[str, ...], ...]:
    """The names with each party tag's party and state in place of its letters ("D", "N")."""
    letters = {(m[1], tokens(m[2])[0]) for m in _PARTY_TAG.finditer(text)}
    letters |= {(m[1],) for m in _BARE_TAG.finditer(text)}
    letters |= {(tokens(m[1])[0],) for m in _STATE_TAG.finditer(text)}
    return tuple(dict.fromkeys([*(e for e in entities if e[:2] not in letters and e not in letters),
                                *party_tags(text)]))  # fmt: skip


def tag_words(text: str) -> list[str]:
    """The words of :func:`party_tags` ("Democrat", "New", "Jersey")."""
    return [w for name in party_tags(text) for w in name]


_ABBREVIATIONS: dict[tuple[str, ...], list[str]] = {}
for _abbreviation, _names in _EXPANSIONS.items():
    for _full in _names:
        if len(_abbreviation) >= 2 and _abbreviation not in {"us", "me", "hi", "or", "in", "oh"}:
            _ABBREVIATIONS.setdefault(_full, []).append(_abbreviation)
_ABBREVIATIONS[("united", "states")] = ["us", "usa"]  # lower-cased, so "us" too: rare harm

_PERCENT = {"percent", "pct", "per-cent"}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_SCALES) | _PERCENT
AROUND_BEFORE = 3  # words before a figure and after it that tell what it counts
AROUND_AFTER = 4

_TOKEN = re.compile(
    r"\d{1,2}(?:[.:]\d{2})?(?i:am|pm)\b"  # a time: "7pm", "7.30pm"
    r"|\d{1,2}:\d{2}(?![\d:])"  # a time: "3:20 p.m." (one figure, not 3 and 20)
    r"|\d+(?:[.,]\d+)*(?:st|nd|rd|th|bn|[km]|%)?(?![^\W_])"
    # a figure with its unit glued on: "14kg" is 14 and "kg"
    r"|\d+(?:[.,]\d+)*(?=(?i:kg|km|kmh|mph|ft|lbs?|cm|mm|mi|oz|ha|kw|mw|gw|kwh|mwh)\b)"
    r"|[^\W_]+(?:['’][^\W_]+)*"
)
# Punctuation after which a capitalised word starts a sentence or a quote, not a name.
_CLAUSE = re.compile(r"[;:!?()\[\]—–]|\.\s|,")  # punctuation that ends a figure's clause
_OPENERS = re.compile(r"[.:;!?—–][\"”’')\]]*\s*$|[\"“‘'(\[]$")  # not a closing quote: ', "'"
_NUMERIC = re.compile(r"(\d+(?:[.,]\d+)*)(st|nd|rd|th|bn|[km%])?$")
_DECADE = re.compile(r"(\d{1,3}0)s$")
_CLOCK = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?(?:am|pm)$|(\d{1,2}):(\d{2})$")

_stemmer = SnowballStemmer("english")


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


@dataclass(frozen=True)
class Facts:
    """The checkable facts of one text."""

    numbers: tuple[Number, ...] = ()
    weekdays: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    entities: tuple[tuple[str, ...], ...] = ()  # capitalised spans, as written
    scores: frozenset[str] = frozenset()  # results and votes, "4-1" (larger first)
    opener: str = ""  # a lone capitalised word opening the text: a name or not (see below)
    opener_speaks: bool = False  # ... followed by a verb of saying or a possessive


def tokens(text: str) -> list[str]:
    """Word and number tokens of ``text`` in their original case."""
    return _TOKEN.findall(text)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character span of each of :func:`tokens`."""
    return [match.span() for match in _TOKEN.finditer(text)]


def token_gaps(text: str) -> list[str]:
    """The text before each token (since the previous one), to see punctuation between them."""
    gaps, last = [], 0
    for match in _TOKEN.finditer(text):
        gaps.append(text[last : match.start()])
        last = match.end()
    return gaps


_POSSESSIVE = re.compile(r"['’]s$")


def plain(word: str) -> str:
    """The word without a possessive "'s" ("Japan's" -> "Japan")."""
    return _POSSESSIVE.sub("", word)


def possessive(word: str) -> bool:
    """Whether the word ends in a possessive "'s" ("Boston's", "hotel’s")."""
    return bool(_POSSESSIVE.search(word))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word, possessive stripped ("Iran's" -> "iran") and accents
    dropped ("António" and "Antonio" are one name), British spellings read as American ones
    ("organisers" is "organizers", "metres" is "meters"; breame's list of both spellings)."""
    word = plain(word.lower())
    word = AMERICAN_SPELLING.get(word, word)
    if not word.isascii():
        word = "".join(
            c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
        )
    return _stemmer.stem(word)


def is_stop(word: str) -> bool:
    """Whether a lower-cased token is a stop word or a contraction of one ("it's", "didn't")."""
    if word in STOP_WORDS:
        return True
    match = _CONTRACTION.match(word)
    if not match:
        return False
    base, negation, _ = match.groups()
    base = base + "n" if negation and base + "n" in STOP_WORDS | _AUXILIARIES else base
    return base in STOP_WORDS or base in _AUXILIARIES


_AGE_WORDS = re.compile(r"\b\w+-((?:year|month|week|day)s?-old)\b", re.IGNORECASE)


def _content_tokens(text: str, skip: frozenset[int] = frozenset()):
    """The content-word tokens of ``text`` (no stop words, numbers, number words, one-letter
    words or ``skip`` positions), each with the gaps since the content word before it, words
    left out: ``(match, punctuation and spaces between)``."""
    last, between, before = 0, "", ""
    ages = [m.span(1) for m in _AGE_WORDS.finditer(text)] if "-old" in text else []
    for i, match in enumerate(_TOKEN.finditer(text)):
        gap = text[last : match.start()]
        if gap.startswith(".") and (before.lower() in _DOTTED_TITLES or _INITIAL.match(before)):
            gap = gap[1:]  # "Sen. Tammy Duckworth", "Michael J. Fox": no clause ends there
        between += gap
        token = match.group()
        last, before = match.end(), token
        low = token.lower()
        if i in skip or is_stop(low) or low in NUMBER_WORDS or token[0].isdigit():
            continue
        if any(a <= match.start() < b for a, b in ages):
            continue  # "34-year-old" is an age, as "Arevalo, 34," is
        if len(low) > 1:
            yield match, between
            between = ""


def content_stems(text: str, skip: frozenset[int] = frozenset()) -> list[str]:
    """Stems of the content words of ``text`` (no stop words, numbers or number words);
    ``skip``: positions of tokens to leave out (see :func:`attribution_tokens`)."""
    return [stem(match.group().lower()) for match, _ in _content_tokens(text, skip)]


def word_bigrams(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent word stems of ``text``, stop words included ("of the", "the union")."""
    stems = [stem(t) for t in tokens(text)]
    return set(zip(stems, stems[1:], strict=False))


def claim_stems(text: str) -> list[str]:
    """Content stems of a summary sentence, without its media attributions."""
    return content_stems(text, attribution_tokens(text))


def claim_spans(text: str) -> list[tuple[int, int]]:
    """Character span of each of :func:`claim_stems` in ``text``."""
    return [match.span() for match, _ in _content_tokens(text, attribution_tokens(text))]


def clause_starts(text: str, conjunctions: bool = False) -> list[bool]:
    """For each of :func:`claim_stems`, whether punctuation stands between it and the
    content word before it (a new clause or list item starts there); with ``conjunctions``,
    also a conjunction joining clauses ("... revoked and its contract would end") or "said"
    before what was said."""
    out, last = [], 0
    for match, gaps in _content_tokens(text, attribution_tokens(text)):
        between = text[last : match.start()].lower().split()
        out.append(bool(gaps.strip(" -")) or conjunctions and bool(_JOINING & set(between)))
        last = match.end()
    return out


_CONJUNCTIONS = {"and", "but", "while", "whereas", "although", "though"}
_JOINING = _CONJUNCTIONS | {"said", "says"}  # what someone said is a clause of its own


@lru_cache(maxsize=4096)
def attribution_tokens(text: str) -> frozenset[int]:
    """Positions of the tokens of media attributions ("the Los Angeles Times reports",
    "according to NPR", "tells the AP"): the outlet, its verb and the words joining them."""
    toks = tokens(text)
    runs, nouns = _media_spans(text)
    out: set[int] = set()
    for start, end in [*runs, *nouns]:
        out.update(range(start, end))
        i = start - 1
        while i >= 0 and toks[i].lower() in {"the", "to", "according", "by", *_MEDIA_BEFORE,
                                              *_CREDITING, *SAYING}:  # fmt: skip
            out.add(i)
            i -= 1
        if end < len(toks) and toks[end].lower() in SAYING:
            out.add(end)
        elif _report_after(toks, end):
            out.update((end, end + 1))  # "the AP review argues"
    return frozenset(out)


# What an outlet publishes that a summary credits ("the AP review argues", "a CNN poll finds")
_REPORT_NOUNS = {"review", "report", "analysis", "story", "investigation", "poll", "survey",
                 "editorial", "article", "piece", "tally", "count"}  # fmt: skip
_FINDING = SAYING | {"argues", "argued", "finds", "found", "shows", "showed", "concludes",
                     "concluded", "suggests", "suggested"}  # fmt: skip


def _report_after(toks: list[str], end: int) -> bool:
    """Whether the name ending before ``end`` is followed by what it published and a verb
    of saying or finding ("the AP review argues")."""
    return (
        end + 1 < len(toks)
        and toks[end].lower() in _REPORT_NOUNS
        and toks[end + 1].lower() in _FINDING
    )


# An outlet a summary names by what it is ("a local TV station reports", "tells the paper",
# "according to the network"): the noun, with "a"/"the" and up to two words before it.
_OUTLET_NOUNS = {"paper", "newspaper", "station", "network", "outlet", "magazine", "site",
                 "website", "tabloid", "broadcaster", "affiliate"}  # fmt: skip


def clear_text_caches() -> None:
    """Forget what was found in texts seen before (outlets, attributions), for a benchmark of
    texts never seen (words' stems and spellings stay: they are the language's, not a text's)."""
    attribution_tokens.cache_clear()
    _media_spans.cache_clear()


@lru_cache(maxsize=4096)
def _media_spans(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The token spans of ``text``'s outlets: those named (:func:`_media_runs`) and those named
    by a common noun (:func:`_outlet_nouns`), found once per text."""
    toks = tokens(text)
    return tuple(_media_runs(toks, token_gaps(text))), tuple(_outlet_nouns(toks))


def _outlet_nouns(toks: list[str]) -> list[tuple[int, int]]:
    """Spans of outlets named by a common noun with a crediting verb after it or "tells" /
    "according to" / "per" before it ("a local TV station reports", "told the paper")."""
    lows = [t.lower() for t in toks]
    out = []
    for i, low in enumerate(lows):
        if low not in _OUTLET_NOUNS:
            continue
        start = next((j for j in range(i - 1, max(-1, i - 4), -1) if lows[j] in ("a", "the")),
                     None)  # fmt: skip
        if start is None or any(is_stop(w) for w in lows[start + 1 : i]):
            continue
        before = lows[start - 1] if start else ""
        after = lows[i + 1] if i + 1 < len(lows) else ""
        if after in SAYING or before in _MEDIA_BEFORE or lows[max(0, start - 2) : start] == [
            "according", "to"]:  # fmt: skip
            out.append((start, i + 1))
        elif after == "citing":  # "a local TV station, citing sources, reports": up to the verb
            verb = next((j for j in range(i + 3, min(i + 6, len(lows))) if lows[j] in SAYING), 0)
            if verb:
                out.append((start, verb))
    return out


def media_outlets(text: str) -> tuple[tuple[str, str, bool], ...]:
    """The outlets ``text`` attributes something to ("Al Jazeera reported", "according to
    NPR"): each as written, the verb or word crediting it ("reported", "to") and whether the
    name looks like an outlet ("NPR", "Wired News"; not "Al Jazeera", not "Salih wrote")."""
    toks = tokens(text)
    out = []
    for start, end in _media_spans(text)[0]:
        after = toks[end].lower() if end < len(toks) else ""
        verb = after if after in SAYING else toks[start - 1].lower() if start else ""
        out.append((" ".join(toks[start:end]), verb, _outlet(toks[start:end])))
    return tuple(out)


def extract_facts(text: str, ones: bool = False) -> Facts:
    """The numbers, weekdays, months and capitalised names in ``text``; ``ones``: "one" before
    a noun counts as the figure 1 (for source texts: "one protester was killed" is a figure a
    claim's "two protesters" conflicts with, while a claim's "at one point" asks for nothing)."""
    toks = tokens(text)
    lows = [t.lower() for t in toks]
    gaps = token_gaps(text)
    opener = _opener(toks, gaps)
    runs, nouns = _media_spans(text)
    return Facts(
        numbers=tuple(_numbers(*_without_channels(toks, lows, gaps, runs), gaps, ones)),
        weekdays=frozenset(
            w
            for w, t in zip(lows, toks, strict=True)
            if w in WEEKDAYS or (w in SEASONS or w in COMPASS) and t.islower()
        ),
        months=frozenset(_months(toks, lows)),
        entities=_with_tags(_entities(toks, gaps, [*runs, *nouns]), text),
        scores=scores(text),
        opener=opener,
        opener_speaks=bool(opener) and len(toks) > 1 and _acts(toks, lows, gaps),
    )


def _without_channels(
    toks: list[str], lows: list[str], gaps: list[str], media: Sequence[tuple[int, int]]
) -> tuple[list[str], list[str]]:
    """The tokens with an outlet's channel number ("tells WBNX 4", "told WAKN News 8") made a
    word: it names where the summary read something, not a figure of the story. ``media``:
    the outlets' token spans (:func:`_media_runs`)."""
    ends = [b for _, b in media]
    channels = {
        b for b in ends if b < len(toks) and gaps[b] == " " and re.fullmatch(r"\d{1,3}", toks[b])
    }
    if not channels:
        return toks, lows
    toks = ["channel" if k in channels else t for k, t in enumerate(toks)]
    return toks, [t.lower() for t in toks]


def _acts(toks: list[str], lows: list[str], gaps: list[str]) -> bool:
    """Whether the opening word is used as a person or body is: it speaks, owns, does or is
    described ("Novak said", "Siemens' comments", "Novak (sharply) called", "Novak, 67, complained",
    "Novak, who heads the institute", "Novak, an aide to the mayor,", "Novak of Save the
    Meadow")."""
    verb = lows[2] if lows[1].endswith("ly") and len(lows) > 2 else lows[1]
    described = "," in gaps[1] and (
        lows[1] in ("who", "whose")
        or _NUMERIC.match(lows[1]) is not None
        or (lows[1] in ("a", "an", "the") and not lows[0].endswith("ly"))  # "Novak, an aide,"
    )
    return (
        lows[1] in SAYING
        or lows[1] in _AUXILIARIES and lows[1] not in _PLURAL_VERBS  # not "Critics have"
        or lows[0].endswith(("'s", "’s"))
        or verb.endswith("ed") and not lows[0].endswith("s")  # "Novak (strongly) called"
        or described
        or lows[1] == "of" and len(toks) > 2 and toks[2][:1].isupper()
    )  # fmt: skip


_SMALL = r"\d{1,3}|" + "|".join(sorted(_UNITS, key=len, reverse=True))
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
        if first in _TENS and second in _UNITS and _UNITS[second] < 10 and "-" in match.group():
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


def _opener(toks: list[str], gaps: list[str]) -> str:
    """A lone capitalised word opening the text ("Kowalski said", "Police said"), which
    :func:`_entities` leaves out: only the sources can tell a name from a common word."""
    if not toks or not _is_name_token(toks[0]) or is_stop(toks[0].lower()):
        return ""
    if toks[0].lower() in _TITLE_ABBREVIATIONS or toks[0].isupper() and len(toks[0]) <= 5:
        return ""  # "Gov. Lee", or an acronym, which media attributions often are
    possessive = toks[0].endswith(("'s", "’s"))  # "Dayton's Kelsey Moran": a name of its own
    if (
        len(toks) > 1
        and _is_name_token(toks[1])
        and gaps[1].strip() in ("", "-")
        and not possessive
    ):
        return ""  # the first word of a longer name, already one of the entities
    return toks[0]


def number_value(token: str) -> float | None:
    """The value of one numeric or number-word token, or None ("2,500" -> 2500.0)."""
    low = token.lower()
    if low in _UNITS:
        return float(_UNITS[low])
    clock = _CLOCK.match(low)
    if clock:  # "7pm", "7.30pm", "3:20": the hour as written, so "7pm" = "7 p.m.", 9pm is not
        hour, minutes = clock.group(1) or clock.group(3), clock.group(2) or clock.group(4)
        return float(hour) + (int(minutes) / 100 if minutes else 0.0)
    if decade := _DECADE.match(low):  # "the 1990s", "in his 40s": the figure they start at
        return float(decade.group(1))
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
        unit = after in _PERCENT or after in {"point", "points", "hour", "mile", "inch"}
        return None if before in skip or after in {"a", "an"} or unit else 50.0
    if not _of_something(lows, i + 1):
        return None
    return 100 / _PARTS[lows[i]] if before in _BEFORE_A_PART else None


_PART_OF_SCALE = re.compile(rf"\b(?:{'|'.join(_PARTS)})\b", re.IGNORECASE)  # "quarter", ...
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
    if lows[k] == "half" and after[:1] in (["a"], ["an"]) and after[1:2] and after[1] in _SCALES:
        return count / 2, k + 1  # "half a million"
    if after[:2] == ["of", "a"] and after[2:3] and after[2] in _SCALES:
        return count / _PARTS[lows[k]], k + 2  # "a quarter of a million"
    return None


_NOT_ONE = {"the", "no", "any", "every", "each", "this", "that", "some", "anyone"}


def _one(lows: list[str], i: int) -> bool:
    """Whether "one" at ``i`` counts something: a noun follows, no determiner before it."""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    before = lows[i - 1] if i else ""
    return after.isalpha() and not is_stop(after) and before not in _NOT_ONE


def _numbers(toks: list[str], lows: list[str], gaps: list[str], ones: bool = False) -> list[Number]:
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
            and (lows[i] in _SCALES or lows[i] in _UNITS and toks[i - 1].isalpha())
        ):  # "twenty five", "2.5 million", "ten thousand"; not "In 2013, three books"
            value = _combine(value, lows[i])
            i += 1
        decades = i < len(toks) and lows[i] in ("decade", "decades") and not share
        if decades:  # "two decades" is 20 years, "a decade" ten
            value, i = value * 10, i + 1
        shown = " ".join(toks[start:i])
        share = share or shown.endswith("%")
        if i < len(toks) and (lows[i] in _PERCENT or toks[i] == "pc"):  # "9 percent", "9 pc"
            i, share = i + 1, True
        elif lows[i : i + 2] == ["per", "cent"]:
            i, share = i + 2, True
        # the words round a figure stop at the clause's edge and at the next figure: in "37
        # passengers and 241 crew members" the crew are the 241's
        first = start
        while (first > max(0, start - AROUND_BEFORE) and not _CLAUSE.search(gaps[first])
               and number_value(toks[first - 1]) is None):  # fmt: skip
            first -= 1
        last = i
        # a share's "of" phrase ("15% of the money will go") is what it is a share of: the
        # words that tell what it counts come after it too
        extra = _of_phrase(lows, i) if share else 0
        while (last < min(len(toks), i + AROUND_AFTER + extra) and not _CLAUSE.search(gaps[last])
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
                else _AGE
                if owner
                or lows[i : i + 2] == ["year", "old"]
                or lows[start - 1 : start] == ["aged"]
                else ""
                if model
                else _clock(lows, start, i) or _of_noun(lows, start) or _counted(lows, i, last),
                _in_date(lows, start, i),
                "s" if _DECADE.match(lows[start]) else _bound(lows, start),
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
    return (_is_name_token(before) and not is_stop(low) and low not in _MONTH_WORDS
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
    if _PART_OF_SCALE.search(claim.surface):  # "more than a quarter of a million": 275,000
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


_MONTH_WORDS = frozenset({*MONTHS, *_MONTH_ABBREVIATIONS})


_AGE = "age"  # the noun of an age: "57-year-old", "Strandberg, 57,"
_YEAR = stem("years")  # the noun of a span of decades: "four decades" is 40 years
# Spans of time count the time of many things: "eight years in the White House" is not "32
# years after his first campaign" in a sentence on the same story.
_SPANS = {stem(w) for w in ("years", "months", "weeks", "days", "hours", "minutes", "decades")}


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
    if (glued := _CLOCK.match(lows[start])) and glued[1]:  # "10pm", "7.30am"
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
    if lows == ["year", "old"] and end + 2 < len(toks) and _is_name_token(toks[end + 2]):
        last = end + 2
        while (
            last + 1 < len(toks) and _is_name_token(toks[last + 1]) and not gaps[last + 1].strip()
        ):
            last += 1
        if last + 1 < len(toks) and not gaps[last + 1].strip() and OCCUPATION.match(toks[last + 1]):
            return ()  # "a 28-year-old Bonefish Grill manager": the name only qualifies him
        return tuple(w.lower() for w in _trim(toks[end + 2 : last + 1]))
    after = gaps[end].strip() if end < len(toks) else "."  # a word right after: no age
    # an age said of a name: "The guide who was killed, Nurlan Abdikadirov, was 41."
    said = start >= 2 and toks[start - 1] in ("was", "is") and gaps[start - 1].strip() in ("", ",")
    if said and end - start == 1 and toks[start].isdigit() and after[:1] in (".", ";"):
        start -= 1
    elif start == 0 or gaps[start].strip() != "," or after[:1] not in (",", ".", ";", ")"):
        return ()  # "The Delta IV Heavy, three conventional rockets" gives no one's age
    first = start
    while (
        first > 0
        and _is_name_token(toks[first - 1])
        and (first == start or not gaps[first].strip())
    ):
        first -= 1
    return tuple(w.lower() for w in _trim(toks[first:start]))


# A lower-case noun for what someone is or does ("manager", "student", "resident").
OCCUPATION = re.compile(
    r"(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|woman|ee)s?|man|woman|men|women|boy|girl|nurse"
    r"|mother|father|son|daughter|wife|husband|mom|dad|native|veteran|pilot|chef|cook|guard"
    r"|coach|judge|priest|pastor|nanny)$"
)  # "a 67-year-old Houma man", "a 29-year-old Austin nurse"


def same_owner(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two appositive figures belong to the same person: the same last name and, when
    both give one, the same first name ("Benjamin Ullestad, 21" is not "Brandon Ullestad")."""
    if not a or not b:
        return True
    if stem(a[-1]) != stem(b[-1]):
        return False
    return len(a) < 2 or len(b) < 2 or stem(a[0]) == stem(b[0])


def _content_stem(lows: list[str], k: int, gap: str) -> str:
    """The stem of word ``k`` when it is a content word with no punctuation (``gap``) between
    it and the figure, else ""."""
    if not 0 <= k < len(lows) or gap.strip() or not lows[k][0].isalpha():
        return ""
    return "" if is_stop(lows[k]) else stem(lows[k])


def _context(words: list[str]) -> frozenset[str]:
    return frozenset(stem(_MONTH_ABBREVIATIONS.get(w, w)) for w in words
                     if not is_stop(w) and w[0].isalpha() and w not in _PERCENT)  # fmt: skip


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
    if word in _SCALES:
        return value * _SCALES[word]
    if word == "dozen":  # "two dozen"
        return value * 12
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


def _name_runs(toks: list[str], gaps: list[str], join_of: bool = False) -> list[tuple[int, int]]:
    """Runs of capitalised words; punctuation and lower-case words end a run, but for the full
    stop of an abbreviated title ("Staff Sgt. Ruiz"; ``join_of``: and "of" between two
    capitalised words, as in "Voice of America")."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, token in enumerate([*toks, ""]):
        name = i < len(toks) and _is_name_token(token)
        # "Basra's | Green Zone"; but an office is named by whose it is ("the Information
        # Commissioner's Office", "the Sheriff's Office")
        office = token == "Office" and not (i + 1 < len(toks) and _is_name_token(toks[i + 1]))
        owner = i > 0 and toks[i - 1].lower().endswith(("'s", "’s")) and not office
        dotted = (
            0 < i < len(toks) and gaps[i].strip() == "." and toks[i - 1].lower() in _DOTTED_TITLES
        )
        if start is not None and (not name or gaps[i].strip() not in ("", "-") and not dotted
                                  or owner):  # fmt: skip
            joined = (join_of and token.lower() == "of" and i + 1 < len(toks)
                      and _is_name_token(toks[i + 1]) and not gaps[i + 1].strip())  # fmt: skip
            if joined:
                continue
            runs.append((start, i))
            start = None
        if name and start is None:
            start = i
    return runs


def _entities(
    toks: list[str], gaps: list[str], outlets: Sequence[tuple[int, int]]
) -> list[tuple[str, ...]]:
    """Capitalised names (:func:`_name_runs`) that are facts of the story, not the outlets at
    token spans ``outlets`` (:func:`_media_spans`)."""
    spans: list[tuple[str, ...]] = []
    media = {i for a, b in outlets for i in range(a, b)}
    runs = _name_runs(toks, gaps)
    # a possessive joins a run to an outlet's: "Boston's WBNX reports", "tells Runner's Pulse"
    for (a, b), (c, d) in itertools.pairwise(runs):
        joined = b == c and not gaps[c].strip() and possessive(toks[b - 1])
        if joined and (c in media or a in media):
            media |= set(range(a, d))
    runs = _joined_bodies(runs, toks, gaps)
    for start, end in runs:
        opened = start == 0 or bool(_OPENERS.search(gaps[start]))
        if opened and end - start > 1 and toks[start + 1] == "I":
            continue  # "Hey I just saw this", "Yes I did": a word opening the sentence and "I"
        span = _trim(toks[start:end])
        # A lone capitalised word opening a sentence or a quote is usually not a name ("Police
        # said"), nor is a lone initial ("N.C."); both still count as content words.
        if not span or (opened and end - start == 1) or start in media:
            continue
        if len(span) == 1 and len(span[0]) == 1:
            continue
        spans.append(tuple(span))
    return spans


# Last words of public and corporate bodies, whose names may hold an "and" ("the Food and Drug
# Administration") and which are no media outlet ("the ... Commission notes")
_OFFICIAL_HEADS = {
    "commission", "administration", "service", "services", "department", "agency", "committee",
    "council", "authority", "bureau", "board", "institute", "foundation", "corporation",
    "company", "ministry", "office", "commissioner",
}  # fmt: skip


def _joined_bodies(
    runs: list[tuple[int, int]], toks: list[str], gaps: list[str]
) -> list[tuple[int, int]]:
    """Name runs with two joined across "and" where the second, of two words or more, ends
    with a body's word and the first does not: "Florida Fish and Wildlife Conservation
    Commission", "Health and Human Services"."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        if out:
            a, b = out[-1]
            if (start == b + 1 and toks[b] == "and" and not gaps[b].strip()
                    and not gaps[start].strip() and end - start > 1
                    and toks[end - 1].lower() in _OFFICIAL_HEADS
                    and toks[b - 1].lower() not in _OFFICIAL_HEADS):  # fmt: skip
                out[-1] = (a, end)
                continue
        out.append((start, end))
    return out


_DOMAINS = {"com", "net", "org", "co", "uk", "tv", "info"}  # ends of a site's address


def _media_runs(toks: list[str], gaps: list[str]) -> list[tuple[int, int]]:
    """The name runs (with "of" joined) that are media attributions (:func:`_media`). A web
    address is one name with its ending ("Salon.com", "SciDev.Net")."""
    runs = []
    for a, b in _name_runs(toks, gaps, join_of=True):
        while b < len(toks) and gaps[b] == "." and toks[b].lower() in _DOMAINS:
            b += 1
        if _media(toks, gaps, a, b):
            runs.append((a, b))
    return runs


def _media(toks: list[str], gaps: list[str], start: int, end: int) -> bool:
    """Whether the name toks[start:end] is a media attribution: "Politico reports", "per the
    AP", "according to NPR", "reports NPR.", "writes in Salon" and, for a name that looks like
    an outlet, "the AV Club frames it", "ETOnline says"."""
    before = [t.lower() for t in toks[max(0, start - 3) : start] if t.lower() != "the"]
    after = toks[end].lower() if end < len(toks) else ""
    clause_end = end == len(toks) or bool(gaps[end].strip(" \"”’'"))
    titled = toks[start].lower() in _TITLE_ABBREVIATIONS  # "told Rep. Adam Schiff": a person
    # "Marwood chief executive Henrik Lindahl wrote to staff": a role before the name or in it
    person = titled or any(t.lower() in ROLES for t in toks[max(0, start - 1) : end])
    return (
        after in _MEDIA_VERBS and not person and toks[end - 1].lower() not in _OFFICIAL_HEADS
        or (bool(before) and before[-1] in _MEDIA_BEFORE and not titled)
        or before[-2:] == ["according", "to"]
        or before[-2:] in (["writes", "in"], ["wrote", "in"], ["writing", "in"])
        or before[-1:] == ["by"] and before[-2:-1] and before[-2] in _CREDITING  # "cited by NPR"
        or (bool(before) and before[-1] in _MEDIA_VERBS and clause_end)
        or (_outlet(toks[start:end]) and (after in SAYING or clause_end and bool(before)
                                            and before[-1] in {"at", "in", "on", "from", "by"}
                                            or _report_after(toks, end)))
    )  # fmt: skip


def _outlet(name: list[str]) -> bool:
    """Whether a name looks like a news outlet: an acronym ("NPR", "KCRA") or a name ending
    in an outlet word ("Los Angeles Times", "Action News", "Today.com")."""
    last = name[-1]
    if last.lower() in _ROLES_AFTER:
        return False
    return (
        (last.isupper() and 2 <= len(last) <= 5)
        or last.lower() in _OUTLET_WORDS
        or (len(name) > 1 and last.lower() in _DOMAINS)
        or (last.lower().endswith(tuple(_OUTLET_WORDS - {"sun", "star"})) and len(name) == 1)
    )


def _is_name_token(token: str) -> bool:
    low = token.lower()
    if not token[0].isupper() or low in WEEKDAYS or low in MONTHS or low in _UNITS:
        return False
    if is_stop(low) and ("'" in low or "’" in low):  # "It's", "Here's"
        return False
    if low in _MONTH_ABBREVIATIONS:
        return False
    return len(low) > 1 or token.isupper()


def _trim(span: list[str]) -> list[str]:
    # Titles ("Gov.", "President") and a capitalised stop word ("The") are not the name.
    while span and (span[0].lower() in _NAME_PREFIXES or span[0].lower() in STOP_WORDS):
        span = span[1:]
    while span and span[-1].lower() in _ROLES_AFTER:  # "Scripps CEO": the name is Scripps
        span = span[:-1]
    return span


# Roles written after a body's name ("Scripps CEO", "the Interior spokesman"): not the name
_ROLES_AFTER = {"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "spokesman", "spokeswoman"}

# Titles, jobs and family ties a summary may put before a name ("fire chief Miriam Osei").
ROLES = {
    "chief", "chair", "chairman", "chairwoman", "director", "minister", "president", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "councillor", "councilor", "mayor", "governor",
    "senator", "judge", "officer", "commissioner", "leader", "head", "teacher", "coach",
    "manager", "executive", "founder", "owner", "captain", "inspector", "sergeant", "detective",
    "professor", "doctor", "physician", "surgeon", "lawyer", "attorney", "prosecutor", "ambassador",
    "general",
    "chancellor", "premier", "editor", "economist", "analyst", "scientist", "researcher",
    "conservationist", "official", "superintendent", "principal", "dean", "rector", "bishop",
    "pastor", "priest", "imam", "rabbi", "singer", "actor", "actress", "player", "striker",
    "goalkeeper", "defender", "midfielder", "winger", "stepfather", "stepmother", "father",
    "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt",
    "grandmother", "grandfather", "girlfriend", "boyfriend", "fiance", "fiancee", "widow",
    "anchor", "presenter", "correspondent",
}  # fmt: skip


def casing(texts: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``texts`` write capitalised inside a sentence (names, lower-cased) and those
    they write in lower case: "Kowalski" is a name of the story, "police" is not."""
    upper: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for token in tokens(text)[1:]:
            (upper if token[0].isupper() else lower).add(token.lower())
    return frozenset(upper), frozenset(lower)


# An abbreviated title with its full stop, a word after it ("Gov. Hickenlooper").
_TITLED = re.compile(rf"(?<![^\W_])((?i:{'|'.join(TITLE_WORDS)}))\.(?=[\s\S]*?[^\W_])")


def _titled(text: str) -> set[str]:
    """The roles, and their stems, of the capitalised abbreviated titles of a text ("Gov."
    governor)."""
    roles = {TITLE_WORDS[m[1].lower()] for m in _TITLED.finditer(text) if m[1][:1].isupper()}
    return {w for role in roles for w in (role, stem(role))}


def word_set(text: str) -> set[str]:
    """Lower-cased tokens of ``text`` and their stems, for :func:`entity_in` look-ups."""
    lows = [t.lower() for t in [*tokens(text), *tag_words(text)]]
    months = {_MONTH_ABBREVIATIONS[w] for w in lows if w in _MONTH_ABBREVIATIONS}
    # "kellin wharf": the word before a generic last word of a name ("Tenney Bridge")
    named = {f"{plain(a)} {plain(b)}" for a, b in zip(lows, lows[1:], strict=False)
             if plain(b) in _GENERIC_HEADS}  # fmt: skip
    # "dunmore high school": and the word before a kind of it ("Pell Creek High School")
    named |= {f"{a} {b} {plain(c)}" for a, b, c in zip(lows, lows[1:], lows[2:], strict=False)
              if b in _GENERIC_KINDS and plain(c) in _GENERIC_HEADS}  # fmt: skip
    money = {w for symbol, names in _CURRENCIES.items() if symbol in text for w in names}
    return (
        set(lows)
        | {stem(w) for w in lows}
        | _titled(text)
        | months
        | scores(text)
        | named
        | inverted_names(text)
        | money
        | run_initials(text)
    )


_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+(?:of\s+|for\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)*){1,4}\b"
)


# ... and runs joined by "and", after "U.S." ("U.S. Citizenship and Immigration Services")
_JOINED_RUN = re.compile(
    r"(?:\bU\.S\.\s+)?\b[A-Z][a-z]+(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][a-z]+){1,5}\b"
)


def run_initials(text: str) -> set[str]:
    """The initials of each run of two to five capitalised words, marked with "=" ("=ap" for
    "The Associated Press", "=uc" for "University of Chicago", "=apec" for "Asia-Pacific
    Economic Cooperation"): a name written in full supports its acronym. Runs joined by "and"
    count too, with "U.S." before them as "US" ("=uscis"), and so does the part of a run after
    "of" ("=hhs" for "the Department of Health and Human Services")."""
    out = set()
    runs = [m.group() for m in _CAPITALISED_RUN.finditer(text)]
    if " and " in text or "U.S." in text:
        runs += [m.group() for m in _JOINED_RUN.finditer(text)]
    for run in runs:
        run = run.replace("-", " ")  # each part of a hyphened name counts: "Asia-Pacific"
        words = [w for w in run.split() if w[0].isupper() and w != "The"]
        rest = run.split(" of ", 1)[1].split() if " of " in run else []
        for part in (words, [w for w in rest if w[0].isupper()]):
            if len(part) >= 2:  # marked, so that only an acronym matches them (entity_in)
                out.add("=" + "".join("us" if w == "U.S." else w[0] for w in part).lower())
    return out


def inverted_names(text: str) -> set[str]:
    """ "defense department" for "the Department of Defense", "security department" for "the
    Department of Homeland Security": the last word of the name after "of" before the generic
    word, as a name written the other way round has it; after a plural, each name of the list
    ("the Departments of Commerce (up 9.3 percent), Defense (up 5 percent) and Veterans
    Affairs")."""
    if not _inverted_hint(text):
        return set()  # most texts have no such name: spare the tokens (word_set is hot)
    words, gaps = tokens(text), token_gaps(text)
    out = set()
    for k in range(len(words) - 2):
        head = plain(words[k].lower())
        one = head[:-3] + "y" if head.endswith("ies") else head[:-1]  # "ministries"
        plural = head.endswith("s") and one in _GENERIC_HEADS
        head = one if plural else head
        if head not in _GENERIC_HEADS or words[k + 1] != "of" or not words[k + 2][:1].isupper():
            continue
        start = k + 2
        while start < len(words):
            end = start
            while end + 1 < len(words) and words[end + 1][:1].isupper() and gaps[end + 1] == " ":
                end += 1
            out.add(f"{plain(words[end].lower())} {head}")
            start = _next_in_list(words, gaps, end + 1) if plural else len(words)
    return out


def _next_in_list(words: list[str], gaps: list[str], k: int) -> int:
    """Where the next name of a list starts at or after position ``k`` (after a comma or
    "and"; words in brackets aside), or past the end when the sentence or the list ends."""
    depth = 0
    while k < len(words) and not re.search(r"[.;:!?]", gaps[k].replace("(", "").strip(")")):
        depth = max(0, depth + gaps[k].count("(") - gaps[k].count(")"))
        if not depth and words[k][:1].isupper() and ("," in gaps[k] or words[k - 1] == "and"):
            return k
        if not depth and words[k][:1].islower() and words[k] != "and":
            return len(words)  # "as well as NASA": the list has ended
        k += 1
    return len(words)


_CURRENCIES = {"£": ("pound", "pounds"), "$": ("dollar", "dollars"), "€": ("euro", "euros")}


def entity_in(entity: tuple[str, ...], words: set[str]) -> bool:
    """Whether a name is mentioned in a text given by its :func:`word_set`.

    The last word (a surname, the head of "North Carolina") must be there; "Obama" supports
    "Barack Obama", "North Dakota" does not support "North Carolina".
    """
    head = plain(entity[-1].lower())
    if len(entity) > 1 and not _initials(entity).isdisjoint(words):
        return True  # "DOJ" for "Justice Department", "NAACP"
    if head in PARTY_WORDS and " ".join(entity[:-1]).lower() in STATE_NAMES:
        # "a Texas Republican": "GOP Rep. X (Texas)", not "Rep. X (R-Calif.)"
        party = {head, stem(head), *_ABBREVIATIONS.get((head,), ())} & words
        return bool(party) and entity_in(entity[:-1], words)
    if head in _GENERIC_HEADS and len(entity) > 1:  # "Kellin Hospital" is not "St Brendan's"
        before = plain(entity[-2].lower())
        if before in _GENERIC_KINDS and len(entity) > 2:  # "Dunmore High School": "Dunmore"
            return f"{entity[-3].lower()} {before} {head}" in words
        if f"{before} {head}" in words:
            return True
        # "New York City" in "New York mayor Bill de Blasio said ... the city has recorded"
        return head == "city" and all(plain(w.lower()) in words for w in entity)
    if head in words or stem(head) in words:
        return True
    if (
        len(entity) == 1
        and entity[0].replace(".", "").isupper()
        and f"={head.replace('.', '')}" in words
    ):
        return True  # "AP" for "The Associated Press"
    if entity[-1].isupper() and head + "s" in words:
        return True  # "PC" in "Windows PCs"
    if len(head) >= 6 and not _spellings(head).isdisjoint(words):
        return True  # "Kadhimi" for "Khadimi", "Gadafi" for "Gaddafi"
    if place_form_in(head, words):
        return True  # "Asian" for "Asia", "Kenya" for "Kenyan", "Chinese" for "China"
    if len(entity) == 1:  # "Calif." for "California", "Dems" for "Democrats"
        for name in _EXPANSIONS.get(re.sub(r"['’]s?$", "", head), ()):
            if all(w in words or stem(w) in words for w in name):
                return True
    full = tuple(w.lower() for w in entity)  # "United States" for "US", "New York" for "NY"
    if full == ("united", "states") and {"u", "s"} <= words:
        return True  # "U.S." is two tokens
    capital = _capital_of_country().get(tuple(plain(w) for w in full), ())
    if capital and all(w in words for w in capital):
        return True  # "strained relations with China" in "has angered Beijing"
    return any(short in words for short in _ABBREVIATIONS.get(full, ()))


_OF_HEADS = {"department", "ministry", "office", "bureau", "secretary"}  # "Department of X"


@lru_cache(maxsize=4096)
def _initials(entity: tuple[str, ...]) -> frozenset[str]:
    """The acronyms a name of several words goes by: its initials ("nasa" of three words or
    more), and for "Justice Department", "Homeland Security Department" those of "Department of
    Justice" ("doj") and "Department of Homeland Security" ("dhs")."""
    words = [plain(w.lower()) for w in entity if not is_stop(w.lower())]
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return frozenset()
    out = {"".join(w[0] for w in words)} if len(words) >= 3 else set()
    if words[-1] in _OF_HEADS:
        rest = "".join(w[0] for w in words[:-1])
        out.add(words[-1][0] + "o" + rest)
        if len(rest) >= 2:
            out.add(words[-1][0] + rest)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _spellings(word: str) -> frozenset[str]:
    """Other spellings of a long name that transliteration gives, keeping its first letter: a
    letter moved ("kadhimi" / "khadimi"), a letter doubled or not ("gadafi" / "gaddafi")."""
    out = set()
    for k in range(1, len(word)):
        rest = word[:k] + word[k + 1 :]
        out.update(rest[:j] + word[k] + rest[j:] for j in range(1, len(rest) + 1))
        out.add(word[:k] + word[k] + word[k:])
        if word[k] == word[k - 1]:
            out.add(rest)
    return frozenset(out - {word})


# Words between a name and its generic last word that many such names share ("High School",
# "General Hospital"): the word before them tells which.
_GENERIC_KINDS = {
    "high", "primary", "secondary", "elementary", "middle", "junior", "senior", "grammar",
    "general", "central", "community", "national", "regional", "county", "city", "state",
    "public", "royal", "international", "memorial", "district", "crown", "supreme", "main",
}  # fmt: skip
# Last words of names that many places and bodies share: the word before them tells which.
_GENERIC_HEADS = {
    "hospital", "school", "college", "university", "street", "road", "avenue", "bridge",
    "river", "lake", "park", "airport", "station", "church", "hotel", "square", "bay",
    "island", "county", "city", "court", "council", "ministry", "department", "party",
    "company", "bank", "centre", "center", "stadium", "prison", "jail", "port", "harbour",
    "harbor", "wharf", "mountain", "valley", "district", "province", "state", "house", "hall",
    "museum", "library", "institute", "agency", "committee", "commission", "group", "club",
}  # fmt: skip
# What inverted_names looks for, loosely: a word (a generic one, or its plural) before "of"
# and a word.
_OF = re.compile(r"\b(\w+)(?:['’]s)?\W+of\W+\w")


def _inverted_hint(text: str) -> bool:
    """Whether ``text`` may hold a name :func:`inverted_names` reads ("the Department of
    Defense")."""
    for match in _OF.finditer(text):
        word = match[1].lower()
        if (
            word in _GENERIC_HEADS
            or word[:-1] in _GENERIC_HEADS
            or word[:-3] + "y" in _GENERIC_HEADS
        ):
            return True
    return False


# Last words of the names of bodies, told apart by the words before them ("Bellco Credit Union",
# "Public Service Credit Union").
ORG_HEADS = _GENERIC_HEADS | {
    "union", "association", "foundation", "corporation", "fund", "trust", "service",
    "authority", "network", "society", "alliance", "coalition", "federation", "league",
    "organization", "organisation", "board", "office", "bureau", "administration",
}  # fmt: skip


def is_body(name: tuple[str, ...]) -> bool:
    """Whether a name is a body's by its last word ("Bellco Credit Union", "Labor Department")."""
    return plain(name[-1].lower()) in ORG_HEADS


def place_form_in(word: str, words: AbstractSet[str]) -> bool:
    """Whether ``words`` hold the place or the adjective of the place that lower-cased
    ``word`` is or makes ("asian" in "asia", "kenya" in "kenyan", "chinese" in "china")."""
    return len(word) >= 4 and (
        not _place_forms(word).isdisjoint(words)
        or any(w[:3] == word[:3] and word in _place_forms(w) for w in words)
    )


@lru_cache(maxsize=1)
def _capitals() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each country's capital (lower-cased words) and the countries it is the capital of,
    from countryinfo's country table: "beijing" gives ("China",)."""
    from countryinfo import all_countries

    out: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for country in all_countries():
        capital = country.capital() or ()  # a name, a list of them ("Vatican City") or none
        for name in [capital] if isinstance(capital, str) else capital:
            out.setdefault(tuple(name.lower().split()), []).append(tuple(country.name().split()))
    return {capital: tuple(countries) for capital, countries in out.items()}


@lru_cache(maxsize=1)
def _capital_of_country() -> dict[tuple[str, ...], tuple[str, ...]]:
    """A country's lower-cased name and its capital's: ("china",) gives ("beijing",)."""
    return {
        tuple(w.lower() for w in country): capital
        for capital, countries in _capitals().items()
        for country in countries
    }


def countries_of(name: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The countries whose capital ``name`` is: news copy says "Beijing said" for China's
    government and "Pyongyang has not confirmed" for North Korea's."""
    return _capitals().get(tuple(plain(w.lower()) for w in name), ())


def _place_forms(word: str) -> set[str]:
    """Adjectives and demonyms news copy makes of a place name ("asia" -> "asian", "italy" ->
    "italian", "china" -> "chinese", "iran" -> "iranian")."""
    base = word[:-1] if word[-1] in "aeiy" else word
    return {stem_ + suffix for stem_ in (word, base) for suffix in _PLACE_SUFFIXES}


Fact = Number | str | tuple[str, ...]  # a number, a weekday or month name, a name's words


def fact_list(facts: Facts) -> list[Fact]:
    """The facts of a text one by one: numbers, weekdays and months, names."""
    return [*facts.numbers, *sorted(facts.weekdays | facts.months | facts.scores),
            *facts.entities]  # fmt: skip


def states(
    fact: Fact, facts: Facts, words: set[str], near: bool = False, strict: bool = False
) -> bool:
    """Whether a text (its :func:`extract_facts` and :func:`word_set`) states ``fact``.

    With ``near``, a small whole number counts only with a word it has on the same side in
    the claim, so "15 days in jail" does not support "arrested July 15"; with ``strict``, any
    figure does, or a text with one of the words around it in the claim (for a figure another
    source gives otherwise: "its 20 million users" does not bear out "20 million e-mail
    accounts" where another article counts 40 million accounts; "the number of arrests ... was
    over 300" bears out "more than 300 people had been arrested").
    """
    if isinstance(fact, Number):
        # A small whole number ("12", "three") recurs for many things in one article, so with
        # ``near`` it needs a word in common around it; a distinctive figure ("46 million",
        # "2.5", "1,300"), a sum of money given as one ("$18") or one with no content words
        # around it in the claim is its value.
        # A decade ("the 2040s") is borne out by a year in it only with such a word too, or
        # in a text on what it dates ("a 1960s-era bridge": "The bridge, built in 1967").
        loose = not near or (
            (not fact.around or not common(fact.value) or fact.date)
            if fact.bound != "s"
            else bool(fact.around & words)
        )
        if strict:  # what ``loose`` lets pass on its value alone needs a word around it too
            loose = not fact.around or loose and bool(fact.around & words)
        return any(
            agrees(fact, n)
            and (loose or _same_side(fact, n) or not strict and _both_bare(fact, n, facts, words))
            and same_owner(fact.owner, n.owner)
            and (fact.date == n.date or _year(fact) and _year(n))  # "August 2015" has 2015
            and not (fact.money and _counts_things(n))  # "a fee of £40" is no "40 goals"
            and (fact.share == n.share or "s" in (fact.bound, n.bound))  # "some 20% of the
            # victims" is no "18 major types"; "the low 20s" may be 20 percent
            and (_ordinal(fact) == _ordinal(n) or fact.date or n.date)  # "21 goals" is no "21st"
            for n in facts.numbers
        )
    if isinstance(fact, str):
        return fact in words or bool(_COMPASS_FORMS.get(fact, set()) & words)
    return entity_in(fact, words)


def _ordinal(n: Number) -> bool:
    """Whether a figure is written as a rank ("21st in the table", "his 100th goal")."""
    return bool(_RANK.search(n.surface))


_RANK = re.compile(r"\d(?:st|nd|rd|th)$")


def _both_bare(a: Number, b: Number, facts: Facts, words: set[str]) -> bool:
    """Whether two figures are sums of money, or count no noun, in a text with a word from
    round the first ("with only four officers on the wing when seven were supposed to be
    there" and "four officers ... on the wing, when the staffing plan called for seven"); a
    score's figure ("a 2-1 win") is not bare, but borne out by the score."""
    if a.money and b.money:
        return True
    bare = not a.noun and not b.noun and not a.date and not b.date
    return bare and b.value not in score_figures(facts.scores) and bool(a.around & words)


def score_figures(scores: Iterable[str]) -> set[float]:
    """The figures of results and votes (:func:`scores`: "6-3" gives 6 and 3)."""
    return {float(v) for score in scores for v in score.split("-")}


def _counts_things(n: Number) -> bool:
    """Whether a figure is no sum of money but counts a noun ("34 appearances"; not "£38
    million", "40 dollars", "a 40-pound fee")."""
    return not n.money and n.noun not in ("", *_MONEY_NOUNS)


_MONEY_NOUNS = frozenset(stem(w) for names in _CURRENCIES.values() for w in names) | {
    stem(w) for w in ("cents", "pence", "bucks")
}


def _year(n: Number) -> bool:
    """Whether a figure is written as a year ("2015"), which a month before it leaves one."""
    return n.surface.isdigit() and len(n.surface) == 4 and 1000 <= n.value <= 2999


def _same_side(a: Number, b: Number) -> bool:
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


def surface(fact: Fact) -> str:
    """How a fact is listed in ``missing``."""
    if isinstance(fact, Number):
        return fact.surface
    if isinstance(fact, str):
        return fact.capitalize() if fact in WEEKDAYS or fact in MONTHS else fact
    return " ".join(fact)


def conflicting(numbers: tuple[Number, ...], facts: Facts, related: bool = False) -> list[Number]:
    """The claim's ``numbers`` for which a text gives another figure of the same thing
    (``related``: the text is about what the claim says, so one counted noun is enough). A
    figure the claim itself gives too is no other figure ("The 75 dissidents ..., and fourteen
    dissidents have been freed" against "Fourteen dissidents have been freed")."""
    return [
        number
        for number in numbers
        if not any(compatible(number, n) for n in facts.numbers)
        and any(
            same_thing(number, n, related) and not any(agrees(own, n) for own in numbers)
            for n in facts.numbers
        )
    ]


def same_thing(a: Number, b: Number, related: bool = False) -> bool:
    """Whether two figures count the same thing: a word after both, and two words around both
    ("10 guards were injured" vs "Seven prison guards were injured"; not "74 percent turnout"
    vs "87 percent in favour"), or two ages of one person ("Lee Rodarte, 30" vs "Rodarte, 36");
    in a ``related`` sentence, one noun after both, but for spans of time ("years")."""
    if a.share != b.share:
        return False  # "one in four of the homes" is not a count of "160 of the homes"
    if a.owner and b.owner:
        return same_owner(a.owner, b.owner)
    if (a.noun == _AGE) != (b.noun == _AGE):
        return False  # "a 58-year-old bridge" gives no figure for "a 1960s-era bridge"
    if a.noun == b.noun == _AGE:  # "a 67-year-old Houma man" is not "a 43-year-old man"
        return related or bool(a.around & b.around - _AGE_NOUNS)  # "the 30-year-old gunman"
    if (
        related
        and a.noun not in ("", _AGE, *_SPANS)
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
