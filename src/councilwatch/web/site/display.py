"""How dates, times and labels read on the public pages: UK style, always in Europe/London.

"Wednesday, 26 June 2024, 11.00am" is the house style (GOV.UK writes times as "11am" or "11.30am"; councils'
own pages say "11.00 am"; we keep the minutes because people compare against the council's page).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

OUTCOME_LABELS = {
    "noted": "Noted",
    "approved": "Approved",
    "agreed": "Agreed",
    "deferred": "Deferred",
    "rejected": "Rejected",
    "refused": "Refused",
    "recommended": "Recommended",
    "requested": "Requested",
    "withdrawn": "Withdrawn",
    "amended": "Amended",
    "delegated": "Delegated",
}

ATTENDANCE_LABELS = {
    "present": "Present",
    "apologies": "Apologies",
    "absent": "Absent",
    "expected": "Expected",
    "in_attendance": "In attendance",
    "unknown": "Attendance not recorded",
}

DOCUMENT_KIND_LABELS = {
    "reports_pack": "Public reports pack",
    "agenda_frontsheet": "Agenda frontsheet",
    "minutes": "Printed minutes",
    "paper": "Paper",
}


def in_london(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        # Naive values only come from hand-made rows; treat them as London wall-clock time, never UTC.
        return moment.replace(tzinfo=LONDON)
    return moment.astimezone(LONDON)


def uk_date(day: dt.date | dt.datetime) -> str:
    """Wednesday, 26 June 2024"""
    if isinstance(day, dt.datetime):
        day = in_london(day).date()
    return f"{day:%A}, {day.day} {day:%B %Y}"


def uk_time(moment: dt.datetime | dt.time) -> str:
    """11.00am, 2.30pm, 12.00pm (noon)"""
    clock = in_london(moment).time() if isinstance(moment, dt.datetime) else moment
    hour = clock.hour % 12 or 12
    return f"{hour}.{clock.minute:02d}{'am' if clock.hour < 12 else 'pm'}"


def uk_datetime(moment: dt.datetime) -> str:
    """Wednesday, 26 June 2024, 11.00am"""
    return f"{uk_date(moment)}, {uk_time(moment)}"


def short_date(day: dt.date | dt.datetime) -> str:
    """26 Jun 2024 — for dense lists where the weekday adds nothing."""
    if isinstance(day, dt.datetime):
        day = in_london(day).date()
    return f"{day.day} {day:%b %Y}"


def outcome_label(outcome: str) -> str:
    return OUTCOME_LABELS.get(outcome, outcome.replace("_", " ").capitalize() or "Recorded")


def attendance_label(value: str) -> str:
    return ATTENDANCE_LABELS.get(value, value.replace("_", " ").capitalize())


def document_kind_label(kind: str) -> str:
    return DOCUMENT_KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())
