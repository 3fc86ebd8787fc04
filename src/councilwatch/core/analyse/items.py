"""Split a meeting's minutes into agenda items.

Printed minutes number their items per municipal year ("41. Work Programme", "41/26 Work Programme",
"Minute 41 – …"), while a ModernGov meeting page rendered as text gives one line per item with an inline
"Minutes:" label.  RESOLVED clauses are often numbered too ("1. Notes the report"), so a numbered line only
opens an item when its number moves forward and it reads like a title, not like a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PROCEDURAL_TITLES = re.compile(
    r"^(apologies|declarations? of (?:disclosable )?(?:pecuniary )?interests?|"
    r"(?:confirmation of |approval of )?(?:the )?minutes\b|any other (?:items of )?(?:public )?business|"
    r"exclusion of (?:the )?press|"
    r"date of (?:the )?next meeting|chair'?s announcements|substitutions?|welcome and introductions|"
    r"urgent items?|late items?|matters arising|public questions|petitions)",
    re.IGNORECASE,
)

_DECORATION = re.compile(r"^[#>*_\s]+|[*_\s|]+$")
# "41. Budget", "41/26 Budget" (item/year), "25/04 Minutes" (year/item), "TC/25/101 Apologies" and
# "ES.71/25 Correspondence" (a committee's own prefix)
_HEADING = re.compile(
    r"^(?:(?:item|minute)\s+)?(?P<number>(?:[A-Z]{1,4}[./])?\d{1,3}(?:/\d{1,4}){0,2}[a-z]?)"
    r"(?:[.:]\s+|\s+[-–—]\s+|\s+)(?P<title>\S.*)$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^(?:(?:item|minute)\s+)?\d{1,3}(?:/\d{2,4})?[a-z]?\.?$", re.IGNORECASE)
_JOINERS = {"of", "and", "the", "for", "to", "in", "on", "at", "by", "with", "&", "a", "an"}
_OPENER = re.compile(
    r"^(?:The|A|An|This|These|It|Mr|Mrs|Ms|Dr|Councillor|Councillors|Cllr|Members|RESOLVED|Resolved|"
    r"There|Further|Following|In|At|Apologies|Officers|Cabinet)$"
)
_RESOLVED = re.compile(
    r"\bRESOLVED\b|\b[Ii]t was (?:further )?resolved\b|^\s*Resolved\b|\bRECOMMENDED\b", re.M
)
_PAGE_MINUTES = re.compile(r"(?:^|\s)Minutes:\s*")
_PDF_SIZE = re.compile(r"\bPDF\s+\d+\s*[KM]B\b")
_MONTH = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4}|\s*$)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ItemText:
    """One agenda item: ``start``/``end`` index the whole minutes text, ``body_start`` skips the heading."""

    number: str
    title: str
    start: int
    body_start: int
    end: int
    body: str

    @property
    def procedural(self) -> bool:
        return bool(PROCEDURAL_TITLES.match(self.title.strip()))

    @property
    def leading_int(self) -> int:
        match = re.match(r"\d+", self.number)
        return int(match.group()) if match else -1


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def title_like(title: str) -> bool:
    """Reads like an item title: short, capitalised, no closing full stop, not a date."""
    words = title.split()
    if not words or len(words) > 18 or len(title) > 160:
        return False
    if title.rstrip().endswith((".", ",", ";", ":")) and not title.rstrip().endswith("etc."):
        return False
    if _MONTH.match(title):
        return False  # "19 April 2023" is a date, not item 19
    first = title.lstrip("'\"‘“(")[:1]
    return first.isupper() or first.isdigit()


def _numbered_items(text: str) -> list[ItemText]:
    heads: list[tuple[int, int, str, str]] = []  # line start, body start, number, title
    last_number: tuple[int, ...] = (-1,)
    in_resolution = False
    last_clause = 0
    lines = _lines(text)
    for index, (offset, raw) in enumerate(lines):
        line = _DECORATION.sub("", raw)
        if _BARE_NUMBER.match(line) and index + 1 < len(lines):
            # A PDF table can put the item number and its title on separate lines: "41." then "Budget".
            line = f"{line.rstrip('.')} {_DECORATION.sub('', lines[index + 1][1])}"
            raw = f"{raw}\n{lines[index + 1][1]}"
        match = _HEADING.match(line)
        if _RESOLVED.search(raw):
            in_resolution, last_clause = True, 0
        if not match:
            continue
        number, title = match.group("number"), match.group("title").strip()
        # Items count up in every part of their number: 41/26, 42/26 and 25/03, 25/04 alike.
        order = tuple(int(part) for part in re.findall(r"\d+", number))
        leading = order[0]
        if in_resolution and "/" not in number and leading == last_clause + 1:
            last_clause = leading  # "1. Notes the report" inside a RESOLVED list
            continue
        body_start = offset + len(raw) + 1
        if order > last_number and not title_like(title):
            fused = _split_fused(title)
            if fused is not None:
                title, rest = fused
                body_start = offset + raw.find(rest[:30])
        if order <= last_number or not title_like(title):
            continue
        heads.append((offset, body_start, number, title))
        last_number, in_resolution, last_clause = order, False, 0
    return _assemble(text, heads)


def _split_fused(line: str) -> tuple[str, str] | None:
    """ "Chairman's Announcements The Chairman congratulated …" → (title, first sentence).

    Some extractors join a heading to the paragraph under it.  The title is the run of capitalised words
    (and small joining words) at the start; the paragraph starts at the last sentence opener in that run
    ("The", "Councillor", "RESOLVED" …), which must not be the first word.
    """
    words = list(re.finditer(r"\S+", line))
    run_end = 0
    for index, word in enumerate(words):
        token = word.group()
        if token[:1].isupper() or token[:1].isdigit() or token.lower() in _JOINERS or not token[:1].isalnum():
            run_end = index + 1
            continue
        break
    else:
        return None  # the whole line is title-like words: not a fused paragraph
    openers = [i for i in range(1, run_end) if _OPENER.match(words[i].group())]
    if not openers:
        return None
    cut = words[openers[-1]].start()
    return line[:cut].rstrip(" :–-"), line[cut:]


def _segments(text: str) -> list[tuple[int, str]]:
    """Lines, further cut at table-cell bars: a rendered meeting page ends each item's row with " |"."""
    out: list[tuple[int, str]] = []
    for offset, line in _lines(text):
        start = 0
        for bar in re.finditer(r"\|(?=\s|$)", line):
            out.append((offset + start, line[start : bar.start()]))
            start = bar.end()
        out.append((offset + start, line[start:]))
    return out


