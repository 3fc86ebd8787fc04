"""Query parameters: parsed strictly, so a mistyped filter is a clear 400 instead of a silently wrong list."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import QueryDict

from councilwatch.web.api.fields import LONDON, Schema
from councilwatch.web.councils import models as db

MAX_PAGE = 100_000
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50
SLUG = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


class ApiError(Exception):
    """Answered as ``{"error": {"status", "message", "parameter"}}`` with that HTTP status."""

    def __init__(self, status: int, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameter = parameter


def _one(query: QueryDict, name: str) -> str | None:
    values = query.getlist(name)
    if not values:
        return None
    if len(values) > 1:
        raise ApiError(400, f"give {name} once, not {len(values)} times", name)
    if not values[0].strip():
        # An empty filter is more likely a client bug than a wish for everything: say so.
        raise ApiError(400, f"{name} is empty; give a value or leave it out", name)
    return values[0].strip()


def integer(query: QueryDict, name: str, low: int, high: int, default: int | None = None) -> int | None:
    raw = _one(query, name)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"[0-9]{1,9}", raw):
        raise ApiError(400, f"{name} must be a whole number from {low} to {high}", name)
    value = int(raw)
    if not low <= value <= high:
        raise ApiError(400, f"{name} must be from {low} to {high}, not {value}", name)
    return value


def date(query: QueryDict, name: str) -> dt.date | None:
    raw = _one(query, name)
    if not raw:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be a date written YYYY-MM-DD, such as 2025-06-30", name) from None


def london_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=LONDON)


def council_ids(raw: str) -> list[int]:
    """A council by slug, else by code (a code can name several rows: a council and its successor)."""
    if not SLUG.fullmatch(raw):
        raise ApiError(400, "council must be a council slug or code (letters, digits, - and _)", "council")
    ids = list(db.Council.objects.filter(slug=raw.lower()).values_list("pk", flat=True))
    ids = ids or list(db.Council.objects.filter(code__iexact=raw).values_list("pk", flat=True))
    if not ids:
        raise ApiError(404, f"no council called {raw!r}; list them at /api/v1/councils", "council")
    return ids


@dataclass(frozen=True, slots=True)
class Filter:
    """One query parameter: its schema for OpenAPI and how it narrows a queryset."""

    name: str
    schema: Schema
    description: str
    apply: Callable[[QuerySet, QueryDict], QuerySet]


def council_filter(path: str) -> Filter:
    def apply(qs: QuerySet, query: QueryDict) -> QuerySet:
        raw = _one(query, "council")
        return qs.filter(**{f"{path}_id__in": council_ids(raw)}) if raw else qs

    return Filter("council", {"type": "string", "pattern": SLUG.pattern}, "Council slug or code.", apply)


def id_filter(name: str, path: str, description: str) -> Filter:
    def apply(qs: QuerySet, query: QueryDict) -> QuerySet:
        value = integer(query, name, 1, 10**9 - 1)
        return qs.filter(**{path: value}) if value is not None else qs

    return Filter(name, {"type": "integer", "minimum": 1, "maximum": 10**9 - 1}, description, apply)


def date_filters(path: str, *, is_date: bool = False) -> tuple[Filter, Filter]:
    """``since`` and ``until``: inclusive London dates. A meeting at 23:30 on 30 June is a 30 June meeting."""

    def bounds(query: QueryDict) -> tuple[dt.date | None, dt.date | None]:
        since, until = date(query, "since"), date(query, "until")
        if since and until and since > until:
            raise ApiError(400, f"since ({since}) is after until ({until})", "since")
        return since, until

    def apply_since(qs: QuerySet, query: QueryDict) -> QuerySet:
        since, _ = bounds(query)
        if since is None:
            return qs
        return qs.filter(**{f"{path}__gte": since if is_date else london_midnight(since)})

    def apply_until(qs: QuerySet, query: QueryDict) -> QuerySet:
        _, until = bounds(query)
        if until is None:
            return qs
        if is_date:
            return qs.filter(**{f"{path}__lte": until})
        return qs.filter(**{f"{path}__lt": london_midnight(until + dt.timedelta(days=1))})

    schema = {"type": "string", "format": "date"}
    return (
        Filter("since", schema, "On or after this date (YYYY-MM-DD, Europe/London).", apply_since),
        Filter("until", schema, "On or before this date (YYYY-MM-DD, Europe/London).", apply_until),
    )


def choice_filter(name: str, path: str, choices: list[str], description: str) -> Filter:
    def apply(qs: QuerySet, query: QueryDict) -> QuerySet:
        raw = _one(query, name)
        if not raw:
            return qs
        if raw.lower() not in choices:
            raise ApiError(400, f"{name} must be one of {', '.join(choices)}", name)
        return qs.filter(**{path: raw.lower()})

    return Filter(name, {"type": "string", "enum": choices}, description, apply)


def text_filter(name: str, path: str, description: str) -> Filter:
    def apply(qs: QuerySet, query: QueryDict) -> QuerySet:
        raw = _one(query, name)
        if not raw:
            return qs
        if not SLUG.fullmatch(raw):
            raise ApiError(400, f"{name} must be letters, digits, - and _ only", name)
        # One row per (meeting, topic) by constraint, so the join cannot repeat a row: no DISTINCT needed.
        return qs.filter(**{path: raw.lower()})

    return Filter(name, {"type": "string", "pattern": SLUG.pattern}, description, apply)


def public_only(qs: QuerySet, query: QueryDict, council_path: str | None) -> QuerySet:
    """Demo councils stay out of lists unless asked for by name (their pages and ids still work)."""
    if council_path is None:
        return qs.filter(demo=False)
    if query.get("council"):
        return qs
    return qs.filter(~Q(**{f"{council_path}__demo": True}))


def paging(query: QueryDict) -> tuple[int, int]:
    page = integer(query, "page", 1, MAX_PAGE, 1)
    size = integer(query, "page_size", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
    assert page is not None and size is not None
    return page, size


def unknown(query: QueryDict, known: set[str]) -> None:
    """A misspelt filter (``comittee=``) must not quietly return everything."""
    for name in query:
        if name not in known:
            raise ApiError(
                400, f"unknown parameter {name!r}; this list takes {', '.join(sorted(known))}", name
            )
