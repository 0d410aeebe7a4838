"""Words as the fact checks read them: tokens with their spans and the text between them,
stems (Snowball, British spellings as American), stop words and content stems, and the word
lists the checks share (weekdays, months, compass points, titles, states and parties)."""

from __future__ import annotations

import re
import unicodedata
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
    # a conjunction the list lacks beside its "if" and "until" ("unless she accepted")
    "unless",
    # auxiliaries it lacks ("the party did not manage to ...")
    "did", "does",
}  # fmt: skip

UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
# "one" is left out on purpose: it is far more often a pronoun ("one analyst") than a figure.
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_SUFFIX = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9}
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
COMPASS_FORMS = {a: {b} for a, b in zip(COMPASS[4:8], COMPASS[:4], strict=True)}
COMPASS_FORMS |= {b: {a} for a, b in zip(COMPASS[4:8], COMPASS[:4], strict=True)}
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {m[:3]: m for m in MONTHS if m != "may"} | {"sept": "september"}
# Media attributions ("Politico reports", "tells NBC4", "per the AP") name where a summary
# read something, not a fact of the story; articles rarely name themselves.
MEDIA_VERBS = {"reports", "reported", "notes", "noted", "writes", "wrote", "points"}
MEDIA_BEFORE = {"per", "tell", "tells", "told", "via"}
CREDITING = {"cited", "obtained", "reviewed", "seen", "published", "reported", "quoted"}
# ... and by a verb after the outlet only when the name looks like an outlet (below): "Obama
# says" is a fact of the story, "ETOnline says" / "the AV Club frames it" / "NPR notes" are not.
SAYING = MEDIA_VERBS | {"says", "said", "adds", "added", "frames", "explains", "rounds",
                          "reporting", "claims", "tells", "told", "hears", "learns"}  # fmt: skip
