"""The packaged demo recording, served and fetched end to end: every entry reachable, re-crawl all 304s."""

from __future__ import annotations

import hashlib
import json
from urllib.parse import quote, urlencode

import pytest

from councilwatch.core.fetch import (
    InProcessHostLimiter,
    MemoryRawStore,
    MemoryValidatorIndex,
    PoliteFetcher,
    RobotsCache,
)
from councilwatch.replay import ReplayServer, demo_recording_dir

DEMO = demo_recording_dir()
pytestmark = pytest.mark.skipif(not (DEMO / "manifest.json").is_file(), reason="demo recording not built yet")


def request_targets() -> list[tuple[str, str]]:
    """(request target, body file) for every entry, giving ignored parameters some value as crawlers do."""
    manifest = json.loads((DEMO / "manifest.json").read_text(encoding="utf-8"))
    targets = []
    for entry in manifest["responses"]:
        if entry.get("status", 200) != 200:
            continue
        query = dict(entry.get("query") or {})
        query.update({name: "01/01/2026" for name in entry.get("ignore") or []})
        target = quote(entry["path"]) + (f"?{urlencode(query)}" if query else "")
        targets.append((target, entry["file"]))
    return targets


def test_every_demo_response_is_served_and_a_recrawl_costs_only_304s() -> None:
    targets = request_targets()
    store, validators = MemoryRawStore(), MemoryValidatorIndex()
    with ReplayServer() as server:
        for expected_status in (200, 304):
            fetcher = PoliteFetcher(
                raw_store=store,
                validators=validators,
                limiter=InProcessHostLimiter(),
                robots_cache=RobotsCache(),
                gap=0.0,
            )
            for target, file_name in targets:
                result = fetcher.get(server.url + target)
                assert result.status == expected_status, target
                assert result.sha256 == hashlib.sha256((DEMO / file_name).read_bytes()).hexdigest(), target
            fetcher.close()
    assert fetcher.stats.bytes_received < 1000  # the second crawl moved (almost) nothing but robots.txt
    assert sum(1 for entry in server.log if entry.status == 304) == len(targets)
