"""Absolute links for emails: emails are read far from the site, so every link carries the site's address."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from councilwatch.web.subscriptions import tokens

# Digest bodies are built once per council and week; these markers become each recipient's own links.
UNSUBSCRIBE_MARK = "@@COUNCILWATCH-UNSUBSCRIBE@@"
PREFERENCES_MARK = "@@COUNCILWATCH-PREFERENCES@@"


def absolute(path: str) -> str:
    base = str(getattr(settings, "COUNCILWATCH_SITE_URL", "") or "http://127.0.0.1:8000").rstrip("/")
    return base + path


def confirm_url(email: str, council_ids: list[int]) -> str:
    return absolute(reverse("confirm", args=[tokens.make_confirm_token(email, council_ids)]))


def unsubscribe_url(subscriber_id: int, email: str) -> str:
    token = tokens.make_subscriber_token(subscriber_id, email, "unsubscribe")
    return absolute(reverse("unsubscribe", args=[token]))


def preferences_url(subscriber_id: int, email: str) -> str:
    token = tokens.make_subscriber_token(subscriber_id, email, "preferences")
    return absolute(reverse("preferences", args=[token]))


def meeting_url(council_slug: str, meeting_id: int, anchor: str = "") -> str:
    path = reverse("site:meeting", args=[council_slug, meeting_id])
    return absolute(path + (f"#{anchor}" if anchor else ""))


def council_url(council_slug: str) -> str:
    return absolute(reverse("site:council", args=[council_slug]))


def personalise(bodies: list[str], subscriber_id: int, email: str) -> tuple[list[str], str]:
    """Fill each body's placeholders with this recipient's links; also return the unsubscribe link."""
    unsubscribe = unsubscribe_url(subscriber_id, email)
    preferences = preferences_url(subscriber_id, email)
    filled = [b.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(PREFERENCES_MARK, preferences) for b in bodies]
    return filled, unsubscribe
