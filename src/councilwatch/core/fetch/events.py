"""What the fetcher reports about its own traffic, so crawl reports can say what a crawl cost a council."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RequestEvent:
    """One HTTP exchange (a retry, a redirect hop and a robots.txt fetch each count as one)."""

    url: str
    purpose: str  # "resource" or "robots"
    attempt: int  # 1 for the first try of a resource
    status: int | None  # None when no response arrived (timeout, refused, dropped)
    bytes_received: int  # body bytes that crossed the network
    elapsed: float  # seconds from sending the request to finishing with the body
    error: str = ""  # plain-English problem, if any


@dataclass
class FetchStats:
    """Running totals; updated under a lock because one fetcher may serve several threads."""

    requests: int = 0
    not_modified: int = 0
    bytes_received: int = 0
    retries: int = 0
    failures: int = 0
    robots_blocked: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **increments: int) -> None:
        with self._lock:
            for name, amount in increments.items():
                setattr(self, name, getattr(self, name) + amount)

    def as_dict(self) -> dict[str, int]:
        with self._lock:
            return {name: value for name, value in vars(self).items() if not name.startswith("_")}
