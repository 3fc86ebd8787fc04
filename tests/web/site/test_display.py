"""UK dates and times in Europe/London, and the HTML sanitiser."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from councilwatch.web.site.display import outcome_label, uk_datetime, uk_time
from councilwatch.web.site.sanitize import clean_html

UTC = ZoneInfo("UTC")


def test_summer_and_winter_times_are_london_times() -> None:
    assert uk_datetime(dt.datetime(2024, 6, 26, 10, 0, tzinfo=UTC)) == "Wednesday, 26 June 2024, 11.00am"
    assert uk_datetime(dt.datetime(2024, 1, 10, 18, 30, tzinfo=UTC)) == "Wednesday, 10 January 2024, 6.30pm"
    # 23:30 UTC on 30 June is already 1 July in London.
    assert uk_datetime(dt.datetime(2024, 6, 30, 23, 30, tzinfo=UTC)) == "Monday, 1 July 2024, 12.30am"


def test_noon_and_midnight() -> None:
    assert uk_time(dt.time(12, 0)) == "12.00pm"
    assert uk_time(dt.time(0, 5)) == "12.05am"


def test_outcome_labels() -> None:
    assert outcome_label("noted") == "Noted"
    assert outcome_label("called_in") == "Called in"


def test_sanitiser_keeps_structure_and_drops_everything_else() -> None:
    dirty = (
        '<div><p style="x" onclick="y">A <em>b</em><br><iframe src="z"></iframe></p>'
        '<ul><li><a href="javascript:x()">c</a></li></ul><style>p{}</style><!-- note --></div>'
    )
    assert clean_html(dirty) == "<p>A <em>b</em><br></p><ul><li>c</li></ul>"
    assert clean_html("") == ""


def test_url_or_falls_back_only_when_the_name_is_unknown(db) -> None:
    from django.urls import reverse

    from councilwatch.web.site.elsewhere import url_or

    assert url_or("no-such-view-name", "/fallback/") == "/fallback/"
    assert url_or("site:accuracy", "/fallback/") == reverse("site:accuracy")
