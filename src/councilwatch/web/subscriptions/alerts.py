"""Daily keyword and topic alerts for professionals, across every council.

Each professional has a high-water mark (the newest passage already looked at), so a passage is reported
once however often alerts run. At most one alert email per subscriber per day: the ledger key is
``alert:<subscriber>:<date>``, and the mark moves only in the transaction that queues that email — a second
run the same day finds the key taken and leaves the new passages for tomorrow.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Max, Q
from django.template.loader import render_to_string
from django.utils.html import escape

from councilwatch.web.councils import models as db
from councilwatch.web.site import display
from councilwatch.web.subscriptions import links, sending
from councilwatch.web.subscriptions.models import EmailSend, Subscriber

LONDON = ZoneInfo("Europe/London")
MAX_HITS = 30  # per email; the rest are counted and left to search
SNIPPET_CHARS = 90


@dataclass
class Hit:
    passage_id: int
    council: str
    committee: str
    when: str
    title: str
    matched: str
    snippet_html: str
    snippet_text: str
    url: str


@dataclass
class AlertRun:
    emails: int = 0
    hits: int = 0
    skipped_today: list[int] = field(default_factory=list)


def keyword_pattern(keywords: list[str]) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive: "bus" must not alert on "business"."""
    words = sorted({k.strip() for k in keywords if k and k.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def snippet(text: str, match: re.Match[str] | None) -> tuple[str, str]:
    """(HTML with the match in <mark>, plain text) of the words around the match."""
    if match is None:
        plain = text[: SNIPPET_CHARS * 2].strip()
        return escape(plain), plain
    start = max(0, match.start() - SNIPPET_CHARS)
    end = min(len(text), match.end() + SNIPPET_CHARS)
    before, hit, after = text[start : match.start()], match.group(0), text[match.end() : end]
    lead, tail = ("…" if start else ""), ("…" if end < len(text) else "")
    html = f"{lead}{escape(before)}<mark>{escape(hit)}</mark>{escape(after)}{tail}"
    return html, f"{lead}{before}{hit}{after}{tail}"


def _link(passage: db.Passage) -> str:
    council = passage.council
    if council.support == "full":
        return links.meeting_url(council.slug, passage.meeting_id, f"passage-{passage.pk}")
    return passage.meeting.url or links.council_url(council.slug)


def find_hits(subscriber: Subscriber, *, upto: int) -> list[Hit]:
    """New passages (after the subscriber's mark, up to ``upto``) matching their keywords or topics."""
    pattern = keyword_pattern(list(subscriber.keywords or []))
    topic_ids = list(subscriber.topics.values_list("pk", flat=True))
    if pattern is None and not topic_ids:
        return []
    clauses = [
        Q(text__icontains=k.strip()) | Q(item__title__icontains=k.strip())
        for k in subscriber.keywords or []
        if k and k.strip()
    ]
    topics = (
        {
            t.meeting_id: t.topic.name
            for t in db.MeetingTopic.objects.filter(topic_id__in=topic_ids).select_related("topic")
        }
        if topic_ids
        else {}
    )
    if topics:
        clauses.append(Q(meeting_id__in=list(topics)))
    rows = (
        db.Passage.objects.filter(pk__gt=subscriber.alert_after_passage, pk__lte=upto)
        .filter(reduce(or_, clauses))
        .select_related("council", "committee", "meeting", "item", "document")
        .order_by("pk")
    )
    hits, seen_topic_meetings = [], set()
    for passage in rows.iterator():
        title = passage.item.title if passage.item else (passage.document.title if passage.document else "")
        match = pattern.search(passage.text) if pattern else None
        title_match = pattern.search(title) if pattern and not match else None
        if match or title_match:
            matched = (match or title_match).group(0)
        elif passage.meeting_id in topics and passage.meeting_id not in seen_topic_meetings:
            # A topic is about a meeting: one hit per meeting, not one per paragraph.
            seen_topic_meetings.add(passage.meeting_id)
            matched = topics[passage.meeting_id]
        else:
            continue  # icontains found a longer word containing the keyword
        html, plain = snippet(passage.text, match)
        hits.append(
            Hit(
                passage.pk,
                passage.council.name,
                passage.committee.title,
                display.uk_datetime(passage.meeting.starts_at),
                title,
                matched,
                html,
                plain,
                _link(passage),
            )
        )
    return hits


def _professionals():
    return (
        Subscriber.objects.filter(tier=Subscriber.Tier.PROFESSIONAL, unsubscribed_at__isnull=True)
        .prefetch_related("topics")
        .order_by("pk")
    )


def run_alerts(day: dt.date | None = None, *, send: bool = False) -> AlertRun:
    """Queue today's alert email for every professional with new matches; the scheduler calls this daily."""
    day = day or dt.datetime.now(LONDON).date()
    upto = db.Passage.objects.aggregate(top=Max("pk"))["top"] or 0
    run = AlertRun()
    for subscriber in _professionals():
        key = f"alert:{subscriber.pk}:{day.isoformat()}"
        if EmailSend.objects.filter(key=key).exists():
            run.skipped_today.append(subscriber.pk)
            continue
        hits = find_hits(subscriber, upto=upto)
        with transaction.atomic():
            if hits:
                context = {
                    "day": display.uk_date(day),
                    "hits": hits[:MAX_HITS],
                    "more": max(0, len(hits) - MAX_HITS),
                    "unsubscribe_url": links.UNSUBSCRIBE_MARK,
                    "preferences_url": links.PREFERENCES_MARK,
                }
                plural = "s" if len(hits) != 1 else ""
                subject = f"{len(hits)} new mention{plural} in council papers, {context['day']}"
                sending.queue(
                    key,
                    EmailSend.Kind.ALERT,
                    subscriber.email,
                    subscriber=subscriber,
                    subject=subject,
                    text=render_to_string("subscriptions/email/alert.txt", context),
                    html=render_to_string("subscriptions/email/alert.html", context),
                )
                run.emails += 1
                run.hits += len(hits)
            Subscriber.objects.filter(pk=subscriber.pk).update(alert_after_passage=upto)
    if send:
        sending.send_pending()
    return run
