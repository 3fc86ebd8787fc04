"""Everything the meeting page shows, gathered in one place so the view stays a thin shell.

Summary sentences are matched to agenda items by ``item_id`` first and by title second (engines that work
from files alone do not know our item ids). Decisions come from the Decision rows when the meeting has any —
they are what the decisions page lists, so both pages agree — and from the summary otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from councilwatch.web.councils import models as db
from councilwatch.web.site.citations import CitedDecision, CitedSentence, Source, citations_for
from councilwatch.web.site.sanitize import clean_html
from councilwatch.web.site.timeline import is_standing

KIND_ORDER = {"reports_pack": 0, "agenda_frontsheet": 1, "minutes": 2, "paper": 3}
ATTENDANCE_ORDER = ["present", "in_attendance", "apologies", "absent", "expected", "unknown"]


@dataclass(slots=True)
class ItemSection:
    anchor: str
    number: str
    title: str
    item: db.AgendaItem | None
    sentences: list[CitedSentence] = field(default_factory=list)
    decisions: list[CitedDecision] = field(default_factory=list)
    minutes: SafeString | str = ""

    @property
    def standing(self) -> bool:
        """Apologies, declarations, previous minutes…: every meeting has them, so no timeline to follow."""
        return is_standing(self.title)


@dataclass(slots=True)
class MeetingPage:
    meeting: db.Meeting
    summary: db.Summary | None
    overview: list[CitedSentence]
    sections: list[ItemSection]
    sources: list[Source]
    attendance: list[tuple[str, list[db.Attendee]]]
    topics: list[db.Topic]
    documents: list[db.Document]
    hidden_sentences: int


def _norm(title: str) -> str:
    return " ".join(title.lower().split())


def _number(text: str) -> str:
    """ "4." / "(4)" / "4" → "4": item numbers as engines and councils variously write them."""
    return text.strip().strip(".()").strip()


def _cited_item(raw: dict, passages: dict[int, db.Passage]) -> int | None:
    """The agenda item most of a summary item's citations point into (engines reading files alone do not
    know our item ids, but the passages they cite do)."""
    counts: dict[int, int] = {}
    for sentence in [*(raw.get("sentences") or []), *(raw.get("decisions") or [])]:
        for value in sentence.get("citations") or []:
            passage = passages.get(int(value)) if str(value).isascii() and str(value).isdigit() else None
            if passage is not None and passage.item_id:
                counts[passage.item_id] = counts.get(passage.item_id, 0) + 1
    return max(counts, key=lambda pk: counts[pk]) if counts else None


def build(meeting: db.Meeting) -> MeetingPage:
    summary = getattr(meeting, "summary", None) if hasattr(meeting, "summary") else None
    data = (summary.data if summary else None) or {}
    decision_rows = list(meeting.decisions.all().order_by("ordinal"))
    cites = citations_for(
        meeting,
        {int(c) for d in decision_rows for c in d.citations or [] if str(c).isascii() and str(c).isdigit()},
    )
    overview = cites.sentences(data.get("overview") or [])

    items = list(meeting.items.all().order_by("order"))
    sections = [
        ItemSection(f"item-{it.pk}", it.display_number, it.title, it, minutes=clean_html(it.minutes_html))
        for it in items
    ]
    by_id = {s.item.pk: s for s in sections if s.item}
    by_title = {_norm(s.title): s for s in sections}
    by_number = {_number(s.number): s for s in sections if _number(s.number)}
    # First place everything, then resolve in page order, so source numbers rise down the page.
    raw_sentences: dict[str, list[dict]] = {}
    raw_decisions: dict[str, list[tuple[str, str, list]]] = {}
    for index, raw in enumerate(data.get("items") or []):
        title = str(raw.get("title", ""))
        section = (
            by_id.get(raw.get("item_id"))
            or by_title.get(_norm(title))
            or by_id.get(_cited_item(raw, cites.passages))
            or by_number.get(_number(str(raw.get("number") or "")) or _number(title))
        )
        if section is None:
            # An item the summary found in the minutes but the council's agenda did not list.
            section = ItemSection(f"summary-item-{index}", "", str(raw.get("title", "")), None)
            sections.append(section)
        raw_sentences.setdefault(section.anchor, []).extend(raw.get("sentences") or [])
        if not decision_rows:
            raw_decisions.setdefault(section.anchor, []).extend(
                (str(d.get("text", "")), str(d.get("outcome", "")), d.get("citations") or [])
                for d in raw.get("decisions") or []
            )
    for row in decision_rows:
        # A decision stored without its item still cites passages of that item's minutes.
        item_id = row.item_id or _cited_item({"decisions": [{"citations": row.citations}]}, cites.passages)
        section = by_id.get(item_id) if item_id else None
        if section is None:
            section = next((s for s in sections if s.anchor == "item-other-decisions"), None)
            if section is None:
                section = ItemSection("item-other-decisions", "", "Other decisions", None)
                sections.append(section)
        raw_decisions.setdefault(section.anchor, []).append((row.text, row.outcome, row.citations or []))
    for section in sections:
        section.sentences = cites.sentences(raw_sentences.get(section.anchor, []))
        section.decisions = [
            CitedDecision(text, outcome, cites.resolve(ids))
            for text, outcome, ids in raw_decisions.get(section.anchor, [])
            if text.strip()
        ]

    attendees = list(meeting.attendees.all())
    groups = [(kind, [a for a in attendees if a.attendance == kind]) for kind in ATTENDANCE_ORDER]
    documents = sorted(meeting.documents.all(), key=lambda d: (KIND_ORDER.get(d.kind, 9), d.title))
    topics = [mt.topic for mt in meeting.topics.select_related("topic")]
    return MeetingPage(
        meeting=meeting,
        summary=summary,
        overview=overview,
        sections=sections,
        sources=cites.ordered_sources(),
        attendance=[(kind, people) for kind, people in groups if people],
        topics=topics,
        documents=documents,
        hidden_sentences=cites.hidden,
    )
