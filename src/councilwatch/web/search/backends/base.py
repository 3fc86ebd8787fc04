"""What every search backend provides, and the bounded-work plan both use for passages.

Scores are each backend's own relevance (higher is better); they order rows within one list and are never
compared across lists or backends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from django.conf import settings

from councilwatch.web.search.filters import Filters
from councilwatch.web.search.query import Query

# The first window spans this many times the candidates wanted; later ones grow from the density seen.
FIRST_WINDOW = 4
GROWTH_WHEN_EMPTY = 10
MAX_WINDOWS = 4


def min_candidates() -> int:
    """A window is used once it holds at least this many matches (or the page's depth, if deeper)."""
    return int(getattr(settings, "COUNCILWATCH_SEARCH_MIN_CANDIDATES", 300))


@dataclass(frozen=True, slots=True)
class Ranked:
    rows: list[tuple[int, float]] = field(default_factory=list)  # (row id, relevance), best first
    total: int = 0
    exact: bool = True  # False: ``total`` is estimated from a window of the newest passages


# search(start id or None) -> (best rows, number of matches at or above that id)
WindowSearch = Callable[[int | None], tuple[list[tuple[int, float]], int]]


def windowed(
    id_range: tuple[int | None, int | None],
    search: WindowSearch,
    depth: int,
) -> Ranked:
    """Rank a query's matches with work bounded by how many are wanted, not by how common the words are.

    Ranking and counting cost time per match, and a common word matches half of a million passages. So the
    newest passages (ids grow as passages are extracted) are searched first, in a window a few times
    larger than the candidates wanted; if it holds too few matches, the next window is sized from the
    density just seen. The first window holding enough matches is ranked, and the total is estimated from
    its share of the ids. A query with few matches anywhere ends up searched in full, counted exactly.
    Relevance therefore orders the recent matches: for council business recent is usually what is wanted,
    and a narrower query (a phrase, a filter) reaches further back. Every page within the first
    ``min_candidates()`` results uses the same window, so paging through them neither repeats nor skips.
    """
    low, high = id_range
    if low is None or high is None:
        return Ranked()
    span = high - low + 1
    needed = max(depth, min_candidates())

    def estimate(found: int, start: int) -> int:
        return round(found * span / (high - start + 1))

    size = needed * FIRST_WINDOW
    for _ in range(MAX_WINDOWS):
        if size * 2 >= span:  # most of the table: search all of it
            break
        start = high - size + 1
        rows, found = search(start)
        if found >= needed:
            return Ranked(rows, estimate(found, start), exact=False)
        # Aim for half as many again as needed at the density seen, so one more step usually does it.
        size = size * GROWTH_WHEN_EMPTY if found == 0 else max(size * 2, int(needed * 1.5 * size / found))
    rows, found = search(None)
    return Ranked(rows, found)


class Backend(Protocol):
    def passages(self, query: Query, filters: Filters, limit: int) -> Ranked: ...

    def passage_snippets(self, query: Query, ids: list[int]) -> dict[int, str]: ...

    def items(self, query: Query, filters: Filters, limit: int) -> Ranked: ...

    def item_titles(self, query: Query, ids: list[int]) -> dict[int, str]: ...

    def committees(self, query: Query, filters: Filters, limit: int) -> list[TitleMatch]: ...

    def committee_titles(self, query: Query, ids: list[int]) -> dict[int, str]: ...


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A committee whose title matches, with its latest meeting inside the filters."""

    committee_id: int
    meeting_id: int
    relevance: float
