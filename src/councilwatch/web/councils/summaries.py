"""Summarize stored meetings the same way `councilwatch brief` summarizes files.

The minutes are the record of what was decided, so a summary is built from them: each item's minutes are
a source of their own (named by the item), or, where a council publishes minutes only as a PDF, the
meeting's own printed minutes. A meeting without minutes gets no summary — never one built from the
previous meeting's minutes that its agenda puts forward for approval. Citations are Passage primary keys,
and the summary is rebuilt only when the passages it would read have changed.
"""

from __future__ import annotations

import hashlib

from django.db import transaction
from django.utils.text import slugify

from councilwatch.core import models as core
from councilwatch.core.analyse.document import SourcePassage
from councilwatch.core.brief import brief_passages
from councilwatch.core.summarize.llm import LLMConfig
from councilwatch.web.councils import models as db


def _locator(passage: db.Passage) -> str:
    where = f"page {passage.page}, " if passage.page else ""
    return f"{where}paragraph {passage.ordinal + 1}"


def source_name(item: db.AgendaItem) -> str:
    """How an item's minutes are named as a source; the summary's items are matched back by it."""
    return f"{item.display_number} {item.title}".strip()


def meeting_sources(meeting: db.Meeting) -> list[SourcePassage]:
    items = list(meeting.items.filter(restricted=False).order_by("order"))
    found: list[SourcePassage] = []
    for item in items:
        name = source_name(item)
        for passage in item.passages.filter(document__isnull=True).order_by("ordinal"):
            found.append(SourcePassage(str(passage.pk), name, _locator(passage), passage.text))
    if found or not meeting.minutes_published:
        return found
    # Only the meeting's own printed minutes: a "Minutes" document attached to an agenda item is the
    # previous meeting's minutes, put forward for approval, and says nothing about this meeting.
    printed = meeting.documents.filter(
        kind=core.DocumentKind.MINUTES, item__isnull=True, status=core.ExtractStatus.OK.value
    )
    for document in printed:
        for passage in document.passages.order_by("ordinal"):
            found.append(SourcePassage(str(passage.pk), document.title, _locator(passage), passage.text))
    return found


def _input_hash(sources: list[SourcePassage], engine: str) -> str:
    digest = hashlib.sha256(engine.encode())
    for source in sources:
        digest.update(f"\x00{source.id}\x00{source.source}\x00{source.text}".encode())
    return digest.hexdigest()


def summarize_meeting(
    meeting: db.Meeting, *, engine: str = "structured", llm: LLMConfig | None = None
) -> str:
    """Write (or keep) the meeting's summary; returns "summarized", "unchanged" or "no minutes"."""
    sources = meeting_sources(meeting)
    if not sources:
        return "no minutes"
    input_hash = _input_hash(sources, engine)
    existing = db.Summary.objects.filter(meeting=meeting).first()
    if existing is not None and existing.input_hash == input_hash:
        return "unchanged"
    data = brief_passages(sources, engine=engine, llm=llm)
    _store(meeting, data, input_hash)
    return "summarized"


def _item_ids(meeting: db.Meeting) -> dict[str, int]:
    return {source_name(i): i.pk for i in meeting.items.all()}


@transaction.atomic
def _store(meeting: db.Meeting, data: dict, input_hash: str) -> None:
    passages = data.pop("passages", [])
    item_ids = _item_ids(meeting)
    for item in data.get("items", []):
        item["item_id"] = item_ids.get(item.get("source", ""), item_ids.get(item.get("title", "")))
    stats = {
        "passages_read": len(passages),
        "sentences": sum(len(i.get("sentences", [])) for i in data.get("items", []))
        + len(data.get("overview", [])),
        **data.pop("stats", {}),
    }
    db.Summary.objects.update_or_create(
        meeting=meeting,
        defaults={"engine": data.get("engine", ""), "data": data, "stats": stats, "input_hash": input_hash},
    )
    db.Decision.objects.filter(meeting=meeting).delete()
    decisions = [
        db.Decision(
            council_id=meeting.council_id,
            meeting=meeting,
            item_id=item.get("item_id"),
            ordinal=ordinal,
            outcome=decision["outcome"],
            recommended_to=decision.get("recommended_to", ""),
            text=decision["text"],
            citations=decision["citations"],
            meeting_date=meeting.starts_at.date(),
        )
        for ordinal, (item, decision) in enumerate(
            (item, decision) for item in data.get("items", []) for decision in item.get("decisions", [])
        )
    ]
    db.Decision.objects.bulk_create(decisions)
    db.MeetingTopic.objects.filter(meeting=meeting).delete()
    for topic in data.get("topics", []):
        row, _ = db.Topic.objects.get_or_create(
            slug=slugify(topic["name"])[:80], defaults={"name": topic["name"]}
        )
        db.MeetingTopic.objects.create(meeting=meeting, topic=row, score=topic["score"])
