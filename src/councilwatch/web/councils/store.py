"""The one place core dataclasses become rows.

Upserts are keyed by council + external id; each meeting is written in one transaction, and not at all when
its content hash is unchanged. Children (items, documents, attendees) are updated in place by their own
external ids and removed when the council's site no longer lists them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date

from django.db import transaction
from django.utils import timezone

from councilwatch.core import models as core
from councilwatch.core.fetch.types import Validators
from councilwatch.web.councils import models as db


def load_registry(councils: Iterable[core.CouncilRecord]) -> int:
    """Create or refresh a Council row per registry row; support levels set by people are kept."""
    existing = {c.slug: c for c in db.Council.objects.all()}
    fields = [
        "code",
        "name",
        "nation",
        "gss",
        "platform",
        "base_url",
        "disabled",
        "end_date",
        "notes",
        "demo",
    ]
    new, changed = [], []
    for record in councils:
        values = {f: getattr(record, f) for f in fields}
        row = existing.get(record.slug)
        if row is None:
            new.append(db.Council(slug=record.slug, **values))
        elif any(getattr(row, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(row, f, v)
            changed.append(row)
    db.Council.objects.bulk_create(new)
    db.Council.objects.bulk_update(changed, fields)
    return len(new) + len(changed)


def council_row(record: core.CouncilRecord) -> db.Council:
    return db.Council.objects.get(slug=record.slug)


def _sync_children(model, parent_filter: dict, key: str, wanted: dict[str, dict]) -> None:
    """Make the children under ``parent_filter`` exactly ``wanted`` (key value → field values)."""
    current = {getattr(row, key): row for row in model.objects.filter(**parent_filter)}
    gone = [row.pk for k, row in current.items() if k not in wanted]
    if gone:
        model.objects.filter(pk__in=gone).delete()
    for k, values in wanted.items():
        row = current.get(k)
        if row is None:
            model.objects.create(**parent_filter, **{key: k}, **values)
        elif any(getattr(row, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(row, f, v)
            row.save(update_fields=list(values))


class DatabaseSink:
    """Implements ``core.crawl.CrawlSink`` for one council."""

    def __init__(self, council: db.Council) -> None:
        self.council = council
        self.run: db.CrawlRun | None = None
        self._committees: dict[str, db.Committee] = {}

    def begin(self, council: core.CouncilRecord, since: date, until: date) -> set[str]:
        unfinished = db.CrawlRun.objects.filter(
            council=self.council, since=since, until=until, finished_at__isnull=True
        ).first()
        self.run = unfinished or db.CrawlRun.objects.create(council=self.council, since=since, until=until)
        return set(self.run.committee_states.values_list("committee__external_id", flat=True))

    def save_committees(self, committees: list[core.Committee]) -> None:
        for c in committees:
            row, _ = db.Committee.objects.update_or_create(
                council=self.council,
                external_id=c.external_id,
                defaults={
                    "title": c.title,
                    "category": c.category,
                    "deleted": c.deleted,
                    "expired": c.expired,
                },
            )
            self._committees[c.external_id] = row

    def _committee(self, meeting: core.Meeting) -> db.Committee:
        row = self._committees.get(meeting.committee_external_id)
        if row is None:  # a meeting of a committee the listing did not name (seen on real sites)
            row, _ = db.Committee.objects.get_or_create(
                council=self.council,
                external_id=meeting.committee_external_id,
                defaults={"title": meeting.committee_title},
            )
            self._committees[row.external_id] = row
        return row

    @transaction.atomic
    def save_meeting(self, meeting: core.Meeting, content_hash: str) -> str:
        existing = (
            db.Meeting.objects.select_for_update()
            .filter(council=self.council, external_id=meeting.external_id)
            .first()
        )
        if existing is not None and existing.content_hash == content_hash:
            return "unchanged"
        values = {
            "committee": self._committee(meeting),
            "starts_at": meeting.starts_at,
            "status": meeting.status.value,
            "location": meeting.location,
            "agenda_published": meeting.agenda_published,
            "minutes_published": meeting.minutes_published,
            "decisions_published": meeting.decisions_published,
            "url": meeting.url,
            "content_hash": content_hash,
        }
        if existing is None:
            row = db.Meeting.objects.create(council=self.council, external_id=meeting.external_id, **values)
        else:
            row = existing
            for field, value in values.items():
                setattr(row, field, value)
            row.save()
        self._save_children(row, meeting)
        return "new" if existing is None else "updated"

    def _save_children(self, row: db.Meeting, meeting: core.Meeting) -> None:
        _sync_children(
            db.AgendaItem,
            {"meeting": row},
            "external_id",
            {
                item.external_id: {
                    "order": item.order,
                    "display_number": item.display_number,
                    "internal_number": item.internal_number,
                    "title": item.title,
                    "agenda_html": item.agenda_html,
                    "minutes_html": item.minutes_html,
                    "restricted": item.restricted,
                    "is_decision": item.is_decision,
                    "minutes_number": item.minutes_number,
                    "url": item.url,
                }
                for item in meeting.items
            },
        )
        items = {i.external_id: i for i in row.items.all()}
        documents: dict[str, dict] = {}
        for doc in meeting.all_documents:
            documents.setdefault(
                doc.external_id,
                {
                    "council": self.council,
                    "item": items.get(doc.item_external_id),
                    "title": doc.title,
                    "kind": doc.kind.value,
                    "url": doc.url,
                    "restricted": doc.restricted,
                    "published_on": doc.published_on,
                },
            )
        _sync_children(db.Document, {"meeting": row}, "external_id", documents)
        _sync_children(
            db.Attendee,
            {"meeting": row},
            "name",
            {
                a.name: {
                    "member_id": a.member_id,
                    "role": a.role,
                    "attendance": a.attendance.value,
                    "party": a.party,
                    "ward": a.ward,
                }
                for a in meeting.attendees
            },
        )

    def committee_done(self, committee_external_id: str) -> None:
        committee = self._committees.get(committee_external_id)
        if self.run is not None and committee is not None:
            db.CommitteeCrawlState.objects.get_or_create(run=self.run, committee=committee)

    def finish(self, report: core.CrawlReport) -> None:
        if self.run is None:
            return
        self.run.report = report.as_json()
        # A run with listing failures stays unfinished so the next crawl resumes the missing committees.
        listing_failed = report.committees == 0 or self.run.committee_states.count() < report.committees
        if not listing_failed:
            self.run.finished_at = timezone.now()
        self.run.save()


def _url_hash(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()


class DatabaseValidatorIndex:
    """``ValidatorIndex`` over FetchRecord rows: conditional GETs survive restarts and span workers."""

    def get(self, url: str) -> Validators | None:
        row = db.FetchRecord.objects.filter(url_hash=_url_hash(url)).first()
        if row is None:
            return None
        return Validators(sha256=row.sha256, etag=row.etag, last_modified=row.last_modified)

    def put(self, url: str, validators: Validators) -> None:
        db.FetchRecord.objects.update_or_create(
            url_hash=_url_hash(url),
            defaults={
                "url": url,
                "sha256": validators.sha256,
                "etag": validators.etag,
                "last_modified": validators.last_modified,
            },
        )
