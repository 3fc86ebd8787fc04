"""Politeness measured where it matters: at the server. Gap per host, robots.txt, user agent."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.timing import ARRIVAL_JITTER

import councilwatch
from councilwatch.core.fetch import (
    SHARED_HOST_LIMITER,
    FetchError,
    InProcessHostLimiter,
    MemoryRawStore,
    MemoryValidatorIndex,
    PoliteFetcher,
    RequestEvent,
)
from councilwatch.replay import ReplayServer

# Server-side arrival times jitter on a busy machine (a new connection needs an accept and a handler thread;
# a keep-alive one does not), so two arrivals can be a little closer than the two starts were.
SLACK = ARRIVAL_JITTER


def starts(server: ReplayServer) -> list[float]:
    return [entry.time for entry in server.log]


def test_two_fetchers_sharing_a_host_keep_the_gap_between_request_starts(site: Path, make_fetcher) -> None:
    limiter = InProcessHostLimiter()
    gap = 0.2
    with ReplayServer(site) as server:
        first = make_fetcher(limiter=limiter, gap=gap, robots=False)
        second = make_fetcher(limiter=limiter, gap=gap, robots=False)

        def crawl(fetcher: PoliteFetcher, path: str) -> None:
            for _ in range(3):
                fetcher.get(server.url + path)

        threads = [
            threading.Thread(target=crawl, args=(first, "/page")),
            threading.Thread(target=crawl, args=(second, "/other")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        times = starts(server)
    assert len(times) == 6
    assert {entry.path for entry in server.log} == {"/page", "/other"}
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= gap - SLACK, gaps


def test_different_hosts_do_not_wait_for_each_other(site: Path, make_fetcher) -> None:
    limiter = InProcessHostLimiter()
    gap = 1.0
    with ReplayServer(site, host="127.0.0.1") as one, ReplayServer(site, host="127.0.0.2") as two:
        fetcher = make_fetcher(limiter=limiter, gap=gap, robots=False)
        began = time.monotonic()
        fetcher.get(one.url + "/page")
        fetcher.get(two.url + "/page")  # another host: no need to wait for the first host's gap
        took_two_hosts = time.monotonic() - began
        fetcher.get(one.url + "/other")  # back to the first host: must wait out its gap
        took_three = time.monotonic() - began
    assert took_two_hosts < gap * 0.6  # generous: only a wait for the other host's gap could exceed it
    assert took_three >= gap - SLACK
    assert one.log[1].time - one.log[0].time >= gap - SLACK


def test_fetchers_share_the_process_wide_limiter_by_default(site: Path) -> None:
    gap = 0.2
    with ReplayServer(site) as server:
        fetchers = [
            PoliteFetcher(
                raw_store=MemoryRawStore(), validators=MemoryValidatorIndex(), gap=gap, robots=False
            )
            for _ in range(2)
        ]
        assert all(fetcher.limiter is SHARED_HOST_LIMITER for fetcher in fetchers)
        for fetcher in fetchers:
            fetcher.get(server.url + "/page")
            fetcher.close()
        times = starts(server)
    assert times[1] - times[0] >= gap - SLACK


def test_robots_disallow_blocks_without_requesting(recording: Callable[..., Path], make_fetcher) -> None:
    site = recording(
        [
            {
                "path": "/robots.txt",
                "body": "User-agent: *\nDisallow: /private/\n",
                "content_type": "text/plain",
            },
            {"path": "/private/report", "body": "secret"},
            {"path": "/page", "body": "public"},
        ]
    )
    with ReplayServer(site) as server:
        fetcher = make_fetcher()
        with pytest.raises(FetchError) as caught:
            fetcher.get(server.url + "/private/report")
        assert fetcher.get(server.url + "/page").body == b"public"
        assert fetcher.get(server.url + "/page").status == 304
    assert caught.value.reason == "disallowed by robots.txt"
    paths = [entry.path for entry in server.log]
    assert "/private/report" not in paths
    assert paths.count("/robots.txt") == 1  # fetched once, then cached
    assert fetcher.stats.robots_blocked == 1


def test_robots_rules_for_our_user_agent_apply(recording: Callable[..., Path], make_fetcher) -> None:
    site = recording(
        [
            {
                "path": "/robots.txt",
                "body": "User-agent: councilwatch\nDisallow: /\n\nUser-agent: *\nDisallow:\n",
            },
            {"path": "/page", "body": "public"},
        ]
    )
    with ReplayServer(site) as server:
        with pytest.raises(FetchError, match=r"robots\.txt"):
            make_fetcher().get(server.url + "/page")
        # Another crawler's name is not ours: the catch-all group lets it in.
        assert make_fetcher(user_agent="otherbot/1.0").get(server.url + "/page").body == b"public"


def test_missing_robots_allows_and_robots_can_be_switched_off(site: Path, make_fetcher) -> None:
    with ReplayServer(site) as server:
        assert make_fetcher().get(server.url + "/page").status == 200
        make_fetcher(robots=False).get(server.url + "/other")
    assert [entry.path for entry in server.log] == ["/robots.txt", "/page", "/other"]
    assert server.log[0].status == 404


def test_robots_fetch_also_respects_the_gap(recording: Callable[..., Path], make_fetcher) -> None:
    site = recording(
        [{"path": "/robots.txt", "body": "User-agent: *\nDisallow:\n"}, {"path": "/page", "body": "x"}]
    )
    gap = 0.2
    with ReplayServer(site) as server:
        make_fetcher(gap=gap).get(server.url + "/page")
    robots, page = server.log
    assert robots.path == "/robots.txt"
    assert page.time - robots.time >= gap - SLACK


def test_crawl_delay_in_robots_slows_us_down(recording: Callable[..., Path], make_fetcher) -> None:
    site = recording(
        [
            {"path": "/robots.txt", "body": "User-agent: *\nCrawl-delay: 0.3\nDisallow:\n"},
            {"path": "/page", "body": "x"},
        ]
    )
    with ReplayServer(site) as server:
        fetcher = make_fetcher(gap=0.01)
        fetcher.get(server.url + "/page")
        fetcher.get(server.url + "/page")
    pages = server.requests_for("/page")
    assert pages[1].time - pages[0].time >= 0.3 - SLACK


def test_user_agent_names_the_project_and_its_url(site: Path, make_fetcher) -> None:
    with ReplayServer(site) as server:
        make_fetcher().get(server.url + "/page")
    assert {entry.user_agent for entry in server.log} == {councilwatch.USER_AGENT}
    assert "councilwatch" in councilwatch.USER_AGENT
    assert councilwatch.PROJECT_URL in councilwatch.USER_AGENT


def test_on_request_hook_and_counters_report_traffic(site: Path, make_fetcher) -> None:
    events: list[RequestEvent] = []
    with ReplayServer(site) as server:
        fetcher = make_fetcher(on_request=events.append)
        first = fetcher.get(server.url + "/page")
        fetcher.get(server.url + "/page")
        with pytest.raises(FetchError):
            fetcher.get(server.url + "/missing")
    assert [(event.purpose, event.status) for event in events] == [
        ("robots", 404),
        ("resource", 200),
        ("resource", 304),
        ("resource", 404),
    ]
    assert events[1].bytes_received == first.bytes_received == len(first.body)
    assert fetcher.stats.requests == 4
    assert fetcher.stats.not_modified == 1
    assert fetcher.stats.failures == 1
    # The robots.txt 404 body and the 404 page are never read, so only the one page body counts.
    assert fetcher.stats.bytes_received == len(first.body)
