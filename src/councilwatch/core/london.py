"""UK dates and times as councils write them, turned into aware datetimes in Europe/London.

Council sites write "13/01/2026", "Tuesday, 10th February, 2026", "10 Feb 2026", and times such as
"10.00 am", "10:00am", "2.30 pm", "noon" or "14:00". Every datetime we hand on is aware and in
Europe/London, so British Summer Time is applied by the calendar, never by guesswork.

When a council gives no time, or one we cannot read ("TBC"), the meeting is placed at
``DEFAULT_MEETING_TIME`` (00:00 London time) on its date. We do not guess a plausible hour such as 10 am:
a wrong hour printed in a digest looks authoritative, whereas midnight is recognisably "time not given".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
DEFAULT_MEETING_TIME = time(0, 0)

MONTHS = {  # English month names and abbreviations → month number
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# "Tuesday, 10th February, 2026" / "10 Feb 2026" / "10th February 2026"
_WORDY_DATE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{{4}})$", re.IGNORECASE
)
# A date anywhere inside a longer text, for headings and list entries.
DATE_IN_TEXT = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s*m\.?$", re.IGNORECASE)
_TWENTY_FOUR = re.compile(r"^(\d{1,2})[.:](\d{2})(?:[.:]\d{2})?$")
_RANGE = re.compile(r"\s*(?:-|–|\bto\b)\s*")
_NOON = {"noon", "12 noon", "midday", "12 midday", "12.00 noon", "12:00 noon"}


def parse_uk_date(text: str) -> date:
    """Read a date as UK councils write it; raise ValueError with the offending text otherwise."""
    cleaned = " ".join(text.split())
    try:
        if m := _NUMERIC_DATE.match(cleaned):
            day, month, year = (int(g) for g in m.groups())
            return date(year, month, day)
        if m := _ISO_DATE.match(cleaned):
            year, month, day = (int(g) for g in m.groups())
            return date(year, month, day)
        if m := _WORDY_DATE.match(cleaned):
            month_number = MONTHS.get(m.group(2).lower())
            if month_number is not None:
                return date(int(m.group(3)), month_number, int(m.group(1)))
    except ValueError:
        pass  # e.g. 31/02/2026: fall through to the one clear message below
    raise ValueError(f"not a date: {text!r}")


def parse_uk_time(text: str | None) -> time | None:
    """Read a clock time; None when blank or unreadable ("TBC"), so the caller applies its default."""
    if not text:
        return None
    # A range such as "10.00 am - 12.30 pm" starts at its first time.
    cleaned = _RANGE.split(" ".join(text.split()).lower(), maxsplit=1)[0]
    if cleaned in _NOON:
        return time(12, 0)
    if cleaned in {"midnight", "12 midnight"}:
        return time(0, 0)
    if m := _CLOCK.match(cleaned):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if not (1 <= hour <= 12 and minute < 60):
            return None
        hour = hour % 12 + (12 if m.group(3) == "p" else 0)
        return time(hour, minute)
    if m := _TWENTY_FOUR.match(cleaned):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    return None


def london_datetime(day: date, at: time | None = None) -> datetime:
    """An aware datetime in Europe/London; ``at`` None means ``DEFAULT_MEETING_TIME``."""
    return datetime.combine(day, at or DEFAULT_MEETING_TIME, tzinfo=LONDON)


def parse_uk_datetime(text: str) -> datetime:
    """Read "Tuesday, 10th February, 2026 10.00 am" or "10 Feb 2026 2.30 pm" (time optional).

    Raises ValueError when no date can be found; an unreadable time falls back to the default. Text after
    the time (" - CANCELLED") is ignored.
    """
    cleaned = " ".join(text.split())
    m = DATE_IN_TEXT.search(cleaned)
    if m is None:
        raise ValueError(f"no date in {text!r}")
    day = parse_uk_date(m.group(0))
    return london_datetime(day, find_uk_time(cleaned[m.end() :]))


def format_uk_date(day: date) -> str:
    """dd/mm/yyyy, the form the ModernGov web service expects."""
    return day.strftime("%d/%m/%Y")


_TIME_IN_TEXT = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\b\.?|\b(?:12\s+)?(?:noon|midday)\b|\b\d{1,2}[.:]\d{2}\b",
    re.IGNORECASE,
)


def find_uk_time(text: str) -> time | None:
    """The first clock time inside a longer text ("10.00 am CANCELLED" → 10:00), or None."""
    match = _TIME_IN_TEXT.search(text)
    return parse_uk_time(match.group(0)) if match else None
