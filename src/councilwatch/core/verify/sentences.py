"""Split prose into sentences the way minutes and summaries are written.

A full stop ends a sentence only before a capital, a digit, a quote or a bracket — and not after the
abbreviations minutes use ("Cllr.", "No.", "e.g."), a lone initial ("A. Patel") or inside a number
("£1.2m", "10.30 am").  A line break ends a sentence when a list item or heading follows it; otherwise it
is wrapping and is joined, so a hard-wrapped summary reads as the sentences its writer meant.  Bullets
become sentences of their own, without the bullet mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    re.findall(
        r"\S+",
        """cllr cllrs mr mrs ms dr prof rev st no nos para paras approx e.g eg i.e ie etc cf vs v fig figs
        ref refs jan feb mar apr jun jul aug sep sept oct nov dec co ltd inc rt hon dept tel ext incl
        est min max p pp vol cl art sch reg""",
    )
)
_BULLET = re.compile(
    r"^\s*(?:[-*•·▪●◦–]|\(?[0-9]{1,2}[.)]|\(?[a-z]{1,3}\)|\(?[ivx]{1,5}\))\s+", re.IGNORECASE
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9£])")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_TITLE_CHARS = 40


def _protected(text: str, end: int) -> bool:
    """Is the full stop ending at ``end`` part of an abbreviation, initial or number rather than a stop?"""
    before = text[:end].rstrip("\"'”’)]")
    if not before.endswith("."):
        return False
    if re.fullmatch(r"\s*(?:[A-Z]{1,5}[./ ]?)?[\d./]*\d\.", before):
        return True  # "5. HOUSEHOLD WASTE": the number of a heading or list item
    word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", before)
    if word is None:
        return False
    token = word.group(1).lower()
    if token in _ABBREVIATIONS or token.rstrip(".") in _ABBREVIATIONS:
        return True
    return len(token) == 1 and word.group(1).isupper()  # "A. Patel"


def _split_block(block: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _END.finditer(block):
        if _protected(block, match.end()):
            continue
        piece = block[start : match.end()].strip()
        if piece:
            sentences.append(piece)
        start = match.end()
    tail = block[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _shouting(line: str) -> bool:
    """An all-capitals line ("3. APPLICATION FOR PREMISES LICENCE – …") is a heading, never wrapped prose."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # lines joined, list mark and Markdown heading mark removed
    is_item: bool  # began with a list mark ("1)", "(a)", "•")
    first_line: str  # the first line exactly as written, list mark included


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs in order.  Lines are joined unless a list mark, heading, capitals line or blank line
    separates them."""
    blocks: list[Paragraph] = []
    current: list[str] = []
    current_item = False
    first = previous = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        heading = bool(_HEADING.match(line)) or _shouting(line)
        item = bool(_BULLET.match(line)) and not heading
        # A short unpunctuated line before a capital ("Key decisions" / "Library …") is a title, not wrapping:
        # hard-wrapped prose fills its lines.
        titled = bool(previous) and len(previous) < _TITLE_CHARS and not re.search(r"[.,;:!?(–-]$", previous)
        broken = (
            titled
            and line[:1].isupper()
            and not re.search(r"\b(?:the|of|and|to|a|an|for|in|on|by)$", previous)
        )
        # a row of a table written as text ("4 | Budget | Approved | 3/0/0") stands alone
        row = line.count("|") >= 2 or previous.count("|") >= 2
        previous = line
        if not line or item or heading or broken or row:
            if current:
                blocks.append(Paragraph(" ".join(current), current_item, first))
            current, current_item = [], item
        if not line:
            continue
        if not current:
            first = line
        line = _HEADING.sub("", line)
        current.append(_BULLET.sub("", line, count=1) if item else line)
        if heading:
            blocks.append(Paragraph(" ".join(current), False, first))
            current = []
    if current:
        blocks.append(Paragraph(" ".join(current), current_item, first))
    return blocks


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, whitespace collapsed, list marks removed, none empty."""
    out: list[str] = []
    for paragraph in paragraphs(text):
        for sentence in _split_block(re.sub(r"\s+", " ", paragraph.text)):
            if re.search(r"[^\W_]", sentence):  # any letter or digit, in any script
                out.append(sentence)
    return out
