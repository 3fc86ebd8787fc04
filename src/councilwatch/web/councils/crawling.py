"""Wire a council's crawl together: registry row → source (by platform) → polite fetcher → database sink."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.utils import timezone

from councilwatch.core import models as core
from councilwatch.core.crawl import Progress, crawl_council
from councilwatch.core.fetch import FileRawStore, PoliteFetcher
from councilwatch.core.fetch.rebase import RebasedFetcher
from councilwatch.core.fetch.types import Fetcher
from councilwatch.core.sources.moderngov import ModernGovSource
from councilwatch.web.councils import costs
from councilwatch.web.councils import models as db
from councilwatch.web.councils.costs import timed
from councilwatch.web.councils.store import DatabaseSink, DatabaseValidatorIndex

# How far back a first crawl reaches, how much a later crawl overlaps the last one (minutes are often
# published weeks after a meeting), and how far ahead upcoming meetings are listed.
FIRST_CRAWL_DAYS = 365
RECRAWL_OVERLAP_DAYS = 60
LOOKAHEAD_DAYS = 120

SOURCES = {core.Platform.MODERNGOV: ModernGovSource}


class UnsupportedPlatform(Exception):
    pass


def default_window(council: db.Council, today: date | None = None) -> tuple[date, date]:
    """Resume an interrupted run's window; otherwise start where the last finished crawl left off."""
    today = today or timezone.localdate()
    unfinished = council.crawl_runs.filter(finished_at__isnull=True).first()
    if unfinished is not None:
        return unfinished.since, unfinished.until
    last = council.crawl_runs.filter(finished_at__isnull=False).first()
    since = (
        min(last.until, timezone.localdate(last.started_at)) - timedelta(days=RECRAWL_OVERLAP_DAYS)
        if last
        else today - timedelta(days=FIRST_CRAWL_DAYS)
    )
    return since, today + timedelta(days=LOOKAHEAD_DAYS)


def raw_store():
    """Where raw responses and documents live: an S3-compatible bucket when configured, else files."""
    if settings.COUNCILWATCH_S3_BUCKET:
        from councilwatch.core.fetch.s3store import S3RawStore

        return S3RawStore(settings.COUNCILWATCH_S3_BUCKET, endpoint_url=settings.COUNCILWATCH_S3_ENDPOINT_URL)
    return FileRawStore(settings.COUNCILWATCH_RAW_DIR)


def make_fetcher(*, gap: float | None = None, **options) -> PoliteFetcher:
    return PoliteFetcher(
        raw_store=raw_store(),
        validators=DatabaseValidatorIndex(),
        gap=settings.COUNCILWATCH_HOST_GAP if gap is None else gap,
        timeout=settings.COUNCILWATCH_FETCH_TIMEOUT,
        **options,
    )


def council_fetcher(record: core.CouncilRecord, fetcher: Fetcher, base_url: str | None) -> Fetcher:
    """Requests go to ``base_url`` when given; everything stored keeps the council's own addresses."""
    if base_url and base_url.rstrip("/") != record.base_url:
        return RebasedFetcher(fetcher, canonical_base=record.base_url, effective_base=base_url)
    return fetcher


def crawl(
    record: core.CouncilRecord,
    *,
    since: date | None = None,
    until: date | None = None,
    base_url: str | None = None,
    fetcher: PoliteFetcher | None = None,
    progress: Progress | None = None,
) -> core.CrawlReport:
    source_class = SOURCES.get(record.platform)
    if source_class is None:
        raise UnsupportedPlatform(
            f"{record.name} publishes on '{record.platform.value}', which councilwatch cannot crawl yet "
            "(ModernGov councils are supported)."
        )
    if not (base_url or record.base_url):
        raise UnsupportedPlatform(f"{record.name} has no meetings site address in the registry.")
    council = db.Council.objects.get(slug=record.slug)
    default_since, default_until = default_window(council)
    source = source_class(record.base_url, council_fetcher(record, fetcher or make_fetcher(), base_url))
    with timed() as took:
        report = crawl_council(
            record,
            source,
            DatabaseSink(council),
            since=since or default_since,
            until=until or default_until,
            progress=progress,
        )
    costs.record(council, "crawl", record.platform.value, seconds=took[0])
    return report
