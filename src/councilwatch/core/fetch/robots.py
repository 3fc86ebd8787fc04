"""robots.txt rules, fetched once per site and kept for a day.

The fetcher does the HTTP (so the robots request respects the same gap and user agent); this module only
parses and caches.  Following the project's rules, a robots.txt that is missing or broken (any 4xx/5xx, or
no answer) allows everything: councils publish these pages for the public, and a broken robots.txt is far
more common than a deliberate block.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

ROBOTS_TTL_SECONDS = 24 * 3600


def site_of(url: str) -> str:
    """robots.txt applies per scheme + host + port, e.g. ``https://democracy.example.gov.uk``."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass(frozen=True)
class RobotsRules:
    """The parsed rules for one site; ``None`` parser means everything is allowed."""

    parser: RobotFileParser | None
    delays: tuple[tuple[str, float], ...] = ()  # (lower-cased agent, Crawl-delay seconds)

    @classmethod
    def allow_all(cls) -> RobotsRules:
        return cls(parser=None)

    @classmethod
    def from_text(cls, text: str) -> RobotsRules:
        lines = text.splitlines()
        parser = RobotFileParser()
        parser.parse(lines)
        return cls(parser=parser, delays=_crawl_delays(lines))

    def allows(self, user_agent: str, url: str) -> bool:
        if self.parser is None:
            return True
        return self.parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> float | None:
        """The site's Crawl-delay for us, if it sets one (we then never go faster than it asks).

        Parsed here rather than by ``urllib.robotparser``, which ignores fractional delays such as 0.5.
        A group naming our product token wins over the catch-all ``*`` group.
        """
        token = _product_token(user_agent)
        for agent, delay in self.delays:
            if agent != "*" and agent in token:
                return delay
        return next((delay for agent, delay in self.delays if agent == "*"), None)


def _product_token(user_agent: str) -> str:
    return user_agent.split("/", 1)[0].strip().lower()


def _crawl_delays(lines: list[str]) -> tuple[tuple[str, float], ...]:
    delays: list[tuple[str, float]] = []
    group: list[str] = []
    in_rules = False  # a user-agent line after rules starts a new group
    for raw in lines:
        field, _, value = raw.split("#", 1)[0].partition(":")
        field, value = field.strip().lower(), value.strip()
        if field == "user-agent":
            if in_rules:
                group, in_rules = [], False
            group.append(value.lower())
        elif field in ("allow", "disallow", "crawl-delay"):
            in_rules = True
            if field == "crawl-delay":
                try:
                    seconds = float(value)
                except ValueError:
                    continue
                delays.extend((agent, seconds) for agent in group if seconds >= 0)
    return tuple(delays)


class RobotsCache:
    """Per-site rules with a time-to-live; a per-site lock makes sure robots.txt is fetched once."""

    def __init__(
        self, *, ttl: float = ROBOTS_TTL_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl
        self._clock = clock
        self._rules: dict[str, tuple[RobotsRules, float]] = {}
        self._site_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def rules_for(self, url: str, load: Callable[[str], RobotsRules]) -> RobotsRules:
        """Cached rules for the URL's site, calling ``load(robots_url)`` when absent or stale."""
        site = site_of(url)
        with self._lock:
            site_lock = self._site_locks.setdefault(site, threading.Lock())
        with site_lock:
            cached = self._rules.get(site)
            if cached is not None and self._clock() - cached[1] < self._ttl:
                return cached[0]
            rules = load(f"{site}/robots.txt")
            self._rules[site] = (rules, self._clock())
            return rules

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()


SHARED_ROBOTS_CACHE = RobotsCache()
