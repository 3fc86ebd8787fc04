"""The jobs registered as Celery tasks: retried with backoff on passing failures, time-limited, late-acked."""

from __future__ import annotations

from celery import group
from django.db import OperationalError

from councilwatch.core.fetch.types import FetchError
from councilwatch.tasks import jobs
from councilwatch.tasks.app import app

# Failures worth another try later: the network, the database being busy or restarting.
RETRY_ON = (FetchError, OperationalError, ConnectionError, TimeoutError)
RETRYING = {
    "autoretry_for": RETRY_ON,
    "retry_backoff": 30,
    "retry_backoff_max": 1800,
    "retry_jitter": True,
    "max_retries": 5,
}


@app.task(name="councilwatch.crawl", **RETRYING)
def crawl(code, since=None, until=None, base_url=None, gap=None):
    return jobs.crawl(code, since, until, base_url, gap)


@app.task(name="councilwatch.process_meeting", **RETRYING)
def process_meeting(meeting_id, base_url=None, gap=None, engine="structured"):
    return jobs.process_meeting(meeting_id, base_url, gap, engine)


@app.task(name="councilwatch.summarize_meeting", **RETRYING)
def summarize_meeting(meeting_id, engine="structured"):
    return jobs.summarize_meeting(meeting_id, engine)


@app.task(name="councilwatch.process_crawled")
def process_crawled(crawl_report, base_url=None, gap=None):
    """Fan a crawl's changed meetings out to the workers."""
    group(process_meeting.s(mid, base_url, gap) for mid in crawl_report["meeting_ids"]).apply_async()
    return len(crawl_report["meeting_ids"])


@app.task(name="councilwatch.crawl_all")
def crawl_all():
    codes = jobs.crawlable_codes()
    for code in codes:
        (crawl.s(code) | process_crawled.s()).apply_async()
    return len(codes)


@app.task(name="councilwatch.weekly", **RETRYING)
def weekly(week=None):
    return jobs.weekly(week)


@app.task(name="councilwatch.send_pending", **RETRYING)
def send_pending(limit=500):
    return jobs.send_pending(limit)


@app.task(name="councilwatch.alerts", **RETRYING)
def alerts(day=None):
    return jobs.alerts(day)
