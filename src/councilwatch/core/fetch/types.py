"""What a fetch returns, and the small interfaces the fetcher is built from.

The fetcher depends on these protocols, not on storage: embedded mode keeps validators in the database
and raw bodies on disk, scale mode shares a Redis host limiter across workers, and tests use the simple
in-memory versions in this package.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # as requested
    final_url: str  # after redirects
    status: int  # 200, or 304 when the stored copy is still current
    body: bytes  # for a 304, the stored body from the raw store
    sha256: str
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    bytes_received: int = 0  # body bytes that crossed the network (0 for a 304)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A resource could not be fetched; ``reason`` is plain English for crawl reports."""

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


@dataclass(frozen=True, slots=True)
class Validators:
    """What we remember about a URL to make the next GET conditional."""

    sha256: str
    etag: str = ""
    last_modified: str = ""


class ValidatorIndex(Protocol):
    def get(self, url: str) -> Validators | None: ...

    def put(self, url: str, validators: Validators) -> None: ...


class RawStore(Protocol):
    """Content-addressed bodies: re-parsing never needs the network."""

    def put(self, body: bytes) -> str: ...  # returns sha256 hex

    def get(self, sha256: str) -> bytes | None: ...


class HostLimiter(Protocol):
    """Blocks until a request to ``host`` may start, keeping at least ``gap`` seconds between starts."""

    def wait(self, host: str, gap: float) -> None: ...


class Fetcher(Protocol):
    def get(self, url: str) -> FetchResult: ...
