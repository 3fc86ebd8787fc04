"""SQLite: FTS5 external-content tables ranked by bm25 (lower is better, so it is negated for ``Ranked``).

Passage filters are tokens in the index's hidden ``facets`` column (see ``facets.py``), so a passage search
is one MATCH with no join. Ranking and excerpts are two queries: FTS5 would otherwise build an excerpt for
every match before sorting.
"""

from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper

from councilwatch.web.search.backends.base import Ranked, TitleMatch, windowed
from councilwatch.web.search.facets import fts5_filter
from councilwatch.web.search.filters import Filters, meeting_conditions, where
from councilwatch.web.search.query import Query, to_fts5
from councilwatch.web.search.snippets import ELLIPSIS, MARK_END, MARK_START

# Column weights: heading, text, facets. A passage whose heading matches is more about the subject than one
# that mentions it; the facets are filters and must not move the ranking.
PASSAGE_BM25 = "bm25(search_passage_fts, 3.0, 1.0, 0.0)"
TEXT_COLUMNS = ("heading_path", "text")
SNIPPET_TOKENS = 48


class SQLiteBackend:
    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _passage_match(self, query: Query, filters: Filters | None = None) -> str | None:
        words = to_fts5(query, TEXT_COLUMNS)
        if words is None:
            return None
        narrowing = fts5_filter(filters) if filters else None
        return f"{words} AND {narrowing}" if narrowing else words

    def passages(self, query: Query, filters: Filters, limit: int) -> Ranked:
        match = self._passage_match(query, filters)
        if match is None:
            return Ranked()
        # FTS5 seeks straight to a rowid bound, so a window costs only the matches inside it.
        base = "FROM search_passage_fts WHERE search_passage_fts MATCH %s"

        def search(start: int | None) -> tuple[list[tuple[int, float]], int]:
            window, params = (" AND rowid >= %s", [match, start]) if start is not None else ("", [match])
            # Counted in the same pass as the ranking: count(*) OVER () sees every row before the LIMIT.
            rows = self._fetch(
                f"SELECT id, score, count(*) OVER () FROM (SELECT rowid AS id, {PASSAGE_BM25} AS score "
                f"{base}{window}) ORDER BY score, id DESC LIMIT %s",
                [*params, limit],
            )
            return [(row_id, -score) for row_id, score, _ in rows], (rows[0][2] if rows else 0)

        return windowed(self._id_range(), search, limit)

    def _id_range(self) -> tuple[int | None, int | None]:
        # Two subqueries: SQLite reads min() or max() from the index only when it is alone in its query.
        sql = "SELECT (SELECT min(id) FROM councils_passage), (SELECT max(id) FROM councils_passage)"
        return tuple(self._fetch(sql, [])[0])

    def _marked(self, fts: str, function: str, match: str | None, ids: list[int]) -> dict[int, str]:
        if match is None or not ids:
            return {}
        marks = f"'{MARK_START}', '{MARK_END}'"
        placeholders = ", ".join(["%s"] * len(ids))
        # One MATCH over the ids' span, with "+rowid IN" kept out of FTS5's hands: given the list itself,
        # FTS5 would evaluate the whole query once per id (ruinous for prefix words).
        rows = self._fetch(
            f"SELECT rowid, {function.format(fts=fts, marks=marks)} FROM {fts} "
            f"WHERE {fts} MATCH %s AND rowid BETWEEN %s AND %s AND +rowid IN ({placeholders})",
            [match, min(ids), max(ids), *ids],
        )
        return dict(rows)

    def passage_snippets(self, query: Query, ids: list[int]) -> dict[int, str]:
        function = f"snippet({{fts}}, 1, {{marks}}, '{ELLIPSIS}', {SNIPPET_TOKENS})"
        return self._marked("search_passage_fts", function, self._passage_match(query), ids)

    def items(self, query: Query, filters: Filters, limit: int) -> Ranked:
        match = to_fts5(query)
        if match is None:
            return Ranked()
        conditions, params = meeting_conditions(filters, self.connection)
        join = (
            " JOIN councils_agendaitem i ON i.id = search_item_fts.rowid"
            " JOIN councils_meeting m ON m.id = i.meeting_id"
            if conditions
            else ""
        )
        base = f"FROM search_item_fts{join} WHERE search_item_fts MATCH %s{where(conditions)}"
        rows = self._fetch(
            f"SELECT search_item_fts.rowid, bm25(search_item_fts) AS score {base} "
            "ORDER BY score, search_item_fts.rowid DESC LIMIT %s",
            [match, *params, limit],
        )
        total = self._fetch(f"SELECT count(*) {base}", [match, *params])[0][0]
        return Ranked([(row_id, -score) for row_id, score in rows], total)

    def item_titles(self, query: Query, ids: list[int]) -> dict[int, str]:
        return self._marked("search_item_fts", "highlight({fts}, 0, {marks})", to_fts5(query), ids)

    def committees(self, query: Query, filters: Filters, limit: int) -> list[TitleMatch]:
        match = to_fts5(query)
        if match is None:
            return []
        conditions, params = meeting_conditions(filters, self.connection)
        rows = self._fetch(
            "SELECT c.id, bm25(search_committee_fts) AS score, "
            "(SELECT m.id FROM councils_meeting m WHERE m.committee_id = c.id"
            f"{where(conditions)} ORDER BY m.starts_at DESC, m.id DESC LIMIT 1) AS latest "
            "FROM search_committee_fts JOIN councils_committee c ON c.id = search_committee_fts.rowid "
            "WHERE search_committee_fts MATCH %s ORDER BY score, c.id DESC LIMIT %s",
            [*params, match, limit],
        )
        return [TitleMatch(cid, latest, -score) for cid, score, latest in rows if latest is not None]

    def committee_titles(self, query: Query, ids: list[int]) -> dict[int, str]:
        return self._marked("search_committee_fts", "highlight({fts}, 0, {marks})", to_fts5(query), ids)
