"""Fetch a council's canonical addresses from somewhere else (a replay server, a mirror).

What we store and show is always the council's own URL; only the request goes to the other address. That
keeps stored rows (and their content hashes) identical whichever address a crawl ran against.
"""

from __future__ import annotations

from dataclasses import replace

from councilwatch.core.fetch.types import Fetcher, FetchError, FetchResult
from councilwatch.core.sources.urls import rebase_url


class RebasedFetcher:
    def __init__(self, fetcher: Fetcher, *, canonical_base: str, effective_base: str) -> None:
        self.fetcher = fetcher
        self.canonical_base = canonical_base
        self.effective_base = effective_base

    def get(self, url: str) -> FetchResult:
        target = rebase_url(url, self.effective_base, self.canonical_base)
        try:
            result = self.fetcher.get(target)
        except FetchError as exc:
            raise FetchError(url, exc.reason, status=exc.status) from exc
        return replace(result, url=url)

    def __getattr__(self, name: str):  # stats, close() … of the wrapped fetcher
        return getattr(self.fetcher, name)
