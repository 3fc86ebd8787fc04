"""Weekly summary per council: build it once, publish it, and queue one ledger row per subscriber.

Weeks are ISO weeks in Europe/London (Monday 00:00 to the next Monday 00:00 local time), so a meeting at
23:30 on a Sunday in summer belongs to the week its attendees lived through, not the UTC one.

Only sentences that passed the verifier *and* still cite a passage of the same meeting are used; decisions
are shown only with a source. Everything else is counted so the email can say more is on the meeting page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db import transaction
from django.template.loader import render_to_string

from councilwatch.web.councils import models as db
from councilwatch.web.site import display
from councilwatch.web.subscriptions import links
from councilwatch.web.subscriptions.models import Digest, EmailSend, Subscriber, Subscription

LONDON = ZoneInfo("Europe/London")
ROUTINE_OUTCOMES = frozenset({"noted", "received", ""})
MAX_NOTABLE = 5
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


@dataclass(frozen=True)
class Week:
    year: int
    number: int

    @classmethod
    def parse(cls, value: str | dt.date | Week) -> Week:
        """From "2024-W26", or the ISO week a date falls in; a clear ValueError otherwise."""
        if isinstance(value, Week):
            return value
        if isinstance(value, dt.date):
            year, number, _ = value.isocalendar()
            return cls(year, number)
        match = _WEEK.match(value.strip())
        if not match:
            raise ValueError(f"not an ISO week (expected e.g. 2024-W26): {value!r}")
        year, number = int(match.group(1)), int(match.group(2))
        try:
            dt.date.fromisocalendar(year, number, 1)
        except ValueError as exc:
            raise ValueError(f"{value!r} has no week {number}") from exc
        return cls(year, number)

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        start = dt.datetime.combine(self.monday, dt.time(0), tzinfo=LONDON)
        return start, dt.datetime.combine(self.monday + dt.timedelta(days=7), dt.time(0), tzinfo=LONDON)

    def next(self) -> Week:
        return Week.parse(self.monday + dt.timedelta(days=7))

    def __str__(self) -> str:
        return f"{self.year}-W{self.number:02d}"


def _verified(sentence: dict, passages: dict[int, db.Passage]) -> list[int]:
    """Passage ids a sentence may be shown with: none unless it passed and cites this meeting."""
    if not isinstance(sentence, dict) or not (sentence.get("checks") or {}).get("passed"):
        return []
    ids = []
    for raw in sentence.get("citations") or []:
        try:
            pid = int(raw)
        except (TypeError, ValueError):
            continue
        if pid in passages:
            ids.append(pid)
    return ids


def _sources(ids: list[int], numbering: dict[int, int], slug: str, meeting_id: int) -> list[dict]:
    out = []
    for pid in ids:
        number = numbering.setdefault(pid, len(numbering) + 1)
        out.append({"n": number, "url": links.meeting_url(slug, meeting_id, f"passage-{pid}")})
    return out


def _meeting_entry(meeting: db.Meeting, slug: str) -> tuple[dict, list[dict]]:
    passages = {p.pk: p for p in meeting.passages.all()}
    numbering: dict[int, int] = {}
    summary = getattr(meeting, "summary", None)  # the reverse one-to-one raises AttributeError when absent
    overview, hidden = [], 0
    for sentence in (summary.data.get("overview") or []) if summary else []:
        ids = _verified(sentence, passages)
        if ids:
            overview.append({"text": sentence["text"], "sources": _sources(ids, numbering, slug, meeting.pk)})
        else:
            hidden += 1
    decisions, notable = [], []
    for decision in meeting.decisions.all():
        ids = [
            int(c) for c in decision.citations if str(c).isascii() and str(c).isdigit() and int(c) in passages
        ]
        if not ids:
            hidden += 1
            continue
        entry = {
            "text": decision.text,
            "outcome": decision.outcome,
            "outcome_label": display.outcome_label(decision.outcome),
            "item": decision.item.title if decision.item else "",
            "sources": _sources(ids, numbering, slug, meeting.pk),
        }
        decisions.append(entry)
        if decision.outcome not in ROUTINE_OUTCOMES:
            notable.append(
                {**entry, "committee": meeting.committee.title, "url": links.meeting_url(slug, meeting.pk)}
            )
    return (
        {
            "id": meeting.pk,
            "committee": meeting.committee.title,
            "when": display.uk_datetime(meeting.starts_at),
            "status": meeting.status,
            "url": links.meeting_url(slug, meeting.pk),
            "overview": overview,
            "decisions": decisions,
            "not_shown": hidden,
            "summarised": bool(summary),
        },
        notable,
    )


def digest_data(council: db.Council, week: Week) -> dict:
    """What a council's week says, as plain JSON-ready data (also what the public page shows)."""
    start, end = week.bounds()
    held = (
        db.Meeting.objects.filter(council=council, starts_at__gte=start, starts_at__lt=end)
        .select_related("committee", "summary")
        .prefetch_related("passages", "decisions__item")
        .order_by("starts_at")
    )
    meetings, notable = [], []
    for meeting in held:
        entry, flagged = _meeting_entry(meeting, council.slug)
        meetings.append(entry)
        notable.extend(flagged)
    next_start, next_end = week.next().bounds()
    upcoming = (
        db.Meeting.objects.filter(council=council, starts_at__gte=next_start, starts_at__lt=next_end)
        .exclude(status="cancelled")
        .select_related("committee")
        .order_by("starts_at")
    )
    sunday = week.monday + dt.timedelta(days=6)
    return {
        "council": {"name": council.name, "slug": council.slug, "url": links.council_url(council.slug)},
        "week": str(week),
        "period": f"{display.uk_date(week.monday)} to {display.uk_date(sunday)}",
        "meetings": meetings,
        "notable": notable[:MAX_NOTABLE],
        "next_week": [
            {
                "committee": m.committee.title,
                "when": display.uk_datetime(m.starts_at),
                "url": links.meeting_url(council.slug, m.pk),
            }
            for m in upcoming
        ],
    }


