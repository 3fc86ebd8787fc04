"""The jobs, as plain functions of JSON-friendly arguments (ids and codes, never rows).

Each is idempotent: it reads the current state from the database and does only what is missing, so running
it twice — or again after a worker died half-way — leaves the same result as running it once. The same
functions run inline in embedded mode and as Celery tasks in scale mode (``celery_tasks.py``).
"""

from __future__ import annotations

import os
from datetime import date

from councilwatch.core.fetch.types import Fetcher
from councilwatch.core.registry import find_council
from councilwatch.web import bootstrap


def _limiter():
    """Across workers, politeness needs one shared clock per host: Redis, when configured."""
    url = os.environ.get("COUNCILWATCH_REDIS_URL") or os.environ.get("CELERY_BROKER_URL", "")
    if url.startswith(("redis://", "rediss://")):
        from councilwatch.tasks.limiter import RedisHostLimiter

        return RedisHostLimiter(url)
    return None


def _fetcher(gap: float | None = None) -> Fetcher:
    from councilwatch.web.councils.crawling import make_fetcher

    limiter = _limiter()
    return make_fetcher(gap=gap, **({"limiter": limiter} if limiter else {}))


def _record(code: str):
    record = find_council(code)
    if record is None:
        raise ValueError(f"no council with code {code!r}")
    return record


def crawl(
    code: str,
    since: str | None = None,
    until: str | None = None,
    base_url: str | None = None,
    gap: float | None = None,
) -> dict:
    """Crawl one council's meetings; returns the crawl report and the ids of meetings needing processing."""
    bootstrap.ready()
    from councilwatch.web.councils.crawling import crawl as crawl_council
    from councilwatch.web.councils.models import Council
    from councilwatch.web.councils.pipeline import meetings_needing_work

    record = _record(code)
    report = crawl_council(
        record,
        since=date.fromisoformat(since) if since else None,
        until=date.fromisoformat(until) if until else None,
        base_url=base_url,
        fetcher=_fetcher(gap),
    )
    council = Council.objects.get(slug=record.slug)
    return {**report.as_json(), "meeting_ids": [m.pk for m in meetings_needing_work(council)]}


def process_meeting(
    meeting_id: int, base_url: str | None = None, gap: float | None = None, engine: str = "structured"
) -> dict:
    """Index the minutes, fetch and extract the documents, and summarize one meeting."""
    bootstrap.ready()
    from councilwatch.core.summarize.llm import LLMConfig
    from councilwatch.web.councils.crawling import council_fetcher
    from councilwatch.web.councils.models import Meeting
    from councilwatch.web.councils.pipeline import ProcessReport
    from councilwatch.web.councils.pipeline import process_meeting as process

    meeting = Meeting.objects.select_related("council").get(pk=meeting_id)
    fetcher = council_fetcher(_record(meeting.council.slug), _fetcher(gap), base_url)
    report = ProcessReport()
    llm = LLMConfig.from_env() if engine == "llm" else None
    process(meeting, fetcher, report, engine=engine, llm=llm)
    return report.as_json()


def summarize_meeting(meeting_id: int, engine: str = "structured") -> str:
    bootstrap.ready()
    from councilwatch.core.summarize.llm import LLMConfig
    from councilwatch.web.councils.models import Meeting
    from councilwatch.web.councils.summaries import summarize_meeting as summarize

    llm = LLMConfig.from_env() if engine == "llm" else None
    return summarize(Meeting.objects.get(pk=meeting_id), engine=engine, llm=llm)


def crawlable_codes() -> list[str]:
    """Councils to crawl nightly: every current ModernGov council that is not switched off."""
    bootstrap.ready()
    from councilwatch.web.councils.models import Council

    rows = Council.objects.filter(platform="moderngov", disabled=False, end_date__isnull=True, demo=False)
    return [c.slug for c in rows.exclude(support="off")]


def weekly(week: str | None = None) -> dict:
    """Build each fully supported council's weekly summary for an ISO week ("2026-W47"; default: the
    last complete week) and queue it to subscribers."""
    bootstrap.ready()
    from councilwatch.web.subscriptions.digests import build_weekly_digests, last_complete_week

    built = build_weekly_digests(week or last_complete_week())
    return {
        "digests": [
            {
                "council": b.digest.council.slug,
                "week": f"{b.digest.iso_year}-W{b.digest.iso_week:02d}",
                "meetings": b.digest.meeting_count,
                "created": b.created,
                "queued": b.queued,
            }
            for b in built
        ]
    }


def send_pending(limit: int = 500) -> dict:
    bootstrap.ready()
    from councilwatch.web.subscriptions.sending import send_pending as send

    return _jsonable(send(limit=limit))


def alerts(day: str | None = None) -> dict:
    bootstrap.ready()
    from councilwatch.web.subscriptions.alerts import run_alerts

    return _jsonable(run_alerts(date.fromisoformat(day) if day else None))


def _jsonable(value: object) -> dict:
    if isinstance(value, dict):
        return value
    as_json = getattr(value, "as_json", None)
    return as_json() if callable(as_json) else {"result": str(value)}
