"""Template helpers for the public pages: UK dates, labels, and URLs owned by apps that may be absent."""

from __future__ import annotations

import datetime as dt

from django import template

from councilwatch.web.site import display, elsewhere

register = template.Library()


@register.simple_tag
def url_or(name: str, fallback: str, *args: object) -> str:
    """``{% url_or 'subscribe' '/subscribe/' %}`` — the named URL if it exists, else the fixed path."""
    return elsewhere.url_or(name, fallback, *args)


@register.filter
def uk_datetime(value: dt.datetime | None) -> str:
    return display.uk_datetime(value) if value else ""


@register.filter
def uk_date(value: dt.date | dt.datetime | None) -> str:
    return display.uk_date(value) if value else ""


@register.filter
def uk_time(value: dt.datetime | None) -> str:
    return display.uk_time(value) if value else ""


@register.filter
def short_date(value: dt.date | dt.datetime | None) -> str:
    return display.short_date(value) if value else ""


@register.filter
def iso_datetime(value: dt.datetime | None) -> str:
    return display.in_london(value).isoformat() if value else ""


@register.filter
def outcome_label(value: str) -> str:
    return display.outcome_label(value or "")


@register.filter
def attendance_label(value: str) -> str:
    return display.attendance_label(value or "")


@register.filter
def document_kind_label(value: str) -> str:
    return display.document_kind_label(value or "")


@register.filter
def outcome_class(value: str) -> str:
    """A CSS class from a fixed set, so a strange outcome string can never inject a class name."""
    known = {"approved", "agreed", "noted", "deferred", "rejected", "refused", "recommended", "requested"}
    return f"outcome-{value}" if value in known else "outcome-other"


@register.filter
def safe_url(value: str) -> str:
    """A council-supplied URL if it is plain http(s); anything else (``javascript:``, ``data:``) → ""."""
    text = (value or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else ""


@register.filter
def get_item(mapping: dict, key: object) -> object:
    return mapping.get(key, "") if isinstance(mapping, dict) else ""
