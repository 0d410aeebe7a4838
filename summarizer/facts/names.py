"""Names in a text: runs of capitalised words that are facts of the story (not a title, not
a word opening the sentence alone), whether a text mentions a name (:func:`entity_in`: "Obama"
for "Barack Obama", "DOJ" for "Justice Department", "Kenya" for "Kenyan"), bodies and places."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from summarizer.facts.words import (
    ABBREVIATIONS,
    DOTTED_TITLES,
    EXPANSIONS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PREFIXES,
    OPENERS,
    PARTY_WORDS,
    PLACE_SUFFIXES,
    STATE_NAMES,
    STOP_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    UNITS,
    WEEKDAYS,
    is_stop,
    plain,
    possessive,
    stem,
    token_gaps,
    tokens,
)


def opener_of(toks: list[str], gaps: list[str]) -> str:
    """A lone capitalised word opening the text ("Kowalski said", "Police said"), which
    :func:`names_of` leaves out: only the sources can tell a name from a common word."""
    if not toks or not is_name_token(toks[0]) or is_stop(toks[0].lower()):
        return ""
    if toks[0].lower() in TITLE_ABBREVIATIONS or toks[0].isupper() and len(toks[0]) <= 5:
        return ""  # "Gov. Lee", or an acronym, which media attributions often are
    possessive = toks[0].endswith(("'s", "’s"))  # "Dayton's Kelsey Moran": a name of its own
    if len(toks) > 1 and is_name_token(toks[1]) and gaps[1].strip() in ("", "-") and not possessive:
        return ""  # the first word of a longer name, already one of the entities
    return toks[0]


def name_runs(toks: list[str], gaps: list[str], join_of: bool = False) -> list[tuple[int, int]]:
    """Runs of capitalised words; punctuation and lower-case words end a run, but for the full
    stop of an abbreviated title ("Staff Sgt. Ruiz"; ``join_of``: and "of" between two
    capitalised words, as in "Voice of America")."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, token in enumerate([*toks, ""]):
        name = i < len(toks) and is_name_token(token)
        # "Basra's | Green Zone"; but an office is named by whose it is ("the Information
        # Commissioner's Office", "the Sheriff's Office")
        office = token == "Office" and not (i + 1 < len(toks) and is_name_token(toks[i + 1]))
        owner = i > 0 and toks[i - 1].lower().endswith(("'s", "’s")) and not office
        dotted = (
            0 < i < len(toks) and gaps[i].strip() == "." and toks[i - 1].lower() in DOTTED_TITLES
        )
        if start is not None and (not name or gaps[i].strip() not in ("", "-") and not dotted
                                  or owner):  # fmt: skip
            joined = (join_of and token.lower() == "of" and i + 1 < len(toks)
                      and is_name_token(toks[i + 1]) and not gaps[i + 1].strip())  # fmt: skip
            if joined:
                continue
            runs.append((start, i))
            start = None
        if name and start is None:
            start = i
    return runs


def names_of(
    toks: list[str], gaps: list[str], outlets: Sequence[tuple[int, int]]
) -> list[tuple[str, ...]]:
    """Capitalised names (:func:`name_runs`) that are facts of the story, not the outlets at
    token spans ``outlets`` (:func:`~summarizer.facts.media.media_spans`)."""
    spans: list[tuple[str, ...]] = []
    media = {i for a, b in outlets for i in range(a, b)}
    runs = name_runs(toks, gaps)
    # a possessive joins a run to an outlet's: "Boston's WBNX reports", "tells Runner's Pulse"
    for (a, b), (c, d) in itertools.pairwise(runs):
        joined = b == c and not gaps[c].strip() and possessive(toks[b - 1])
        if joined and (c in media or a in media):
            media |= set(range(a, d))
    runs = _offices(_joined_bodies(runs, toks, gaps), toks)
    for start, end in runs:
        opened = start == 0 or bool(OPENERS.search(gaps[start]))
        if opened and end - start > 1 and toks[start + 1] == "I":
            continue  # "Hey I just saw this", "Yes I did": a word opening the sentence and "I"
        span = trim(toks[start:end])
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
OFFICIAL_HEADS = {
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
                    and toks[end - 1].lower() in OFFICIAL_HEADS
                    and toks[b - 1].lower() not in OFFICIAL_HEADS):  # fmt: skip
                out[-1] = (a, end)
                continue
        out.append((start, end))
    return out


