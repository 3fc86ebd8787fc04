"""PostgreSQL: generated ``search_vector`` columns with GIN indexes, ranked by ``ts_rank_cd``.

Rank normalisation 1 divides by 1 + log(length), so a long report page that mentions a word once does not
outrank a short passage about it (bm25 does the same on SQLite).
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.backends.base.base import BaseDatabaseWrapper

from councilwatch.web.search.backends.base import Ranked, TitleMatch, windowed
from councilwatch.web.search.filters import Filters, meeting_conditions, passage_conditions, where
from councilwatch.web.search.query import Query, to_tsquery_sql
from councilwatch.web.search.schema import PG_CONFIG
from councilwatch.web.search.snippets import MARK_END, MARK_START, PG_AMP, PG_GT, PG_LT

HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=48, MinWords=16, '
    'MaxFragments=2, FragmentDelimiter=" … "'
)
TITLE_OPTIONS = f'StartSel="{MARK_START}", StopSel="{MARK_END}", HighlightAll=true'


def _shielded(column: str) -> str:
    # ts_headline silently drops anything shaped like an HTML tag; hide < > & so nothing is lost.
    return f"replace(replace(replace({column}, '&', '{PG_AMP}'), '<', '{PG_LT}'), '>', '{PG_GT}')"


class PostgresBackend:
    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _search(
        self,
        table: str,
        alias: str,
        joins: str,
        conditions: list[str],
        params: list,
        query: Query,
        limit: int,
    ) -> Callable[[int | None], tuple[list[tuple[int, float]], int]] | None:
        """search(start id or None) -> (best ``limit`` rows, number of matches), in one pass."""
        rendered = to_tsquery_sql(query, PG_CONFIG)
        if rendered is None:
            return None
        tsquery, query_params = rendered

        def search(start: int | None) -> tuple[list[tuple[int, float]], int]:
            window, extra = (f" AND {alias}.id >= %s", [start]) if start is not None else ("", [])
            # count(*) OVER () sees every matching row before the LIMIT: ranked and counted in one pass.
            rows = self._fetch(
                f"SELECT id, score, count(*) OVER () FROM (SELECT {alias}.id AS id, "
                f"ts_rank_cd({alias}.search_vector, query.q, 1) AS score "
                f"FROM {table} {alias}{joins}, (SELECT {tsquery} AS q) AS query "
                f"WHERE {alias}.search_vector @@ query.q{where(conditions)}{window}) AS matches "
                "ORDER BY score DESC, id DESC LIMIT %s",
                [*query_params, *params, *extra, limit],
            )
            return [(row_id, float(score)) for row_id, score, _ in rows], (rows[0][2] if rows else 0)

        return search

    def passages(self, query: Query, filters: Filters, limit: int) -> Ranked:
        conditions, params = passage_conditions(filters, self.connection)
        search = self._search("councils_passage", "p", "", conditions, params, query, limit)
        if search is None:
            return Ranked()
        id_range = tuple(self._fetch("SELECT min(id), max(id) FROM councils_passage", [])[0])
        return windowed(id_range, search, limit)

    def items(self, query: Query, filters: Filters, limit: int) -> Ranked:
        conditions, params = meeting_conditions(filters, self.connection)
        joins = " JOIN councils_meeting m ON m.id = i.meeting_id" if conditions else ""
        search = self._search("councils_agendaitem", "i", joins, conditions, params, query, limit)
        if search is None:
            return Ranked()
        rows, total = search(None)
        return Ranked(rows, total)

    def _marked(
        self, table: str, column: str, query: Query, ids: list[int], whole_below: int
    ) -> dict[int, str]:
        """Marked text: whole when shorter than ``whole_below`` characters, else the best fragments."""
        rendered = to_tsquery_sql(query, PG_CONFIG)
        if rendered is None or not ids:
            return {}
        tsquery, query_params = rendered
        text = _shielded(f"t.{column}")
        rows = self._fetch(
            f"SELECT t.id, CASE WHEN length(t.{column}) < %s "
            f"THEN ts_headline('{PG_CONFIG}', {text}, {tsquery}, %s) "
            f"ELSE ts_headline('{PG_CONFIG}', {text}, {tsquery}, %s) END "
            f"FROM {table} t WHERE t.id = ANY(%s)",
            [whole_below, *query_params, TITLE_OPTIONS, *query_params, HEADLINE_OPTIONS, list(ids)],
        )
        return dict(rows)

    def passage_snippets(self, query: Query, ids: list[int]) -> dict[int, str]:
        # Short passages come back whole, as FTS5's snippet() returns them on SQLite.
        return self._marked("councils_passage", "text", query, ids, whole_below=300)

    def item_titles(self, query: Query, ids: list[int]) -> dict[int, str]:
        return self._marked("councils_agendaitem", "title", query, ids, whole_below=100_000)

    def committees(self, query: Query, filters: Filters, limit: int) -> list[TitleMatch]:
        rendered = to_tsquery_sql(query, PG_CONFIG)
        if rendered is None:
            return []
        tsquery, query_params = rendered
        conditions, params = meeting_conditions(filters, self.connection)
        rows = self._fetch(
            "SELECT c.id, ts_rank_cd(c.search_vector, query.q, 1) AS score, "
            "(SELECT m.id FROM councils_meeting m WHERE m.committee_id = c.id"
            f"{where(conditions)} ORDER BY m.starts_at DESC, m.id DESC LIMIT 1) AS latest "
            f"FROM councils_committee c, (SELECT {tsquery} AS q) AS query "
            "WHERE c.search_vector @@ query.q ORDER BY score DESC, c.id DESC LIMIT %s",
            [*params, *query_params, limit],
        )
        return [TitleMatch(cid, latest, float(score)) for cid, score, latest in rows if latest is not None]

    def committee_titles(self, query: Query, ids: list[int]) -> dict[int, str]:
        return self._marked("councils_committee", "title", query, ids, whole_below=100_000)
