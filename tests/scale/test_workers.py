"""Scale mode for real: Celery worker subprocesses, the local Redis broker, the test's PostgreSQL database,
and the recorded demo council replayed on loopback."""

from __future__ import annotations

import hashlib
import itertools
import re

import pytest
from django.db import connection

from councilwatch.replay import ReplayServer
from councilwatch.tasks import jobs
from councilwatch.web.councils import models as db
from councilwatch.web.subscriptions.models import Digest
from tests.scale.workerkit import configure_client, flush_broker, kill, running_worker, wait_for
from tests.timing import ARRIVAL_JITTER

pytestmark = pytest.mark.django_db(transaction=True)

WINDOW = {"since": "2000-01-01", "until": "2100-01-01"}
WEEK = "2026-W42"  # the demo's week of 12–18 October 2026, when four of its committees met


@pytest.fixture(autouse=True)
def registry():
    """Transactional tests empty every table afterwards, the registry's Council rows included."""
    from councilwatch.web.bootstrap import load_registry

    load_registry()


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("workers share the database with the test: run with DATABASE_URL=postgres://…")
    flush_broker()


def snapshot() -> dict:
    """Everything the pipeline produced, keyed by the council's ids so two runs compare exactly."""

    def passage_key(pk: str) -> tuple:
        p = db.Passage.objects.select_related("meeting", "document", "item").get(pk=int(pk))
        owner = p.document.external_id if p.document else f"item {p.item.external_id}"
        return (p.meeting.external_id, owner, p.ordinal)

    items = dict(db.AgendaItem.objects.values_list("pk", "external_id"))

    def with_keys(data: dict) -> str:
        # primary keys differ between two runs; the council's own ids do not
        data = {
            **data,
            "items": [{**i, "item_id": items.get(i.get("item_id"))} for i in data.get("items", [])],
        }
        # only citations hold passage ids: an entity "2027" must stay text even when a passage has that id
        return repr(_keyed(data, passage_key))

    passages = sorted(
        (
            p.meeting.external_id,
            p.document.external_id if p.document else "",
            p.ordinal,
            p.page,
            hashlib.sha256(p.text.encode()).hexdigest(),
        )
        for p in db.Passage.objects.select_related("meeting", "document")
    )
    return {
        "meetings": sorted(db.Meeting.objects.values_list("external_id", "content_hash", "status")),
        "items": db.AgendaItem.objects.count(),
        "attendees": db.Attendee.objects.count(),
        "documents": sorted(db.Document.objects.values_list("external_id", "status", "pages", "sha256")),
        "passages": passages,
        "summaries": sorted((s.meeting.external_id, with_keys(s.data)) for s in db.Summary.objects.all()),
        "decisions": sorted(
            db.Decision.objects.values_list("meeting__external_id", "ordinal", "outcome", "text")
        ),
    }


def with_meeting_ids(text: str) -> str:
    """Links in a digest name meetings by primary key; two runs agree on the council's meeting ids."""
    ids = dict(db.Meeting.objects.values_list("pk", "external_id"))
    return re.sub(r"/meetings/(\d+)/", lambda m: f"/meetings/{ids.get(int(m.group(1)), '?')}/", text)


def _keyed(value: object, passage_key) -> object:
    """``value`` with every cited passage id replaced by the council's own key for that passage."""
    if isinstance(value, dict):
        return {
            k: [passage_key(str(c)) for c in v] if k == "citations" else _keyed(v, passage_key)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_keyed(v, passage_key) for v in value]
    return value


def wipe() -> None:
    Digest.objects.all().delete()
    db.Meeting.objects.all().delete()
    db.CrawlRun.objects.all().delete()
    db.FetchRecord.objects.all().delete()
    db.Committee.objects.all().delete()


