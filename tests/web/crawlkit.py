"""Shared set-up for crawl tests: the packaged demo recording, replayed on loopback, crawled for real."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

from councilwatch.core.fetch import FileRawStore, PoliteFetcher
from councilwatch.core.registry import DEMO_CODE, find_council
from councilwatch.replay import demo_recording_dir
from councilwatch.web.councils import models as db
from councilwatch.web.councils.crawling import crawl
from councilwatch.web.councils.store import DatabaseValidatorIndex

WINDOW = {"since": date(2000, 1, 1), "until": date(2100, 1, 1)}
EXPECTED = json.loads((demo_recording_dir() / "expected.json").read_text())


def fetcher(raw_dir: Path, **options) -> PoliteFetcher:
    """A real polite fetcher tuned for loopback: no gap, quick timeouts and backoff."""
    settings = {"gap": 0.0, "timeout": 1.0, "retries": 8, "backoff": 0.01, "retry_after_cap": 0.05}
    settings.update(options)
    return PoliteFetcher(raw_store=FileRawStore(raw_dir), validators=DatabaseValidatorIndex(), **settings)


def crawl_demo(base_url: str, raw_dir: Path, **options):
    from councilwatch.web.bootstrap import load_registry

    load_registry()
    return crawl(find_council(DEMO_CODE), base_url=base_url, fetcher=fetcher(raw_dir, **options), **WINDOW)


def copy_demo(target: Path) -> Path:
    shutil.copytree(demo_recording_dir(), target)
    return target


def manifest_file(recording: Path, path: str, **query: str) -> Path:
    """The body file a recording serves for ``path`` with exactly these query parameters."""
    manifest = json.loads((recording / "manifest.json").read_text())
    for entry in manifest["responses"]:
        if entry["path"].lower() == path.lower() and {k.lower(): v for k, v in entry["query"].items()} == {
            k.lower(): v for k, v in query.items()
        }:
            return recording / entry["file"]
    raise KeyError(path, query)


def row_counts() -> dict[str, int]:
    models = (db.Committee, db.Meeting, db.AgendaItem, db.Document, db.Attendee)
    return {model.__name__: model.objects.count() for model in models}


def document_key(url: str) -> str:
    """Path and query, decoded: the scheme may be normalised and spaces escaped between source and store."""
    parts = urlsplit(url)
    return unquote(parts.path) + "?" + parts.query


def expected_documents() -> set[tuple[str, str]]:
    """(meeting id, document key) for every public document the recording links to."""
    return {(m["id"], document_key(url)) for m in EXPECTED["meetings"] for url in m["document_urls"]}