def _page_items(text: str) -> list[ItemText]:
    """The ModernGov meeting page shape: "<title> PDF 133 KB <author> Minutes: <text>" per item."""
    heads: list[tuple[int, int, str, str]] = []
    pending: tuple[int, str] | None = None
    for offset, raw in _segments(text):
        minutes = _PAGE_MINUTES.search(raw)
        if minutes is None:
            if _PDF_SIZE.search(raw):
                pending = (offset, _clean_page_title(raw))
            continue
        before = _clean_page_title(raw[: minutes.start()])
        body_start = offset + minutes.end()
        if before:
            start = offset + len(raw[: minutes.start()]) - len(raw[: minutes.start()].lstrip())
            heads.append((start, body_start, "", before))
        elif pending is not None:
            heads.append((pending[0], body_start, "", pending[1]))
        else:
            heads.append((offset + minutes.start(), body_start, "", "Minutes"))
        pending = None
    return _assemble(text, heads)


def _clean_page_title(raw: str) -> str:
    title = raw.replace("Additional documents:", " ")
    size = _PDF_SIZE.search(title)
    if size:
        title = title[: size.start()]
    title = _DECORATION.sub("", re.sub(r"^\s*No\.\s*\|\s*Item\s*\|", "", title)).strip()
    # The page repeats a standing item's title in its description ("Any Other Business Any other business
    # which the Chair decides …"): keep the title only.
    words = title.split()
    for cut in range(2, len(words) - 2):
        if [w.lower() for w in words[cut : cut + 3]] == [w.lower() for w in words[:3]]:
            return " ".join(words[:cut])
    return title


def _assemble(text: str, heads: list[tuple[int, int, str, str]]) -> list[ItemText]:
    items: list[ItemText] = []
    if heads and text[: heads[0][0]].strip():
        items.append(_item(text, "", "", 0, 0, heads[0][0]))
    for index, (start, body_start, number, title) in enumerate(heads):
        end = heads[index + 1][0] if index + 1 < len(heads) else len(text)
        items.append(_item(text, number, title, start, min(body_start, end), end))
    return items


def _item(text: str, number: str, title: str, start: int, body_start: int, end: int) -> ItemText:
    # The body stays an exact slice so later spans can be mapped back to passages.
    body = text[body_start:end]
    return ItemText(number=number, title=title, start=start, body_start=body_start, end=end, body=body)


def split_items(text: str) -> list[ItemText]:
    """Agenda items in order; text before the first heading (attendance, date) is an untitled preamble.

    Falls back to a single untitled item when no structure is found, so nothing in the text is lost.
    """
    numbered = _numbered_items(text)
    titled = [item for item in numbered if item.title]
    if len(titled) >= 2:
        return numbered
    page = _page_items(text)
    if len([item for item in page if item.title]) >= 2:
        return page
    if len(titled) == 1:
        return numbered
    return [_item(text, "", "", 0, 0, len(text))] if text.strip() else []
