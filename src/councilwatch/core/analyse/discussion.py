"""What members raised, the facts worth repeating, and the steps still to come.

Minutes record discussion as a lead-in ("The Committee asked questions and received responses on the
following matters including:-", "… in respect of the matters summarised below:") followed by bullets, either
one per line or run together on one line with "·" or "•" between them.  Facts are the sentences that carry
figures, money or dates; future steps are sentences that ``is_future_step`` recognises, which must never be
reported as decisions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilwatch.core.analyse.outcomes import is_future_step
from councilwatch.core.analyse.people import Mention

_TRIGGER = re.compile(
    r"(?:questions?|questioned|queries|asked|raised|discuss(?:ed|ion)|comments?|concerns?|matters|issues|"
    r"points)[^.\n]{0,240}?(?:including|summarised\s+below|set\s+out\s+below|as\s+follows|the\s+following)"
    r"[^.\n:]{0,80}?[ \t]*(?::-?|-|–)[ \t]*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"(?:^|(?<=\s))[•·▪●◦*-](?=\s)|^\s*(?:\(?[a-z0-9]{1,3}[.)])(?=\s)", re.MULTILINE)
_LINE_BULLET = re.compile(r"^\s*(?:[•·▪●◦*-]|\(?[a-z0-9]{1,3}[.)])\s+")
_FIGURE = re.compile(
    r"£\s?\d|\b\d[\d,.]*\s?(?:%|per\s*cent|percent|million|m\b|k\b|bn\b)|\b\d{2,}[\d,]*\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b",
    re.IGNORECASE,
)
# "Air Quality report, item 6 PDF 310 KB": a link to a paper, not a fact about the meeting.
_DOCUMENT_LINK = re.compile(r"\b(?:PDF|DOCX?|XLSX?)\s+\d+(?:\.\d+)?\s*[KM]B\b", re.IGNORECASE)
_CUT_OFF = re.compile(r"\.\.\.\s*view the full minutes text|view the full minutes text", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class IssueList:
    lead: Mention  # the "asked questions … including:-" sentence
    issues: tuple[Mention, ...]


def _inline_bullets(text: str, offset: int) -> list[Mention]:
    marks = [m for m in re.finditer(r"(?:^|\s)[•·▪●◦](?=\s)", text)]
    out: list[Mention] = []
    for index, mark in enumerate(marks):
        start = mark.end()
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        piece = text[start:end]
        cut = _CUT_OFF.search(piece)
        if cut:
            piece = piece[: cut.start()]
        stripped = piece.strip(" \n|")
        if stripped:
            lead_space = len(piece) - len(piece.lstrip(" \n|"))
            out.append(
                Mention(stripped, offset + start + lead_space, offset + start + lead_space + len(stripped))
            )
    return out


def find_issues(body: str) -> list[IssueList]:
    """Each discussion list in the item: its lead-in sentence and the bullet points after it."""
    lists: list[IssueList] = []
    for trigger in _TRIGGER.finditer(body):
        sentence_start = max(body.rfind(".", 0, trigger.start()), body.rfind("\n", 0, trigger.start())) + 1
        lead_text = body[sentence_start : trigger.end()].strip()
        lead = Mention(lead_text, body.index(lead_text, sentence_start), trigger.end())
        rest_end = body.find("\n", trigger.end())
        rest_of_line = body[trigger.end() : rest_end if rest_end != -1 else len(body)]
        issues = _inline_bullets(rest_of_line, trigger.end())
        if len(issues) < 2 and rest_of_line.strip(" |") == (issues[0].text if issues else ""):
            issues = _line_bullets(body, trigger.end())
        if issues:
            lists.append(IssueList(lead, tuple(issues)))
    return lists


def _line_bullets(body: str, start: int) -> list[Mention]:
    """Bullets one per line after the lead-in; the list ends at the first line that is not a bullet."""
    out: list[Mention] = []
    position = body.find("\n", start)
    if position == -1:
        return out
    position += 1
    while position < len(body):
        end = body.find("\n", position)
        end = len(body) if end == -1 else end
        line = body[position:end]
        bullet = _LINE_BULLET.match(line)
        if bullet is None:
            if line.strip() or out:
                break
        else:
            inline = _inline_bullets(line, position)
            if len(inline) > 1:
                out.extend(inline)
            else:
                text = line[bullet.end() :].strip(" |")
                if text:
                    first = position + line.index(text, bullet.end())
                    out.append(Mention(text, first, first + len(text)))
        position = end + 1
    return out


def condense_issue(issue: str, max_words: int = 14) -> str:
    """The topic of one bullet: "Impact of project - voices were heard …" → "Impact of project"."""
    text = re.sub(r"\s+", " ", issue).strip(" .;")
    # A dash before a figure is a range ("1st April – 30th March"), not the end of a topic label.
    head = re.split(r"\s+[-–—]\s+(?!\d)|:\s+", text, maxsplit=1)[0]
    if head != text and 2 <= len(head.split()) <= max_words:
        return head
    words = text.split()
    if len(words) <= max_words:
        return text
    clause = re.split(r",\s+|;\s+|\s+[-–—]\s+", text)[0]
    return clause if len(clause.split()) <= max_words else ""


def is_cut_off(sentence: str) -> bool:
    """A meeting page truncates long minutes with "… view the full minutes text": not a real sentence."""
    return bool(_CUT_OFF.search(sentence))


def fact_sentences(sentences: Sequence[Mention]) -> list[Mention]:
    """Sentences carrying money, percentages, counts or dates — the "key facts" of an item."""
    return [
        s
        for s in sentences
        if _FIGURE.search(s.text) and not is_cut_off(s.text) and not _DOCUMENT_LINK.search(s.text)
    ]


def future_steps(sentences: Sequence[Mention]) -> list[Mention]:
    return [s for s in sentences if not is_cut_off(s.text) and is_future_step(s.text)]
