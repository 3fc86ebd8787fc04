"""Summaries in the API: the stored ``brief`` data, reshaped so every response matches the schema exactly.

Stored summary data comes from engines that may add keys or leave some out; the API promises one shape, so
each part is rebuilt from the keys it knows (unknown keys dropped, missing ones given empty values) rather
than passed through. The passages a summary cites are included as ``sources`` so a reader can check each
sentence without another request.
"""

from __future__ import annotations

from typing import Any

from councilwatch.web.api.fields import (
    BOOLEAN,
    DATE,
    INTEGER,
    LONDON,
    STRING,
    URI,
    Context,
    Resource,
    array,
    iso_date,
    machine,
    nullable,
    ref,
    strings,
)
from councilwatch.web.api.resources import TOPIC_REF, meeting_page_url
from councilwatch.web.councils import models as db

CHECKS = {
    "type": "object",
    "properties": {
        "passed": BOOLEAN,
        "failures": array(
            {
                "type": "object",
                "properties": {"code": STRING, "detail": STRING},
                "required": ["code", "detail"],
                "additionalProperties": False,
            }
        ),
    },
    "required": ["passed", "failures"],
    "additionalProperties": False,
}
SENTENCE = {
    "type": "object",
    "properties": {"text": STRING, "citations": array(STRING), "checks": CHECKS},
    "required": ["text", "citations", "checks"],
    "additionalProperties": False,
}
CITED = {
    "type": "object",
    "properties": {"text": STRING, "outcome": STRING, "citations": array(STRING)},
    "required": ["text", "outcome", "citations"],
    "additionalProperties": False,
}
SUMMARY_ITEM = {
    "type": "object",
    "properties": {
        "title": STRING,
        "item_id": nullable(INTEGER),
        "sentences": array(ref("Sentence")),
        "decisions": array(CITED),
    },
    "required": ["title", "item_id", "sentences", "decisions"],
    "additionalProperties": False,
}
SUMMARY_ATTENDEE = {
    "type": "object",
    "properties": {"name": STRING, "role": STRING, "citations": array(STRING)},
    "required": ["name", "role", "citations"],
    "additionalProperties": False,
}
SOURCE = {
    "type": "object",
    "properties": {
        "text": STRING,
        "document": nullable(INTEGER),
        "document_title": STRING,
        "page": nullable(INTEGER),
        "item": nullable(INTEGER),
        "url": STRING,
    },
    "required": ["text", "document", "document_title", "page", "item", "url"],
    "additionalProperties": False,
}
EXTRA_SCHEMAS = {"Sentence": SENTENCE}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def sentence(raw: object) -> dict[str, Any] | None:
    if not isinstance(raw, dict) or not _text(raw.get("text")).strip():
        return None
    checks = raw.get("checks") if isinstance(raw.get("checks"), dict) else {}
    failures = [
        {"code": _text(f.get("code")), "detail": _text(f.get("detail"))}
        for f in _list(checks.get("failures"))
        if isinstance(f, dict)
    ]
    passed = checks.get("passed")
    return {
        "text": raw["text"],
        "citations": strings(raw.get("citations")),
        "checks": {"passed": passed if isinstance(passed, bool) else not failures, "failures": failures},
    }


def sentences(raw: object) -> list[dict[str, Any]]:
    return [s for s in (sentence(r) for r in _list(raw)) if s is not None]


def _item(raw: dict) -> dict[str, Any]:
    item_id = raw.get("item_id")
    return {
        "title": _text(raw.get("title")),
        "item_id": item_id if isinstance(item_id, int) and not isinstance(item_id, bool) else None,
        "sentences": sentences(raw.get("sentences")),
        "decisions": [
            {
                "text": _text(d.get("text")),
                "outcome": _text(d.get("outcome")),
                "citations": strings(d.get("citations")),
            }
            for d in _list(raw.get("decisions"))
            if isinstance(d, dict)
        ],
    }


def _data(summary: db.Summary) -> dict:
    return summary.data if isinstance(summary.data, dict) else {}


