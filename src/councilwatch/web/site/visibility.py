"""Which councils public lists show.

Demo councils are fictional, so they never sit beside real ones in lists (their pages still work by URL).
The exception is a database where no real council has any meetings yet — the `councilwatch demo` database,
or a fresh install: there the demo council is all there is to see, and hiding it would leave every list
empty.
"""

from __future__ import annotations

from django.db.models import Q

from councilwatch.web.councils import models as db


def demo_visible() -> bool:
    return not db.Meeting.objects.filter(council__demo=False).exists()


def council_filter(prefix: str = "") -> Q:
    """A filter for rows reachable through ``prefix`` + "demo" (e.g. "council__", "meeting__council__")."""
    if demo_visible():
        return Q()
    return Q(**{f"{prefix}demo": False})
