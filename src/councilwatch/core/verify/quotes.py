"""Quoted text in a sentence, and whether it appears verbatim in a passage.

"Verbatim" allows only what typesetting changes: curly and straight quotes, dashes, whitespace and
letter case, and an ellipsis standing for left-out words (each side of "…" must then appear, in order).
A single-quoted span counts only when it opens after a space or bracket and closes before a space or
punctuation, so apostrophes ("Members' concerns", "don't") are never read as quotes.
"""

from __future__ import annotations

import re

_DOUBLE = re.compile(r"[\"“”„]([^\"“”„]{2,}?)[\"“”„]")
_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘]((?:[^'‘’]|['’](?=[A-Za-z])){2,}?)['’](?=[\s.,;:!?)\]—–-]|$)"
)
_TRANSLATE = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "}
)


def find_quotes(sentence: str) -> list[str]:
    """The quoted spans of ``sentence`` (without their quote marks)."""
    quotes = [m.group(1) for m in _DOUBLE.finditer(sentence)]
    without_double = _DOUBLE.sub(" ", sentence)
    quotes += [m.group(1) for m in _SINGLE.finditer(without_double)]
    return [q for q in quotes if re.search(r"[A-Za-z0-9]", q)]


def normalise(text: str) -> str:
    text = text.translate(_TRANSLATE).replace("...", "…")
    return re.sub(r"\s+", " ", text).strip().casefold()


def quote_found(quote: str, passage: str) -> bool:
    """Does ``quote`` appear verbatim (as defined above) in ``passage``?"""
    haystack = normalise(passage)
    # Trailing punctuation inside the quote marks is the summary's, not the speaker's.
    parts = [p.strip(" .,;:!?") for p in normalise(quote).split("…")]
    position = 0
    for part in parts:
        if not part:
            continue
        found = haystack.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def _flat(text: str) -> str:
    """Quotes made plain and spaces folded, line breaks kept (a heading's line ends where its body begins)."""
    return re.sub(r"[^\S\n]+", " ", text.translate(_PLAIN_QUOTES)).strip()


def said_verbatim(text: str, passages: list[str]) -> bool:
    """Is the sentence a cited passage's own words, taken from the start of one of its sentences (or list
    items)?  Then every check would find what it looks for, and the strongest check has passed: the
    sentence is in the minutes.  (Words cut from the middle of a sentence are checked in full: "approve
    the plan" may have been "it would be wrong to approve the plan".)"""
    words = re.sub(r"\s+", " ", _flat(text)).rstrip(" .;:")
    if len(words.split()) < 3:
        return False
    for passage in passages:
        flat = _flat(passage)
        at = flat.find(words)
        while at >= 0:
            if _SENTENCE_OPENS.search(flat, 0, at) or at == 0:
                return True
            at = flat.find(words, at + 1)
    return False


_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
# what may stand just before a sentence's first word: a stop, a colon, a list label, a heading's end
_SENTENCE_OPENS = re.compile(r"(?:[.;:!?|–—\n-]|\(?[a-z0-9ivx]{1,4}[.)]|•)\s*$")