def cited_ids(data: dict) -> set[int]:
    found: set[int] = set()
    groups: list[Any] = [data.get("overview"), data.get("attendees")]
    for item in _list(data.get("items")):
        if isinstance(item, dict):
            groups += [item.get("sentences"), item.get("decisions")]
    for group in groups:
        for entry in _list(group):
            if isinstance(entry, dict):
                found.update(int(c) for c in strings(entry.get("citations")) if (c.isascii() and c.isdigit()))
    return found


def load_sources(summaries: list[db.Summary]) -> None:
    """The passages every summary on a page cites, in one query, kept on each summary as ``api_sources``."""
    wanted = {s.pk: cited_ids(_data(s)) for s in summaries}
    every = set().union(*wanted.values()) if wanted else set()
    found = db.Passage.objects.filter(pk__in=every).select_related("document").in_bulk() if every else {}
    for summary in summaries:
        # Only the meeting's own council: a stored id can never pull another council's text into a response.
        own = [found[pk] for pk in sorted(wanted[summary.pk]) if pk in found]
        summary.api_sources = {  # type: ignore[attr-defined]
            str(p.pk): _source(p, summary) for p in own if p.council_id == summary.meeting.council_id
        }


def _source(p: db.Passage, summary: db.Summary) -> dict[str, Any]:
    doc = p.document
    url = (f"{doc.url}#page={p.page}" if p.page else doc.url) if doc else summary.meeting.url
    return {
        "text": p.text,
        "document": p.document_id,
        "document_title": doc.title if doc else "",
        "page": p.page,
        "item": p.item_id,
        "url": url,
    }


def _sources(summary: db.Summary, _ctx: Context) -> dict[str, dict[str, Any]]:
    if not hasattr(summary, "api_sources"):
        load_sources([summary])
    return summary.api_sources  # type: ignore[attr-defined]


SUMMARY = Resource(
    "Summary",
    "A machine-written summary of one meeting. Every sentence cites passages and passed our automatic check.",
    (
        machine(
            "meeting", INTEGER, "Id of the meeting (also this summary's id).", lambda r, _c: r.meeting_id
        ),
        machine("council", STRING, "Council slug.", lambda r, _c: r.meeting.council.slug),
        machine("committee", INTEGER, "Id of the committee.", lambda r, _c: r.meeting.committee_id),
        machine(
            "meeting_date",
            DATE,
            "Date of the meeting (Europe/London).",
            lambda r, _c: iso_date(r.meeting.starts_at.astimezone(LONDON).date()),
        ),
        machine("engine", STRING, "Which summariser wrote it."),
        machine(
            "overview",
            array(ref("Sentence")),
            "Sentences about the meeting as a whole.",
            lambda r, _c: sentences(_data(r).get("overview")),
        ),
        machine(
            "items",
            array(SUMMARY_ITEM),
            "Per agenda item: sentences and decisions.",
            lambda r, _c: [_item(i) for i in _list(_data(r).get("items")) if isinstance(i, dict)],
        ),
        machine(
            "attendees",
            array(SUMMARY_ATTENDEE),
            "People named in the minutes, with citations.",
            lambda r, _c: [
                {
                    "name": _text(a.get("name")),
                    "role": _text(a.get("role")),
                    "citations": strings(a.get("citations")),
                }
                for a in _list(_data(r).get("attendees"))
                if isinstance(a, dict)
            ],
        ),
        machine(
            "topics",
            array(TOPIC_REF),
            "Topics detected in the meeting, best first.",
            lambda r, c: [
                {"slug": t.topic.slug, "name": t.topic.name, "score": t.score} for t in r.meeting.topics.all()
            ],
        ),
        machine(
            "sources",
            {"type": "object", "additionalProperties": SOURCE},
            "The cited passages, keyed by passage id.",
            _sources,
        ),
        machine(
            "page_url", URI, "The meeting's page on this site.", lambda r, c: meeting_page_url(r.meeting, c)
        ),
    ),
    prepare=load_sources,
)
