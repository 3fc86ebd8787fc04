"""iCalendar files of upcoming meetings, per council and per committee."""

from __future__ import annotations

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db


def calendar(client, url: str) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_council_calendar_has_only_upcoming_meetings_with_stable_uids(client, town) -> None:
    found = events(calendar(client, "/feeds/councils/northtown/meetings.ics"))
    upcoming, cancelled = town["upcoming"], town["cancelled"]
    assert set(found) == {
        f"meeting-northtown-{upcoming.external_id}@councilwatch",
        f"meeting-northtown-{cancelled.external_id}@councilwatch",
    }
    again = events(calendar(client, "/feeds/councils/northtown/meetings.ics"))
    assert set(again) == set(found)


def test_events_carry_london_time_location_url_and_status(client, town) -> None:
    response = client.get("/feeds/councils/northtown/meetings.ics")
    text = response.content.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/London" in text
    assert "DTSTART;TZID=Europe/London:" in text
    found = events(Calendar.from_ical(response.content))
    upcoming = found[f"meeting-northtown-{town['upcoming'].external_id}@councilwatch"]
    start = upcoming["DTSTART"].dt
    assert (start.hour, start.minute, str(start.tzinfo)) == (19, 0, "Europe/London")
    assert str(upcoming["LOCATION"]) == "Committee Room 2"
    assert str(upcoming["URL"]) == f"http://testserver/councils/northtown/meetings/{town['upcoming'].pk}/"
    assert str(upcoming["STATUS"]) == "CONFIRMED"
    cancelled = found[f"meeting-northtown-{town['cancelled'].external_id}@councilwatch"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert "STATUS:CANCELLED" in text


def test_committee_calendar_and_hostile_titles(client, town) -> None:
    cal = calendar(client, f"/feeds/councils/northtown/committees/{town['parks'].pk}/meetings.ics")
    (only,) = cal.walk("VEVENT")
    assert str(only["UID"]) == f"meeting-northtown-{town['cancelled'].external_id}@councilwatch"
    # iCalendar is plain text: the title survives exactly, and no client renders it as HTML.
    assert str(only["SUMMARY"]).startswith("Parks <script>")


def test_unknown_council_or_committee_is_404(client, town) -> None:
    assert client.get("/feeds/councils/nowhere/meetings.ics").status_code == 404
    assert (
        client.get(f"/feeds/councils/demoville/committees/{town['parks'].pk}/meetings.ics").status_code == 404
    )
