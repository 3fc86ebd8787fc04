"""Double opt-in, unsubscribe and preferences, as plain functions the views (and tests) call.

Asking to subscribe stores nothing: the confirmation email carries the address and councils in a signed,
expiring link, and the subscriber row is written only when that link is used. So the answer to "subscribe"
is the same whether or not we know the address, and an unconfirmed address leaves no trace.
"""

from __future__ import annotations

import hashlib

from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone

from councilwatch.web.councils.models import Council, Passage
from councilwatch.web.subscriptions import links, sending, tokens
from councilwatch.web.subscriptions.models import EmailSend, Subscriber, Subscription


def _names(councils: list[Council]) -> str:
    names = sorted(c.name for c in councils)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def request_confirmation(email: str, councils: list[Council], *, send: bool = True) -> EmailSend:
    """Queue (and try to send) the confirmation email.

    The ledger key holds the address, councils and day, so pressing "subscribe" ten times sends one email a
    day — a form cannot be used to flood someone's inbox.
    """
    email = email.strip().lower()
    ids = sorted(c.pk for c in councils)
    day = timezone.localdate().isoformat()
    key = "confirm:" + hashlib.sha256(f"{email}|{ids}|{day}".encode()).hexdigest()[:40]
    context = {"councils": _names(councils), "confirm_url": links.confirm_url(email, ids)}
    row, created = sending.queue(
        key,
        EmailSend.Kind.CONFIRM,
        email,
        subject="Please confirm your councilwatch subscription",
        text=render_to_string("subscriptions/email/confirm.txt", context),
        html=render_to_string("subscriptions/email/confirm.html", context),
    )
    if created and send:
        sending.send_now(row)
    return row


def confirm(token: str) -> tuple[Subscriber, list[Council]]:
    """Use a confirmation link: create or reactivate the subscriber and add the councils.

    Raises ``tokens.BadToken`` for an altered or expired link.
    """
    request = tokens.read_confirm_token(token)
    councils = list(Council.objects.filter(pk__in=request.council_ids))
    now = timezone.now()
    with transaction.atomic():
        subscriber, created = Subscriber.objects.get_or_create(
            email=request.email,
            # Alerts start from now: a new professional wants news, not the whole archive.
            defaults={
                "confirmed_at": now,
                "alert_after_passage": Passage.objects.aggregate(top=Max("pk"))["top"] or 0,
            },
        )
        if not created and subscriber.unsubscribed_at is not None:
            subscriber.unsubscribed_at = None
            subscriber.confirmed_at = now
            subscriber.save(update_fields=["unsubscribed_at", "confirmed_at"])
        for council in councils:
            Subscription.objects.get_or_create(subscriber=subscriber, council=council)
    return subscriber, councils


def subscriber_from(token: str, purpose: str) -> Subscriber:
    max_age = tokens.UNSUBSCRIBE_MAX_AGE if purpose == "unsubscribe" else tokens.PREFERENCES_MAX_AGE
    subscriber_id, tag = tokens.read_subscriber_token(token, purpose, max_age=max_age)
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or not tokens.matches(subscriber.email, tag):
        raise tokens.BadToken("no such subscriber")
    return subscriber


def unsubscribe(subscriber: Subscriber) -> None:
    """Stop every email at once; pending ledger rows are skipped when their turn comes."""
    with transaction.atomic():
        if subscriber.unsubscribed_at is None:
            subscriber.unsubscribed_at = timezone.now()
            subscriber.save(update_fields=["unsubscribed_at"])
        # They no longer count as waiting for (or subscribed to) any council.
        subscriber.subscriptions.all().delete()


def save_preferences(subscriber: Subscriber, data: dict) -> None:
    with transaction.atomic():
        keep = {c.pk for c in data.get("councils") or []}
        subscriber.subscriptions.exclude(council_id__in=keep).delete()
        if data.get("add_council") is not None:
            Subscription.objects.get_or_create(subscriber=subscriber, council=data["add_council"])
        subscriber.topics.set(data.get("topics") or [])
        subscriber.frequency = data["frequency"]
        fields = ["frequency"]
        if "keywords" in data and subscriber.professional:
            subscriber.keywords = data["keywords"]
            fields.append("keywords")
        subscriber.save(update_fields=fields)