OUTLET_WORDS = {
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
DOTTED_TITLES = TITLES - {"president", "prime"} | {
    "lt", "sgt", "cmdr", "col", "capt", "maj", "cpl", "pvt", "adm", "prof", "rev", "fr", "supt",
    "insp", "det", "spc", "pfc", "brig", "gens", "sens", "reps", "sr", "jr",
}  # fmt: skip
TITLE_ABBREVIATIONS = TITLES | DOTTED_TITLES  # no name opens with these alone
_INITIAL = re.compile(r"[A-Z]$")  # "J." in "Michael J. Fox", "S." in "U.S."
# The roles abbreviated titles stand for: "Gov. Hickenlooper" is the governor.
TITLE_WORDS = {
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
    "dr": "doctor", "prof": "professor", "pres": "president", "sgt": "sergeant",
    "capt": "captain", "supt": "superintendent", "insp": "inspector", "det": "detective",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "adm": "admiral", "cmdr": "commander",
}  # fmt: skip
# Words trimmed off a name's front ("CEO Laura Pemberton" is the "Chief Executive Laura Pemberton")
NAME_PREFIXES = TITLE_ABBREVIATIONS | {"staff", "master", "ceo", "cfo", "coo", "cto"}
# Contractions of stop words ("it's", "that's", "didn't", "they've") carry no content.
_CONTRACTION = re.compile(r"^([^\W_]+?)(n)?['’](s|re|ve|ll|d|m|t)$")
AUXILIARIES = {"did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "wo",
                "ca", "ai", "could", "would", "should", "must", "need", "let", "might"}  # fmt: skip
PLURAL_VERBS = {"do", "are", "were", "have"}  # after a plural subject: a common noun, mostly
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
PLACE_SUFFIXES = ("n", "an", "ian", "ese", "i", "ns", "ans", "ians", "is")  # "iraqi", "israelis"
EXPANSIONS: dict[str, list[tuple[str, ...]]] = {}
for _name, _short in _STATES.items():
    for _abbreviation in _short.split():
        EXPANSIONS.setdefault(_abbreviation, []).append(tuple(_name.split()))
# A party's nicknames: "Tory MPs" are "Conservative MPs", a "GOP senator" a Republican one
PARTY_NICKNAMES = {"dems": "democrats", "dem": "democrat", "dems'": "democrats",
                   "gop": "republican", "repubs": "republicans", "tory": "conservative",
                   "tories": "conservatives", "tories'": "conservatives"}  # fmt: skip
for _abbreviation, _name in {**PARTY_NICKNAMES,
                             "us": "united states", "usa": "united states",
                             "uk": "united kingdom", "un": "united nations",
                             "eu": "european union", "tv": "television"}.items():  # fmt: skip
    EXPANSIONS.setdefault(_abbreviation, []).append(tuple(_name.split()))
# Places and their people's adjective where the one is no suffix of the other (those are
# :func:`~summarizer.facts.names.place_form_in`'s): "American" for "the United States"
for _word, _names in {"britain": ("uk", "united kingdom", "british"),
                      "uk": ("britain", "british"),
                      "american": ("united states", "america"),
                      "americans": ("united states", "america"),
                      "america": ("united states", "american", "americans"),
                      "us": ("american", "americans", "america"),
                      "u.s.": ("american", "americans", "america"),
                      "usa": ("american", "americans", "america"),
                      "dutch": ("netherlands",), "netherlands": ("dutch",)}.items():  # fmt: skip
    EXPANSIONS.setdefault(_word, []).extend(tuple(n.split()) for n in _names)

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


def with_tags(entities: list[tuple[str, ...]], text: str) -> tuple[tuple[str, ...], ...]:
    """The names with each party tag's party and state in place of its letters ("D", "N")."""
    letters = {(m[1], tokens(m[2])[0]) for m in _PARTY_TAG.finditer(text)}
    letters |= {(m[1],) for m in _BARE_TAG.finditer(text)}
    letters |= {(tokens(m[1])[0],) for m in _STATE_TAG.finditer(text)}
    return tuple(dict.fromkeys([*(e for e in entities if e[:2] not in letters and e not in letters),
                                *party_tags(text)]))  # fmt: skip


def tag_words(text: str) -> list[str]:
    """The words of :func:`party_tags` ("Democrat", "New", "Jersey")."""
    return [w for name in party_tags(text) for w in name]


ABBREVIATIONS: dict[tuple[str, ...], list[str]] = {}
for _abbreviation, _names in EXPANSIONS.items():
    for _full in _names:
        if len(_abbreviation) >= 2 and _abbreviation not in {"us", "me", "hi", "or", "in", "oh"}:
            ABBREVIATIONS.setdefault(_full, []).append(_abbreviation)
ABBREVIATIONS[("united", "states")] = ["us", "usa"]  # lower-cased, so "us" too: rare harm

PERCENT = {"percent", "pct", "per-cent"}
NUMBER_WORDS = frozenset(UNITS) | frozenset(SCALES) | PERCENT
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
CLAUSE = re.compile(r"[;:!?()\[\]—–]|\.\s|,")  # punctuation that ends a figure's clause
OPENERS = re.compile(r"[.:;!?—–][\"”’')\]]*\s*$|[\"“‘'(\[]$")  # not a closing quote: ', "'"
NUMERIC = re.compile(r"(\d+(?:[.,]\d+)*)(st|nd|rd|th|bn|[km%])?$")
DECADE = re.compile(r"(\d{1,3}0)s$")
CLOCK = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?(?:am|pm)$|(\d{1,2}):(\d{2})$")

_stemmer = SnowballStemmer("english")


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


def straight(text: str) -> str:
    """The text with curly apostrophes written straight ("Iran’s" -> "Iran's")."""
    return text.replace("’", "'")


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
    base = base + "n" if negation and base + "n" in STOP_WORDS | AUXILIARIES else base
    return base in STOP_WORDS or base in AUXILIARIES


_AGE_WORDS = re.compile(r"\b\w+-((?:year|month|week|day)s?-old)\b", re.IGNORECASE)


def content_tokens(text: str, skip: frozenset[int] = frozenset()):
    """The content-word tokens of ``text`` (no stop words, numbers, number words, one-letter
    words or ``skip`` positions), each with the gaps since the content word before it, words
    left out: ``(match, punctuation and spaces between)``."""
    last, between, before = 0, "", ""
    ages = [m.span(1) for m in _AGE_WORDS.finditer(text)] if "-old" in text else []
    for i, match in enumerate(_TOKEN.finditer(text)):
        gap = text[last : match.start()]
        if gap.startswith(".") and (before.lower() in DOTTED_TITLES or _INITIAL.match(before)):
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
    ``skip``: positions of tokens to leave out (see
    :func:`~summarizer.facts.media.attribution_tokens`)."""
    return [stem(match.group().lower()) for match, _ in content_tokens(text, skip)]


def word_bigrams(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent word stems of ``text``, stop words included ("of the", "the union")."""
    stems = [stem(t) for t in tokens(text)]
    return set(zip(stems, stems[1:], strict=False))