# What a title's "of" names before a holder's name ("Secretary of State James Baker",
# "Minister of Foreign Affairs Ana Lind"): the office, no name
OFFICE_WORDS = {
    "state", "defense", "defence", "health", "energy", "interior", "labor", "labour", "commerce",
    "treasury", "education", "transportation", "transport", "agriculture", "justice", "homeland",
    "security", "foreign", "affairs", "finance", "economy", "trade", "culture", "environment",
    "housing", "veterans", "war", "the", "human", "services", "urban", "development",
}  # fmt: skip


def _offices(runs: list[tuple[int, int]], toks: list[str]) -> list[tuple[int, int]]:
    """Name runs with an office left out: a title before "of" and the office after it
    ("Secretary of State James Baker" names James Baker; "Ohio Secretary of State Blackwell"
    Ohio and Blackwell)."""
    out = list(runs)
    for k, ((a, b), (c, d)) in enumerate(itertools.pairwise(runs)):
        if c != b + 1 or toks[b] != "of" or toks[b - 1].lower() not in ROLES:
            continue
        if toks[c].lower() not in OFFICE_WORDS:
            continue
        while c < d and toks[c].lower() in OFFICE_WORDS:
            c += 1
        out[k] = (a, b - 1) if out[k] == (a, b) else out[k]
        out[k + 1] = (c, d)
    return [(a, b) for a, b in out if a < b]


DOMAINS = {"com", "net", "org", "co", "uk", "tv", "info"}  # ends of a site's address


def is_name_token(token: str) -> bool:
    low = token.lower()
    if not token[0].isupper() or low in WEEKDAYS or low in MONTHS or low in UNITS:
        return False
    if is_stop(low) and ("'" in low or "’" in low):  # "It's", "Here's"
        return False
    if low in MONTH_ABBREVIATIONS:
        return False
    return len(low) > 1 or token.isupper()


def trim(span: list[str]) -> list[str]:
    # Titles ("Gov.", "President") and a capitalised stop word ("The") are not the name.
    while span and (span[0].lower() in NAME_PREFIXES or span[0].lower() in STOP_WORDS):
        span = span[1:]
    while span and span[-1].lower() in ROLES_AFTER:  # "Scripps CEO": the name is Scripps
        span = span[:-1]
    return span


