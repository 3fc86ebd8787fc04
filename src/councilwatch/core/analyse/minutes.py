"""Analyse a meeting's minutes: items, and for each item who presented, who attended, what members raised,
what was resolved (with outcomes), what happens next, the facts worth repeating, and minute references.

Everything found carries character offsets into the text it came from, so a summary built from it can
cite exactly the passages it rests on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from councilwatch.core.analyse.discussion import (
    IssueList,
    fact_sentences,
    find_issues,
    future_steps,
    is_cut_off,
)
from councilwatch.core.analyse.items import ItemText, split_items
from councilwatch.core.analyse.people import (
    Mention,
    Person,
    find_item_attendees,
    find_meeting_attendees,
    find_presenter,
    people_in_presenter,
)
from councilwatch.core.analyse.resolutions import Resolution, find_resolutions
from councilwatch.core.analyse.topics import TopicScore
from councilwatch.core.analyse.votes import find_votes
from councilwatch.core.verify.sentences import split_sentences

__all__ = [
    "ItemAnalysis",
    "ItemText",
    "MeetingAnalysis",
    "MinuteReference",
    "Resolution",
    "analyse_minutes",
    "find_resolutions",
    "nothing_happened",
    "split_items",
]

_REFERENCE = re.compile(
    r"\b[Mm]inutes?\s+(?:[Nn]o\.?\s*)?(?P<number>\d{1,3}(?:/\d{2,4})?)\b(?:\s+headed\s+[‘'\"“](?P<title>[^’'\"”]+))?"
)
# Sentences that say nothing happened in a standing item; an item made only of these is left out.
_NOTHING_HAPPENED = re.compile(
    r"^\W*(?:there\s+were\s+no\b|no\s+(?:declarations|apologies|interests|other\s+items|items)\b|"
    r"(?:RESOLVED\s+that\s+)?the\s+minutes\s+of\s+the\s+(?:previous\s+|last\s+)?meeting\b.*\b(?:true|correct|"
    r"accurate)\s+record|apologies\s+(?:for\s+absence\s+)?(?:were\s+)?(?:received|submitted|noted|given)|"
    r"(?:an\s+)?apolog(?:y|ies)\s+(?:was|were)\s+received|councillor\s+[\w\s'-]+\s+(?:substituted|attended\s+as"
    r"\s+a\s+substitute))",
    re.IGNORECASE | re.DOTALL,
)


def nothing_happened(sentence: str) -> bool:
    """True for a standing formula: "There were no declarations of interest", "Apologies were received"."""
    return bool(_NOTHING_HAPPENED.match(sentence))


@dataclass(frozen=True, slots=True)
class MinuteReference:
    text: str  # "Minute 13/24"
    number: str  # "13/24"
    start: int
    end: int
    item_number: str = ""  # the referenced item in these minutes, when it is here
    item_title: str = ""  # its title, or the title the reference quotes ("minute 54 headed '…'")


@dataclass(frozen=True, slots=True)
class ItemAnalysis:
    """One item, all offsets absolute in the analysed text."""

    item: ItemText
    sentences: tuple[Mention, ...]
    presenter: Mention | None
    attendees: tuple[Person, ...]
    issues: tuple[IssueList, ...]
    resolutions: tuple[Resolution, ...]
    future_steps: tuple[Mention, ...]
    facts: tuple[Mention, ...]
    references: tuple[MinuteReference, ...]

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def procedural(self) -> bool:
        return self.item.procedural

    @property
    def eventful(self) -> bool:
        """Something happened beyond the standing formula ("There were no declarations of interest")."""
        return any(not nothing_happened(s.text) and not is_cut_off(s.text) for s in self.sentences)

    @property
    def substantive(self) -> bool:
        return not self.procedural or self.eventful


@dataclass(frozen=True, slots=True)
class MeetingAnalysis:
    text: str
    items: tuple[ItemAnalysis, ...]
    preamble: ItemText | None = None
    attendees: tuple[Person, ...] = ()
    topics: tuple[TopicScore, ...] = field(default=())  # filled by callers that want them (brief does)


_TERMINAL = (".", ":", ";", "!", "?", "’", "”", '"', "|")


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines that belong together: a line joins the previous one only when that one was cut mid-
    sentence and this one carries on in lower case.  Headings, labels and bullets stay their own block, so a
    heading can never fuse with the paragraph under it into one "sentence"."""
    blocks: list[tuple[int, int]] = []
    position = start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop == -1 else stop
        line = text[position:stop]
        if blocks and line.strip() and line.lstrip()[:1].islower():
            previous = text[blocks[-1][0] : blocks[-1][1]].rstrip()
            if previous and not previous.endswith(_TERMINAL):
                blocks[-1] = (blocks[-1][0], stop)
                position = stop + 1
                continue
        if line.strip():
            blocks.append((position, stop))
        position = stop + 1
    return blocks


