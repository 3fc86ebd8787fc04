"""Fixtures for fetcher tests: small recordings written to tmp dirs, served by a real ReplayServer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from councilwatch.core.fetch import (
    InProcessHostLimiter,
    MemoryRawStore,
    MemoryValidatorIndex,
    PoliteFetcher,
    RobotsCache,
)
from councilwatch.replay import Fault, FaultDecider, FaultSpec, write_recording

PAGE = "<html><body><p>Minutes of the Planning Committee, Fernmoor.</p></body></html>"


@pytest.fixture
def recording(tmp_path: Path) -> Callable[..., Path]:
    """``recording([{"path": "/a", "body": "x"}, ...])`` writes a recording and returns its directory."""
    counter = iter(range(1000))

    def make(responses: list[dict[str, object]]) -> Path:
        return write_recording(tmp_path / f"recording-{next(counter)}", responses)

    return make


@pytest.fixture
def site(recording: Callable[..., Path]) -> Path:
    """A plain site: two pages and a report pack, no robots.txt."""
    return recording(
        [
            {"path": "/page", "body": PAGE, "content_type": "text/html; charset=utf-8"},
            {"path": "/other", "body": "<html>other</html>", "content_type": "text/html"},
            {
                "path": "/documents/g5001/Public reports pack.pdf",
                "body": b"%PDF-1.4 pack",
                "content_type": "application/pdf",
            },
        ]
    )


@pytest.fixture
def make_fetcher() -> Iterator[Callable[..., PoliteFetcher]]:
    """Fetchers with test-sized waits and their own limiter/robots cache, so tests never affect each other."""
    made: list[PoliteFetcher] = []

    def make(**overrides: object) -> PoliteFetcher:
        options: dict[str, object] = {
            "raw_store": MemoryRawStore(),
            "validators": MemoryValidatorIndex(),
            "limiter": InProcessHostLimiter(),
            "robots_cache": RobotsCache(),
            "gap": 0.01,
            "timeout": 2.0,
            "backoff": 0.01,
            "retries": 3,
        }
        options.update(overrides)
        fetcher = PoliteFetcher(**options)  # type: ignore[arg-type]
        made.append(fetcher)
        return fetcher

    yield make
    for fetcher in made:
        fetcher.close()


@pytest.fixture
def seed_for() -> Callable[..., int]:
    """The first seed under which ``target`` meets exactly the given fates on its first requests.

    The replay server decides faults from (seed, target, occurrence), so a test can pick a seed that
    produces, say, "503 then success" and know the server will do exactly that.
    """

    def find(spec: str, target: str, fates: list[Fault | None]) -> int:
        for seed in range(10_000):
            decider = FaultDecider(FaultSpec.parse(f"{spec},seed={seed}"))
            if [decider.decide(target)[0] for _ in fates] == fates:
                return seed
        raise AssertionError(f"no seed gives {fates} for {target}")

    return find
