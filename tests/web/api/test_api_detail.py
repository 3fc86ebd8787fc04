"""Detail endpoints: stable ids, nested rows, summaries with their sources, and JSON 404s."""

from __future__ import annotations

import pytest

from tests.web.api.conftest import HOSTILE
from tests.web.api.helpers import get_json

pytestmark = pytest.mark.django_db


def test_meeting_detail_nests_attendees_items_and_documents(client, world) -> None:
    body = get_json(client, f"/api/v1/meetings/{world['spring'].pk}")
    meeting = body["data"]
    assert meeting["external_id"] == world["spring"].external_id
    assert [a["name"] for a in meeting["attendees"]] == ["Councillor A Patel", "Councillor B Jones"]
    assert meeting["attendees"][1]["attendance"] == "apologies"
    assert [i["id"] for i in meeting["items"]] == [world["item"].pk, world["second"].pk]
    assert {d["kind"] for d in meeting["documents"]} == {"reports_pack", "paper"}
    assert "items[].title" in body["provenance"]["official"]
    assert "documents[].pages" in body["provenance"]["machine_generated"]


def test_summary_is_reshaped_to_the_contract_with_its_sources(client, world) -> None:
    summary = get_json(client, f"/api/v1/summaries/{world['spring'].pk}")["data"]
    assert summary["overview"][0]["text"] == f"Cabinet approved a policy {HOSTILE}"
    assert summary["overview"][0]["checks"] == {"passed": True, "failures": []}
    item = summary["items"][0]
    assert set(item) == {"title", "item_id", "sentences", "decisions"}  # unknown keys dropped
    assert item["decisions"][0]["citations"] == [str(world["p1"].pk)]
    source = summary["sources"][str(world["p1"].pk)]
    assert source["page"] == 4
    assert source["url"] == f"{world['pack'].url}#page=4"
    assert summary["topics"] == [{"slug": "housing", "name": "Housing", "score": 0.8}]


def test_summary_never_shows_another_councils_passage(client, world) -> None:
    summary = get_json(client, f"/api/v1/summaries/{world['late_june'].pk}")["data"]
    assert str(world["p2"].pk) in summary["sources"]
    assert str(world["south_passage"].pk) not in summary["sources"]


def test_decision_and_document_details(client, world) -> None:
    decision = get_json(client, f"/api/v1/decisions/{world['d1'].pk}")["data"]
    assert (decision["outcome"], decision["item"], decision["meeting_date"]) == (
        "approved",
        world["second"].pk,
        "2025-04-10",
    )
    document = get_json(client, f"/api/v1/documents/{world['paper'].pk}")["data"]
    assert (document["item"], document["kind"], document["pages"]) == (world["second"].pk, "paper", 12)
    committee = get_json(client, f"/api/v1/committees/{world['cabinet'].pk}")["data"]
    assert committee["council"] == "northtown"
    assert committee["links"]["rss"].endswith(
        f"/feeds/councils/northtown/committees/{world['cabinet'].pk}/rss/"
    )


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/meetings/999999",
        "/api/v1/meetings/abc",
        "/api/v1/meetings/-1",
        # a superscript digit is a digit to str.isdigit but not to int()
        "/api/v1/meetings/%C2%B9",
        "/api/v1/councils/nowhere",
    ],
)
def test_missing_records_are_json_404s(client, world, url) -> None:
    body = get_json(client, url, 404)
    assert body["error"]["status"] == 404
    assert "no " in body["error"]["message"]


def test_ids_are_stable_across_requests_and_listings(client, world) -> None:
    listed = get_json(client, "/api/v1/items", meeting=world["spring"].pk)["results"][0]
    again = get_json(client, f"/api/v1/items/{listed['id']}")["data"]
    assert listed == again
