"""Stored summaries: built from this meeting's own minutes only, cited by passage id, rebuilt on change."""

from __future__ import annotations

import pytest

from councilwatch.core.extract.pdf import extract_pdf
from councilwatch.core.fetch import FileRawStore
from councilwatch.replay import ReplayServer
from councilwatch.web.councils import models as db
from councilwatch.web.councils.crawling import council_fetcher
from councilwatch.web.councils.pipeline import process_council
from tests.web.crawlkit import EXPECTED, crawl_demo, fetcher

pytestmark = pytest.mark.django_db


@pytest.fixture
def processed(tmp_path):
    from councilwatch.core.registry import DEMO_CODE, find_council

    with ReplayServer() as server:
        crawl_demo(server.url, tmp_path / "raw")
        council = db.Council.objects.get(code=DEMO_CODE)
        record = find_council(DEMO_CODE)
        report = process_council(council, council_fetcher(record, fetcher(tmp_path / "raw"), server.url))
    return council, report


def test_only_meetings_with_their_own_minutes_are_summarised(processed):
    with_minutes = {m["id"] for m in EXPECTED["meetings"] if m["has_minutes"]}
    summarised = set(db.Summary.objects.values_list("meeting__external_id", flat=True))
    assert summarised == with_minutes
    # a held meeting whose minutes are not out yet has, on its agenda, the previous meeting's minutes:
    # they must never become its summary
    pending = [m for m in EXPECTED["meetings"] if m["state"] != "minutes" and m["agenda_published"]]
    assert (
        pending
        and not db.Summary.objects.filter(meeting__external_id__in=[m["id"] for m in pending]).exists()
    )


def test_every_cited_passage_belongs_to_the_summarised_meeting(processed):
    for summary in db.Summary.objects.select_related("meeting"):
        cited = {int(c) for item in summary.data["items"] for s in item["sentences"] for c in s["citations"]}
        cited |= {int(c) for s in summary.data["overview"] for c in s["citations"]}
        assert cited, summary.meeting.external_id
        owners = set(db.Passage.objects.filter(pk__in=cited).values_list("meeting_id", flat=True))
        assert owners == {summary.meeting_id}
        assert all(s["checks"]["passed"] for item in summary.data["items"] for s in item["sentences"])


def test_decisions_carry_outcomes_and_citations(processed):
    outcomes = set(db.Decision.objects.values_list("outcome", flat=True))
    assert {"noted", "approved", "recommended"} <= outcomes
    for decision in db.Decision.objects.all():
        assert decision.citations
        assert db.Passage.objects.filter(pk__in=[int(c) for c in decision.citations]).count() == len(
            set(decision.citations)
        )


def test_a_second_run_keeps_summaries_and_a_changed_minute_rebuilds_one(processed):
    from councilwatch.web.councils.summaries import summarize_meeting

    meeting = db.Summary.objects.select_related("meeting").first().meeting
    assert summarize_meeting(meeting) == "unchanged"
    passage = db.Passage.objects.filter(meeting=meeting, document__isnull=True).first()
    passage.text = passage.text + " The Chair thanked officers."
    passage.save()
    assert summarize_meeting(meeting) == "summarized"


def test_a_reports_pack_keeps_only_what_its_papers_do_not_already_hold(processed, tmp_path):
    papers = db.Document.objects.filter(kind="paper", status="ok", meeting__documents__kind="reports_pack")
    found = db.DocumentOverlap.objects.select_related("pack", "paper")
    # nearly every paper is found inside its meeting's pack, at a plausible place
    assert found.count() >= 0.9 * papers.distinct().count()
    for overlap in found:
        assert overlap.pack.meeting_id == overlap.paper.meeting_id
        assert 1 < overlap.first_page <= overlap.last_page <= overlap.pack.pages  # page 1 is the agenda
        assert overlap.last_page - overlap.first_page < (overlap.paper.pages or 1) + 1
    for pack in db.Document.objects.filter(kind="reports_pack", status="ok"):
        # what no paper holds — the agenda frontsheet on page 1 — stays with the pack
        assert pack.passages.filter(page=1).exists()
    # nothing unique is lost: every passage of a fresh extraction of the pack is still stored, on the
    # pack itself or on one of the meeting's papers
    store = FileRawStore(tmp_path / "raw")
    for pack in db.Document.objects.filter(kind="reports_pack", status="ok"):
        stored = set(
            db.Passage.objects.filter(
                meeting=pack.meeting, document__kind__in=["reports_pack", "paper"]
            ).values_list("text", flat=True)
        )
        fresh = extract_pdf(store.get(pack.sha256))
        assert {p.text for p in fresh.passages} <= stored, pack.meeting.external_id
