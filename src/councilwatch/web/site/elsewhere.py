"""Look-ups in apps other engineers own (subscriptions), made so this site works with or without them.

The subscriptions app may not be installed in every deployment (or yet); pages then say "none yet"
instead of failing. Only public, read-only facts are taken: counts and digest titles.
"""

from __future__ import annotations

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.urls import NoReverseMatch, reverse

from councilwatch.web.councils.models import Council


def _model(name: str) -> type[models.Model] | None:
    try:
        return apps.get_model("subscriptions", name)
    except (LookupError, ValueError):
        return None


def _has_field(model: type[models.Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def waiting_count(council: Council) -> int:
    """People waiting for this council: distinct email addresses of active subscriptions to it and of
    support requests for it (one person asking twice, or subscribing and asking, counts once)."""
    emails: set[str] = set()
    subscription = _model("Subscription")
    if subscription is not None and _has_field(subscription, "council"):
        rows = subscription.objects.filter(council=council)
        if _has_field(subscription, "subscriber"):
            rows = rows.filter(subscriber__unsubscribed_at__isnull=True)
            emails.update(e.lower() for e in rows.values_list("subscriber__email", flat=True))
        else:
            emails.update(f"subscription:{pk}" for pk in rows.values_list("pk", flat=True))
    request = _model("SupportRequest")
    if request is not None and _has_field(request, "council") and _has_field(request, "email"):
        rows = request.objects.filter(council=council).values_list("email", flat=True)
        emails.update(e.lower() for e in rows)
    return len(emails)


def digests(council: Council, limit: int = 12) -> list[dict]:
    """The weekly summaries archive, newest first: [{"title", "url"}]; empty when there is none."""
    model = _model("Digest")
    if model is None or not _has_field(model, "council"):
        return []
    rows = model.objects.filter(council=council)
    rows = (rows if rows.ordered else rows.order_by("-pk"))[
        :limit
    ]  # the model's own order: newest week first
    found = []
    for row in rows:
        url = row.get_absolute_url() if hasattr(row, "get_absolute_url") else ""
        found.append({"title": str(row), "url": url})
    return found


def url_or(name: str, fallback: str, *args: object) -> str:
    try:
        return reverse(name, args=args or None)
    except NoReverseMatch:
        return fallback
