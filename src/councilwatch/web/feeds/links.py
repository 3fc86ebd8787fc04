"""Where our own pages live, for feeds and the API to link to.

The public site owns the meeting page; until its URL name resolves (or if it is renamed) we fall back to the
documented path, so a feed never breaks because a page moved.
"""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

MEETING_URL_NAMES = ("site:meeting", "meeting")


def meeting_path(council_slug: str, meeting_id: int) -> str:
    """``/councils/<slug>/meetings/<pk>/`` (or wherever the site app's ``meeting`` URL now points)."""
    for name in MEETING_URL_NAMES:
        try:
            return reverse(name, kwargs={"slug": council_slug, "pk": meeting_id})
        except NoReverseMatch:
            continue
    return f"/councils/{council_slug}/meetings/{meeting_id}/"


def site_path(name: str, fallback: str, **kwargs: object) -> str:
    """A public page by the site app's URL name, or ``fallback`` while that page does not exist."""
    for candidate in (f"site:{name}", name):
        try:
            return reverse(candidate, kwargs=kwargs or None)
        except NoReverseMatch:
            continue
    return fallback
