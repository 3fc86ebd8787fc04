"""Small factories for Django rows used by web tests: real rows in a real database, no mocks."""

from __future__ import annotations

# --- public site (pages) -------------------------------------------------------------------------------
# Each function makes one real row with sensible defaults; pass keyword arguments to override fields.
import datetime as _site_dt
import itertools as _site_itertools
from zoneinfo import ZoneInfo as _SiteZoneInfo

_site_ids = _site_itertools.count(1)
_SITE_LONDON = _SiteZoneInfo("Europe/London")


def site_council(slug: str = "testshire", *, name: str = "", support: str = "full", **fields):
    from councilwatch.web.councils.models import Council

    defaults = {
        "code": slug.upper()[:40],
        "name": name or f"{slug.capitalize()} Council",
        "platform": "moderngov",
        "base_url": f"https://democracy.{slug}.example/",
        "support": support,
    }
    defaults.update(fields)
    return Council.objects.create(slug=slug, **defaults)


def site_committee(council, title: str = "Scrutiny Board", **fields):
    from councilwatch.web.councils.models import Committee

    return Committee.objects.create(council=council, external_id=str(next(_site_ids)), title=title, **fields)


def site_meeting(committee, starts_at: _site_dt.datetime | None = None, **fields):
    from councilwatch.web.councils.models import Meeting

    when = starts_at or _site_dt.datetime(2024, 6, 26, 11, 0, tzinfo=_SITE_LONDON)
    external = str(next(_site_ids))
    defaults = {
        "status": "confirmed",
        "url": f"https://democracy.example/ieListDocuments.aspx?CId={committee.external_id}&MId={external}",
        "content_hash": "test",
    }
    defaults.update(fields)
    return Meeting.objects.create(
        council=committee.council, committee=committee, external_id=external, starts_at=when, **defaults
    )


def site_item(meeting, title: str = "Air Quality Action Plan", *, order: int = 1, **fields):
    from councilwatch.web.councils.models import AgendaItem

    defaults = {"display_number": f"{order}."}
    defaults.update(fields)
    return AgendaItem.objects.create(
        meeting=meeting, external_id=str(next(_site_ids)), order=order, title=title, **defaults
    )


def site_document(meeting, title: str = "Public reports pack", *, kind: str = "reports_pack", **fields):
    from councilwatch.web.councils.models import Document

    external = str(next(_site_ids))
    url = f"https://democracy.example/documents/g{external}/pack.pdf"
    defaults = {"url": url, "pages": 12, "status": "ok"}
    defaults.update(fields)
    return Document.objects.create(
        council=meeting.council, meeting=meeting, external_id=external, title=title, kind=kind, **defaults
    )


def site_passage(meeting, text: str, *, document=None, item=None, page: int | None = None, **fields):
    from councilwatch.web.councils.models import Passage

    defaults = {"ordinal": next(_site_ids), "kind": "paragraph", "heading_path": []}
    defaults.update(fields)
    return Passage.objects.create(
        council=meeting.council,
        committee=meeting.committee,
        meeting=meeting,
        document=document,
        item=item,
        page=page,
        text=text,
        meeting_date=meeting.starts_at.astimezone(_SITE_LONDON).date(),
        document_kind=document.kind if document else "",
        **defaults,
    )


def site_sentence(text: str, *passages, passed: bool = True) -> dict:
    """One SENTENCE of the summary contract, citing the given Passage rows."""
    return {
        "text": text,
        "citations": [str(p.pk) for p in passages],
        "checks": {"passed": passed, "failures": [] if passed else [{"code": "figure", "detail": "test"}]},
    }


def site_summary(meeting, *, overview=(), items=(), attendees=(), topics=(), **fields):
    from councilwatch.web.councils.models import Summary

    data = {
        "engine": "structured",
        "overview": list(overview),
        "items": list(items),
        "attendees": list(attendees),
        "topics": list(topics),
    }
    defaults = {"engine": "structured", "stats": {}, "input_hash": "test"}
    defaults.update(fields)
    return Summary.objects.create(meeting=meeting, data=data, **defaults)


def site_decision(meeting, text: str, *, outcome: str = "noted", item=None, citations=(), ordinal=None):
    from councilwatch.web.councils.models import Decision

    return Decision.objects.create(
        council=meeting.council,
        meeting=meeting,
        item=item,
        ordinal=ordinal if ordinal is not None else next(_site_ids),
        outcome=outcome,
        text=text,
        citations=[str(p.pk) for p in citations],
        meeting_date=meeting.starts_at.astimezone(_SITE_LONDON).date(),
    )


def site_attendee(meeting, name: str, *, attendance: str = "present", **fields):
    from councilwatch.web.councils.models import Attendee

    return Attendee.objects.create(meeting=meeting, name=name, attendance=attendance, **fields)


def site_topic(meeting, name: str = "Air quality", *, score: float = 0.8):
    from django.utils.text import slugify

    from councilwatch.web.councils.models import MeetingTopic, Topic

    topic, _ = Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    MeetingTopic.objects.create(meeting=meeting, topic=topic, score=score)
    return topic


# --- feeds and JSON API ----------------------------------------------------------------------------------
# One real row per call; keyword arguments override any field. Ids come from one counter so rows never clash.
import datetime as _api_dt  # noqa: E402
import itertools as _api_itertools  # noqa: E402
from zoneinfo import ZoneInfo as _ApiZoneInfo  # noqa: E402

_api_ids = _api_itertools.count(1)
_API_LONDON = _ApiZoneInfo("Europe/London")


