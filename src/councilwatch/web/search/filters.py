"""Search filters as SQL conditions shared by both backends (plain columns, so the same SQL runs on both)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.backends.base.base import BaseDatabaseWrapper

LONDON = ZoneInfo("Europe/London")
# Passages of an item's minutes (HTML on the meeting page) have no document, so their kind is "".
MINUTES_KINDS = {"minutes": ("minutes", "")}


@dataclass(frozen=True, slots=True)
class Filters:
    council_ids: tuple[int, ...] | None = None  # None: every council
    committee_id: int | None = None
    since: dt.date | None = None  # inclusive, the meeting's date in Europe/London
    until: dt.date | None = None  # inclusive
    document_kinds: tuple[str, ...] = ()

    def passage_kinds(self) -> tuple[str, ...]:
        kinds: list[str] = []
        for kind in self.document_kinds:
            kinds.extend(MINUTES_KINDS.get(kind, (kind,)))
        return tuple(dict.fromkeys(kinds))


def _in(column: str, values: tuple) -> tuple[str, list]:
    if not values:
        return "1 = 0", []
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def passage_conditions(f: Filters, conn: BaseDatabaseWrapper, alias: str = "p") -> tuple[list[str], list]:
    """Conditions on the denormalised passage row: no joins needed."""
    sql: list[str] = []
    params: list = []
    if f.council_ids is not None:
        clause, values = _in(f"{alias}.council_id", f.council_ids)
        sql.append(clause)
        params += values
    if f.committee_id is not None:
        sql.append(f"{alias}.committee_id = %s")
        params.append(f.committee_id)
    if f.since is not None:
        sql.append(f"{alias}.meeting_date >= %s")
        params.append(conn.ops.adapt_datefield_value(f.since))
    if f.until is not None:
        sql.append(f"{alias}.meeting_date <= %s")
        params.append(conn.ops.adapt_datefield_value(f.until))
    if f.document_kinds:
        clause, values = _in(f"{alias}.document_kind", f.passage_kinds())
        sql.append(clause)
        params += values
    return sql, params


def _london_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=LONDON)


def meeting_conditions(f: Filters, conn: BaseDatabaseWrapper, alias: str = "m") -> tuple[list[str], list]:
    """Conditions on a meeting row; dates compare its start time with London midnights."""
    sql: list[str] = []
    params: list = []
    if f.council_ids is not None:
        clause, values = _in(f"{alias}.council_id", f.council_ids)
        sql.append(clause)
        params += values
    if f.committee_id is not None:
        sql.append(f"{alias}.committee_id = %s")
        params.append(f.committee_id)
    if f.since is not None:
        sql.append(f"{alias}.starts_at >= %s")
        params.append(conn.ops.adapt_datetimefield_value(_london_midnight(f.since)))
    if f.until is not None:
        sql.append(f"{alias}.starts_at < %s")
        params.append(conn.ops.adapt_datetimefield_value(_london_midnight(f.until + dt.timedelta(days=1))))
    return sql, params


def where(conditions: list[str]) -> str:
    return "".join(f" AND {c}" for c in conditions)
