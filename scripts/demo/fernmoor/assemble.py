"""Gather the hand-written committees, give everything its ids and numbers, and resolve cross-references.

Ids follow ModernGov's habits: meetings are created a committee's year at a time (so ids run per
committee), items and attachments get ids as agendas are published.  Minute numbers run per committee
through the municipal year 2026/27, so "Further to Minute {minute:key}" in the text becomes "Minute 34/26".
"""

from __future__ import annotations

import re
from datetime import timedelta

from .content import audit, cabinet, expired, housing, licensing, planning, scrutiny
from .htmlout import ordinal
from .model import CommitteeDef, MeetingDef, State

FIRST_MEETING_ID = 5001
FIRST_ITEM_ID = 31001
FIRST_DOC_ID = 62001
PAPER_NOTICE_DAYS = 7

_REF = re.compile(r"\{(minute|mdate):([a-z0-9_-]+)\}")


def committees() -> list[CommitteeDef]:
    """All committees with ids, numbers and references filled in; raises ValueError on inconsistent data."""
    found = [m.COMMITTEE for m in (cabinet, scrutiny, planning, audit, licensing, housing, expired)]
    meeting_id, item_id, doc_id = FIRST_MEETING_ID, FIRST_ITEM_ID, FIRST_DOC_ID
    keys: dict[str, tuple[MeetingDef, int]] = {}
    for committee in found:
        committee.meetings.sort(key=lambda m: m.day)
        minute_no = committee.first_minute
        for meeting in committee.meetings:
            meeting.meeting_id = meeting_id
            meeting.committee_id = committee.committee_id
            meeting_id += 1
            _check(meeting)
            for index, item in enumerate(meeting.items):
                item.item_id = item_id
                item_id += 1
                item.number = f"{index + 1}."
                item.internal_number = index + 3 + index // 4  # internal numbers skip, as real ones do
                if meeting.held:
                    item.minute_no = minute_no
                    minute_no += 1
                if item.key:
                    if item.key in keys:
                        raise ValueError(f"duplicate item key {item.key!r}")
                    keys[item.key] = (meeting, item.minute_no)
                for paper in item.papers:
                    paper.doc_id = doc_id
                    doc_id += 1
                    paper.published = meeting.day - timedelta(days=PAPER_NOTICE_DAYS)
    by_id = {m.meeting_id: m for c in found for m in c.meetings}
    by_key = {m.key: m for c in found for m in c.meetings if m.key}
    for committee in found:
        for meeting in committee.meetings:
            for item in meeting.items:
                item.agenda = _resolve(item.agenda, keys)
                item.minutes = _resolve(item.minutes, keys)
                for paper in item.papers:
                    paper.body = _resolve(paper.body, keys)
                    if paper.minutes_of_key:
                        if paper.minutes_of_key not in by_key:
                            raise ValueError(f"unknown meeting key {paper.minutes_of_key!r}")
                        paper.minutes_of = by_key[paper.minutes_of_key].meeting_id
                    if paper.minutes_of and not by_id[paper.minutes_of].minutes_published:
                        raise ValueError(f"paper {paper.title!r} copies unpublished minutes")
    return found


def _resolve(text: str, keys: dict[str, tuple[MeetingDef, int]]) -> str:
    def sub(match: re.Match[str]) -> str:
        kind, key = match.groups()
        if key not in keys:
            raise ValueError(f"unknown cross-reference {match.group(0)}")
        meeting, minute_no = keys[key]
        if kind == "minute":
            if not minute_no:
                raise ValueError(f"{match.group(0)} points at an item that was never minuted")
            return f"{minute_no}/26"
        return f"{ordinal(meeting.day.day)} {meeting.day:%B} {meeting.day.year}"

    return _REF.sub(sub, text)


def _check(meeting: MeetingDef) -> None:
    where = f"{meeting.committee_id} {meeting.day}"
    if meeting.state in (State.CANCELLED, State.PLANNED) and meeting.items:
        raise ValueError(f"{where}: a {meeting.state} meeting has no published items")
    if meeting.agenda_published and not meeting.items:
        raise ValueError(f"{where}: a published agenda needs items")
    for item in meeting.items:
        if meeting.minutes_published and not item.minutes.strip():
            raise ValueError(f"{where}: item {item.title!r} has no minutes")
        if not meeting.minutes_published and item.minutes.strip():
            raise ValueError(f"{where}: item {item.title!r} has minutes before they are published")
