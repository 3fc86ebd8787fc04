"""Meetings as Open Civic Data events (``_type: event``), for tools built around that shape.

Mapping: the committee hosts (participant ``entity_type: organization``), attendees become ``person``
participants with their role as the note; agenda items keep their display number as ``order`` and list as
``subjects`` the detected topics their title names; documents link to the council's copy; ``sources`` is the
council's meeting page. Event ids are ``ocd-event/<uuid>``: a UUID5 of the council slug and the site's meeting
id, so the same meeting has the same id on every export and every installation.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from councilwatch.web.api import params as p
from councilwatch.web.api.fields import LONDON, Context, london_iso
from councilwatch.web.api.resources import meeting_page_url
from councilwatch.web.api.views import api_view, json_response, paginated
from councilwatch.web.councils import models as db

NAMESPACE = uuid.UUID("6f1f5a3e-2c1b-5d7e-9a40-3c0a1b2d4e5f")  # fixed forever: changing it changes every id
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".htm": "text/html",
    ".html": "text/html",
}
_STR = {"type": "string"}
_LINKS = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"url": _STR, "media_type": _STR},
        "required": ["url", "media_type"],
        "additionalProperties": False,
    },
}


def _obj(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


EVENT_SCHEMA = _obj(
    {
        "_type": {"const": "event"},
        "id": {"type": "string", "pattern": "^ocd-event/[0-9a-f-]{36}$"},
        "name": _STR,
        "description": _STR,
        "classification": _STR,
        "start_date": {"type": "string", "format": "date-time"},
        "end_date": {"type": "null"},
        "all_day": {"type": "boolean"},
        "timezone": {"const": "Europe/London"},
        "status": {"enum": ["tentative", "confirmed", "cancelled", "passed"]},
        "location": _obj({"name": _STR, "note": _STR, "coordinates": {"type": "null"}}),
        "links": {"type": "array", "items": _obj({"url": _STR, "note": _STR})},
        "media": {"type": "array", "items": _obj({"note": _STR, "date": _STR, "links": _LINKS})},
        "participants": {
            "type": "array",
            "items": _obj({"name": _STR, "entity_type": {"enum": ["organization", "person"]}, "note": _STR}),
        },
        "documents": {
            "type": "array",
            "items": _obj({"note": _STR, "date": _STR, "media_type": _STR, "links": _LINKS}),
        },
        "agenda": {
            "type": "array",
            "items": _obj(
                {
                    "description": _STR,
                    "order": _STR,
                    "subjects": {"type": "array", "items": _STR},
                    "classification": {"type": "array", "items": _STR},
                    "notes": {"type": "array", "items": _STR},
                    "media": {"type": "array", "items": _STR},
                    "related_entities": {"type": "array", "items": _STR},
                }
            ),
        },
        "sources": {"type": "array", "items": _obj({"url": _STR, "note": _STR})},
        "extras": _obj(
            {
                "council": _STR,
                "committee_id": {"type": "integer"},
                "meeting_id": {"type": "integer"},
                "external_id": _STR,
                "published_status": _STR,
                "topics": {"type": "array", "items": _STR},
            }
        ),
    }
)


def event_id(council_slug: str, external_id: str) -> str:
    return f"ocd-event/{uuid.uuid5(NAMESPACE, f'{council_slug}/{external_id}')}"


def ocd_status(meeting: db.Meeting) -> str:
    """Council statuses onto OCD's four: a postponed meeting will not happen as listed, so it is cancelled."""
    if meeting.status in ("cancelled", "postponed"):
        return "cancelled"
    if meeting.starts_at < timezone.now():
        return "passed"
    return "confirmed" if meeting.status == "confirmed" else "tentative"


def _media_type(url: str) -> str:
    path = url.split("?", 1)[0].lower()
    for suffix, media_type in MEDIA_TYPES.items():
        if path.endswith(suffix):
            return media_type
    # ModernGov serves packs from mgConvert2PDF.aspx: a PDF without the suffix.
    return "application/pdf" if "convert2pdf" in path else ""


def event(meeting: db.Meeting, ctx: Context) -> dict[str, Any]:
    slug = meeting.council.slug
    topics = [t.topic.name for t in meeting.topics.all()]
    committee = meeting.committee.title
    day = meeting.starts_at.astimezone(LONDON)
    participants = [{"name": committee, "entity_type": "organization", "note": "host"}]
    participants += [
        {"name": a.name, "entity_type": "person", "note": a.role or a.attendance}
        for a in meeting.attendees.all()
    ]
    documents = [
        {
            "note": d.title,
            "date": d.published_on.isoformat() if d.published_on else "",
            "media_type": _media_type(d.url),
            "links": [{"url": d.url, "media_type": _media_type(d.url)}],
        }
        for d in meeting.documents.all()
        if not d.restricted
    ]
    agenda = [
        {
            "description": item.title,
            "order": item.display_number or str(item.order),
            "subjects": [t for t in topics if t.lower() in item.title.lower()],
            "classification": ["decision"] if item.is_decision else [],
            "notes": [],
            "media": [],
            "related_entities": [],
        }
        for item in meeting.items.all()
    ]
    return {
        "_type": "event",
        "id": event_id(slug, meeting.external_id),
        "name": f"{committee} – {day.day} {day:%B %Y}",
        "description": f"Meeting of {committee}, {meeting.council.name}.",
        "classification": "committee-meeting",
        "start_date": london_iso(meeting.starts_at) or "",
        "end_date": None,
        "all_day": False,
        "timezone": "Europe/London",
        "status": ocd_status(meeting),
        "location": {"name": meeting.location, "note": "", "coordinates": None},
        "links": [{"url": meeting_page_url(meeting, ctx), "note": "Summary and documents on councilwatch"}],
        "media": [],
        "participants": participants,
        "documents": documents,
        "agenda": agenda,
        "sources": [{"url": meeting.url, "note": "The council's meeting page"}] if meeting.url else [],
        "extras": {
            "council": slug,
            "committee_id": meeting.committee_id,
            "meeting_id": meeting.pk,
            "external_id": meeting.external_id,
            "published_status": meeting.status,
            "topics": topics,
        },
    }


OCD_FILTERS = ("council", "committee", "since", "until", "page", "page_size")


@api_view
def events(request: HttpRequest) -> HttpResponse:
    """Meetings as OCD events, newest first, paginated like the other lists."""
    from councilwatch.web.api.listings import MEETINGS  # the same filters as /meetings, minus status/topic

    query = request.GET
    p.unknown(query, set(OCD_FILTERS))
    p.paging(query)
    rows = p.public_only(MEETINGS.rows(), query, "council").prefetch_related(
        "attendees", "items", "documents"
    )
    for f in MEETINGS.filters:
        if f.name in OCD_FILTERS:
            rows = f.apply(rows, query)
    ctx = Context(request)
    return json_response(paginated(request, rows, lambda page: [event(m, ctx) for m in page]))
