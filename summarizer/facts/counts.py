"""The figures of a text (:func:`figures_of`): each as :mod:`~summarizer.facts.numbers` reads
it, then what it counts from the figures and phrases beside it: a range ("from nine to 24
cases"), a figure that only compares ("up from 27"), a share in words of the count before it
("1,200 buildings, and about one in four"), a part of a whole ("19 of the 24 people") and a
phrase opening the sentence ("Among senior staff, 36 percent")."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.facts.numbers import Number, bound_start, context_of, read_figures
from summarizer.facts.values import PARTS


def figures_of(
    toks: list[str], lows: list[str], gaps: list[str], ones: bool = False
) -> list[Number]:
    """The figures of a text; the words around each stay within its clause."""
    found, spans = read_figures(toks, lows, gaps, ones)
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
        p = bound_start(lows, spans[k][0])
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
        if share.noun or not share.share or not ("in" in words or words[-1] in PARTS):
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
            words = context_of(lows[p + 1 : start])
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
