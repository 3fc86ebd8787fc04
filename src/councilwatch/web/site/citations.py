"""Turn a stored Summary's ``data`` into what the meeting page shows: sentences with numbered sources.

Sources are numbered in the order a reader meets them, once each, so "[3]" means the same passage wherever it
appears on the page. A sentence is shown only when it passed the verifier and at least one of its citations
still resolves to a passage; anything else is counted, not shown, because an uncited sentence on this site
would break the promise the page makes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from councilwatch.web.councils import models as db


@dataclass(slots=True)
class Source:
    number: int
    passage_id: int
    text: str
    document_title: str
    page: int | None
    url: str
    heading: str

    @property
    def anchor(self) -> str:
        return f"passage-{self.passage_id}"

    @property
    def where(self) -> str:
        """Document and page in words, for the panel and the Sources list."""
        return f"{self.document_title}, page {self.page}" if self.page else self.document_title


@dataclass(slots=True)
class CitedSentence:
    text: str
    sources: list[Source]


@dataclass(slots=True)
class CitedDecision:
    text: str
    outcome: str
    sources: list[Source]


@dataclass(slots=True)
class Citations:
    """Numbers passages on first use; also remembers what could not be shown."""

    passages: dict[int, db.Passage]
    meeting: db.Meeting
    sources: dict[int, Source] = field(default_factory=dict)
    hidden: int = 0

    def resolve(self, ids: Iterable[object]) -> list[Source]:
        found: list[Source] = []
        for raw in ids:
            try:
                pk = int(str(raw))
            except ValueError:
                continue
            passage = self.passages.get(pk)
            if passage is None:
                continue
            if pk not in self.sources:
                self.sources[pk] = self._source(len(self.sources) + 1, passage)
            if self.sources[pk] not in found:
                found.append(self.sources[pk])
        return found

    def _source(self, number: int, passage: db.Passage) -> Source:
        document = passage.document
        if document is not None:
            # PDF viewers open at the page from the fragment; the council's URL is kept otherwise untouched.
            url = f"{document.url}#page={passage.page}" if passage.page else document.url
            title = document.title
        else:
            item = passage.item
            url = (item.url if item and item.url else "") or self.meeting.url
            title = f"Minutes: {item.title}" if item else "Minutes on the council's meeting page"
        # Bare numbers ("4.") say nothing a reader can use; keep headings with words in them.
        parts = [str(h) for h in passage.heading_path or [] if any(c.isalpha() for c in str(h))]
        heading = " › ".join(parts)
        return Source(number, passage.pk, passage.text, title, passage.page, url, heading)

    def sentences(self, raw: Iterable[dict]) -> list[CitedSentence]:
        shown: list[CitedSentence] = []
        for sentence in raw or []:
            if not isinstance(sentence, dict) or not str(sentence.get("text", "")).strip():
                continue
            checks = sentence.get("checks") or {}
            sources = self.resolve(sentence.get("citations") or [])
            if checks.get("passed") is False or not sources:
                self.hidden += 1
                continue
            shown.append(CitedSentence(str(sentence["text"]), sources))
        return shown

    def ordered_sources(self) -> list[Source]:
        return sorted(self.sources.values(), key=lambda s: s.number)


def cited_ids(data: dict) -> set[int]:
    """Every passage id a summary mentions, for one query that loads them all."""
    raw: list[object] = []
    for sentence in data.get("overview") or []:
        raw.extend(sentence.get("citations") or [])
    for item in data.get("items") or []:
        for sentence in item.get("sentences") or []:
            raw.extend(sentence.get("citations") or [])
        for decision in item.get("decisions") or []:
            raw.extend(decision.get("citations") or [])
    for attendee in data.get("attendees") or []:
        raw.extend(attendee.get("citations") or [])
    ids: set[int] = set()
    for value in raw:
        try:
            ids.add(int(str(value)))
        except ValueError:
            continue
    return ids


def citations_for(meeting: db.Meeting, extra_ids: Iterable[int] = ()) -> Citations:
    data = meeting.summary.data if hasattr(meeting, "summary") else {}
    ids = cited_ids(data or {}) | set(extra_ids)
    # Only this council's passages: a summary must never pull text from somewhere else into the page.
    rows = db.Passage.objects.filter(pk__in=ids, council_id=meeting.council_id).select_related(
        "document", "item"
    )
    return Citations({p.pk: p for p in rows}, meeting)
