"""The full-text index: its SQL for each database vendor, and how to create, check and rebuild it.

SQLite: three FTS5 *external-content* tables (the text stays in the councils tables; the index holds only
tokens), kept in step by triggers:

* ``search_passage_fts(heading_path, text, document_kind)`` over ``councils_passage``; the last column holds
  filter tokens, not the kind alone (see facets.py)
* ``search_item_fts(title)`` over ``councils_agendaitem``
* ``search_committee_fts(title)`` over ``councils_committee``

The triggers index the passage's heading path as its plain strings, not as JSON text, because Django
stores JSON with ``\\u`` escapes that would split "Café" into nonsense tokens. FTS5's own 'rebuild' would
read the raw JSON column, so ``rebuild()`` below re-inserts through the same expression instead. (No view
serves as the content table: a view over ``councils_passage`` would make SQLite refuse Django's table
rebuilds.)

PostgreSQL: a stored generated ``search_vector`` column on each of those tables (heading or title weight A,
body text weight B) with a GIN index. Generated columns need no triggers. The text search configuration
``councilwatch_english`` is PostgreSQL's ``english`` (Snowball English stemmer, English stop words) with the
``unaccent`` dictionary in front, so "cafe" finds "café" as it does on SQLite; where the unaccent extension
cannot be created it is a plain copy of ``english``.
"""

from __future__ import annotations

from django.db import DatabaseError, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from councilwatch.web.search.facets import FACETS_COLUMN, facets_sql

TOKENIZER = "porter unicode61 remove_diacritics 2"
PASSAGE_PREFIXES = "3 4 5"
# The passage columns the facets column is built from (see facets.py).
FACET_COLUMNS = ("council_id", "committee_id", "document_kind", "meeting_date")
PG_CONFIG = "councilwatch_english"
_PG_WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"

# Plain strings of a JSON heading path; anything that is not valid JSON is indexed as it is.
_HEADING_SQL = (
    "CASE WHEN json_valid({col}) THEN (SELECT group_concat(value, ' ') FROM json_each({col})) ELSE {col} END"
)


def _heading(col: str) -> str:
    return _HEADING_SQL.format(col=col)


# (fts table, content table, [(fts column, SQL of the value from the row alias "{row}")])
_SQLITE_INDEXES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "search_passage_fts",
        "councils_passage",
        # The facet tokens go in a column named after an existing passage column: FTS5 reads an external
        # content table's columns by name (for snippets), so every index column must exist there.
        [("heading_path", "heading"), ("text", "{row}.text"), (FACETS_COLUMN, "facets")],
    ),
    ("search_item_fts", "councils_agendaitem", [("title", "{row}.title")]),
    ("search_committee_fts", "councils_committee", [("title", "{row}.title")]),
]


def _values(columns: list[tuple[str, str]], row: str) -> str:
    rendered = []
    for _name, expr in columns:
        if expr == "heading":
            rendered.append(_heading(f"{row}.heading_path"))
        elif expr == "facets":
            rendered.append(facets_sql(row))
        else:
            rendered.append(expr.format(row=row))
    return ", ".join(rendered)


def _sqlite_triggers(fts: str, table: str, columns: list[tuple[str, str]]) -> dict[str, str]:
    names = ", ".join(name for name, _ in columns)
    watched = ", ".join(dict.fromkeys(["id", *(name for name, _ in columns)]))
    if any(expr == "facets" for _, expr in columns):
        watched = ", ".join(dict.fromkeys([*watched.split(", "), *FACET_COLUMNS]))
    insert_new = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {_values(columns, 'new')});"
    delete_old = (
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {_values(columns, 'old')});"
    )
    return {
        f"{fts}_ai": f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN {insert_new} END",
        f"{fts}_ad": f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN {delete_old} END",
        f"{fts}_au": (
            f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {delete_old} {insert_new} END"
        ),
    }


def _sqlite_table(fts: str, table: str, columns: list[tuple[str, str]]) -> str:
    names = ", ".join(name for name, _ in columns)
    # Without a prefix index FTS5 answers "counc*" by merging the postings of every term starting so, on
    # every query and whatever the rowid bounds (seconds over a million passages); with one, it reads one
    # list. It roughly triples the passage index, so only the lengths people type are kept.
    prefix = f", prefix='{PASSAGE_PREFIXES}'" if table == "councils_passage" else ""
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({names}, content='{table}', "
        f"content_rowid='id', tokenize='{TOKENIZER}'{prefix})"
    )


