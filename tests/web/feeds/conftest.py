"""Rows for feed tests: past and upcoming meetings, a cancelled one, a summary and hostile scraped text."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from tests.web import factories as f

LONDON = ZoneInfo("Europe/London")
HOSTILE = '<script>alert("feed")</script> Parks & <i>Leisure</i>'


def _upcoming(days: int, hour: int = 19) -> dt.datetime:
    day = timezone.now().astimezone(LONDON).date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=LONDON)


@pytest.fixture
def town(db) -> dict:
    north = f.api_council("northtown", name="Northtown Borough Council")
    demo = f.api_council("demoville", name="Demoville Council", demo=True)
    cabinet = f.api_committee(north, "Cabinet")
    parks = f.api_committee(north, f"Parks {HOSTILE}")
    demo_cabinet = f.api_committee(demo, "Demo Cabinet")
    held = f.api_meeting(cabinet, dt.datetime(2025, 3, 12, 10, 0, tzinfo=LONDON), minutes_published=True)
    hostile = f.api_meeting(parks, dt.datetime(2025, 6, 26, 11, 0, tzinfo=LONDON), location=HOSTILE)
    passage = f.api_passage(held, "Cabinet approved the playground refurbishment programme.")
    f.api_summary(
        held,
        overview=[
            f.api_sentence(f"Cabinet approved the playground programme {HOSTILE}.", passage),
            f.api_sentence("A sentence that failed its check.", passage, passed=False),
        ],
    )
    # Summer time: 7pm in July is 18:00 UTC; winter: 7pm in January is 19:00 UTC. TZID keeps both at 7pm.
    upcoming = f.api_meeting(cabinet, _upcoming(10), location="Committee Room 2")
    cancelled = f.api_meeting(parks, _upcoming(20, 14), status="cancelled")
    demo_meeting = f.api_meeting(demo_cabinet, _upcoming(5))
    f.api_topic(held, "parks", "Parks")
    f.api_topic(demo_meeting, "parks", "Parks")
    return {
        "north": north,
        "demo": demo,
        "cabinet": cabinet,
        "parks": parks,
        "held": held,
        "hostile": hostile,
        "upcoming": upcoming,
        "cancelled": cancelled,
        "demo_meeting": demo_meeting,
        "passage": passage,
    }
