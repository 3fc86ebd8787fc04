"""UK date and time parsing: every datetime is aware and in Europe/London, BST included."""

from datetime import date, datetime, time, timedelta

import pytest

from councilwatch.core.london import (
    DEFAULT_MEETING_TIME,
    LONDON,
    find_uk_time,
    format_uk_date,
    london_datetime,
    parse_uk_date,
    parse_uk_datetime,
    parse_uk_time,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13/01/2026", date(2026, 1, 13)),
        (" 1/2/2026 ", date(2026, 2, 1)),
        ("2026-01-13", date(2026, 1, 13)),
        ("Tuesday, 10th February, 2026", date(2026, 2, 10)),
        ("10 Feb 2026", date(2026, 2, 10)),
        ("1st Sept 2025", date(2025, 9, 1)),
        ("26th June 2024", date(2024, 6, 26)),
    ],
)
def test_dates_as_councils_write_them(text: str, expected: date) -> None:
    assert parse_uk_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "13/13/2026", "Tuesday", "10 Smarch 2026", ""])
def test_impossible_or_unreadable_dates_are_refused_with_the_text(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_uk_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.00 am", time(10, 0)),
        ("10:00am", time(10, 0)),
        ("2.30 pm", time(14, 30)),
        ("2.30p.m.", time(14, 30)),
        ("10am", time(10, 0)),
        ("12.00 pm", time(12, 0)),
        ("12.15 am", time(0, 15)),
        ("noon", time(12, 0)),
        ("12 Noon", time(12, 0)),
        ("midday", time(12, 0)),
        ("14:00", time(14, 0)),
        ("18.30", time(18, 30)),
        ("10.00 am - 12.30 pm", time(10, 0)),
    ],
)
def test_times_as_councils_write_them(text: str, expected: time) -> None:
    assert parse_uk_time(text) == expected


@pytest.mark.parametrize("text", [None, "", "   ", "TBC", "13.00 pm", "25:00", "9.75 am"])
def test_missing_or_unreadable_times_give_none(text: str | None) -> None:
    assert parse_uk_time(text) is None


def test_missing_time_uses_the_documented_default_of_midnight_london() -> None:
    when = london_datetime(date(2026, 1, 13), None)
    assert time(0, 0) == DEFAULT_MEETING_TIME
    assert when == datetime(2026, 1, 13, 0, 0, tzinfo=LONDON)
    assert when.utcoffset() == timedelta(0)


def test_summer_meetings_are_in_british_summer_time() -> None:
    summer = london_datetime(date(2024, 6, 26), time(11, 0))
    winter = london_datetime(date(2026, 2, 10), time(10, 0))
    assert summer.utcoffset() == timedelta(hours=1)
    assert summer.astimezone(LONDON).isoformat() == "2024-06-26T11:00:00+01:00"
    assert winter.isoformat() == "2026-02-10T10:00:00+00:00"


def test_heading_datetimes_ignore_trailing_status() -> None:
    got = parse_uk_datetime("Wednesday, 26th June, 2024 11.00 am - CANCELLED")
    assert got == datetime(2024, 6, 26, 11, 0, tzinfo=LONDON)
    assert parse_uk_datetime("10 Feb 2026") == datetime(2026, 2, 10, 0, 0, tzinfo=LONDON)
    with pytest.raises(ValueError, match="no date"):
        parse_uk_datetime("Audit Committee")


def test_find_time_inside_text_and_format_for_the_web_service() -> None:
    assert find_uk_time("10.00 am CANCELLED") == time(10, 0)
    assert find_uk_time("CANCELLED") is None
    assert format_uk_date(date(2026, 1, 3)) == "03/01/2026"
