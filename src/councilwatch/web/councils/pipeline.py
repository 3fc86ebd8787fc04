"""A council's whole ingest as plain functions: crawl → documents and minutes → passages → summaries.

The same functions run inline (embedded mode, the CLI) and inside Celery tasks (``councilwatch.tasks``),
and each is idempotent: unchanged meetings, documents and summaries are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Exists, F, OuterRef, Q

from councilwatch.core import models as core
from councilwatch.core.crawl import Progress
from councilwatch.core.fetch.types import Fetcher
from councilwatch.core.summarize.llm import LLMConfig
from councilwatch.web.councils import costs
from councilwatch.web.councils import models as db
from councilwatch.web.councils.costs import timed
from councilwatch.web.councils.documents import (
    DocumentReport,
    deduplicate_packs,
    index_minutes,
    process_document,
)
from councilwatch.web.councils.summaries import summarize_meeting


@dataclass
class ProcessReport:
    meetings: int = 0
    documents: DocumentReport = field(default_factory=DocumentReport)
    summaries: dict[str, int] = field(default_factory=dict)  # outcome → count

    def as_json(self) -> dict:
        d = self.documents
        return {
            "meetings_processed": self.meetings,
            "documents": {
                "fetched": d.fetched,
                "unchanged": d.unchanged,
                "restricted": d.restricted,
                "failed": d.failed,
                "pages": d.pages,
            },
            "passages": d.passages,
            "summaries": self.summaries,
            "problems": [{"url": url, "reason": reason} for url, reason in d.problems],
        }


def meetings_needing_work(council: db.Council) -> list[db.Meeting]:
    """Meetings whose minutes changed since indexing, with documents never fetched, or with minutes passages
    but no summary (a run stopped part-way). A meeting with no minutes to summarise is not picked again, so a
    nightly crawl does not re-request its documents every night."""
    minutes = db.Passage.objects.filter(meeting=OuterRef("pk")).filter(
        Q(item__isnull=False, document__isnull=True)
        | Q(document_kind="minutes", item__isnull=True, meeting__minutes_published=True)
    )
    return list(
        council.meetings.filter(
            ~Q(indexed_hash=F("content_hash"))
            | Q(documents__status=db.Document.Status.PENDING)
            | Q(Exists(minutes), summary__isnull=True)
        )
        .distinct()
        .order_by("starts_at")
    )


def process_meeting(
    meeting: db.Meeting,
    fetcher: Fetcher,
    report: ProcessReport,
    *,
    engine: str = "structured",
    llm: LLMConfig | None = None,
    documents: bool = True,
    summaries: bool = True,
) -> None:
    with timed() as took:
        if meeting.indexed_hash != meeting.content_hash:
            report.documents.passages += index_minutes(meeting)
        if documents:
            for document in meeting.documents.select_related("meeting", "item"):
                process_document(document, fetcher, report.documents)
            deduplicate_packs(meeting)
    costs.record(meeting.council, "extract", "pypdfium2", meeting=meeting, seconds=took[0])
    if summaries and meeting.status != core.MeetingStatus.CANCELLED:
        with timed() as took:
            outcome = summarize_meeting(meeting, engine=engine, llm=llm)
        report.summaries[outcome] = report.summaries.get(outcome, 0) + 1
        if outcome == "summarized":
            usage = meeting.summary.data.get("usage", {})
            costs.record(
                meeting.council,
                "summary",
                engine,
                meeting=meeting,
                seconds=took[0],
                tokens=int(usage.get("prompt_tokens", 0)) + int(usage.get("completion_tokens", 0)),
                llm_cost=float(usage.get("cost", 0.0)),
            )
    report.meetings += 1


def process_council(
    council: db.Council,
    fetcher: Fetcher,
    *,
    engine: str = "structured",
    llm: LLMConfig | None = None,
    documents: bool = True,
    summaries: bool = True,
    progress: Progress | None = None,
) -> ProcessReport:
    report = ProcessReport()
    meetings = meetings_needing_work(council)
    for number, meeting in enumerate(meetings, 1):
        process_meeting(
            meeting, fetcher, report, engine=engine, llm=llm, documents=documents, summaries=summaries
        )
        if progress:
            progress("processing", number, len(meetings))
    return report
