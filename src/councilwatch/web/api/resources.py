"""The API's resources: which fields each row shows, where they come from, and their JSON Schema."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from councilwatch.web.api.fields import (
    BOOLEAN,
    DATE,
    DATETIME,
    INTEGER,
    NUMBER,
    STRING,
    URI,
    Context,
    Field,
    Resource,
    array,
    iso_date,
    london_iso,
    machine,
    nullable,
    official,
    ref,
    strings,
)
from councilwatch.web.feeds.links import meeting_path
from councilwatch.web.site.sanitize import clean_html


def _api(ctx: Context, name: str, **kwargs: Any) -> str:
    return ctx.absolute(reverse(f"api:{name}", kwargs=kwargs))


def _council_links(council: Any, ctx: Context) -> dict[str, str]:
    slug = council.slug
    return {
        "self": _api(ctx, "council", key=slug),
        "meetings": _api(ctx, "meetings") + f"?council={slug}",
        "rss": ctx.absolute(reverse("feeds:council_rss", kwargs={"slug": slug})),
        "atom": ctx.absolute(reverse("feeds:council_atom", kwargs={"slug": slug})),
        "ical": ctx.absolute(reverse("feeds:council_ical", kwargs={"slug": slug})),
    }


def _committee_links(committee: Any, ctx: Context) -> dict[str, str]:
    kwargs = {"slug": committee.council.slug, "committee": committee.pk}
    return {
        "self": _api(ctx, "committee", key=committee.pk),
        "meetings": _api(ctx, "meetings") + f"?committee={committee.pk}",
        "rss": ctx.absolute(reverse("feeds:committee_rss", kwargs=kwargs)),
        "atom": ctx.absolute(reverse("feeds:committee_atom", kwargs=kwargs)),
        "ical": ctx.absolute(reverse("feeds:committee_ical", kwargs=kwargs)),
    }


LINKS = {"type": "object", "additionalProperties": URI}
COUNCIL_SLUG = machine(
    "council", STRING, "Our stable id of the council (its slug).", lambda r, _c: r.council.slug
)

COUNCIL = Resource(
    "Council",
    "A UK local authority. Demo councils are left out of lists but can be fetched by id.",
    (
        machine("id", STRING, "Stable id: the council's slug.", lambda r, _c: r.slug),
        official("code", STRING, "Short code from the public register of councils (not always unique)."),
        official("name", STRING, "Name as registered."),
        official("nation", STRING, "England, Scotland, Wales or Northern Ireland; empty if not known."),
        official("gss", STRING, "ONS GSS code; empty if not known."),
        official("base_url", STRING, "Address of the council's committee site."),
        machine("platform", STRING, "Which publishing system we read the site with."),
        machine("support", {"type": "string", "enum": ["full", "limited", "off"]}, "How well we cover it."),
        machine("links", LINKS, "Our API, feed and calendar addresses for this council.", _council_links),
    ),
)

COMMITTEE = Resource(
    "Committee",
    "A committee of a council.",
    (
        machine("id", INTEGER, "Our stable numeric id.", lambda r, _c: r.pk),
        official("external_id", STRING, "The council site's own id for the committee."),
        COUNCIL_SLUG,
        official("title", STRING, "Title as published."),
        official("category", STRING, "Category as published; often empty."),
        official("deleted", BOOLEAN, "The council marks the committee deleted."),
        official("expired", BOOLEAN, "The council marks the committee expired."),
        machine("links", LINKS, "Our API, feed and calendar addresses for this committee.", _committee_links),
    ),
)

ATTENDEE = Resource(
    "Attendee",
    "A person listed for a meeting, as the council published them.",
    (
        official("name", STRING, "Name as published."),
        official("role", STRING, "Role at the meeting, e.g. Chair."),
        official("attendance", STRING, "present, apologies, absent, expected, in_attendance or unknown."),
        official("party", STRING, "Political party as published."),
        official("ward", STRING, "Ward as published."),
    ),
)

ITEM = Resource(
    "Item",
    "An agenda item of a meeting.",
    (
        machine("id", INTEGER, "Our stable numeric id.", lambda r, _c: r.pk),
        official("external_id", STRING, "The council site's own id for the item."),
        machine("meeting", INTEGER, "Id of the meeting.", lambda r, _c: r.meeting_id),
        machine("council", STRING, "Council slug.", lambda r, _c: r.meeting.council.slug),
        official("order", INTEGER, "Position on the agenda."),
        official("display_number", STRING, 'Number as people see it, e.g. "4.".'),
        official("title", STRING, "Title as published (plain text)."),
        official("minutes_number", STRING, 'Minute number, e.g. "13/24"; empty if none.'),
        official(
            "minutes_html",
            STRING,
            "The minutes of the item as the council published them, reduced to safe structural HTML "
            "(paragraphs, lists, emphasis, tables; no attributes, links or scripts).",
            lambda r, _c: str(clean_html(r.minutes_html)),
        ),
        official("restricted", BOOLEAN, "The council restricts (exempts) this item."),
        official("is_decision", BOOLEAN, "The council marks this item as a decision."),
        official(
            "source_url", STRING, "The item's page on the council's site; may be empty.", lambda r, _c: r.url
        ),
    ),
)

DOCUMENT = Resource(
    "Document",
    "A document published with a meeting: agenda, reports pack, minutes or a single paper.",
    (
        machine("id", INTEGER, "Our stable numeric id.", lambda r, _c: r.pk),
        official("external_id", STRING, "The council site's own id or address for the document."),
        machine("meeting", INTEGER, "Id of the meeting.", lambda r, _c: r.meeting_id),
        machine(
            "item", nullable(INTEGER), "Id of the agenda item it belongs to, if any.", lambda r, _c: r.item_id
        ),
        machine("council", STRING, "Council slug.", lambda r, _c: r.council.slug),
        official("title", STRING, "Title as published."),
        machine(
            "kind",
            {"type": "string", "enum": ["agenda_frontsheet", "reports_pack", "minutes", "paper"]},
            "What kind of document we take it to be.",
        ),
        official("url", STRING, "Where the council publishes it."),
        official("restricted", BOOLEAN, "The council restricts it."),
        official(
            "published_on",
            nullable(DATE),
            "Publication date the council gives.",
            lambda r, _c: iso_date(r.published_on),
        ),
        machine("pages", nullable(INTEGER), "Pages we counted; null until read."),
        machine("status", STRING, "Our reading status: pending, ok, needs_ocr, failed …"),
        machine("reason", STRING, "Why reading failed, in plain English; empty if it did not."),
    ),
)


def meeting_page_url(meeting: Any, ctx: Context) -> str:
    return ctx.absolute(meeting_path(meeting.council.slug, meeting.pk))


def _topics(meeting: Any, _ctx: Context) -> list[dict[str, Any]]:
    return [{"slug": t.topic.slug, "name": t.topic.name, "score": t.score} for t in meeting.topics.all()]


TOPIC_REF = {
    "type": "object",
    "properties": {"slug": STRING, "name": STRING, "score": NUMBER},
    "required": ["slug", "name", "score"],
    "additionalProperties": False,
}

_MEETING_FIELDS: tuple[Field, ...] = (
    machine("id", INTEGER, "Our stable numeric id.", lambda r, _c: r.pk),
    official("external_id", STRING, "The council site's own id for the meeting."),
    COUNCIL_SLUG,
    machine("committee", INTEGER, "Id of the committee.", lambda r, _c: r.committee_id),
    official("committee_title", STRING, "Committee title as published.", lambda r, _c: r.committee.title),
    official(
        "starts_at",
        DATETIME,
        "Start, Europe/London, with its UTC offset.",
        lambda r, _c: london_iso(r.starts_at),
    ),
    official("status", STRING, "As published: confirmed, cancelled, postponed, provisional or unknown."),
    official("location", STRING, "Venue as published."),
    official("agenda_published", BOOLEAN, "The council says the agenda is published."),
    official("minutes_published", BOOLEAN, "The council says the minutes are published."),
    official("decisions_published", BOOLEAN, "The council says the decisions are published."),
    official("source_url", STRING, "The meeting's page on the council's site.", lambda r, _c: r.url),
    machine("page_url", URI, "The meeting's page on this site.", meeting_page_url),
    machine("has_summary", BOOLEAN, "A checked summary exists.", lambda r, _c: hasattr(r, "summary")),
    machine("topics", array(TOPIC_REF), "Topics we detected, best first.", _topics),
)

MEETING = Resource("Meeting", "A meeting of a committee.", _MEETING_FIELDS)


def _nested(resource: Resource, related: str) -> Any:
    return lambda r, ctx: [resource.serialize(row, ctx) for row in getattr(r, related).all()]


MEETING_DETAIL = Resource(
    "MeetingDetail",
    "A meeting with its attendees, agenda items and documents.",
    (
        *_MEETING_FIELDS,
        Field(
            "attendees",
            array(ref("Attendee")),
            True,
            _nested(ATTENDEE, "attendees"),
            "People listed for the meeting, as published.",
            ATTENDEE,
        ),
        Field("items", array(ref("Item")), False, _nested(ITEM, "items"), "Agenda items in order.", ITEM),
        Field(
            "documents",
            array(ref("Document")),
            False,
            _nested(DOCUMENT, "documents"),
            "Documents published with the meeting.",
            DOCUMENT,
        ),
    ),
)

DECISION = Resource(
    "Decision",
    "A resolution found in the minutes, with the outcome we read from it and the passages it came from.",
    (
        machine("id", INTEGER, "Our stable numeric id.", lambda r, _c: r.pk),
        machine("meeting", INTEGER, "Id of the meeting.", lambda r, _c: r.meeting_id),
        machine("item", nullable(INTEGER), "Id of the agenda item, if known.", lambda r, _c: r.item_id),
        COUNCIL_SLUG,
        machine(
            "meeting_date",
            DATE,
            "Date of the meeting (Europe/London).",
            lambda r, _c: iso_date(r.meeting_date),
        ),
        machine("ordinal", INTEGER, "Order within the meeting."),
        machine("outcome", STRING, "Outcome we read: approved, noted, deferred, refused …"),
        machine("recommended_to", STRING, "Who a recommendation goes to; empty if none."),
        machine("text", STRING, "The resolution's words as extracted from the minutes."),
        machine(
            "citations",
            array(STRING),
            "Passage ids the decision was read from.",
            lambda r, _c: strings(r.citations),
        ),
        machine(
            "page_url", URI, "The meeting's page on this site.", lambda r, c: meeting_page_url(r.meeting, c)
        ),
    ),
)
