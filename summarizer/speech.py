"""Verbs that give a speaker's words ("Abbott warned that ..."), as lemmas and as the forms a
text shows them in; one list for every check that asks who said something."""

from __future__ import annotations

import re

# Not "admitted" nor "acknowledged", which take an object as often ("admitted two charges").
SPEAKING = frozenset({
    "say", "tell", "add", "explain", "warn", "argue", "insist", "caution", "stress", "tweet",
    "declare", "concede", "assure", "complain",
})  # fmt: skip
_IRREGULAR = {"say": ("says", "said"), "tell": ("tells", "told")}


def forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The present and past forms of ``lemmas``: "warn" -> "warns", "warned"; "stress" ->
    "stresses", "stressed"; "argue" -> "argues", "argued"; "reply" -> "replies", "replied"."""
    out = set()
    for lemma in lemmas:
        if lemma in _IRREGULAR:
            out.update(_IRREGULAR[lemma])
            continue
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":  # "reply" -> "replies", "replied"
            out.update((lemma[:-1] + "ies", lemma[:-1] + "ied"))
            continue
        out.add(lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"))
        out.add(lemma + ("d" if lemma.endswith("e") else "ed"))
    return frozenset(out)


SPEAKING_FORMS = forms(SPEAKING)
SPEAKING_PATTERN = "|".join(sorted(SPEAKING_FORMS))  # for a regular expression: "added|adds|..."
# Verbs that close a quoted question or cry ('"Why now?" Torres asked.'); not verbs of speech
# elsewhere: "Sunward asked the FAA for a ground stop" gives no words of Sunward's
ASKING = frozenset({"ask", "reply", "wonder", "shout"})
ASKING_PATTERN = "|".join(sorted(forms(ASKING)))
# A text giving someone's words: a plain verb of saying or "according to"
SAID = re.compile(r"\b(?:said|says|told|tells|added|adds|according to)\b", re.IGNORECASE)
