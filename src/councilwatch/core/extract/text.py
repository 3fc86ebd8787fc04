"""Plain-text and Markdown minutes → passages (pages are None).

Minutes reach us as text when a council pastes them into a web page or when a person saves them as
.txt/.md for ``councilwatch brief``.  Blank lines separate blocks, ``#`` marks a Markdown heading, and the
numbering, bullet and RESOLVED rules are the shared ones in :mod:`passages`.
"""

from __future__ import annotations

import re

from councilwatch.core.extract.passages import _NUMBER, _TERMINAL, ITEM_NUMBER, Line, assemble
from councilwatch.core.models import Extraction, ExtractStatus

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_INLINE_BULLETS = re.compile(r"\s+(?=[•·▪]\s)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+\)")
# "25/04 Minutes of the previous meeting" on a line of its own: an item's title, not a wrapped sentence
_ITEM_TITLE = re.compile(ITEM_NUMBER + r"\s+[A-Z][^.!?;:]{0,100}$")
_INLINE_TAG = re.compile(r"</?(?:sup|sub|b|i|u|em|strong|span|br)\b[^>]*>", re.IGNORECASE)


def _short_title(line: str) -> bool:
    """ "(a) Payments", "Budget and precept 2025/26": a few words on a line of their own, no sentence."""
    return len(line) < 60 and len(line.split()) <= 8 and not line.endswith((",", "-", "–", "&"))


def text_lines(text: str) -> list[Line]:
    """Lines of a plain-text or Markdown document: blank lines separate blocks, ``#`` marks headings."""
    lines: list[Line] = []
    gap = True
    previous = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = raw.strip().replace("\u00a0", " ")
        if not stripped or re.fullmatch(r"[-=*_]{3,}", stripped):
            gap = True
            continue
        level = 0
        heading = _MARKDOWN_HEADING.match(stripped)
        if heading:
            level, stripped = len(heading.group(1)), heading.group(2).strip()
        stripped = _MARKDOWN_EMPHASIS.sub(r"\2", stripped)
        stripped = _MARKDOWN_LINK.sub(r"\1", _INLINE_TAG.sub("", stripped))
        if stripped.startswith(("- ", "* ", "+ ")) and _NUMBER.match(stripped[2:]):
            stripped = stripped[2:]  # "- 1.1 To provide …": a Markdown list wrapping a numbered paragraph
        # Minutes pasted as text often put one paragraph per line with no blank line between: a finished
        # sentence followed by a capitalised line is taken as a new paragraph.
        # So does a line after an item's title, a short sub-heading ("(a) Payments") or a closing bracket
        # ("(Proposed Cllr Ferris, seconded Cllr Begum; all in favour)").
        ended = previous.endswith((*_TERMINAL, ")")) or _ITEM_TITLE.match(previous) or _short_title(previous)
        if ended and stripped[:1].isupper():
            gap = True
        # A table written as text ("3 | Minutes | Approved as a correct record | 3/0/0"): one row a line.
        if stripped.count("|") >= 2 or previous.count("|") >= 2:
            gap = True
        # Text copied from a web page runs a list into one line ("…including: • A • B"): split it back.
        pieces = (
            _INLINE_BULLETS.split(stripped) if len(_INLINE_BULLETS.findall(stripped)) >= 2 else [stripped]
        )
        for n, piece in enumerate(pieces):
            first = n == 0
            lines.append(
                Line(piece, None, break_before=gap or not first, heading_level=level, marker_apart=True)
            )
        gap = False
        previous = stripped
    return lines


def extract_text(text: str) -> Extraction:
    """Passages of a plain .txt or .md minutes file; pages are None."""
    if not text.strip():
        return Extraction(status=ExtractStatus.EMPTY, reason="The document has no text.")
    return assemble(text_lines(text))
