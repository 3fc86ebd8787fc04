"""Crawl one council: list committees and meetings, fetch each meeting, hand it to a sink.

Pure orchestration: the source knows the platform, the sink knows storage. A failure fetching or parsing one
meeting is recorded in the report and the crawl goes on; a committee is marked done only when every one of its
meetings was attempted, so an interrupted crawl resumes at the first unfinished committee.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Protocol

from councilwatch.core.fetch.types import FetchError
from councilwatch.core.models import Committee, CouncilRecord, CrawlError, CrawlReport, Meeting, MeetingStub
from councilwatch.core.sources.errors import SourceError

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (phase, done, total)


class MeetingSource(Protocol):
    # Optional resources that failed (an item page, an attendance page): reported, not fatal.
    problems: list[CrawlError]

    def committees(self) -> list[Committee]: ...

    def meetings(self, committee: Committee, since: date, until: date) -> list[MeetingStub]: ...

    def meeting(self, stub: MeetingStub, committee: Committee) -> Meeting: ...


class CrawlSink(Protocol):
    def begin(self, council: CouncilRecord, since: date, until: date) -> set[str]:
        """Start (or resume) a run; returns external ids of committees an interrupted run already finished."""

    def save_committees(self, committees: list[Committee]) -> None: ...

    def save_meeting(self, meeting: Meeting, content_hash: str) -> str:
        """Store atomically; returns "new", "updated" or "unchanged"."""

    def committee_done(self, committee_external_id: str) -> None: ...

    def finish(self, report: CrawlReport) -> None: ...


def _jsonable(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(type(value))


def meeting_hash(meeting: Meeting) -> str:
    """A stable hash of everything we store about a meeting: equal hash → nothing to write."""
    canonical = json.dumps(dataclasses.asdict(meeting), sort_keys=True, default=_jsonable)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _failure_reason(exc: Exception) -> str:
    if isinstance(exc, FetchError | SourceError):
        return exc.reason
    return f"unexpected error: {type(exc).__name__}: {exc}"


def crawl_council(
    council: CouncilRecord,
    source: MeetingSource,
    sink: CrawlSink,
    *,
    since: date,
    until: date,
    progress: Progress | None = None,
) -> CrawlReport:
    report = CrawlReport(council=council.code)
    already_done = sink.begin(council, since, until)
    try:
        committees = source.committees()
    except (FetchError, SourceError) as exc:
        report.errors.append(CrawlError(getattr(exc, "url", council.base_url), _failure_reason(exc)))
        sink.finish(report)
        return report
    sink.save_committees(committees)
    report.committees = len(committees)

    # List first, so the progress bar knows the total before the slow part starts.
    listed: list[tuple[Committee, list[MeetingStub]]] = []
    for number, committee in enumerate(committees, 1):
        if progress:
            progress("listing", number, len(committees))
        if committee.external_id in already_done:
            continue
        try:
            listed.append((committee, source.meetings(committee, since, until)))
        except (FetchError, SourceError) as exc:
            report.errors.append(CrawlError(getattr(exc, "url", ""), _failure_reason(exc)))

    total = sum(len(stubs) for _, stubs in listed)
    done = 0
    for committee, stubs in listed:
        for stub in stubs:
            _crawl_meeting(stub, committee, source, sink, report)
            done += 1
            if progress:
                progress("meetings", done, total)
        sink.committee_done(committee.external_id)
    report.errors.extend(source.problems)
    sink.finish(report)
    return report


def _crawl_meeting(
    stub: MeetingStub, committee: Committee, source: MeetingSource, sink: CrawlSink, report: CrawlReport
) -> None:
    try:
        meeting = source.meeting(stub, committee)
        outcome = sink.save_meeting(meeting, meeting_hash(meeting))
    except Exception as exc:  # one bad meeting never stops a crawl
        if not isinstance(exc, FetchError | SourceError):
            log.exception("meeting %s of %s failed", stub.external_id, committee.title)
        report.meetings_failed += 1
        report.errors.append(
            CrawlError(getattr(exc, "url", "") or f"meeting {stub.external_id}", _failure_reason(exc))
        )
        return
    if outcome == "new":
        report.meetings_new += 1
    elif outcome == "updated":
        report.meetings_updated += 1
    else:
        report.meetings_unchanged += 1
    report.items += len(meeting.items)
    report.documents += len({d.url for d in meeting.all_documents})
    report.attendees += len(meeting.attendees)
