"""Bulk loading for the search benchmark: synthetic councils, meetings, items, documents and passages.

Rows go in with executemany on SQLite (the search triggers suspended, the index rebuilt afterwards) and
with COPY on PostgreSQL (its GIN index dropped first and rebuilt afterwards), which is how a million
passages load in a couple of minutes rather than an hour.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any
from zoneinfo import ZoneInfo

from search_corpus import COMMITTEES, DOCUMENT_KINDS, TOPICS, Grammar

COUNCILS = 40
PASSAGES_PER_MEETING = 100
ITEMS_PER_MEETING = 8
LONDON = ZoneInfo("Europe/London")


def _defaults(model, provided: list[str]) -> tuple[list[str], list[Any]]:
    """Columns the benchmark does not set, with their defaults, so new model fields do not break loading."""
    now = dt.datetime.now(dt.UTC)
    columns, values = [], []
    for field in model._meta.concrete_fields:
        if field.column in provided or field.primary_key:
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            value = now
        elif field.has_default():
            value = field.get_default()
        elif field.null:
            value = None
        else:
            value = "" if field.get_internal_type() in {"CharField", "TextField", "URLField"} else 0
        columns.append(field.column)
        values.append(value)
    return columns, values


class Loader:
    def __init__(self, connection) -> None:
        self.connection = connection
        self.vendor = connection.vendor

    def _value(self, value: Any) -> Any:
        if isinstance(value, list | dict):
            return json.dumps(value)
        if self.vendor != "sqlite":
            return value
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def insert(self, model, columns: list[str], rows, batch: int = 20_000) -> int:
        extra_columns, extra_values = _defaults(model, columns)
        names = [self.connection.ops.quote_name(c) for c in ["id", *columns, *extra_columns]]
        table = model._meta.db_table
        count = 0
        raw = self.connection.connection
        if self.vendor == "postgresql":
            extras = [self._value(v) for v in extra_values]
            with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([self._value(v) for v in row] + extras)
                    count += 1
            return count
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(['?'] * len(names))})"
        extras = [self._value(v) for v in extra_values]
        chunk: list[list] = []
        for row in rows:
            chunk.append([self._value(v) for v in row] + extras)
            if len(chunk) >= batch:
                raw.executemany(sql, chunk)
                count += len(chunk)
                chunk = []
        if chunk:
            raw.executemany(sql, chunk)
            count += len(chunk)
        return count


def load(passages: int, seed: int) -> dict:
    from django.db import connection, transaction

    from councilwatch.web.councils import models as db
    from councilwatch.web.search import schema

    grammar = Grammar(seed)
    rng = grammar.rng
    loader = Loader(connection)
    meetings_n = max(20, passages // PASSAGES_PER_MEETING)
    committees_n = COUNCILS * len(COMMITTEES)
    started = time.perf_counter()
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        schema.suspend_triggers(connection)
        connection.connection.execute("PRAGMA synchronous=OFF")
    else:
        with connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS councils_passage_search")
    with transaction.atomic():
        loader.insert(
            db.Council,
            ["slug", "code", "name", "platform"],
            (
                (i, f"bench-{i}", f"B{i:03d}", f"{grammar.places[i]} Borough Council", "moderngov")
                for i in range(1, COUNCILS + 1)
            ),
        )
        loader.insert(
            db.Committee,
            ["council_id", "external_id", "title"],
            (
                (i, (i - 1) // len(COMMITTEES) + 1, str(i), COMMITTEES[(i - 1) % len(COMMITTEES)])
                for i in range(1, committees_n + 1)
            ),
        )
        meetings = []
        for i in range(1, meetings_n + 1):
            committee = rng.randint(1, committees_n)
            day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2500))
            starts = dt.datetime.combine(day, dt.time(18, 30), tzinfo=LONDON)
            meetings.append((i, (committee - 1) // len(COMMITTEES) + 1, committee, day, starts))
        loader.insert(
            db.Meeting,
            ["council_id", "committee_id", "external_id", "starts_at", "status", "content_hash"],
            (
                (i, council, committee, str(i), starts, "confirmed", "bench")
                for i, council, committee, _day, starts in meetings
            ),
        )
        loader.insert(
            db.AgendaItem,
            ["meeting_id", "external_id", "order", "title"],
            (
                ((m - 1) * ITEMS_PER_MEETING + k + 1, m, str(k), k, rng.choice(TOPICS).capitalize())
                for m in range(1, meetings_n + 1)
                for k in range(ITEMS_PER_MEETING)
            ),
        )
        loader.insert(
            db.Document,
            ["council_id", "meeting_id", "external_id", "title", "kind", "url"],
            (
                (
                    m * 3 + k - 2,
                    meetings[m - 1][1],
                    m,
                    str(k),
                    f"{kind.replace('_', ' ').capitalize()}",
                    kind,
                    f"https://example.org/{m}/{k}.pdf",
                )
                for m in range(1, meetings_n + 1)
                for k, kind in enumerate(DOCUMENT_KINDS)
            ),
        )

        def passage_rows():
            for i in range(1, passages + 1):
                m = rng.randint(1, meetings_n)
                _, council, committee, day, _ = meetings[m - 1]
                if rng.random() < 0.15:  # minutes written on the meeting page, tied to an item
                    item = (m - 1) * ITEMS_PER_MEETING + rng.randint(1, ITEMS_PER_MEETING)
                    document, kind, page = None, "", None
                else:
                    k = rng.randrange(3)
                    document, item, kind, page = (
                        (m - 1) * 3 + k + 1,
                        None,
                        DOCUMENT_KINDS[k],
                        rng.randint(1, 120),
                    )
                yield (
                    i,
                    council,
                    committee,
                    m,
                    document,
                    item,
                    i,
                    page,
                    "paragraph",
                    grammar.heading(),
                    grammar.passage(),
                    day,
                    kind,
                )

        loader.insert(
            db.Passage,
            [
                "council_id",
                "committee_id",
                "meeting_id",
                "document_id",
                "item_id",
                "ordinal",
                "page",
                "kind",
                "heading_path",
                "text",
                "meeting_date",
                "document_kind",
            ],
            passage_rows(),
        )
    loaded = time.perf_counter() - started
    schema.rebuild(connection)  # SQLite: index everything, restore triggers. PostgreSQL: recreate GIN index.
    with connection.cursor() as cursor:
        # VACUUM on PostgreSQL also sets the visibility map, as autovacuum would after a real crawl.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    indexed = time.perf_counter() - started - loaded
    return {"load_s": round(loaded, 1), "index_s": round(indexed, 1), "meetings": meetings_n}