def api_council(slug: str = "northtown", **fields):
    from councilwatch.web.councils.models import Council

    values = {"code": slug[:3].upper(), "name": f"{slug.capitalize()} Borough Council"}
    values["platform"] = "moderngov"
    values.update(fields)
    return Council.objects.create(slug=slug, **values)


def api_committee(council, title: str = "Cabinet", **fields):
    from councilwatch.web.councils.models import Committee

    return Committee.objects.create(council=council, external_id=str(next(_api_ids)), title=title, **fields)


def api_meeting(committee, starts_at: _api_dt.datetime | None = None, **fields):
    from councilwatch.web.councils.models import Meeting

    external = str(next(_api_ids))
    values = {
        "starts_at": starts_at or _api_dt.datetime(2025, 6, 26, 19, 0, tzinfo=_API_LONDON),
        "status": "confirmed",
        "location": "Council Chamber, Town Hall",
        "url": f"https://democracy.example/ieListDocuments.aspx?MId={external}",
        "content_hash": "h",
    }
    values.update(fields)
    return Meeting.objects.create(
        council=committee.council, committee=committee, external_id=external, **values
    )


def api_item(meeting, title: str = "Budget monitoring", order: int = 1, **fields):
    from councilwatch.web.councils.models import AgendaItem

    values = {"display_number": f"{order}.", "url": ""}
    values.update(fields)
    return AgendaItem.objects.create(
        meeting=meeting, external_id=str(next(_api_ids)), order=order, title=title, **values
    )


def api_document(meeting, title: str = "Public reports pack", kind: str = "reports_pack", **fields):
    from councilwatch.web.councils.models import Document

    external = str(next(_api_ids))
    values = {"url": f"https://democracy.example/documents/g{external}/pack.pdf", "pages": 12, "status": "ok"}
    values.update(fields)
    return Document.objects.create(
        council=meeting.council, meeting=meeting, external_id=external, title=title, kind=kind, **values
    )


def api_attendee(meeting, name: str = "Councillor A Patel", **fields):
    from councilwatch.web.councils.models import Attendee

    values = {"role": "Chair", "attendance": "present"}
    values.update(fields)
    return Attendee.objects.create(meeting=meeting, name=name, **values)


def api_passage(meeting, text: str, *, document=None, item=None, page: int | None = None, **fields):
    from councilwatch.web.councils.models import Passage

    return Passage.objects.create(
        council=meeting.council,
        committee=meeting.committee,
        meeting=meeting,
        document=document,
        item=item,
        ordinal=next(_api_ids),
        page=page,
        kind=fields.pop("kind", "paragraph"),
        text=text,
        meeting_date=meeting.starts_at.astimezone(_API_LONDON).date(),
        document_kind=document.kind if document else "",
        **fields,
    )


def api_sentence(text: str, *passages, passed: bool = True) -> dict:
    """One sentence in the Summary.data contract, citing the given passages."""
    checks = {"passed": passed, "failures": []}
    return {"text": text, "citations": [str(p.pk) for p in passages], "checks": checks}


def api_summary(meeting, overview: list[dict] | None = None, items: list[dict] | None = None, **fields):
    from councilwatch.web.councils.models import Summary

    data = {"engine": "extractive", "overview": overview or [], "items": items or []}
    data.update({"attendees": [], "topics": []})
    return Summary.objects.create(
        meeting=meeting, engine="extractive", data=fields.pop("data", data), input_hash="i", **fields
    )


def api_decision(meeting, text: str, outcome: str = "approved", citations=(), ordinal: int = 1, **fields):
    from councilwatch.web.councils.models import Decision

    return Decision.objects.create(
        council=meeting.council,
        meeting=meeting,
        ordinal=ordinal,
        outcome=outcome,
        text=text,
        citations=[str(c.pk) for c in citations],
        meeting_date=meeting.starts_at.astimezone(_API_LONDON).date(),
        **fields,
    )


def api_topic(meeting, slug: str = "housing", name: str = "Housing", score: float = 0.8):
    from councilwatch.web.councils.models import MeetingTopic, Topic

    topic, _ = Topic.objects.get_or_create(slug=slug, defaults={"name": name})
    MeetingTopic.objects.create(meeting=meeting, topic=topic, score=score)
    return topic


# --- subscriptions ---------------------------------------------------------------------------------------
def sub_subscriber(email: str, *councils, tier: str = "resident", **fields):
    """A confirmed subscriber to the given Council rows."""
    from django.utils import timezone

    from councilwatch.web.subscriptions.models import Subscriber, Subscription

    defaults = {"confirmed_at": timezone.now(), "tier": tier}
    defaults.update(fields)
    subscriber = Subscriber.objects.create(email=email.lower(), **defaults)
    for council in councils:
        Subscription.objects.create(subscriber=subscriber, council=council)
    return subscriber


def sub_support_request(council, email: str, kind: str = "resident", message: str = ""):
    from councilwatch.web.subscriptions.models import SupportRequest

    return SupportRequest.objects.create(council=council, email=email, kind=kind, message=message)


def sub_cost(
    council, meeting=None, *, cost_gbp: str = "0.10", stage: str = "summary", engine: str = "structured"
):
    from decimal import Decimal

    from councilwatch.web.subscriptions.models import CostEntry

    return CostEntry.objects.create(
        council=council, meeting=meeting, stage=stage, engine=engine, seconds=1.0, cost_gbp=Decimal(cost_gbp)
    )