def locate_sentences(text: str, start: int, end: int) -> list[Mention]:
    """Sentences of ``text[start:end]`` with absolute offsets (the splitter may tidy whitespace)."""
    out: list[Mention] = []
    for block_start, block_end in _blocks(text, start, end):
        cursor = block_start
        for sentence in split_sentences(text[block_start:block_end]):
            cleaned = sentence.strip()
            if not cleaned:
                continue
            found = text.find(cleaned, cursor, block_end)
            if found == -1:
                words = [re.escape(w) for w in cleaned.split()]
                match = re.compile(r"\s+".join(words)).search(text, cursor, block_end) if words else None
                if match is None:
                    continue
                found, stop = match.start(), match.end()
            else:
                stop = found + len(cleaned)
            out.append(Mention(re.sub(r"\s+", " ", cleaned), found, stop))
            cursor = stop
    return out


def _references(body: str, offset: int, items: list[ItemText]) -> list[MinuteReference]:
    refs: list[MinuteReference] = []
    for match in _REFERENCE.finditer(body):
        number = match.group("number")
        target = _find_item(number, items)
        refs.append(
            MinuteReference(
                text=match.group(0).split(" headed")[0],
                number=number,
                start=offset + match.start(),
                end=offset + match.end(),
                item_number=target.number if target else "",
                item_title=target.title if target else (match.group("title") or ""),
            )
        )
    return refs


def _find_item(number: str, items: list[ItemText]) -> ItemText | None:
    """ "13/24" matches an item numbered "13/24", or "13" when the minutes drop the year suffix."""
    head = number.split("/")[0]
    for item in items:
        if item.number and (item.number == number or item.number.split("/")[0] == head == number):
            return item
    return None


def analyse_item(text: str, item: ItemText, items: list[ItemText]) -> ItemAnalysis:
    offset = item.body_start
    body = text[item.body_start : item.end]
    sentences = locate_sentences(text, item.body_start, item.end)
    resolutions = tuple(
        Resolution(
            **{
                **_fields(r),
                "start": r.start + offset,
                "end": r.end + offset,
                "lead_start": r.lead_start + offset,
                "lead_end": r.lead_end + offset,
            }
        )
        for r in _decisions(body)
    )
    in_resolution = [s for s in sentences if any(r.start <= s.start < r.end for r in resolutions)]
    outside = [s for s in sentences if s not in in_resolution]
    presenter = find_presenter(body)
    return ItemAnalysis(
        item=item,
        sentences=tuple(sentences),
        presenter=presenter.shifted(offset) if presenter else None,
        attendees=tuple(
            p.shifted(offset)
            for p in find_item_attendees(body) + (people_in_presenter(presenter) if presenter else [])
        ),
        issues=tuple(
            IssueList(lst.lead.shifted(offset), tuple(i.shifted(offset) for i in lst.issues))
            for lst in find_issues(body)
        ),
        resolutions=resolutions,
        future_steps=tuple(future_steps(outside)),
        facts=tuple(fact_sentences([s for s in outside if not nothing_happened(s.text)])),
        references=tuple(_references(body, offset, items)),
    )


def _decisions(body: str) -> list[Resolution]:
    """RESOLVED clauses, plus motions decided by a vote outside any RESOLVED block."""
    resolved = find_resolutions(body)
    votes = [v for v in find_votes(body) if not any(r.start <= v.start < r.end for r in resolved)]
    return sorted(resolved + votes, key=lambda r: r.start)


def _fields(resolution: Resolution) -> dict[str, object]:
    return {name: getattr(resolution, name) for name in Resolution.__slots__}


def analyse_minutes(text: str) -> MeetingAnalysis:
    """Analyse one meeting's minutes (or one paper treated as a single item)."""
    items = split_items(text)
    preamble = items[0] if items and not items[0].title and len(items) > 1 else None
    body_items = [item for item in items if item is not preamble]
    analysed = tuple(analyse_item(text, item, body_items) for item in body_items)
    attendees = tuple(find_meeting_attendees(preamble.body)) if preamble else ()
    return MeetingAnalysis(
        text=text,
        items=analysed,
        preamble=preamble,
        attendees=attendees,
    )
