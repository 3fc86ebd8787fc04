"""Signed, expiring links for residents, who have no password.

Each purpose has its own salt, so a preferences link can never be replayed as an unsubscribe link or the
other way round. Links that act on an existing subscriber also sign a short hash of the address: if the row
is deleted and its id reused, old links stop working instead of reaching a stranger.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.core import signing

CONFIRM_MAX_AGE = 3 * 24 * 3600  # a confirmation link is for now, not for later
UNSUBSCRIBE_MAX_AGE = 400 * 24 * 3600  # old emails must still unsubscribe
PREFERENCES_MAX_AGE = 60 * 24 * 3600

_SALT = "councilwatch.subscriptions."


class BadToken(Exception):
    """The link was altered, has expired, or belongs to someone who no longer subscribes."""


@dataclass(frozen=True)
class ConfirmRequest:
    email: str
    council_ids: tuple[int, ...]


def _email_tag(email: str) -> str:
    return hashlib.sha256(email.lower().encode()).hexdigest()[:12]


def make_confirm_token(email: str, council_ids: list[int]) -> str:
    return signing.dumps(
        {"e": email.lower(), "c": sorted(set(council_ids))}, salt=_SALT + "confirm", compress=True
    )


def read_confirm_token(token: str, *, max_age: int = CONFIRM_MAX_AGE) -> ConfirmRequest:
    try:
        payload = signing.loads(token, salt=_SALT + "confirm", max_age=max_age)
        return ConfirmRequest(str(payload["e"]), tuple(int(c) for c in payload["c"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise BadToken(str(exc)) from exc


def make_subscriber_token(subscriber_id: int, email: str, purpose: str) -> str:
    return signing.dumps([subscriber_id, _email_tag(email)], salt=_SALT + purpose)


def read_subscriber_token(token: str, purpose: str, *, max_age: int) -> tuple[int, str]:
    """Return (subscriber id, email tag); the caller checks the tag against the row it loads."""
    try:
        subscriber_id, tag = signing.loads(token, salt=_SALT + purpose, max_age=max_age)
        return int(subscriber_id), str(tag)
    except (signing.BadSignature, TypeError, ValueError) as exc:
        raise BadToken(str(exc)) from exc


def matches(email: str, tag: str) -> bool:
    return _email_tag(email) == tag
