"""Retries against a misbehaving replay server: 5xx, 429 + Retry-After, stalls, cut-off bodies, 404."""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.timing import ARRIVAL_JITTER

from councilwatch.core.fetch import FetchError
from councilwatch.replay import Fault, FaultSpec, ReplayServer

SLACK = ARRIVAL_JITTER
PAGE = "<html><body><p>Minutes of the Planning Committee, Fernmoor.</p></body></html>"  # as in conftest


def test_server_error_is_retried_then_succeeds(
    site: Path, make_fetcher, seed_for: Callable[..., int]
) -> None:
    seed = seed_for("5xx=0.5", "/page", [Fault.SERVER_ERROR, Fault.SERVER_ERROR, None])
    with ReplayServer(site, faults=FaultSpec.parse(f"5xx=0.5,seed={seed}")) as server:
        fetcher = make_fetcher(robots=False, retries=3)
        result = fetcher.get(server.url + "/page")
    assert result.status == 200
    assert result.body == PAGE.encode()
    statuses = [entry.status for entry in server.log]
    assert statuses[:2] != [200, 200] and all(status >= 500 for status in statuses[:2])
    assert statuses[2] == 200
    assert fetcher.stats.retries == 2


def test_persistent_server_error_gives_a_plain_reason(site: Path, make_fetcher) -> None:
    with ReplayServer(site, faults=FaultSpec.parse("fail=/page")) as server:
        fetcher = make_fetcher(robots=False, retries=4)
        with pytest.raises(FetchError) as caught:
            fetcher.get(server.url + "/page")
        assert fetcher.get(server.url + "/other").status == 200  # only the named resource fails
    assert caught.value.reason == "server error 500 after 4 attempts"
    assert caught.value.status == 500
    assert len(server.requests_for("/page")) == 4


def test_not_found_is_not_retried(site: Path, make_fetcher) -> None:
    with ReplayServer(site) as server:
        fetcher = make_fetcher(robots=False, retries=5)
        with pytest.raises(FetchError) as caught:
            fetcher.get(server.url + "/no-such-page")
    assert caught.value.status == 404
    assert "not found" in caught.value.reason
    assert len(server.log) == 1


def test_retry_after_is_waited(site: Path, make_fetcher, seed_for: Callable[..., int]) -> None:
    seed = seed_for("429=0.5", "/page", [Fault.TOO_MANY, None])
    spec = FaultSpec.parse(f"429=0.5,retry-after=1,seed={seed}")
    with ReplayServer(site, faults=spec) as server:
        result = make_fetcher(robots=False, backoff=0.0, retry_after_cap=5).get(server.url + "/page")
    first, second = server.log
    assert (first.status, first.fault, second.status) == (429, "429", 200)
    assert second.time - first.time >= 1.0 - SLACK  # backoff is 0: only Retry-After can explain the wait
    assert result.body == PAGE.encode()


def test_retry_after_is_capped(site: Path, make_fetcher, seed_for: Callable[..., int]) -> None:
    seed = seed_for("429=0.5", "/page", [Fault.TOO_MANY, None])
    spec = FaultSpec.parse(f"429=0.5,retry-after=30,seed={seed}")
    with ReplayServer(site, faults=spec) as server:
        began = time.monotonic()
        make_fetcher(robots=False, backoff=0.0, retry_after_cap=0.25).get(server.url + "/page")
        took = time.monotonic() - began
    first, second = server.log
    assert second.time - first.time >= 0.25 - SLACK
    assert took < 5


def test_stall_times_out_then_retry_succeeds(site: Path, make_fetcher, seed_for: Callable[..., int]) -> None:
    seed = seed_for("stall=0.5", "/page", [Fault.STALL, None])
    spec = FaultSpec.parse(f"stall=0.5,stall-seconds=3,seed={seed}")
    with ReplayServer(site, faults=spec) as server:
        began = time.monotonic()
        result = make_fetcher(robots=False, timeout=0.3).get(server.url + "/page")
        took = time.monotonic() - began
    assert result.status == 200 and result.body == PAGE.encode()
    assert took < 2.5  # did not sit out the whole stall
    arrivals = server.requests_for("/page")
    assert len(arrivals) == 2
    assert arrivals[1].time - arrivals[0].time >= 0.3 - SLACK


def test_stall_every_time_reports_a_timeout(site: Path, make_fetcher) -> None:
    spec = FaultSpec.parse("stall=1,stall-seconds=2")
    with ReplayServer(site, faults=spec) as server, pytest.raises(FetchError) as caught:
        make_fetcher(robots=False, timeout=0.2, retries=2).get(server.url + "/page")
    assert caught.value.reason.startswith("timed out")
    assert caught.value.reason.endswith("after 2 attempts")
    assert caught.value.status is None


def test_truncated_body_is_retried(site: Path, make_fetcher, seed_for: Callable[..., int]) -> None:
    seed = seed_for("truncate=0.5", "/page", [Fault.TRUNCATE, None])
    with ReplayServer(site, faults=FaultSpec.parse(f"truncate=0.5,seed={seed}")) as server:
        fetcher = make_fetcher(robots=False)
        result = fetcher.get(server.url + "/page")
    first, second = server.log
    assert first.fault == "truncate" and first.bytes_sent < len(PAGE)
    assert second.fault == "" and second.bytes_sent == len(PAGE)
    assert result.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert fetcher.stats.retries == 1


def test_truncated_every_time_says_so(site: Path, make_fetcher) -> None:
    with ReplayServer(site, faults=FaultSpec.parse("truncate=1")) as server:
        fetcher = make_fetcher(robots=False, retries=2)
        with pytest.raises(FetchError) as caught:
            fetcher.get(server.url + "/page")
    assert "cut short" in caught.value.reason
    assert fetcher.raw_store.get(hashlib.sha256(PAGE.encode()).hexdigest()) is None  # nothing half-stored


def test_refused_connection_is_retried_and_reported(make_fetcher) -> None:
    with socket.socket() as probe:  # find a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    events = []
    with pytest.raises(FetchError) as caught:
        make_fetcher(robots=False, retries=2, on_request=events.append).get(f"http://127.0.0.1:{port}/page")
    assert caught.value.reason.startswith("could not connect")
    assert caught.value.reason.endswith("after 2 attempts")
    assert [event.status for event in events] == [None, None]


def test_threads_crawling_a_flaky_site_get_every_body_right_and_stay_polite(
    recording: Callable[..., Path], make_fetcher
) -> None:
    bodies = {f"/mgAi.aspx?ID={n}": f"<html>agenda item {n}</html>".encode() for n in range(24)}
    site = recording(
        [
            {"path": "/mgAi.aspx", "query": {"ID": str(n)}, "body": body}
            for n, body in enumerate(bodies.values())
        ]
    )
    spec = FaultSpec.parse("5xx=0.15,429=0.05,retry-after=0,truncate=0.1,seed=5")
    gap = 0.02
    with ReplayServer(site, faults=spec) as server:
        fetcher = make_fetcher(robots=False, retries=8, gap=gap)
        targets = list(bodies)
        results: dict[str, bytes] = {}

        def work(share: list[str]) -> None:
            for target in share:
                results[target] = fetcher.get(server.url + target).body

        threads = [threading.Thread(target=work, args=(targets[i::4],)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == bodies
    log = server.log
    assert any(entry.fault for entry in log)  # the site really was flaky
    assert fetcher.stats.retries == sum(1 for entry in log if entry.fault)
    # Arrival jitter blurs single gaps; the span of the whole crawl cannot be shorter than all gaps together.
    assert log[-1].time - log[0].time >= (len(log) - 1) * gap - SLACK
