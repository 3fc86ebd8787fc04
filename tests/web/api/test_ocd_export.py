"""Meetings exported in the Open Civic Data event shape."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from councilwatch.web.api.ocd import event_id
from tests.web import factories as f
from tests.web.api.helpers import get_json

pytestmark = pytest.mark.django_db

OCD_KEYS = {
    "_type",
    "id",
    "name",
    "description",
    "classification",
    "start_date",
    "end_date",
    "all_day",
    "timezone",
    "status",
    "location",
    "links",
    "media",
    "participants",
    "documents",
    "agenda",
    "sources",
    "extras",
}


def _events(client, **params) -> dict:
    return {e["extras"]["meeting_id"]: e for e in get_json(client, "/api/v1/ocd/events", **params)["results"]}


def test_a_held_meeting_becomes_a_complete_ocd_event(client, world) -> None:
    spring = _events(client, council="northtown")[world["spring"].pk]
    assert set(spring) == OCD_KEYS
    assert spring["_type"] == "event" and spring["classification"] == "committee-meeting"
    assert spring["start_date"] == "2025-04-10T19:00:00+01:00" and spring["timezone"] == "Europe/London"
    assert spring["status"] == "passed"
    assert spring["location"]["name"] == "Council Chamber, Town Hall"
    assert spring["participants"][0] == {"name": "Cabinet", "entity_type": "organization", "note": "host"}
    assert {"name": "Councillor A Patel", "entity_type": "person", "note": "Chair"} in spring["participants"]
    assert [a["order"] for a in spring["agenda"]] == ["1.", "2."]
    # Topic names found in an item's title become its subjects; other items have none.
    assert spring["agenda"][1]["subjects"] == ["Housing"] and spring["agenda"][0]["subjects"] == []
    assert spring["documents"][0]["links"][0]["media_type"] == "application/pdf"
    assert spring["sources"] == [{"url": world["spring"].url, "note": "The council's meeting page"}]


def test_event_ids_are_stable_and_distinct(client, world) -> None:
    events = _events(client)
    spring = events[world["spring"].pk]
    assert spring["id"] == event_id("northtown", world["spring"].external_id)
    assert spring["id"] == _events(client)[world["spring"].pk]["id"]
    assert len({e["id"] for e in events.values()}) == len(events)


def test_status_follows_ocd_vocabulary(client, world) -> None:
    soon = f.api_meeting(world["cabinet"], timezone.now() + dt.timedelta(days=5))
    maybe = f.api_meeting(world["cabinet"], timezone.now() + dt.timedelta(days=9), status="provisional")
    moved = f.api_meeting(world["cabinet"], timezone.now() + dt.timedelta(days=9), status="postponed")
    events = _events(client)
    assert events[soon.pk]["status"] == "confirmed"
    assert events[maybe.pk]["status"] == "tentative"
    assert events[moved.pk]["status"] == "cancelled"
    assert events[world["autumn"].pk]["status"] == "cancelled"


def test_filters_and_pagination_match_the_meetings_list(client, world) -> None:
    assert list(_events(client, council="STH")) == [world["autumn"].pk]
    page = get_json(client, "/api/v1/ocd/events", page_size=1)
    assert page["count"] == 3 and len(page["results"]) == 1 and "page=2" in page["next"]
    assert get_json(client, "/api/v1/ocd/events", 400, status="confirmed")["error"]["parameter"] == "status"
