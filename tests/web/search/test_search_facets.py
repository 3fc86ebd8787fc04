"""SQLite's filter tokens: a date range must become tokens covering exactly that range (pure, no database)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from councilwatch.web.search.facets import date_tokens, fts5_filter
from councilwatch.web.search.filters import Filters


def _days(token: str) -> set[dt.date]:
    """The days a y/ym/d token stands for."""
    if token.startswith("ym"):
        year, month = int(token[2:6]), int(token[6:8])
        return {dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)}
    if token.startswith("y"):
        start = dt.date(int(token[1:]), 1, 1)
        return {
            start + dt.timedelta(days=n) for n in range((start.replace(year=start.year + 1) - start).days)
        }
    return {dt.datetime.strptime(token[1:], "%Y%m%d").date()}


def test_a_calendar_year_is_one_token_and_ragged_ends_use_months_and_days() -> None:
    assert date_tokens(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == ["y2024"]
    assert date_tokens(dt.date(2024, 2, 28), dt.date(2024, 4, 1)) == [
        "d20240228",
        "d20240229",
        "ym202403",
        "d20240401",
    ]
    assert date_tokens(dt.date(2025, 5, 1), dt.date(2025, 4, 30)) == []


@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.integers(0, 3000))
def test_tokens_cover_the_range_exactly_and_stay_few(since: dt.date, length: int) -> None:
    until = since + dt.timedelta(days=length)
    tokens = date_tokens(since, until)
    covered: set[dt.date] = set()
    for token in tokens:
        days = _days(token)
        assert not covered & days  # no overlaps
        covered |= days
    assert covered == {since + dt.timedelta(days=n) for n in range(length + 1)}
    assert len(tokens) <= 2 * 30 + 2 * 11 + (length // 365 + 1)


def test_filters_render_against_the_facets_column_only() -> None:
    rendered = fts5_filter(Filters(council_ids=(3, 4), committee_id=9, document_kinds=("minutes",)))
    assert rendered == (
        'document_kind : ("co3" OR "co4") AND document_kind : ("cm9") '
        'AND document_kind : ("kminutes" OR "knone")'
    )
    assert fts5_filter(Filters()) is None
