"""iCalendar (RFC 5545) files of upcoming meetings, per council and per committee.

* ``UID`` is ``meeting-<council slug>-<site's meeting id>@councilwatch``: the same meeting keeps its UID
  across re-crawls and installations, so calendar apps update an event instead of duplicating it.
* ``DTSTART`` carries ``TZID=Europe/London`` with a VTIMEZONE, so a meeting at 7pm stays at 7pm across the
  clock change. Councils publish no end time, so there is no ``DTEND`` (RFC 5545: the event then ends when
  it starts) rather than an invented one.
* Cancelled and postponed meetings stay in the file with ``STATUS:CANCELLED`` so a subscribed calendar
  removes or strikes them instead of keeping a stale slot.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from icalendar import Calendar, Event

from councilwatch.web.councils import models as db
from councilwatch.web.feeds.links import meeting_path
from councilwatch.web.feeds.text import LONDON

MAX_EVENTS = 500
STATUS = {"cancelled": "CANCELLED", "postponed": "CANCELLED", "confirmed": "CONFIRMED"}


def upcoming(rows: Any) -> Any:
    """From the start of today in London: a meeting earlier today still shows on today's calendar."""
    today = timezone.now().astimezone(LONDON).date()
    start = dt.datetime.combine(today, dt.time(0), tzinfo=LONDON)
    return (
        rows.filter(starts_at__gte=start).select_related("council", "committee").order_by("starts_at", "pk")
    )


def meeting_uid(meeting: db.Meeting) -> str:
    return f"meeting-{meeting.council.slug}-{meeting.external_id}@councilwatch"


def event(meeting: db.Meeting, request: HttpRequest) -> Event:
    page = request.build_absolute_uri(meeting_path(meeting.council.slug, meeting.pk))
    entry = Event()
    entry.add("uid", meeting_uid(meeting))
    entry.add("dtstamp", meeting.updated_at.astimezone(dt.UTC))
    entry.add("dtstart", meeting.starts_at.astimezone(LONDON))
    entry.add("summary", f"{meeting.committee.title} ({meeting.council.name})")
    if meeting.location:
        entry.add("location", meeting.location)
    entry.add("url", page)
    lines = [f"Meeting of {meeting.committee.title}, {meeting.council.name}.", f"Papers and summary: {page}"]
    if meeting.url:
        lines.append(f"The council's page: {meeting.url}")
    entry.add("description", "\n".join(lines))
    entry.add("status", STATUS.get(meeting.status, "TENTATIVE"))
    return entry


def calendar_response(request: HttpRequest, name: str, filename: str, rows: Any) -> HttpResponse:
    calendar = Calendar()
    calendar.add("prodid", "-//councilwatch//UK council meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/London")
    for meeting in upcoming(rows)[:MAX_EVENTS]:
        calendar.add_component(event(meeting, request))
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def council_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    council = get_object_or_404(db.Council, slug=slug)
    return calendar_response(request, f"{council.name} meetings", council.slug, council.meetings.all())


def committee_calendar(request: HttpRequest, slug: str, committee: int) -> HttpResponse:
    row = get_object_or_404(db.Committee.objects.select_related("council"), pk=committee, council__slug=slug)
    name = f"{row.title}, {row.council.name}"
    return calendar_response(request, name, f"{slug}-committee-{row.pk}", row.meetings.all())
