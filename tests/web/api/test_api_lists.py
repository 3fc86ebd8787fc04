"""List endpoints: content, filters, pagination, provenance, demo councils and errors."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.web import factories as f
from tests.web.api.conftest import HOSTILE
from tests.web.api.helpers import get_json, ids

pytestmark = pytest.mark.django_db

LISTS = ["councils", "committees", "meetings", "items", "documents", "decisions", "summaries"]


def test_councils_list_leaves_out_demo_councils_but_their_record_still_works(client, world) -> None:
    page = get_json(client, "/api/v1/councils")
    assert ids(page) == ["northtown", "southvale"]
    north = page["results"][0]
    assert (north["code"], north["gss"], north["name"]) == ("NTH", "E07000001", "Northtown Borough Council")
    assert north["links"]["meetings"].endswith("/api/v1/meetings?council=northtown")
    assert north["links"]["ical"].endswith("/feeds/councils/northtown/meetings.ics")
    demo = get_json(client, "/api/v1/councils/demoville")
    assert demo["data"]["name"] == "Demoville Council"


@pytest.mark.parametrize("name", LISTS)
def test_every_field_is_marked_official_or_machine_generated_exactly_once(client, world, name) -> None:
    page = get_json(client, f"/api/v1/{name}")
    assert page["results"], name
    marks = page["provenance"]
    official, machine = set(marks["official"]), set(marks["machine_generated"])
    assert not official & machine
    for row in page["results"]:
        assert set(row) == official | machine


def test_provenance_says_what_came_from_the_council(client, world) -> None:
    marks = get_json(client, "/api/v1/meetings")["provenance"]
    assert {"starts_at", "location", "status", "external_id", "source_url"} <= set(marks["official"])
    assert {"id", "page_url", "has_summary", "topics"} <= set(marks["machine_generated"])
    summary_marks = get_json(client, "/api/v1/summaries")["provenance"]
    assert summary_marks["official"] == []


def test_meetings_are_newest_first_with_london_times_and_our_page(client, world) -> None:
    page = get_json(client, "/api/v1/meetings")
    assert ids(page) == [world["autumn"].pk, world["late_june"].pk, world["spring"].pk]
    late = page["results"][1]
    assert late["starts_at"] == "2025-06-30T23:30:00+01:00"
    assert late["page_url"] == f"http://testserver/councils/northtown/meetings/{world['late_june'].pk}/"
    assert late["topics"] == [{"slug": "planning", "name": "Planning", "score": 0.6}]
    assert page["results"][2]["has_summary"] is True
    assert page["results"][0]["status"] == "cancelled"


def test_date_filters_use_london_dates_inclusively(client, world) -> None:
    june = get_json(client, "/api/v1/meetings", since="2025-06-30", until="2025-06-30")
    assert ids(june) == [world["late_june"].pk]
    assert ids(get_json(client, "/api/v1/meetings", since="2025-07-01")) == [world["autumn"].pk]
    decisions = get_json(client, "/api/v1/decisions", until="2025-04-10")
    assert sorted(ids(decisions)) == sorted([world["d1"].pk, world["d2"].pk])


def test_filters_narrow_each_list(client, world) -> None:
    assert ids(get_json(client, "/api/v1/meetings", council="STH")) == [world["autumn"].pk]
    assert ids(get_json(client, "/api/v1/meetings", committee=world["planning"].pk)) == [
        world["late_june"].pk
    ]
    assert ids(get_json(client, "/api/v1/meetings", status="cancelled")) == [world["autumn"].pk]
    assert ids(get_json(client, "/api/v1/meetings", topic="housing")) == [world["spring"].pk]
    assert ids(get_json(client, "/api/v1/decisions", outcome="noted")) == [world["d2"].pk]
    assert ids(get_json(client, "/api/v1/decisions", topic="housing")) == [world["d1"].pk, world["d2"].pk]
    assert ids(get_json(client, "/api/v1/documents", kind="paper")) == [world["paper"].pk]
    assert ids(get_json(client, "/api/v1/items", meeting=world["spring"].pk)) == [
        world["item"].pk,
        world["second"].pk,
    ]
    assert ids(get_json(client, "/api/v1/committees", council="southvale")) == [world["south_cabinet"].pk]
    summaries = get_json(client, "/api/v1/summaries", council="northtown", since="2025-06-01")
    assert [s["meeting"] for s in summaries["results"]] == [world["late_june"].pk]


def test_demo_rows_appear_only_when_their_council_is_named(client, world) -> None:
    assert world["demo_meeting"].pk not in ids(get_json(client, "/api/v1/meetings"))
    assert world["demo_meeting"].pk not in ids(get_json(client, "/api/v1/meetings", topic="housing"))
    named = get_json(client, "/api/v1/meetings", council="demoville")
    assert ids(named) == [world["demo_meeting"].pk]


def test_pages_cover_every_row_once_and_link_onwards(client, world) -> None:
    for n in range(7):
        f.api_decision(world["spring"], f"Extra decision {n}", "noted", ordinal=10 + n)
    seen: list[int] = []
    url, params = "/api/v1/decisions", {"page_size": 3}
    first = get_json(client, url, **params)
    assert first["count"] == 10 and first["previous"] is None
    page = first
    while True:
        seen += ids(page)
        if not page["next"]:
            break
        assert "page_size=3" in page["next"]
        page = json.loads(client.get(page["next"]).content)
    assert len(seen) == len(set(seen)) == 10
    assert (page["page"] == 4 and page["previous"].endswith("page=3")) or "page=3" in page["previous"]
    beyond = get_json(client, url, page=9, page_size=3)
    assert beyond["results"] == [] and beyond["next"] is None


def test_hostile_scraped_text_stays_data_in_json(client, world) -> None:
    response = client.get("/api/v1/committees", {"council": "northtown"})
    assert b"<script" not in response.content and b"\\u003cscript\\u003e" in response.content
    titles = [c["title"] for c in json.loads(response.content)["results"]]
    assert f"Planning {HOSTILE}" in titles  # the text itself is kept exactly, only encoded
    item = get_json(client, f"/api/v1/items/{world['item'].pk}")["data"]
    assert item["title"] == HOSTILE
    assert item["minutes_html"] == "<p>Noted.</p>"  # attributes and scripts removed


@pytest.mark.parametrize(
    ("url", "params", "status", "parameter"),
    [
        ("/api/v1/meetings", {"since": "30/06/2025"}, 400, "since"),
        ("/api/v1/meetings", {"since": "2025-07-01", "until": "2025-06-01"}, 400, "since"),
        ("/api/v1/meetings", {"page": "0"}, 400, "page"),
        ("/api/v1/meetings", {"page_size": "500"}, 400, "page_size"),
        ("/api/v1/meetings", {"committee": "abc"}, 400, "committee"),
        ("/api/v1/meetings", {"status": "held"}, 400, "status"),
        ("/api/v1/meetings", {"comittee": "1"}, 400, "comittee"),
        ("/api/v1/meetings", {"council": "nowhere"}, 404, "council"),
        ("/api/v1/documents", {"kind": "leaflet"}, 400, "kind"),
        ("/api/v1/councils", {"support": "partial"}, 400, "support"),
    ],
)
def test_bad_parameters_get_a_clear_json_error(client, world, url, params, status, parameter) -> None:
    body = get_json(client, url, status, **params)
    assert body["error"]["status"] == status
    assert body["error"]["parameter"] == parameter
    assert parameter in body["error"]["message"]


def test_the_api_is_read_only(client, world) -> None:
    response = client.post("/api/v1/meetings", {"x": "1"})
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert json.loads(response.content)["error"]["status"] == 405


def test_index_links_to_every_list_and_the_schema(client, db) -> None:
    links = get_json(client, "/api/v1/")["links"]
    assert set(LISTS) <= set(links)
    assert links["openapi"].endswith("/api/v1/openapi.json")
    assert links["ocd_events"].endswith("/api/v1/ocd/events")


def test_open_data_can_be_read_from_other_sites_and_by_head(client, world) -> None:
    response = client.get("/api/v1/meetings")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    head = client.head("/api/v1/meetings")
    assert head.status_code == 200 and head.content == b""


@pytest.mark.parametrize("name", [*LISTS, "ocd/events"])
def test_more_rows_cost_no_more_queries(client, world, name) -> None:
    """Rows are loaded in bulk: adding rows to a page must not add queries (no query per row)."""

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            get_json(client, f"/api/v1/{name}", page_size=100)
        return len(captured)

    before = queries()
    for n in range(3):
        council = f.api_council(f"extra{n}")
        meeting = f.api_meeting(f.api_committee(council))
        item = f.api_item(meeting, f"Extra item {n}")
        f.api_document(meeting, item=item)
        f.api_attendee(meeting)
        f.api_decision(meeting, "Noted.", "noted", [f.api_passage(meeting, "Noted.")], item=item)
        f.api_summary(meeting, overview=[f.api_sentence("Noted.", f.api_passage(meeting, "Also noted."))])
        f.api_topic(meeting, "housing", "Housing")
    assert queries() == before
