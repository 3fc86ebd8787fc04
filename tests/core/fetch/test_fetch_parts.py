"""The fetcher's smaller parts on their own: stores, limiter, backoff, Retry-After, robots parsing."""

from __future__ import annotations

import hashlib
import random
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from councilwatch.core.fetch import FileRawStore, InProcessHostLimiter, MemoryValidatorIndex, Validators
from councilwatch.core.fetch.retry import backoff_delay, parse_retry_after, retry_wait
from councilwatch.core.fetch.robots import RobotsCache, RobotsRules


def test_file_store_is_content_addressed_in_two_levels(tmp_path: Path) -> None:
    store = FileRawStore(tmp_path)
    body = b"Minutes: RESOLVED that the report be noted."
    digest = store.put(body)
    assert digest == hashlib.sha256(body).hexdigest()
    assert (tmp_path / digest[:2] / digest[2:4] / digest).read_bytes() == body
    assert store.put(body) == digest  # idempotent
    assert store.get(digest) == body
    assert [path.name for path in tmp_path.rglob("*") if path.is_file()] == [digest]  # no temp files left


def test_file_store_treats_damaged_or_absent_bodies_as_missing(tmp_path: Path) -> None:
    store = FileRawStore(tmp_path)
    digest = store.put(b"original")
    store.path_for(digest).write_bytes(b"damaged on disk")
    assert store.get(digest) is None
    assert store.get("0" * 64) is None
    with pytest.raises(ValueError, match="not a sha256"):
        store.path_for("../../etc/passwd")


def test_file_store_concurrent_writers_agree(tmp_path: Path) -> None:
    store = FileRawStore(tmp_path)
    body = b"x" * 100_000
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(store.put(body))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1 and store.get(results[0]) == body


def test_memory_validator_index_round_trips() -> None:
    index = MemoryValidatorIndex()
    assert index.get("https://a.example/x") is None
    index.put("https://a.example/x", Validators("ab" * 32, '"tag"', "Fri, 20 Nov 2026 09:00:00 GMT"))
    assert index.get("https://a.example/x") == Validators("ab" * 32, '"tag"', "Fri, 20 Nov 2026 09:00:00 GMT")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_limiter_spaces_starts_per_host_and_ignores_other_hosts() -> None:
    clock = FakeClock()
    limiter = InProcessHostLimiter(clock=clock, sleep=clock.sleep)
    limiter.wait("democracy.a.gov.uk", 1.0)
    limiter.wait("democracy.b.gov.uk", 1.0)  # a different host goes at once
    limiter.wait("DEMOCRACY.A.gov.uk", 1.0)  # host names are case-insensitive
    assert clock.slept == [1.0]
    clock.now += 5  # long idle: no wait next time
    limiter.wait("democracy.a.gov.uk", 1.0)
    assert clock.slept == [1.0]


def test_limiter_queues_concurrent_callers_in_real_time() -> None:
    limiter = InProcessHostLimiter()
    started: list[float] = []
    lock = threading.Lock()

    def go() -> None:
        limiter.wait("host", 0.05)
        with lock:
            started.append(time.monotonic())

    threads = [threading.Thread(target=go) for _ in range(5)]
    before = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # The fifth caller is let through four gaps after the first could have been.  (Gaps between the moments
    # the threads resume are not the limiter's: a busy machine can wake one thread late and the next on time.)
    assert max(started) - before >= 4 * 0.05 - 0.001
    assert len(started) == 5


def test_backoff_grows_with_full_jitter_and_a_ceiling() -> None:
    rng = random.Random(3)
    for attempt in range(1, 6):
        draws = [backoff_delay(attempt, 1.0, rng) for _ in range(200)]
        ceiling = 2 ** (attempt - 1)
        assert all(0 <= draw <= ceiling for draw in draws)
        assert max(draws) > ceiling * 0.8  # jitter spans the range, not a fixed value
    assert all(backoff_delay(20, 1.0, rng) <= 60 for _ in range(50))
    assert backoff_delay(3, 0.0, rng) == 0.0


def test_retry_after_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 20, 9, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Fri, 20 Nov 2026 09:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Fri, 20 Nov 2026 08:00:00 GMT", now=now) == 0.0  # in the past
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None
    assert parse_retry_after(None) is None
    assert retry_wait(1, base=1.0, rng=random.Random(), retry_after=500.0, cap=120.0) == 120.0
    assert retry_wait(1, base=1.0, rng=random.Random(), retry_after=2.0, cap=120.0) == 2.0


def test_robots_rules_and_fractional_crawl_delay() -> None:
    rules = RobotsRules.from_text(
        "User-agent: councilwatch\nCrawl-delay: 2.5\nDisallow: /mgCalendar\n\n"
        "User-agent: *\nCrawl-delay: 10\nDisallow: /\n"
    )
    ours = "councilwatch/0.1.0 (+https://example.org)"
    assert rules.allows(ours, "https://d.example/mgWebService.asmx/GetCommittees")
    assert not rules.allows(ours, "https://d.example/mgCalendarMonthView.aspx")
    assert not rules.allows("otherbot/2", "https://d.example/anything")
    assert rules.crawl_delay(ours) == 2.5
    assert rules.crawl_delay("otherbot/2") == 10.0
    assert RobotsRules.allow_all().allows(ours, "https://d.example/x")
    assert RobotsRules.allow_all().crawl_delay(ours) is None


def test_robots_cache_loads_once_per_site_until_it_expires() -> None:
    clock = FakeClock()
    cache = RobotsCache(ttl=60, clock=clock)
    loads: list[str] = []

    def load(url: str) -> RobotsRules:
        loads.append(url)
        return RobotsRules.allow_all()

    cache.rules_for("https://d.example/a", load)
    cache.rules_for("https://d.example/b?x=1", load)
    cache.rules_for("https://other.example/a", load)
    clock.now += 61
    cache.rules_for("https://d.example/c", load)
    assert loads == [
        "https://d.example/robots.txt",
        "https://other.example/robots.txt",
        "https://d.example/robots.txt",
    ]
