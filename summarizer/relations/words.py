"""Word lists and patterns the relation checks share: titles, roles, people, verbs of
saying, and how a name is written as a pattern."""

from __future__ import annotations

import re

from summarizer.facts import (
    MONTHS,
    ORG_HEADS,
    PARTY_NICKNAMES,
    QUARTERS,
    ROLES,
    SAYING,
    TITLE_WORDS,
    TITLES,
    WEEKDAYS,
    is_stop,
    plain,
    stem,
)
from summarizer.speech import SPEAKING_FORMS

CLAUSE_END = re.compile(r"[,;:]|\b(?:that|and|but)\b")
OPENING = 3  # words (titles, a first name) that may stand before a subject opening a sentence


_PERSON_WORD = re.compile(r"[A-Z][a-z'’-]+")


def is_person(written: str) -> bool:
    """Whether a run of capitalised words ends in a person's name: two words written as names
    are ("Democrat Representative Tom Malinowski"), a body, a day or an outlet is not ("the
    White House", "Tuesday", "NBC News")."""
    words = written.split()
    last = plain(words[-1].lower())
    return (len(words) >= 2 and all(_PERSON_WORD.fullmatch(w) for w in words[-2:])
            and last not in ORG_HEADS | WHEN | {"news", "times", "post"})  # fmt: skip


def name_pattern(name: tuple[str, ...]) -> str:
    """A pattern for the name as a text writes it, any punctuation or spaces between its
    words ("Sen. Ana Lind", "Sen Ana Lind")."""
    return r"\W+".join(re.escape(w) for w in name)


DATES = {*WEEKDAYS, *MONTHS}
# Last words of names that do nothing: a day, a law ("the Voting Rights Act reauthorization" has
# no doer)
WHEN = DATES | {"day"}  # "International Women's Day": a time, no one
NO_ACTORS = WHEN | {
    "act", "bill", "amendment", "treaty", "accord", "accords", "agreement", "law", "plan",
    "convention", "protocol", "resolution", "statute", "constitution", "doctrine",
}  # fmt: skip


def title_word(word: str) -> bool:
    """Whether a word before a surname is a title or role ("Judge", "Sen.", "President")."""
    low = word.lower().rstrip(".")
    return low in ROLES or low in _TITLE_WORDS


def name_word_stem(word: str) -> str:
    """A name's word as its stem, a party's nickname as its name's ("Tory": "conserv"), a
    quarter's short form as its word's ("SE": "southeast")."""
    low = word.lower()
    return stem(PARTY_NICKNAMES.get(low) or (QUARTERS.get(low) if len(low) == 2 else None) or word)


def qualifier(word: str, own: set[str]) -> bool:
    """Whether ``word`` before a name's last word makes it another name ("Inter" Milan)."""
    low = word.lower()
    return (word[:1].isupper() and name_word_stem(word) not in own and not is_stop(low)
            and not title_word(word) and low not in WEEKDAYS and low not in MONTHS
            and not re.search(r"['’]s?$", word))  # fmt: skip


_TITLE_WORDS = TITLES | {
    "miss", "sir", "dame", "lord", "lady", "prof", "lt", "col", "sgt", "capt", "adm", "rev", "pm",
    "mp", "vice", "deputy", "acting", "former", "king", "queen", "prince", "princess", "pope",
    "saint", "uncle", "reverend", "archbishop", "cardinal", "sheikh", "fellow",
}  # fmt: skip


# Verbs that give a speaker's words: those of speech.SPEAKING and the media's (SAYING).
SAYING_WORDS = SAYING | SPEAKING_FORMS
SAYING_STEMS = {stem(w) for w in SAYING_WORDS}


# Words for a person besides roles: "the conservative ... candidate says", "Trump's lawyer"
PEOPLE = ROLES | {
    "candidate", "nominee", "lawmaker", "congressman", "congresswoman", "activist", "man", "woman",
    "businessman", "businesswoman", "billionaire", "aide", "adviser", "advisor", "deputy",
    "representative", "envoy", "ally",
}  # fmt: skip
ROLE_STEMS = {stem(w) for w in ROLES}
ROLE_WORDS = "|".join(sorted(ROLES, key=len, reverse=True))
# What the sources write before a name for these roles ("Sen. Dick Durbin" is senator Durbin).
ROLE_SHORT = {role: (short,) for short, role in TITLE_WORDS.items()} | {
    "executive": ("ceo",), "officer": ("ceo", "cfo", "coo", "cto"),
    # "Windows chief Jim Allchin": "Jim Allchin, Microsoft's vice president in charge of Windows"
    "chief": ("administrator", "director", "head", "commissioner", "president", "charge"),
}  # fmt: skip
SHORT_WORDS = "|".join(TITLE_WORDS)  # the abbreviated titles ("Gov." governor)


BE_WORDS = {"is", "are", "was", "were"}


LINKS = {"by", "in", "from", "with", "after", "during", "of", "at", "on", "to", "for", "than"}


# A form of "be" (and an adverb) right before a verb makes it passive: "nine people were killed
# when two bombs went off", "resignations were announced Monday by the White House".
BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


DETERMINERS = {"the", "a", "an", "this", "that"}
# Pronouns that can be a person's subject ("we have fought efforts", "after he was taken")
PERSONAL_SUBJECTS = frozenset({"i", "we", "they", "he", "she"})
# Words that list two names ("Torino and Palermo Scale", "Pell Creek and Varrow Flats")
LISTING = frozenset({"and", "or", "&"})
# A quotation in double marks, to its closing mark or the text's end (a sentence split may
# leave the closing mark to the next)
QUOTATION = r"[\"“][^\"”]*(?:[\"”]|$)"
