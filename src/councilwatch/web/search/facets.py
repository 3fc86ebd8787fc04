"""Filter tokens for SQLite: a passage's council, committee, document kind and meeting date, indexed as words.

FTS5 cannot filter on other columns without visiting every match's row, which costs hundreds of
milliseconds for a common word across a million passages. Indexed as tokens in a third index column
(bm25 weight 0, never searched by user words), filters become part of the MATCH expression and FTS5 merges
them with the words' posting lists instead. PostgreSQL does not need this: its planner combines the GIN
index with the ordinary B-tree indexes on the same columns.

Tokens: ``co<council id>``, ``cm<committee id>``, ``k<kind without underscores>`` (``knone`` for minutes on
the meeting page), ``y<yyyy>``, ``ym<yyyymm>``, ``d<yyyymmdd>``. A date range becomes an OR of the fewest
whole years, months and days that cover it.
"""

from __future__ import annotations

import calendar
import datetime as dt

from councilwatch.web.search.filters import Filters

# The index column holding the tokens (named after a real passage column; see schema.py for why).
FACETS_COLUMN = "document_kind"
# Dates outside this span are not expected in council records; open-ended ranges are clamped to it.
EARLIEST = dt.date(1974, 1, 1)  # the 1974 reorganisation: no current council's records predate it
LATEST = dt.date(2100, 12, 31)


def facets_sql(row: str) -> str:
    """SQL building the facet tokens from a ``councils_passage`` row alias (``new``, ``old``, ``r``)."""
    return (
        f"'co' || {row}.council_id || ' cm' || {row}.committee_id || ' k' || "
        f"CASE WHEN {row}.document_kind = '' THEN 'none' ELSE replace({row}.document_kind, '_', '') END || "
        f"' y' || substr({row}.meeting_date, 1, 4) || "
        f"' ym' || substr({row}.meeting_date, 1, 4) || substr({row}.meeting_date, 6, 2) || "
        f"' d' || replace(substr({row}.meeting_date, 1, 10), '-', '')"
    )


def _kind_token(kind: str) -> str:
    return "k" + (kind.replace("_", "") or "none")


def date_tokens(since: dt.date | None, until: dt.date | None) -> list[str]:
    """The fewest y/ym/d tokens whose union is exactly [since, until] (clamped to EARLIEST..LATEST)."""
    day = max(since or EARLIEST, EARLIEST)
    last = min(until or LATEST, LATEST)
    tokens: list[str] = []
    while day <= last:
        month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if day.month == 1 and day.day == 1 and dt.date(day.year, 12, 31) <= last:
            tokens.append(f"y{day.year}")
            day = dt.date(day.year + 1, 1, 1)
        elif day.day == 1 and month_end <= last:
            tokens.append(f"ym{day:%Y%m}")
            day = month_end + dt.timedelta(days=1)
        else:
            tokens.append(f"d{day:%Y%m%d}")
            day += dt.timedelta(days=1)
    return tokens


def _any(tokens: list[str]) -> str:
    return f"{FACETS_COLUMN} : (" + " OR ".join(f'"{token}"' for token in tokens) + ")"


def fts5_filter(f: Filters) -> str | None:
    """The filters as an FTS5 expression over the facets column, or None when nothing is filtered."""
    parts: list[str] = []
    if f.council_ids is not None:
        parts.append(_any([f"co{i}" for i in f.council_ids]) if f.council_ids else _any(["nocouncil"]))
    if f.committee_id is not None:
        parts.append(_any([f"cm{int(f.committee_id)}"]))
    if f.document_kinds:
        parts.append(_any([_kind_token(kind) for kind in f.passage_kinds()]))
    if f.since is not None or f.until is not None:
        tokens = date_tokens(f.since, f.until)
        parts.append(_any(tokens or ["nodate"]))
    return " AND ".join(parts) if parts else None
