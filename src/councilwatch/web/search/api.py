"""Search across every council: one function, the same answers on SQLite and PostgreSQL.

Three lists are searched and merged into one ranking:

* **passages** — citable spans of minutes and report packs (full text, heading weighted higher);
* **items** — agenda items whose *title* matches (a title match means the whole item is about it);
* **meetings** — committees whose *name* matches, one hit per committee pointing at its latest meeting
  inside the filters (so "licensing" finds the Licensing Committee without listing all its meetings).

Each list is ranked by its own backend relevance (bm25 on SQLite, ts_rank_cd on PostgreSQL). Those scores
are not comparable across lists (a six-word title and a 200-word paragraph score on different scales), so the
lists are merged by reciprocal rank fusion: a hit at rank r in its list scores 1 / (60 + r). The best item,
the best meeting and the best passage therefore tie and come first (meeting, then item, then passage on a
tie), then the second of each, and so on; a list that runs out simply stops contributing. This keeps a
handful of title matches near the top without letting them crowd out the passages, and it depends only on
the order within each list, which both backends agree on.

Passages are ranked with bounded work: a query matching very many passages is ranked among its newest
matches, and its total is then an estimate (``SearchPage.total_exact`` is False); see
``backends/base.py:windowed``.

A ``document_kinds`` filter asks for passages of certain documents, so it leaves out item and meeting hits.
"minutes" includes the minutes written on the meeting's web page (passages with no document).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connections
from django.utils import timezone

from councilwatch.core.models import DocumentKind
from councilwatch.web.councils import models as db
from councilwatch.web.search.backends import Backend, TitleMatch, for_connection
from councilwatch.web.search.filters import LONDON, Filters
from councilwatch.web.search.query import Query, parse
from councilwatch.web.search.snippets import to_html

FUSION_K = 60
MAX_LIMIT = 100
MAX_DEPTH = 1000  # offset + limit; deeper pages cost more than they are worth — narrow the search instead
MAX_COMMITTEES = 200
KIND_ORDER = {"meeting": 0, "item": 1, "passage": 2}


class SearchError(ValueError):
    """The request cannot be answered as asked (an unknown council, a bad date range…)."""


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # "passage", "item" or "meeting"
    meeting_id: int
    council_code: str
    council_name: str
    committee_id: int
    committee_title: str
    meeting_date: dt.date  # Europe/London
    score: float  # fused rank score: higher is better, comparable within one SearchPage only
    snippet: str  # HTML: escaped text, <mark> around matches
    passage_id: int | None = None
    document_id: int | None = None
    document_title: str = ""
    document_kind: str = ""
    page: int | None = None
    item_id: int | None = None
    item_title: str = ""
    heading_path: tuple[str, ...] = ()
    relevance: float = 0.0  # the backend's own score within the hit's list

    def as_dict(self) -> dict:
        data = {name: getattr(self, name) for name in self.__slots__}
        data["meeting_date"] = self.meeting_date.isoformat()
        data["heading_path"] = list(self.heading_path)
        return data


@dataclass(frozen=True, slots=True)
class SearchPage:
    total: int
    hits: list[Hit] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # per kind: passage, item, meeting
    # False when a common query's passage count is estimated from the newest passages (see backends/base.py)
    total_exact: bool = True


def _council_ids(council: str | None) -> tuple[int, ...] | None:
    if council is None:
        return None
    code = council.strip()
    ids = tuple(db.Council.objects.filter(code__iexact=code).values_list("id", flat=True))
    ids = ids or tuple(db.Council.objects.filter(slug__iexact=code).values_list("id", flat=True))
    if not ids:
        raise SearchError(f"no council with code {council!r} (see `councilwatch councils`)")
    return ids


def _check(
    since: dt.date | None, until: dt.date | None, document_kinds: Sequence[str], limit: int, offset: int
) -> tuple[str, ...]:
    if since and until and since > until:
        raise SearchError(f"the start date {since} is after the end date {until}")
    if not 1 <= limit <= MAX_LIMIT:
        raise SearchError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0 or offset + limit > MAX_DEPTH:
        raise SearchError(f"offset + limit must stay within the first {MAX_DEPTH} results")
    valid = {kind.value for kind in DocumentKind}
    kinds = tuple(dict.fromkeys(k.strip().lower() for k in document_kinds))
    unknown = [k for k in kinds if k not in valid]
    if unknown:
        raise SearchError(f"unknown document kind {unknown[0]!r}; choose from {', '.join(sorted(valid))}")
    return kinds


def search(
    query: str,
    *,
    council: str | None = None,
    committee_id: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    document_kinds: Sequence[str] = (),
    limit: int = 20,
    offset: int = 0,
    using: str = "default",
) -> SearchPage:
    """Search passages, agenda item titles and committee names; see the module docstring for ranking."""
    if isinstance(document_kinds, str):
        document_kinds = (document_kinds,)
    kinds = _check(since, until, document_kinds, limit, offset)
    parsed = parse(query)
    filters = Filters(_council_ids(council), committee_id, since, until, kinds)
    if parsed.empty:
        return SearchPage(0, [], {"passage": 0, "item": 0, "meeting": 0})
    backend = for_connection(connections[using])
    depth = offset + limit

    passages = backend.passages(parsed, filters, depth)
    titles_wanted = not kinds
    items = backend.items(parsed, filters, depth) if titles_wanted else None
    committees = backend.committees(parsed, filters, MAX_COMMITTEES) if titles_wanted else []

    # (-score, kind order, rank, kind, id, relevance): sorting ascending puts the best hit first.
    fused: list[tuple[float, int, int, str, int, float]] = []
    for kind, rows in (
        ("passage", passages.rows),
        ("item", items.rows if items else []),
        ("meeting", [(m.committee_id, m.relevance) for m in committees]),
    ):
        for rank, (row_id, relevance) in enumerate(rows, start=1):
            fused.append((-1.0 / (FUSION_K + rank), KIND_ORDER[kind], rank, kind, row_id, relevance))
    fused.sort()
    page = fused[offset:depth]

    totals = {"passage": passages.total, "item": items.total if items else 0, "meeting": len(committees)}
    hydrate = _Hydrator(backend, parsed, committees)
    hydrate.load(page)
    built = (hydrate.build(kind, row_id, -neg, relevance) for neg, _, _, kind, row_id, relevance in page)
    hits = [hit for hit in built if hit is not None]
    return SearchPage(sum(totals.values()), hits, totals, total_exact=passages.exact)


class _Hydrator:
    """Loads the rows behind a page of hits in a few queries, then builds each ``Hit``."""

    def __init__(self, backend: Backend, parsed: Query, committees: list[TitleMatch]) -> None:
        self.backend = backend
        self.parsed = parsed
        self.latest = {m.committee_id: m.meeting_id for m in committees}
        self.rows: dict[str, dict[int, object]] = {}
        self.marked: dict[str, dict[int, str]] = {}

    def load(self, page: list[tuple]) -> None:
        ids: dict[str, list[int]] = {"passage": [], "item": [], "meeting": []}
        for *_, kind, row_id, _relevance in page:
            ids[kind].append(row_id)
        heavy = ("agenda_html", "minutes_html")  # an item's HTML can be large and is not shown in a hit
        self.rows["passage"] = (
            db.Passage.objects.select_related("council", "committee", "document", "item", "document__item")
            .defer(*(f"{item}__{field}" for item in ("item", "document__item") for field in heavy))
            .in_bulk(ids["passage"])
        )
        self.rows["item"] = (
            db.AgendaItem.objects.select_related("meeting__council", "meeting__committee")
            .defer(*heavy)
            .in_bulk(ids["item"])
        )
        meetings = db.Meeting.objects.select_related("council", "committee").in_bulk(
            [self.latest[c] for c in ids["meeting"]]
        )
        self.rows["meeting"] = {c: meetings.get(self.latest[c]) for c in ids["meeting"]}
        self.marked["passage"] = self.backend.passage_snippets(self.parsed, ids["passage"])
        self.marked["item"] = self.backend.item_titles(self.parsed, ids["item"])
        self.marked["meeting"] = self.backend.committee_titles(self.parsed, ids["meeting"])

    def build(self, kind: str, row_id: int, score: float, relevance: float) -> Hit | None:
        row = self.rows[kind].get(row_id)
        if row is None:  # deleted between ranking and loading
            return None
        snippet = to_html(self.marked[kind].get(row_id, ""))
        if kind == "passage":
            return _passage_hit(row, score, relevance, snippet)
        meeting = row.meeting if kind == "item" else row
        hit = _meeting_fields(meeting, kind, score, relevance, snippet)
        if kind == "item":
            return Hit(**{**hit, "item_id": row.id, "item_title": row.title})
        return Hit(**hit)


def _meeting_fields(meeting: db.Meeting, kind: str, score: float, relevance: float, snippet: str) -> dict:
    return {
        "kind": kind,
        "meeting_id": meeting.id,
        "council_code": meeting.council.code,
        "council_name": meeting.council.name,
        "committee_id": meeting.committee_id,
        "committee_title": meeting.committee.title,
        "meeting_date": timezone.localtime(meeting.starts_at, LONDON).date(),
        "score": score,
        "relevance": relevance,
        "snippet": snippet or to_html(meeting.committee.title),
    }


def _passage_hit(p: db.Passage, score: float, relevance: float, snippet: str) -> Hit:
    document = p.document
    item = p.item or (document.item if document else None)
    heading = p.heading_path if isinstance(p.heading_path, list) else []
    return Hit(
        kind="passage",
        meeting_id=p.meeting_id,
        council_code=p.council.code,
        council_name=p.council.name,
        committee_id=p.committee_id,
        committee_title=p.committee.title,
        meeting_date=p.meeting_date,
        score=score,
        relevance=relevance,
        snippet=snippet or to_html(p.text[:200]),
        passage_id=p.id,
        document_id=document.id if document else None,
        document_title=document.title if document else "",
        document_kind=p.document_kind,
        page=p.page,
        item_id=item.id if item else None,
        item_title=item.title if item else "",
        heading_path=tuple(str(h) for h in heading),
    )
