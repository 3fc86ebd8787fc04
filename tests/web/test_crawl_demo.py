"""Crawl the recorded demo council over real HTTP into a real database."""

from __future__ import annotations

from datetime import datetime

import pytest

from councilwatch.replay import FaultSpec, ReplayServer
from councilwatch.web.councils import models as db
from tests.web.crawlkit import EXPECTED, crawl_demo, document_key, expected_documents, row_counts

pytestmark = pytest.mark.django_db


def test_first_crawl_ingests_every_meeting_item_document_and_attendee(tmp_path):
    with ReplayServer() as server:
        report = crawl_demo(server.url, tmp_path / "raw")
    meetings = EXPECTED["meetings"]
    assert report.errors == []
    assert report.meetings_new == len(meetings) and report.meetings_failed == 0
    assert report.committees == len(EXPECTED["committees"])

    stored = {m.external_id: m for m in db.Meeting.objects.select_related("committee")}
    assert set(stored) == {m["id"] for m in meetings}
    for expected in meetings:
        row = stored[expected["id"]]
        assert row.committee.external_id == expected["committee_id"]
        assert row.starts_at == datetime.fromisoformat(expected["starts_at"])
        assert row.status == expected["status"]
        assert row.items.count() == expected["items"]
        assert row.items.filter(restricted=True).count() == expected["restricted_items"]
        assert row.attendees.count() == expected["attendees"]
        assert row.minutes_published == expected["has_minutes"]
        # stored addresses are the council's own, never the replay server's
        assert row.url.startswith("https://democracy.fernmoor.example/")
    public = {
        (d.meeting.external_id, document_key(d.url))
        for d in db.Document.objects.filter(restricted=False).select_related("meeting")
    }
    assert public == expected_documents()
    assert not db.Document.objects.filter(url__startswith="http://").exists()  # http links normalised


def test_second_crawl_adds_nothing_and_is_answered_with_304s(tmp_path):
    with ReplayServer() as server:
        crawl_demo(server.url, tmp_path / "raw")
        before = row_counts()
        first_requests = len(server.log)
        report = crawl_demo(server.url, tmp_path / "raw")
        second = server.log[first_requests:]
    assert row_counts() == before
    assert (report.meetings_new, report.meetings_updated) == (0, 0)
    assert report.meetings_unchanged == len(EXPECTED["meetings"])
    fetched = [r for r in second if "/mgWebService.asmx/" in r.path]
    assert fetched and all(r.status == 304 for r in fetched)
    assert sum(r.bytes_sent for r in second) < 0.1 * sum(r.bytes_sent for r in server.log[:first_requests])


def test_crawl_survives_injected_faults_with_no_duplicates(tmp_path):
    faults = FaultSpec.parse(
        "5xx=0.2,429=0.05,retry-after=1,stall=0.02,stall-seconds=2,truncate=0.05,seed=11"
    )
    with ReplayServer(faults=faults) as server:
        report = crawl_demo(server.url, tmp_path / "raw", timeout=0.5)
        injected = [r for r in server.log if r.fault]
    assert len(injected) >= 10  # the faults really happened
    assert {r.fault for r in injected} >= {"5xx", "429", "truncate"}
    assert report.meetings_failed == 0 and report.meetings_new == len(EXPECTED["meetings"])
    assert db.Meeting.objects.count() == len(EXPECTED["meetings"])
    assert db.AgendaItem.objects.count() == sum(m["items"] for m in EXPECTED["meetings"])
    assert db.Attendee.objects.count() == sum(m["attendees"] for m in EXPECTED["meetings"])


def test_a_meeting_that_keeps_failing_is_reported_and_the_rest_complete(tmp_path):
    broken = EXPECTED["meetings"][2]["id"]
    faults = FaultSpec.parse(f"fail=lMeetingId={broken},fail=MId={broken}")
    with ReplayServer(faults=faults) as server:
        report = crawl_demo(server.url, tmp_path / "raw")
    assert report.meetings_failed == 1
    assert report.meetings_new == len(EXPECTED["meetings"]) - 1
    assert any(broken in e.url and "500" in e.reason for e in report.errors)
    assert not db.Meeting.objects.filter(external_id=broken).exists()
