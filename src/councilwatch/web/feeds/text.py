"""What a feed entry says about a meeting, in plain English, escaped once for HTML feed bodies.

RSS ``description`` and Atom ``summary type="html"`` are HTML that readers render, so every scraped string
is escaped here before the feed writer escapes the whole body again for XML. Titles stay plain text (the
writer escapes them for XML) because readers show titles as text.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils.html import format_html, format_html_join

from councilwatch.web.councils import models as db

LONDON = ZoneInfo("Europe/London")
STATUS_WORDS = {"cancelled": "Cancelled", "postponed": "Postponed", "provisional": "Provisional date"}
MAX_SENTENCES = 3


def uk_when(moment: dt.datetime) -> str:
    """Wednesday, 26 June 2024, 11.00am (Europe/London)."""
    local = moment.astimezone(LONDON)
    hour = local.hour % 12 or 12
    return f"{local:%A}, {local.day} {local:%B %Y}, {hour}.{local:%M}{'am' if local.hour < 12 else 'pm'}"


def meeting_title(meeting: db.Meeting) -> str:
    status = STATUS_WORDS.get(meeting.status)
    title = f"{meeting.committee.title}, {uk_when(meeting.starts_at)}"
    return f"{title} ({status})" if status else title


def overview(meeting: db.Meeting) -> list[str]:
    """The first verified sentences of the summary, if there is one."""
    summary = getattr(meeting, "summary", None)
    data = summary.data if summary is not None and isinstance(summary.data, dict) else {}
    sentences = [s for s in data.get("overview") or [] if isinstance(s, dict)]
    passed = [
        str(s.get("text", "")) for s in sentences if (s.get("checks") or {}).get("passed", True) is not False
    ]
    return [t for t in passed if t.strip()][:MAX_SENTENCES]


def meeting_html(meeting: db.Meeting) -> str:
    parts = [format_html("<p>{} – {}</p>", meeting.council.name, meeting_title(meeting))]
    if meeting.location:
        parts.append(format_html("<p>Venue: {}</p>", meeting.location))
    sentences = overview(meeting)
    if sentences:
        parts.append(format_html("<p>{}</p>", "Summary (each sentence is cited on the meeting page):"))
        parts.append(
            format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((s,) for s in sentences)))
        )
    elif meeting.minutes_published:
        parts.append(format_html("<p>{}</p>", "Minutes are published; no checked summary yet."))
    elif meeting.agenda_published:
        parts.append(format_html("<p>{}</p>", "The agenda is published."))
    return "".join(str(p) for p in parts)
