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
