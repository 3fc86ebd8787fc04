"""A small, realistic world for API tests: real rows, including hostile text scraped from a council site."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tests.web import factories as f

LONDON = ZoneInfo("Europe/London")
HOSTILE = '<script>alert("x")</script> & Budget <b>2025</b>'


@pytest.fixture
def world(db) -> dict:
    north = f.api_council("northtown", name="Northtown Borough Council", code="NTH", gss="E07000001")
    south = f.api_council("southvale", name="Southvale District Council", code="STH")
    demo = f.api_council("demoville", name="Demoville Council", code="DEM", demo=True)
    cabinet = f.api_committee(north, "Cabinet")
    planning = f.api_committee(north, f"Planning {HOSTILE}")
    south_cabinet = f.api_committee(south, "Cabinet")
    demo_cabinet = f.api_committee(demo, "Demo Cabinet")

    spring = f.api_meeting(cabinet, dt.datetime(2025, 4, 10, 19, 0, tzinfo=LONDON))
    # 23:30 London on 30 June is 22:30 UTC: still a 30 June meeting for every date filter.
    late_june = f.api_meeting(planning, dt.datetime(2025, 6, 30, 23, 30, tzinfo=LONDON), location=HOSTILE)
    autumn = f.api_meeting(south_cabinet, dt.datetime(2025, 10, 2, 10, 0, tzinfo=LONDON), status="cancelled")
    demo_meeting = f.api_meeting(demo_cabinet, dt.datetime(2025, 5, 1, 18, 0, tzinfo=LONDON))

    item = f.api_item(
        spring, HOSTILE, 1, minutes_html='<p onclick="steal()">Noted.</p><script>bad()</script>'
    )
    second = f.api_item(spring, "Housing allocations policy", 2)
    pack = f.api_document(spring, "Cabinet reports pack")
    paper = f.api_document(spring, "Allocations report", "paper", item=second)
    f.api_attendee(spring, "Councillor A Patel", role="Chair")
    f.api_attendee(spring, "Councillor B Jones", role="", attendance="apologies")
    p1 = f.api_passage(spring, "The Cabinet approved the revised allocations policy.", document=pack, page=4)
    p2 = f.api_passage(spring, "Members noted the budget monitoring report.", item=item)
    south_passage = f.api_passage(autumn, "A passage from another council.")
    f.api_summary(
        spring,
        overview=[f.api_sentence(f"Cabinet approved a policy {HOSTILE}", p1)],
        items=[
            {
                "title": "Housing allocations policy",
                "item_id": second.pk,
                "sentences": [f.api_sentence("The policy was approved.", p1)],
                "decisions": [
                    {"text": "Approve the policy.", "outcome": "approved", "citations": [str(p1.pk)]}
                ],
                "unexpected": "dropped",
            }
        ],
    )
    # A stored summary that cites another council's passage: the API must not reveal that passage's text.
    f.api_summary(late_june, overview=[f.api_sentence("Planning noted one thing.", p2, south_passage)])
    d1 = f.api_decision(spring, "Approve the revised allocations policy.", "approved", [p1], 1, item=second)
    d2 = f.api_decision(spring, "Note the budget monitoring report.", "noted", [p2], 2, item=item)
    d3 = f.api_decision(autumn, "Defer the leisure review.", "deferred", [south_passage], 1)
    f.api_topic(spring, "housing", "Housing")
    f.api_topic(late_june, "planning", "Planning", 0.6)
    f.api_topic(demo_meeting, "housing", "Housing", 0.5)
    return {
        "north": north,
        "south": south,
        "demo": demo,
        "cabinet": cabinet,
        "planning": planning,
        "south_cabinet": south_cabinet,
        "spring": spring,
        "late_june": late_june,
        "autumn": autumn,
        "demo_meeting": demo_meeting,
        "item": item,
        "second": second,
        "pack": pack,
        "paper": paper,
        "p1": p1,
        "p2": p2,
        "south_passage": south_passage,
        "d1": d1,
        "d2": d2,
        "d3": d3,
    }
