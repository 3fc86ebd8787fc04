"""Conditional GET, the raw store, size limits and redirects, against a real replay server."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.timing import ARRIVAL_JITTER

from councilwatch.core.fetch import FetchError, FileRawStore, MemoryRawStore, MemoryValidatorIndex
from councilwatch.replay import ReplayServer


def test_second_fetch_is_a_304_served_from_the_store(site: Path, make_fetcher) -> None:
    validators = MemoryValidatorIndex()
    with ReplayServer(site) as server:
        fetcher = make_fetcher(robots=False, validators=validators)
        fresh = fetcher.get(server.url + "/page")
        again = fetcher.get(server.url + "/page")
    assert (fresh.status, again.status) == (200, 304)
    assert again.not_modified and not fresh.not_modified
    assert again.body == fresh.body and again.sha256 == fresh.sha256
    assert again.bytes_received == 0 and fresh.bytes_received == len(fresh.body)
    assert again.etag == fresh.etag and fresh.etag.strip('"') == fresh.sha256
    assert again.content_type.startswith("text/html")  # guessed: the 304 itself carries no type
    first, second = server.log
    assert (first.conditional, second.conditional) == (False, True)
    assert (second.status, second.bytes_sent) == (304, 0)
    remembered = validators.get(server.url + "/page")
    assert remembered is not None and remembered.sha256 == fresh.sha256
    assert remembered.last_modified == "Fri, 20 Nov 2026 09:00:00 GMT"


def test_lost_body_means_an_unconditional_get(site: Path, make_fetcher) -> None:
    store = MemoryRawStore()
    with ReplayServer(site) as server:
        fetcher = make_fetcher(robots=False, raw_store=store)
        first = fetcher.get(server.url + "/page")
        store.discard(first.sha256)
        second = fetcher.get(server.url + "/page")
    assert second.status == 200 and second.body == first.body
    assert [entry.conditional for entry in server.log] == [False, False]
    assert store.get(first.sha256) == first.body  # stored again


def test_file_store_survives_a_new_fetcher_and_refetches_a_deleted_file(
    site: Path, make_fetcher, tmp_path: Path
) -> None:
    store = FileRawStore(tmp_path / "raw")
    validators = MemoryValidatorIndex()
    url_path = "/documents/g5001/Public%20reports%20pack.pdf"
    with ReplayServer(site) as server:
        first = make_fetcher(robots=False, raw_store=store, validators=validators).get(server.url + url_path)
        # A later crawl in a fresh fetcher still gets a 304 and the body from disk.
        again = make_fetcher(robots=False, raw_store=store, validators=validators).get(server.url + url_path)
        store.path_for(first.sha256).unlink()
        third = make_fetcher(robots=False, raw_store=store, validators=validators).get(server.url + url_path)
    assert first.body == b"%PDF-1.4 pack" and first.content_type == "application/pdf"
    assert (again.status, again.body) == (304, first.body)
    assert third.status == 200 and store.path_for(first.sha256).read_bytes() == first.body
    assert [entry.status for entry in server.log] == [200, 304, 200]


def test_body_larger_than_the_limit_is_refused_without_retry(
    recording: Callable[..., Path], make_fetcher
) -> None:
    site = recording([{"path": "/big.pdf", "body": b"%PDF" + b"0" * 5000}])
    with ReplayServer(site) as server:
        fetcher = make_fetcher(robots=False, max_bytes=1024)
        with pytest.raises(FetchError) as caught:
            fetcher.get(server.url + "/big.pdf")
    assert caught.value.reason.startswith("larger than the 1 KB limit")
    assert len(server.log) == 1
    assert len(fetcher.raw_store) == 0


def test_limit_applies_to_the_decoded_body_too(recording: Callable[..., Path], make_fetcher) -> None:
    # 200 KB of zeros compress to a few hundred bytes: the declared length passes, the content must not.
    packed = gzip.compress(b"\0" * 200_000)
    site = recording([{"path": "/bomb", "body": packed, "headers": {"Content-Encoding": "gzip"}}])
    with ReplayServer(site) as server:
        fetcher = make_fetcher(robots=False, max_bytes=50_000)
        with pytest.raises(FetchError, match="larger than"):
            fetcher.get(server.url + "/bomb")
        assert len(packed) < 50_000
        roomy = make_fetcher(robots=False, max_bytes=300_000).get(server.url + "/bomb")
    assert roomy.body == b"\0" * 200_000
    assert roomy.bytes_received == len(packed)  # what crossed the wire, not what it unpacked to


def test_redirects_are_followed_each_waiting_its_turn(recording: Callable[..., Path], make_fetcher) -> None:
    site = recording(
        [
            {"path": "/old", "status": 301, "headers": {"Location": "/newer"}, "body": ""},
            {"path": "/newer", "status": 302, "headers": {"Location": "/final?ID=7"}, "body": ""},
            {"path": "/final", "query": {"ID": "7"}, "body": "arrived"},
        ]
    )
    gap = 0.2
    with ReplayServer(site) as server:
        result = make_fetcher(robots=False, gap=gap).get(server.url + "/old")
    assert result.body == b"arrived"
    assert result.url == server.url + "/old"
    assert result.final_url == server.url + "/final?ID=7"
    times = [entry.time for entry in server.log]
    assert [entry.path for entry in server.log] == ["/old", "/newer", "/final?ID=7"]
    assert times[2] - times[1] >= gap - ARRIVAL_JITTER and times[1] - times[0] >= gap - ARRIVAL_JITTER


def test_redirect_loop_is_cut_off(recording: Callable[..., Path], make_fetcher) -> None:
    site = recording(
        [
            {"path": "/a", "status": 302, "headers": {"Location": "/b"}, "body": ""},
            {"path": "/b", "status": 302, "headers": {"Location": "/a"}, "body": ""},
        ]
    )
    with ReplayServer(site) as server, pytest.raises(FetchError) as caught:
        make_fetcher(robots=False, max_redirects=3).get(server.url + "/a")
    assert caught.value.reason == "too many redirects (more than 3)"
    assert len(server.log) == 4  # the first request and three hops, then we stop


def test_non_web_addresses_are_refused_before_any_request(make_fetcher) -> None:
    events = []
    fetcher = make_fetcher(on_request=events.append)
    for bad in ("ftp://example.org/file", "not a url", "file:///etc/passwd"):
        with pytest.raises(FetchError, match="not an http"):
            fetcher.get(bad)
    with pytest.raises(FetchError, match="not a valid address"):
        fetcher.get("http://[::1/broken")
    assert events == []
