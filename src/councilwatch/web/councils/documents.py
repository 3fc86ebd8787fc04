"""Turn a council's stored meetings into passages: minutes HTML per item, and every linked document.

Each document is downloaded once (conditional GET on later runs, bodies kept by sha256), restricted ones are
never requested, and a document whose body has not changed is not extracted again. A reports pack that
repeats a paper keeps no passages for those pages: the paper's passages serve both (``DocumentOverlap``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from councilwatch.core import models as core
from councilwatch.core.extract.html import extract_html
from councilwatch.core.extract.overlap import shared_passages
from councilwatch.core.extract.pdf import extract_pdf
from councilwatch.core.fetch.types import Fetcher, FetchError
from councilwatch.web.councils import models as db


@dataclass
class DocumentReport:
    fetched: int = 0
    unchanged: int = 0
    restricted: int = 0
    failed: int = 0
    passages: int = 0
    pages: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)


def _passage_rows(meeting: db.Meeting, extraction: core.Extraction, **owner) -> list[db.Passage]:
    return [
        db.Passage(
            council_id=meeting.council_id,
            committee_id=meeting.committee_id,
            meeting=meeting,
            ordinal=p.ordinal,
            page=p.page,
            kind=p.kind.value,
            number=p.number,
            heading_path=list(p.heading_path),
            text=p.text,
            char_start=p.char_start,
            char_end=p.char_end,
            meeting_date=meeting.starts_at.date(),
            **owner,
        )
        for p in extraction.passages
    ]


@transaction.atomic
def index_minutes(meeting: db.Meeting) -> int:
    """Replace the minutes passages of every item of ``meeting``; returns how many were written."""
    db.Passage.objects.filter(meeting=meeting, document__isnull=True).delete()
    rows: list[db.Passage] = []
    for item in meeting.items.all():
        if item.minutes_html.strip() and not item.restricted:
            rows += _passage_rows(meeting, extract_html(item.minutes_html), item=item)
    db.Passage.objects.bulk_create(rows, batch_size=500)
    meeting.indexed_hash = meeting.content_hash
    meeting.save(update_fields=["indexed_hash"])
    return len(rows)


def _store_extraction(document: db.Document, body: bytes, sha256: str, extraction: core.Extraction) -> None:
    with transaction.atomic():
        document.passages.all().delete()
        document.repeats.all().delete()
        rows = _passage_rows(
            document.meeting, extraction, document=document, item=document.item, document_kind=document.kind
        )
        db.Passage.objects.bulk_create(rows, batch_size=500)
        document.status = extraction.status.value
        document.reason = extraction.reason[:500]
        document.pages = extraction.pages
        document.size = len(body)
        document.sha256 = sha256
        document.save(update_fields=["status", "reason", "pages", "size", "sha256"])


def process_document(document: db.Document, fetcher: Fetcher, report: DocumentReport) -> None:
    if document.restricted:
        if document.status != db.Document.Status.RESTRICTED:
            document.status = db.Document.Status.RESTRICTED
            document.reason = "Restricted by the council: not published."
            document.save(update_fields=["status", "reason"])
        report.restricted += 1
        return
    try:
        result = fetcher.get(document.url)
    except FetchError as exc:
        document.status = db.Document.Status.FAILED
        document.reason = exc.reason[:500]
        document.save(update_fields=["status", "reason"])
        report.failed += 1
        report.problems.append((document.url, exc.reason))
        return
    if result.sha256 == document.sha256 and document.status != db.Document.Status.PENDING:
        report.unchanged += 1
        return
    extraction = extract_pdf(result.body)
    _store_extraction(document, result.body, result.sha256, extraction)
    report.fetched += 1
    report.pages += extraction.pages
    report.passages += len(extraction.passages)
    if extraction.status != core.ExtractStatus.OK:
        report.problems.append((document.url, extraction.reason))


def _as_extraction(document: db.Document) -> core.Extraction:
    passages = tuple(
        core.Passage(
            ordinal=p.ordinal, text=p.text, page=p.page, kind=core.PassageKind(p.kind), number=p.number
        )
        for p in document.passages.all()
    )
    return core.Extraction(status=core.ExtractStatus.OK, passages=passages, pages=document.pages or 0)


@transaction.atomic
def deduplicate_packs(meeting: db.Meeting) -> int:
    """Drop the passages of a pack that repeat a paper of the same meeting; returns how many went."""
    docs = list(meeting.documents.filter(status=core.ExtractStatus.OK.value))
    packs = [d for d in docs if d.kind == core.DocumentKind.REPORTS_PACK]
    papers = [d for d in docs if d.kind == core.DocumentKind.PAPER]
    paper_extractions = [(paper, _as_extraction(paper)) for paper in papers] if packs else []
    shared = 0
    for pack in packs:
        pack_extraction = _as_extraction(pack)
        for paper, paper_extraction in paper_extractions:
            overlap = shared_passages(pack_extraction, paper_extraction)
            if not overlap.found or overlap.first_page is None or overlap.last_page is None:
                continue
            db.DocumentOverlap.objects.update_or_create(
                pack=pack,
                paper=paper,
                defaults={"first_page": overlap.first_page, "last_page": overlap.last_page},
            )
            # Only the passages matched to the paper go: a page the paper shares with another paper, or
            # with the frontsheet, keeps everything that is not a repeat.
            repeated = [pack_ordinal for _, pack_ordinal in overlap.pairs]
            shared += pack.passages.filter(ordinal__in=repeated).delete()[0]
    return shared
