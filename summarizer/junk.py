"""Page-junk removal for scraped news text.

Scrapers leave the page around the article: icon labels, navigation menus, photo captions and
credits, "READ MORE" links, newsletter and social prompts, bylines and time stamps, and lists of
related headlines at the end. Each rule below names a pattern seen across news sites in general,
applied line by line; nothing is tuned to one site.
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.text import sentence_spans

LONG_LINE = 80  # words: a line this long is a paragraph or a whole article, never a caption
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_ENDS_STATEMENT = re.compile(r"(?:\.[\"'”’)]*|[!?][\"'”’)]+)$")  # a quote may end in ! or ?
_CONTINUATION = re.compile(r"[a-z]+[,;]? \w")
_INITIALS = re.compile(r"\b(?:[A-Za-z]\.){2,}$")  # "U.S.", "e.g." end no sentence
_ICON = re.compile(r"\b(?:an|a)\s+icon\b", re.IGNORECASE)
# A parenthesised credit: "(AP Photo/Hadi Mizban)", "(Picture: Alamy)", "(credit: REUTERS/X)",
# "(Reuters/Jane Doe)". The Agency/Name form is case-sensitive: "(and/or)" or a URL is no credit.
_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|picture|image|credit|getty|alamy|shutterstock|handout|file pic)\b"
    r"|(?-i:[^()]*\b[A-Z][\w.&' -]*/[A-Z][\w.' -]*))[^()]*\)",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"^\W*(?:read more|related|see also|more on this|recommended|sign up|subscribe|join (?:our|the)"
    r"|follow us|share (?:this|on)|click here|download (?:our|the) app|advertisement|sponsored"
    r"|listen to|watch(?:us|:| now| live)|copyright|all rights reserved|this is a developing story"
    r"|you might also like|most read|trending|comments?\b|image caption|media caption)",
    re.IGNORECASE,
)
_PROMPT_ANYWHERE = re.compile(
    r"sign up (?:for|to) (?:our|the)|newsletter|©|\bpublished:.*\bupdated:"
    r"|(?:^|[.?!] )watch (?:as|now|live|the video)\b",
    re.IGNORECASE,
)
# A wire story's closing credit: "(Additional reporting by Adam Ross)", "(Reporting by Kim Lee;
# Editing by Joe Marr)", "(Writing by ...)".
_WIRE_CREDIT = re.compile(
    r"\s*\((?:additional )?(?:reporting|writing|editing|compiled) by [^()]*\)\s*$", re.IGNORECASE
)
_BYLINE = re.compile(r"^(?:by|words by|reporting by|written by)\s+[A-Z][\w.'’ ,&-]*$", re.I)
_BYLINE_NAME = re.compile(
    r"^(?i:by|words by|written by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)
BYLINE_LINES = 12  # lines from a page's top where its byline may stand, after menus and titles
_STAMP = re.compile(
    r"^[\w ,.:/|-]*\b(?:19|20)\d\d\b[\w ,.:/|()-]*$|^\d{1,2}[.:]\d\d\s*(?:am|pm)?\b", re.I
)
# A wire dateline opening an article: "PORT CARROW, March 15 (NWS) - ", "LONDON (Reuters) -- ",
# "WASHINGTON — ", "Port Carrow, Ore., March 15, 2026 /PRNewswire/ -- ". A place in capitals may
# stand alone before a long dash ("US - China talks" is kept); a place in Title Case needs a date
# or an agency, so "Smith - who had left - returned." is no dateline. A single hyphen needs spaces
# around it, and the text after the dash must open a sentence ("London - and the south - ...").
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
)
_DATELINE = re.compile(
    r"^(?:(?P<caps>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"  # "PORT CARROW", "ST. LOUIS"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"  # "Port Carrow"
    r"(?P<region>, [A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2})?"  # ", Ore.", ", England"
    rf"(?P<date>,? (?:(?:{_MONTH}) \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} (?:{_MONTH})(?: \d{{4}})?"
    r"|\d{4}-\d\d-\d\d))?"
    r"(?P<agency> ?(?:\([A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3}\)|/[A-Z][\w&.' -]{0,30}/))?"
    r"(?:\s+(?P<hyphen>-)\s+|\s*(?:--|[–—])\s*)"
    r"(?=[\"“‘']?[A-Z0-9]\S*(?:\s+\S+){2})"  # a sentence of three words or more follows
)
# A navigation trail opening a line: "Home > News > UK > ", "The Disneyland Report > Disney
# News > " (the page's title, which follows the last ">", stays).
_BREADCRUMB = re.compile(r"^(?:[A-Z][^>»›.!?]{0,40}?\s+[>»›]\s+){2,}")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def clean_text(text: str) -> str:
    """Remove page junk from scraped article text; paragraphs are kept one per line."""
    lines = _join_continuations([_normalise(line) for line in normalise_newlines(text).split("\n")])
    lines = [_BREADCRUMB.sub("", _WIRE_CREDIT.sub("", line)) for line in lines]
    kept: list[str] = []
    seen: set[str] = set()  # lines already kept, and captions with their credit cut off
    for line in lines:
        key = line.casefold()
        if not line or key in seen:
            continue
        if is_junk_line(line):
            seen.add(_CREDIT.sub("", line).strip().casefold())
            line = _article_part(line)
            if not line:
                continue
        seen.add(key)
        kept.append(line)
    return "\n\n".join(_strip_dateline(_drop_trailing_teasers(kept)))


def _is_byline(line: str) -> bool:
    """ "By Lena Hart, Staff Writer"; not a sentence opening with "By" ("By Tuesday, the council
    had voted.")."""
    return bool(_BYLINE.match(line)) and len(line.split()) <= 10 and not _TERMINAL.search(line)


def byline(text: str) -> str:
    """The writer the article's byline names ("By Lena Hart, Staff Writer" -> "Lena Hart"), or
    "": a line of its own among its first ``BYLINE_LINES``, which :func:`clean_text` drops."""
    lines = [_normalise(line) for line in normalise_newlines(text).split("\n")]
    for line in [line for line in lines if line][:BYLINE_LINES]:
        if _is_byline(line) and (found := _BYLINE_NAME.match(line)):
            return found[1]
    return ""


def _article_part(line: str) -> str:
    """The article text in a long line holding junk, or "" when there is none.

    Scraped articles often come as one paragraph (a JSON "text" field, a page without breaks)
    with a newsletter prompt, a "Read more" link or a captioned photo glued in: its sentences
    that are not junk are kept when they are most of its words. A caption, a menu or a run of
    icon labels (shorter than ``LONG_LINE`` words, or mostly junk) goes whole.
    """
    words = len(line.split())
    if words < LONG_LINE:
        return ""
    parts = [line[a:b] for a, b in sentence_spans(line)]
    kept = [p for p in parts if not (is_junk_line(p) or _ICON.search(p))]
    if 2 * sum(len(p.split()) for p in kept) < words:
        return ""
    return " ".join(kept)


def _strip_dateline(lines: list[str]) -> list[str]:
    """The first statement line (the body's first paragraph, after any headline or kicker
    lines) without a leading wire dateline; every other line as it was."""
    for i, line in enumerate(lines[:4]):
        if _TERMINAL.search(line):
            match = _DATELINE.match(line)
            if match and _is_dateline(match):
                return [*lines[:i], line[match.end() :], *lines[i + 1 :]]
            break
    return lines


def _is_dateline(match: re.Match[str]) -> bool:
    if match["date"] or match["agency"]:
        return True
    return bool(match["caps"]) and bool(match["region"] or not match["hyphen"])


def _join_continuations(lines: list[str]) -> list[str]:
    """Glue a line that carries on a sentence to the line before: a hard wrap or a scraper's
    break mid-sentence ("... both the U.S." / "and Iran."), never a new paragraph."""
    joined: list[str] = []
    for line in lines:
        if joined and _continues(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"
        elif line:
            joined.append(line)
    return joined


def _continues(previous: str, line: str) -> bool:
    """``line`` opens with lower-case words (not a URL, not a prompt) after an unfinished line."""
    if not _CONTINUATION.match(line) or is_junk_line(line) or len(previous.split()) < 6:
        return False
    return not _TERMINAL.search(previous) or bool(_INITIALS.search(previous))


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A live blog's line for the day its entries below are of: "Wednesday 16 July", "SUNDAY",
# "WEDNESDAY, APRIL 23", "Monday 2 June 2025 — last updated 21:40 BST"
DAY_LINE = re.compile(
    rf"(?i:{_WEEKDAY})(?:,?\s+(?:\d{{1,2}}\s+\w+|\w+\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?"
    r"\.?(?:\s+[—–-]\s.*)?"
)


def is_junk_line(line: str) -> bool:
    """True for a line that is page furniture, not article text (a live blog's day line is
    text: :data:`DAY_LINE`)."""
    n_words = len(line.split())
    if DAY_LINE.fullmatch(line):
        return False
    if len(_ICON.findall(line)) >= 2 or _PROMPT.match(line) or _PROMPT_ANYWHERE.search(line):
        return True
    # A line holding a photo credit is a caption (scrapers often glue a copy of it after).
    if _CREDIT.search(line) or _is_byline(line):
        return True
    if n_words <= 12 and not _TERMINAL.search(line) and _STAMP.match(line):
        return not _says_something(line)
    return _is_menu(line) or (n_words <= 2 and not _TERMINAL.search(line))


STAMP_LOWER = 2  # most lower-case words of a time stamp ("Released on November 15, 2004")


def _says_something(line: str) -> bool:
    """Whether a short line with a year says something, as a caption without a full stop
    does ("Pinochet overthrew the Allende government in 1973"): it opens with a word, has more
    than ``STAMP_LOWER`` lower-case words, and is no link or post line (``_POSTED``). A time
    stamp or a dated label has fewer ("Last update: 05 January 2005 at 11:10 AEST", "Older
    News: November of 2004"); a live blog's entry opens with its time ("9:45 AM Saturday:
    ...")."""
    lower = sum(word[:1].islower() for word in line.split())
    return line[0].isalpha() and lower > STAMP_LOWER and not _POSTED.search(line)


# A post's line of facts: "Posted by Ellie Strand | 20 January 2025 | 6 min read"
_POSTED = re.compile(r"\||https?:|\b(?:posted|updated|published|min read)\b", re.IGNORECASE)


def normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text)


def _normalise(line: str) -> str:
    return _SPACE.sub(" ", line).strip()


def _is_menu(line: str) -> bool:
    """Navigation menus: many capitalised words, several in capitals, and no sentence end."""
    tokens = [t for t in line.split() if t[0].isalpha()]
    if len(tokens) < 6 or _TERMINAL.search(line):
        return False
    capitalised = sum(t[0].isupper() for t in tokens) / len(tokens)
    shouting = sum(t.isupper() and len(t) > 2 for t in tokens)
    return capitalised >= 0.8 and shouting >= 2


def _drop_trailing_teasers(lines: list[str]) -> list[str]:
    """Lists of related headlines after the article: trailing lines that are not statements
    (a line of ``LONG_LINE`` words is article text however it ends)."""
    end = len(lines)
    while end > 1 and (not _ENDS_STATEMENT.search(lines[end - 1]) or _is_short(lines[end - 1])):
        if len(lines[end - 1].split()) >= LONG_LINE:
            break
        end -= 1
    return lines[:end]


def _is_short(line: str) -> bool:
    return len(line.split()) < 6
