"""Per-host spacing of request starts.

Several councils often share one ModernGov host, so the gap is kept per *host name* (the port is ignored:
it is the same machine), and every fetcher in the process shares ``SHARED_HOST_LIMITER`` unless told
otherwise.  Scale mode replaces this with a Redis-backed limiter implementing the same protocol.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit


def host_of(url: str) -> str:
    """The politeness key for a URL: its lower-cased host name without the port."""
    return (urlsplit(url).hostname or "").lower()


class InProcessHostLimiter:
    """Thread-safe: each caller reserves the next free start slot for its host, then sleeps until it.

    Reserving under the lock and sleeping outside it means waiting threads queue up in order, and a
    thread waiting for one host never blocks a thread that wants another host.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._next_start: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, gap: float) -> None:
        key = host.lower()
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_start.get(key, now))
            self._next_start[key] = slot + max(gap, 0.0)
        delay = slot - now
        if delay > 0:
            self._sleep(delay)


# One limiter per process, so two fetchers (or two councils) on the same host never double the load.
SHARED_HOST_LIMITER = InProcessHostLimiter()