# Roles written after a body's name ("Scripps CEO", "the Interior spokesman"): not the name
ROLES_AFTER = {"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "spokesman", "spokeswoman"}

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


def titled_name(text: str) -> set[str]:
    """The roles, and their stems, of the capitalised abbreviated titles of a text ("Gov."
    governor)."""
    roles = {TITLE_WORDS[m[1].lower()] for m in _TITLED.finditer(text) if m[1][:1].isupper()}
    return {w for role in roles for w in (role, stem(role))}


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
        plural = head.endswith("s") and one in GENERIC_HEADS
        head = one if plural else head
        if head not in GENERIC_HEADS or words[k + 1] != "of" or not words[k + 2][:1].isupper():
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


CURRENCIES = {"£": ("pound", "pounds"), "$": ("dollar", "dollars"), "€": ("euro", "euros")}


def entity_in(entity: tuple[str, ...], words: set[str]) -> bool:
    """Whether a name is mentioned in a text given by its word set
    (:func:`~summarizer.facts.extract.word_set`).

    The last word (a surname, the head of "North Carolina") must be there; "Obama" supports
    "Barack Obama", "North Dakota" does not support "North Carolina".
    """
    head = plain(entity[-1].lower())
    if len(entity) > 1 and not _initials(entity).isdisjoint(words):
        return True  # "DOJ" for "Justice Department", "NAACP"
    if head in PARTY_WORDS and " ".join(entity[:-1]).lower() in STATE_NAMES:
        # "a Texas Republican": "GOP Rep. X (Texas)", not "Rep. X (R-Calif.)"
        party = {head, stem(head), *ABBREVIATIONS.get((head,), ())} & words
        return bool(party) and entity_in(entity[:-1], words)
    if head in GENERIC_HEADS and len(entity) > 1:  # "Kellin Hospital" is not "St Brendan's"
        before = plain(entity[-2].lower())
        if before in GENERIC_KINDS and len(entity) > 2:  # "Dunmore High School": "Dunmore"
            return f"{entity[-3].lower()} {before} {head}" in words
        if f"{before} {head}" in words:
            return True
        # "New York City" in "New York mayor Bill de Blasio said ... the city has recorded"
        return head == "city" and all(plain(w.lower()) in words for w in entity)
    if head in words or stem(head) in words:
        return True
    if (
        len(entity) == 1
        and plain(entity[0]).replace(".", "").isupper()
        and f"={head.replace('.', '')}" in words
    ):
        return True  # "AP" for "The Associated Press", "USC's" for "the University of ..."
    if entity[-1].isupper() and head + "s" in words:
        return True  # "PC" in "Windows PCs"
    if len(head) >= 6 and not _spellings(head).isdisjoint(words):
        return True  # "Kadhimi" for "Khadimi", "Gadafi" for "Gaddafi"
    if place_form_in(head, words):
        return True  # "Asian" for "Asia", "Kenya" for "Kenyan", "Chinese" for "China"
    if len(entity) == 1:  # "Calif." for "California", "Dems" for "Democrats"
        for name in EXPANSIONS.get(re.sub(r"['’]s?$", "", head), ()):
            if all(w in words or stem(w) in words for w in name):
                return True
    full = tuple(w.lower() for w in entity)  # "United States" for "US", "New York" for "NY"
    if full == ("united", "states") and {"u", "s"} <= words:
        return True  # "U.S." is two tokens
    capital = _capital_of_country().get(tuple(plain(w) for w in full), ())
    if capital and all(w in words for w in capital):
        return True  # "strained relations with China" in "has angered Beijing"
    return any(short in words for short in ABBREVIATIONS.get(full, ()))


# The last words of names that also go as "... of X" ("Justice Department", "Department of
# Justice", "DOJ"; "the Federal Reserve Board", "Board of the Federal Reserve")
OF_HEADS = {"department", "ministry", "office", "bureau", "secretary", "board", "bank"}


@lru_cache(maxsize=4096)
def _initials(entity: tuple[str, ...]) -> frozenset[str]:
    """The acronyms a name of several words goes by: its initials ("nasa" of three words or
    more), and for "Justice Department", "Homeland Security Department" those of "Department of
    Justice" ("doj") and "Department of Homeland Security" ("dhs")."""
    words = [plain(w.lower()) for w in entity if not is_stop(w.lower())]
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return frozenset()
    out = {"".join(w[0] for w in words)} if len(words) >= 3 else set()
    if words[-1] in OF_HEADS:
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
GENERIC_KINDS = {
    "high", "primary", "secondary", "elementary", "middle", "junior", "senior", "grammar",
    "general", "central", "community", "national", "regional", "county", "city", "state",
    "public", "royal", "international", "memorial", "district", "crown", "supreme", "main",
}  # fmt: skip
# Last words of names that many places and bodies share: the word before them tells which.
GENERIC_HEADS = {
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
        if word in GENERIC_HEADS or word[:-1] in GENERIC_HEADS or word[:-3] + "y" in GENERIC_HEADS:
            return True
    return False


# Last words of the names of bodies, told apart by the words before them ("Bellco Credit Union",
# "Public Service Credit Union").
ORG_HEADS = GENERIC_HEADS | {
    "union", "association", "foundation", "corporation", "fund", "trust", "service",
    "authority", "network", "society", "alliance", "coalition", "federation", "league",
    "organization", "organisation", "board", "office", "bureau", "administration",
    "senate", "parliament", "assembly", "force", "corps",
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
    return {stem_ + suffix for stem_ in (word, base) for suffix in PLACE_SUFFIXES}