def render_digest(data: dict) -> tuple[str, str, str]:
    """(subject, html, text) with recipient placeholders, from ``digest_data``."""
    monday = Week.parse(data["week"]).monday
    subject = f"{data['council']['name']}: your weekly summary, week of {monday.day} {monday:%B %Y}"
    context = {
        **data,
        "subject": subject,
        "unsubscribe_url": links.UNSUBSCRIBE_MARK,
        "preferences_url": links.PREFERENCES_MARK,
    }
    html = render_to_string("subscriptions/email/digest.html", context)
    text = render_to_string("subscriptions/email/digest.txt", context)
    return subject, html, text


def _recipients(council: db.Council) -> list[tuple[int, str]]:
    return list(
        Subscription.objects.filter(
            council=council,
            subscriber__unsubscribed_at__isnull=True,
            subscriber__frequency=Subscriber.Frequency.WEEKLY,
        )
        .order_by("subscriber_id")
        .values_list("subscriber_id", "subscriber__email")
    )


@dataclass
class BuiltDigest:
    digest: Digest
    created: bool
    queued: int


def build_council_digest(council: db.Council, week: Week | str | dt.date) -> BuiltDigest:
    """Build (or reuse) one council's digest for a week and queue it to every current subscriber.

    An existing digest is never rebuilt: some subscribers may already have it, and everyone must get the
    same text. Queueing is idempotent (unique ledger keys), so running this twice queues nobody twice.
    """
    week = Week.parse(week)
    digest = Digest.objects.filter(council=council, iso_year=week.year, iso_week=week.number).first()
    created = digest is None
    if created:
        data = digest_data(council, week)
        subject, html, text = render_digest(data)
        with transaction.atomic():
            digest, created = Digest.objects.get_or_create(
                council=council,
                iso_year=week.year,
                iso_week=week.number,
                defaults={
                    "subject": subject,
                    "data": data,
                    "html": html,
                    "text": text,
                    "meeting_count": len(data["meetings"]),
                },
            )
    # Nothing held and nothing coming: publish the page, but an email would only say "nothing".
    if not digest.meeting_count and not digest.data.get("next_week"):
        return BuiltDigest(digest, created, 0)
    rows = [
        EmailSend(
            key=f"digest:{digest.pk}:{sid}",
            kind=EmailSend.Kind.DIGEST,
            to_email=email,
            subscriber_id=sid,
            digest=digest,
        )
        for sid, email in _recipients(council)
    ]
    with transaction.atomic():
        before = EmailSend.objects.filter(digest=digest).count()
        EmailSend.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
        queued = EmailSend.objects.filter(digest=digest).count() - before
    return BuiltDigest(digest, created, queued)


def build_weekly_digests(week: Week | str | dt.date) -> list[BuiltDigest]:
    """Every fully supported council's digest for ``week``; the plain function the scheduler calls."""
    councils = db.Council.objects.filter(support="full", disabled=False).order_by("slug")
    return [build_council_digest(council, week) for council in councils]


def last_complete_week(today: dt.date | None = None) -> Week:
    today = today or dt.datetime.now(LONDON).date()
    return Week.parse(today - dt.timedelta(days=7))
