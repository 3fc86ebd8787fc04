"""Bad input from a council's site loses nothing else; interrupted crawls resume; changed minutes update."""

from __future__ import annotations

import pytest

from councilwatch.replay import ReplayServer
from councilwatch.web.councils import models as db
from tests.web.crawlkit import EXPECTED, copy_demo, crawl_demo, manifest_file, row_counts

pytestmark = pytest.mark.django_db

MEETINGS = [m for m in EXPECTED["meetings"] if m["items"]]

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE meeting [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<meeting><meetingid>&secret;</meetingid></meeting>"""
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<meeting><meetingid>&lol3;</meetingid></meeting>"""
ERROR_PAGE = (
    b"<html><head><title>Runtime Error</title></head>"
    b"<body><h1>Server Error in '/' Application.</h1></body></html>"
)


def test_bad_responses_fail_only_their_own_meeting(tmp_path):
    recording = copy_demo(tmp_path / "rec")
    bad = {
        MEETINGS[0]["id"]: b"<meeting><meetingid>1</meetingid><agendaitems>",
        MEETINGS[1]["id"]: XXE,
        MEETINGS[2]["id"]: BILLION_LAUGHS,
        MEETINGS[3]["id"]: ERROR_PAGE,
    }
    for meeting_id, body in bad.items():
        manifest_file(recording, "/mgWebService.asmx/GetMeeting", lMeetingId=meeting_id).write_bytes(body)
        # the HTML page of a meeting whose XML is broken is broken too, so the meeting cannot be had at all
        manifest_file(
            recording, "/ieListDocuments.aspx", CId=_committee(meeting_id), MId=meeting_id
        ).write_bytes(b"<html><body><p>Nothing here</p></body></html>")
    with ReplayServer(recording) as server:
        report = crawl_demo(server.url, tmp_path / "raw")
    failed = {e.url for e in report.errors}
    assert report.meetings_failed == len(bad)
    assert report.meetings_new == len(EXPECTED["meetings"]) - len(bad)
    for meeting_id in bad:
        assert any(meeting_id in url for url in failed)
        assert not db.Meeting.objects.filter(external_id=meeting_id).exists()  # nothing half-written
        assert not db.AgendaItem.objects.filter(external_id__in=_item_ids(meeting_id)).exists()
    reasons = " ".join(e.reason for e in report.errors)
    assert "malformed XML" in reasons
    assert "/etc/passwd" not in reasons and "lollol" not in reasons


def test_a_cp1252_body_declared_as_utf8_is_read_not_refused(tmp_path):
    recording = copy_demo(tmp_path / "rec")
    target = MEETINGS[0]["id"]
    path = manifest_file(recording, "/mgWebService.asmx/GetMeeting", lMeetingId=target)
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.replace("Minutes", "Minutes – £5", 1).encode("cp1252", errors="replace"))
    with ReplayServer(recording) as server:
        report = crawl_demo(server.url, tmp_path / "raw")
    assert report.meetings_failed == 0
    titles = db.AgendaItem.objects.filter(meeting__external_id=target).values_list("title", flat=True)
    assert any("– £5" in title for title in titles)


def test_an_interrupted_crawl_resumes_at_the_first_unfinished_committee(tmp_path):
    from councilwatch.core.registry import DEMO_CODE, find_council
    from councilwatch.web.councils.crawling import crawl
    from tests.web.crawlkit import WINDOW, fetcher

    class Interrupted(Exception):
        pass

    def stop_after_ten(phase: str, done: int, total: int) -> None:
        if phase == "meetings" and done == 10:
            raise Interrupted

    with ReplayServer() as server:
        crawl_demo(server.url, tmp_path / "raw-warmup")  # registry loaded, then start from scratch
        db.Meeting.objects.all().delete()
        db.CrawlRun.objects.all().delete()
        record = find_council(DEMO_CODE)
        with pytest.raises(Interrupted):
            crawl(
                record,
                base_url=server.url,
                fetcher=fetcher(tmp_path / "raw"),
                progress=stop_after_ten,
                **WINDOW,
            )
        stored_after_interrupt = db.Meeting.objects.count()
        done_committees = set(db.CommitteeCrawlState.objects.values_list("committee__external_id", flat=True))
        mark = len(server.log)
        report = crawl(record, base_url=server.url, fetcher=fetcher(tmp_path / "raw"), **WINDOW)
        listings = [r.path for r in server.log[mark:] if "GetMeetings" in r.path]
    assert 0 < stored_after_interrupt < len(EXPECTED["meetings"])
    assert done_committees, "at least one committee finished before the interruption"
    assert all(
        f"lCommitteeId={c}&" not in p and not p.endswith(f"lCommitteeId={c}")
        for c in done_committees
        for p in listings
    )
    assert db.Meeting.objects.count() == len(EXPECTED["meetings"])
    assert report.meetings_failed == 0
    assert db.CrawlRun.objects.count() == 1 and db.CrawlRun.objects.get().finished_at is not None


def test_changed_minutes_update_in_place(tmp_path):
    recording = copy_demo(tmp_path / "rec")
    target = next(m for m in MEETINGS if m["has_minutes"])
    with ReplayServer(recording) as server:
        crawl_demo(server.url, tmp_path / "raw")
    item_pks = dict(
        db.AgendaItem.objects.filter(meeting__external_id=target["id"]).values_list("external_id", "pk")
    )
    counts = row_counts()
    path = manifest_file(recording, "/mgWebService.asmx/GetMeeting", lMeetingId=target["id"])
    text = path.read_text(encoding="utf-8")
    assert "RESOLVED" in text
    path.write_text(text.replace("RESOLVED", "RESOLVED (as amended)", 1), encoding="utf-8")
    with ReplayServer(recording) as server:
        report = crawl_demo(server.url, tmp_path / "raw")
    assert (report.meetings_new, report.meetings_updated) == (0, 1)
    assert row_counts() == counts
    amended = db.AgendaItem.objects.get(minutes_html__contains="RESOLVED (as amended)")
    assert amended.meeting.external_id == target["id"]
    assert item_pks[amended.external_id] == amended.pk  # same row, updated in place


def _committee(meeting_id: str) -> str:
    return next(m["committee_id"] for m in EXPECTED["meetings"] if m["id"] == meeting_id)


def _item_ids(meeting_id: str) -> list[str]:
    return [i["id"] for m in EXPECTED["meetings"] if m["id"] == meeting_id for i in m["item_list"]]