@pytest.mark.usefixtures("postgres_only")
def test_a_worker_processes_the_demo_council_exactly_as_the_inline_run(tmp_path):
    db.Council.objects.filter(code="DEMO").update(support="full")  # weekly summaries are for full support
    with ReplayServer() as server:
        crawled = jobs.crawl("DEMO", base_url=server.url, gap=0.0, **WINDOW)
        for meeting_id in crawled["meeting_ids"]:
            jobs.process_meeting(meeting_id, server.url, 0.0)
        jobs.weekly(WEEK)
        inline = snapshot()
        assert inline["summaries"] and inline["passages"]
        wipe()

        app = configure_client()
        with running_worker(tmp_path):
            crawled = (
                app.tasks["councilwatch.crawl"]
                .delay("DEMO", WINDOW["since"], WINDOW["until"], server.url, 0.0)
                .get(timeout=180)
            )
            results = [
                app.tasks["councilwatch.process_meeting"].delay(mid, server.url, 0.0)
                for mid in crawled["meeting_ids"]
            ]
            for result in results:
                result.get(timeout=300)
            app.tasks["councilwatch.weekly"].delay(WEEK).get(timeout=120)
    assert snapshot() == inline


@pytest.mark.usefixtures("postgres_only")
def test_a_worker_killed_mid_task_has_it_redelivered_and_nothing_duplicates(tmp_path):
    slow = {"COUNCILWATCH_VISIBILITY_TIMEOUT": "3"}
    with ReplayServer(latency_ms=150) as server:
        crawled = jobs.crawl("DEMO", base_url=server.url, gap=0.0, **WINDOW)
        busiest = max(
            db.Meeting.objects.filter(pk__in=crawled["meeting_ids"]),
            key=lambda m: m.documents.filter(restricted=False).count(),
        )
        documents = busiest.documents.filter(restricted=False).count()
        assert documents >= 5
        app = configure_client()
        with running_worker(tmp_path, name="doomed", **slow) as doomed:
            result = app.tasks["councilwatch.process_meeting"].delay(busiest.pk, server.url, 0.0)
            wait_for(lambda: sum(".pdf" in r.path or "Convert2PDF" in r.path for r in server.log) >= 2)
            kill(doomed)  # SIGKILL to the whole process group, mid-task
        assert db.Document.objects.filter(meeting=busiest, status="pending").exists(), "killed before the end"
        with running_worker(tmp_path, name="rescuer", **slow):
            result.get(timeout=180)
    busiest.refresh_from_db()
    assert not busiest.documents.filter(status="pending").exists()
    per_owner = db.Passage.objects.filter(meeting=busiest).values_list("document_id", "item_id", "ordinal")
    assert len(per_owner) == len(set(per_owner)), "no passage stored twice"
    assert db.Summary.objects.filter(meeting=busiest).count() == 1
    decisions = list(db.Decision.objects.filter(meeting=busiest).values_list("ordinal", flat=True))
    assert len(decisions) == len(set(decisions))


@pytest.mark.usefixtures("postgres_only")
def test_two_workers_never_exceed_the_politeness_rate_for_one_host(tmp_path):
    gap = 0.3
    with ReplayServer() as server:
        crawled = jobs.crawl("DEMO", base_url=server.url, gap=0.0, **WINDOW)
        mark = len(server.log)
        app = configure_client()
        with running_worker(tmp_path, name="a"), running_worker(tmp_path, name="b"):
            results = [
                app.tasks["councilwatch.process_meeting"].delay(mid, server.url, gap)
                for mid in crawled["meeting_ids"][:8]
            ]
            for result in results:
                result.get(timeout=300)
        requests = server.log[mark:]
    assert len(requests) >= 20
    starts = sorted(r.time for r in requests)
    spacing = [b - a for a, b in itertools.pairwise(starts)]
    assert min(spacing) >= gap - ARRIVAL_JITTER  # measured at the server
    logs = [(tmp_path / f"{n}.log").read_text() for n in ("a", "b")]
    assert all("succeeded" in log for log in logs), "both workers took tasks"


def test_inline_mode_runs_jobs_in_process_without_a_broker(monkeypatch):
    from councilwatch.tasks import dispatch, scale_mode

    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    assert not scale_mode()
    with ReplayServer() as server:
        report = dispatch("crawl", "DEMO", "2000-01-01", "2100-01-01", server.url, 0.0)
    assert report["meetings"]["new"] == db.Meeting.objects.count() > 0
    # nothing has been indexed yet, so every crawled meeting is handed on for processing
    assert sorted(report["meeting_ids"]) == sorted(db.Meeting.objects.values_list("pk", flat=True))