def _sqlite_existing(cursor, kind: str) -> set[str]:
    cursor.execute("SELECT name FROM sqlite_master WHERE type = %s", [kind])
    return {row[0] for row in cursor.fetchall()}


def _sqlite_rebuild(cursor, fts: str, table: str, columns: list[tuple[str, str]]) -> None:
    names = ", ".join(name for name, _ in columns)
    cursor.execute(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
    cursor.execute(f"INSERT INTO {fts}(rowid, {names}) SELECT id, {_values(columns, 'r')} FROM {table} AS r")


def _pg_vector(column: str, weight: str) -> str:
    # PostgreSQL's parser skips anything shaped like an HTML tag ("<script>"), which FTS5 indexes as words;
    # blanking the angle brackets makes both databases index the same words.
    text = f"translate(coalesce({column}, ''), '<>', '  ')"
    return f"setweight(to_tsvector('{PG_CONFIG}'::regconfig, {text}), '{weight}')"


# (table, generated expression) for PostgreSQL.
_PG_COLUMNS: list[tuple[str, str]] = [
    ("councils_passage", f"{_pg_vector('heading_path::text', 'A')} || {_pg_vector('text', 'B')}"),
    ("councils_agendaitem", _pg_vector("title", "A")),
    ("councils_committee", _pg_vector("title", "A")),
]


def _pg_config(connection: BaseDatabaseWrapper, cursor) -> None:
    cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [PG_CONFIG])
    if cursor.fetchone():
        return
    try:
        with transaction.atomic(using=connection.alias):
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        unaccent = True
    except DatabaseError:  # not installed, or this role may not create extensions: no accent folding
        unaccent = False
    cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = pg_catalog.english)")
    if unaccent:
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING FOR {_PG_WORD_TOKENS} "
            "WITH unaccent, english_stem"
        )


def install(connection: BaseDatabaseWrapper) -> None:
    """Create whatever part of the index is missing; fill it when it is new. Safe to run any time."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            tables = _sqlite_existing(cursor, "table")
            triggers = _sqlite_existing(cursor, "trigger")
            for fts, table, columns in _SQLITE_INDEXES:
                wanted = _sqlite_triggers(fts, table, columns)
                stale = fts not in tables or not set(wanted) <= triggers
                cursor.execute(_sqlite_table(fts, table, columns))
                for sql in wanted.values():
                    cursor.execute(sql)
                if stale:
                    # New index, or triggers lost when Django rebuilt the table: rows may be missing.
                    _sqlite_rebuild(cursor, fts, table, columns)
        elif connection.vendor == "postgresql":
            _pg_config(connection, cursor)
            # Look before altering: ALTER TABLE takes a strong lock even when there is nothing to add.
            cursor.execute(
                "SELECT table_name FROM information_schema.columns "
                "WHERE column_name = 'search_vector' AND table_schema = current_schema()"
            )
            have_column = {row[0] for row in cursor.fetchall()}
            cursor.execute("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
            have_index = {row[0] for row in cursor.fetchall()}
            for table, expression in _PG_COLUMNS:
                if table not in have_column:
                    cursor.execute(
                        f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
                        f"GENERATED ALWAYS AS ({expression}) STORED"
                    )
                if f"{table}_search" not in have_index:
                    cursor.execute(f"CREATE INDEX {table}_search ON {table} USING gin (search_vector)")


def uninstall(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for fts, table, columns in _SQLITE_INDEXES:
                for name in _sqlite_triggers(fts, table, columns):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
                cursor.execute(f"DROP TABLE IF EXISTS {fts}")
        elif connection.vendor == "postgresql":
            for table, _ in _PG_COLUMNS:
                cursor.execute(f"DROP INDEX IF EXISTS {table}_search")
                cursor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")


def suspend_triggers(connection: BaseDatabaseWrapper) -> None:
    """For bulk loads on SQLite: drop the triggers; call ``rebuild()`` afterwards to index everything."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for fts, table, columns in _SQLITE_INDEXES:
            for name in _sqlite_triggers(fts, table, columns):
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(connection: BaseDatabaseWrapper) -> None:
    """Re-index every row (SQLite) and restore the triggers. PostgreSQL's columns never drift."""
    if connection.vendor != "sqlite":
        install(connection)
        return
    with connection.cursor() as cursor:
        for fts, table, columns in _SQLITE_INDEXES:
            cursor.execute(_sqlite_table(fts, table, columns))
            for sql in _sqlite_triggers(fts, table, columns).values():
                cursor.execute(sql)
            _sqlite_rebuild(cursor, fts, table, columns)
            cursor.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
