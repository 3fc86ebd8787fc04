"""Words for matching a sentence against passages: tokens, a light stemmer, stopwords.

The stemmer is deliberately light (suffix stripping, no dictionary) so that "approves", "approved" and
"approving" meet, "consideration" meets "considered", and the same function serves retrieval and the
verifier.  It is not a linguistic stemmer and never needs to be: both sides of every comparison go
through it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")

STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        """a about above after again against all also am an and any are as at be because been before being
        below between both but by can could did do does doing down during each few for from further had has
        have having he her here hers herself him himself his how i if in into is it its itself just me more
        most my myself no nor not now of off on once only or other our ours ourselves out over own same she
        should so some such than that the their theirs them themselves then there these they this those
        through to too under until up very was we were what when where which while who whom why will with
        would you your yours yourself yourselves upon whether within without yet via per etc ie eg
        shall may might must further however therefore thus whilst amongst among also been being its
        one two three four five six seven eight nine ten eleven twelve
        something anything nothing everything someone anyone everyone cannot""",
    )
)

# Words that frame a summary rather than claim anything checkable ("the committee discussed …").
# Outcome verbs are here too: whether an outcome is supported is the outcome check's job, and counting
# them again as content would double-report one error.
FRAMING = frozenset(
    re.findall(
        r"\S+",
        """committee committees meeting meetings member members councillor councillors cllr cllrs item items
        report reports reported discuss discussed discussion discussions consider considered considering
        consideration receive received receiving heard hear told explain explained explaining said say says
        stated state noted note notes noting agreed agree agrees approved approve approves adopted adopt
        endorsed endorse refused refuse rejected reject deferred defer resolved resolve resolution
        recommended recommend recommends requested request requests asked ask asks referred refer
        raised raise questions question questioned highlighted highlight outlined outline presented present
        update updated also including included include regarding around summary summarised meanwhile
        chair chairman chairperson officer officers
        use used using make makes made making find finds found look looks looked take takes took taken
        give gives gave given get gets got put puts keep keeps kept come comes came go goes went going see
        sees saw seen bring brings brought need needs needed want wants wanted set sets
        vote votes voted voting backed backing backs final full
        defeated defeat opposed oppose opposing carried abstained abstaining abstention seconded""",
    )
)

# A few paraphrases that summaries use for minutes' wording.
_SYNONYMS = {
    "councillor": "member",
    "councillors": "member",
    "cllr": "member",
    "cllrs": "member",
    "sought": "seek",
    "began": "begin",
    "begun": "begin",
    "started": "begin",
    "start": "begin",
    "commenced": "begin",
    "commence": "begin",
    "ended": "end",
    "finished": "end",
    "concerned": "concern",
    "worries": "concern",
    "worried": "concern",
    "rose": "increase",
    "risen": "increase",
    "grew": "increase",
    "fell": "decrease",
    "fallen": "decrease",
    "reduced": "decrease",
    "reduction": "decrease",
    "cut": "decrease",
    "shut": "close",
    "shutting": "close",
    "closure": "close",
    "closures": "close",
    "favour": "support",
    "favoured": "support",
    "favor": "support",
    "backing": "support",
    "rise": "increase",
    "rises": "increase",
    "rising": "increase",
    "grow": "increase",
    "grows": "increase",
    "growing": "increase",
    "growth": "increase",
    "dwelling": "home",
    "dwellings": "home",
    "dwellinghouse": "home",
    "dwellinghouses": "home",
    "houses": "home",
    "spending": "spend",
    "spent": "spend",
}


_SUFFIXES = (
    ("ational", "ate"),
    ("isation", "ise"),
    ("ization", "ise"),
    ("ations", ""),
    ("ation", ""),
    ("ments", "ment"),
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: lower case, no possessive, common suffixes off, a final "e" off."""
    w = word.lower().replace("’", "'").strip("'-")
    w = _SYNONYMS.get(w, w)
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "").replace("-", "")  # "co-ordination" and "coordination" are one word
    for suffix, replacement in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                break
            if suffix == "es" and not w.endswith(("sses", "xes", "zes", "ches", "shes")):
                continue  # "notes" -> "note" by the plain "s" rule below
            w = w[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "referred" -> "refer", "planning" -> "plan"
            break
    if w.endswith("ing") and len(w) >= 6:
        w = w[:-3]  # "savings" -> "saving" -> "sav", as "save" gives
        if w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    while w.endswith("e") and len(w) > 3:
        w = w[:-1]  # "agree", "agreed" and "agrees" all end as "agr"
    return w


def words(text: str) -> list[str]:
    """The alphabetic words of ``text`` in order (hyphenated words kept whole)."""
    return _WORD.findall(text)


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def index_terms(text: str) -> list[str]:
    """Stemmed, stopword-free terms, and figures without their commas: what retrieval ranks on.

    Figures are terms too, so "a vote of 28 to 9" finds the line "For: 28; Against: 9".
    """
    terms = [stem(w) for w in words(text) if w.lower() not in STOPWORDS]
    return terms + [f.replace(",", "").rstrip(".") for f in _FIGURE.findall(text)]


def content_stems(text: str) -> list[str]:
    """Stems of the words that make a claim: no stopwords, no framing words, no one-letter words.  A word a
    summary joins with hyphens ("five-school pilot", "sign-off", "vice-chair") counts by its parts, which is
    how the minutes write it ("five schools", "signed off"); ``stem_set`` gives a passage's hyphenated words
    both ways."""
    out: list[str] = []
    for w in words(text):
        for part in w.split("-") if "-" in w.strip("-") else [w]:
            lower = part.lower().replace("’", "'")
            if len(lower) < 2 or lower in STOPWORDS or lower in FRAMING:
                continue
            out.append(stem(lower))
    return out


@lru_cache(maxsize=4096)
def stem_set(text: str) -> frozenset[str]:
    """Every stem in ``text`` (stopwords included: cheap, and harmless for membership tests); a hyphenated
    word gives its parts too."""
    found = words(text)
    parts = [part for w in found if "-" in w.strip("-") for part in w.split("-") if part]
    return frozenset(stem(w) for w in [*found, *parts])
