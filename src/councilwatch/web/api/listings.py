"""Every list and detail endpoint of the API, as data: rows, order, filters and the resource they show.

Lists are ordered on a unique key (newest meeting first, then id) so pages never overlap or skip a row while
the data stays the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet

from councilwatch.core.models import DocumentKind, MeetingStatus
from councilwatch.web.api import params as p
from councilwatch.web.api.fields import INTEGER, Resource
from councilwatch.web.api.resources import (
    COMMITTEE,
    COUNCIL,
    DECISION,
    DOCUMENT,
    ITEM,
    MEETING,
    MEETING_DETAIL,
)
from councilwatch.web.api.summaries import SUMMARY
from councilwatch.web.councils import models as db


@dataclass(frozen=True, slots=True)
class Listing:
    name: str  # URL segment and URL name, plural: "meetings"
    one: str  # URL name of the detail endpoint: "meeting"
    title: str
    resource: Resource
    detail: Resource
    rows: Callable[[], QuerySet]
    detail_rows: Callable[[], QuerySet]
    lookup: str  # field the detail id matches
    id_schema: dict
    council_path: str | None  # None for councils themselves
    filters: tuple[p.Filter, ...]

    def known_parameters(self) -> set[str]:
        return {f.name for f in self.filters} | {"page", "page_size"}


def _meetings() -> QuerySet:
    return db.Meeting.objects.select_related("council", "committee", "summary").prefetch_related(
        "topics__topic"
    )


COUNCILS = Listing(
    "councils",
    "council",
    "Councils",
    COUNCIL,
    COUNCIL,
    lambda: db.Council.objects.order_by("name", "slug"),
    lambda: db.Council.objects.all(),
    "slug",
    {"type": "string", "pattern": p.SLUG.pattern},
    None,
    (p.choice_filter("support", "support", ["full", "limited", "off"], "How well we cover the council."),),
)

COMMITTEES = Listing(
    "committees",
    "committee",
    "Committees",
    COMMITTEE,
    COMMITTEE,
    lambda: db.Committee.objects.select_related("council").order_by("council__name", "title", "pk"),
    lambda: db.Committee.objects.select_related("council"),
    "pk",
    INTEGER,
    "council",
    (p.council_filter("council"),),
)

MEETINGS = Listing(
    "meetings",
    "meeting",
    "Meetings",
    MEETING,
    MEETING_DETAIL,
    lambda: _meetings().order_by("-starts_at", "-pk"),
    lambda: _meetings().prefetch_related("attendees", "items", "documents__council"),
    "pk",
    INTEGER,
    "council",
    (
        p.council_filter("council"),
        p.id_filter("committee", "committee_id", "Committee id."),
        *p.date_filters("starts_at"),
        p.choice_filter("status", "status", [s.value for s in MeetingStatus], "Status as published."),
        p.text_filter("topic", "topics__topic__slug", "Topic slug."),
    ),
)

ITEMS = Listing(
    "items",
    "item",
    "Agenda items",
    ITEM,
    ITEM,
    lambda: db.AgendaItem.objects.select_related("meeting__council").order_by(
        "-meeting__starts_at", "meeting_id", "order", "pk"
    ),
    lambda: db.AgendaItem.objects.select_related("meeting__council"),
    "pk",
    INTEGER,
    "meeting__council",
    (
        p.council_filter("meeting__council"),
        p.id_filter("committee", "meeting__committee_id", "Committee id."),
        p.id_filter("meeting", "meeting_id", "Meeting id."),
        *p.date_filters("meeting__starts_at"),
        p.text_filter("topic", "meeting__topics__topic__slug", "Topic slug of the meeting."),
    ),
)

DOCUMENTS = Listing(
    "documents",
    "document",
    "Documents",
    DOCUMENT,
    DOCUMENT,
    lambda: db.Document.objects.select_related("council").order_by(
        "-meeting__starts_at", "meeting_id", "kind", "pk"
    ),
    lambda: db.Document.objects.select_related("council"),
    "pk",
    INTEGER,
    "council",
    (
        p.council_filter("council"),
        p.id_filter("committee", "meeting__committee_id", "Committee id."),
        p.id_filter("meeting", "meeting_id", "Meeting id."),
        *p.date_filters("meeting__starts_at"),
        p.choice_filter("kind", "kind", [k.value for k in DocumentKind], "Kind of document."),
    ),
)

DECISIONS = Listing(
    "decisions",
    "decision",
    "Decisions",
    DECISION,
    DECISION,
    lambda: db.Decision.objects.select_related("council", "meeting__council").order_by(
        "-meeting_date", "meeting_id", "ordinal", "pk"
    ),
    lambda: db.Decision.objects.select_related("council", "meeting__council"),
    "pk",
    INTEGER,
    "council",
    (
        p.council_filter("council"),
        p.id_filter("committee", "meeting__committee_id", "Committee id."),
        p.id_filter("meeting", "meeting_id", "Meeting id."),
        *p.date_filters("meeting_date", is_date=True),
        p.text_filter("outcome", "outcome", "Outcome: approved, noted, deferred, refused …"),
        p.text_filter("topic", "meeting__topics__topic__slug", "Topic slug of the meeting."),
    ),
)

SUMMARIES = Listing(
    "summaries",
    "summary",
    "Summaries",
    SUMMARY,
    SUMMARY,
    lambda: (
        db.Summary.objects.select_related("meeting__council")
        .prefetch_related("meeting__topics__topic")
        .order_by("-meeting__starts_at", "-meeting_id")
    ),
    lambda: db.Summary.objects.select_related("meeting__council").prefetch_related("meeting__topics__topic"),
    "meeting_id",
    INTEGER,
    "meeting__council",
    (
        p.council_filter("meeting__council"),
        p.id_filter("committee", "meeting__committee_id", "Committee id."),
        *p.date_filters("meeting__starts_at"),
        p.text_filter("topic", "meeting__topics__topic__slug", "Topic slug of the meeting."),
    ),
)

LISTINGS: tuple[Listing, ...] = (COUNCILS, COMMITTEES, MEETINGS, ITEMS, DOCUMENTS, DECISIONS, SUMMARIES)
