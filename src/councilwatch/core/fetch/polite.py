"""The polite fetcher: how councilwatch talks to council web servers.

Council sites are often small, self-hosted and shared by several councils, so every request goes through
the same discipline: one start per host per ``gap`` seconds (shared process-wide), robots.txt obeyed,
conditional GETs so a re-crawl mostly costs 304s, bounded retries with jittered backoff, and a hard cap
on body size.  Failures end in a ``FetchError`` whose ``reason`` a person can read in a crawl report.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from councilwatch import USER_AGENT
from councilwatch.core.fetch.errors import (
    RetryableProblem,
    describe_size,
    describe_status,
    problem_from_exception,
)
from councilwatch.core.fetch.events import FetchStats, RequestEvent
from councilwatch.core.fetch.limiter import SHARED_HOST_LIMITER, host_of
from councilwatch.core.fetch.retry import is_retryable_status, parse_retry_after, retry_wait
from councilwatch.core.fetch.robots import SHARED_ROBOTS_CACHE, RobotsCache, RobotsRules
from councilwatch.core.fetch.stores import sha256_hex
from councilwatch.core.fetch.types import (
    FetchError,
    FetchResult,
    HostLimiter,
    RawStore,
    ValidatorIndex,
    Validators,
)

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
ROBOTS_MAX_BYTES = 512 * 1024
# A site may ask for a slower pace in robots.txt; we honour it up to this, beyond which it is a typo.
MAX_CRAWL_DELAY = 60.0
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class _Response:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes
    received: int


class PoliteFetcher:
    """Synchronous, thread-safe implementation of the ``Fetcher`` protocol.

    ``retries`` is the number of tries in all (so ``retries=1`` never retries).  ``on_request`` is called
    with a ``RequestEvent`` after every HTTP exchange, and ``stats`` keeps running totals.
    """

    def __init__(
        self,
        *,
        raw_store: RawStore,
        validators: ValidatorIndex,
        limiter: HostLimiter | None = None,
        gap: float = 1.0,
        timeout: float = 30.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        retries: int = 5,
        backoff: float = 1.0,
        retry_after_cap: float = 120.0,
        robots: bool = True,
        user_agent: str = USER_AGENT,
        client: httpx.Client | None = None,
        on_request: Callable[[RequestEvent], None] | None = None,
        max_redirects: int = 10,
        robots_cache: RobotsCache | None = None,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.raw_store = raw_store
        self.validators = validators
        self.limiter: HostLimiter = limiter if limiter is not None else SHARED_HOST_LIMITER
        self.gap = gap
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.attempts = max(1, retries)
        self.backoff = backoff
        self.retry_after_cap = retry_after_cap
        self.robots = robots
        self.user_agent = user_agent
        self.on_request = on_request
        self.max_redirects = max_redirects
        self.stats = FetchStats()
        self._robots_cache = robots_cache if robots_cache is not None else SHARED_ROBOTS_CACHE
        self._owns_client = client is None
        self._client = client if client is not None else httpx.Client(follow_redirects=False)
        self._timeout = httpx.Timeout(timeout)
        self._rng = rng or random.Random()
        self._rng_lock = threading.Lock()
        self._sleep = sleep

    # -- public -------------------------------------------------------------------------------------

    def get(self, url: str) -> FetchResult:
        try:
            return self._get(url)
        except FetchError:
            self.stats.add(failures=1)
            raise

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> PoliteFetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the retry loop -----------------------------------------------------------------------------

    def _get(self, url: str) -> FetchResult:
        try:
            scheme, host = urlsplit(url).scheme.lower(), host_of(url)
        except ValueError as exc:  # e.g. an unclosed [IPv6] bracket
            raise FetchError(url, f"not a valid address ({exc})") from exc
        if scheme not in ("http", "https") or not host:
            raise FetchError(url, "not an http(s) address")
        self._check_robots(url)
        last: RetryableProblem | None = None
        for attempt in range(1, self.attempts + 1):
            try:
                return self._attempt(url, attempt)
            except RetryableProblem as problem:
                last = problem
            if attempt < self.attempts:
                with self._rng_lock:
                    wait = retry_wait(
                        attempt,
                        base=self.backoff,
                        rng=self._rng,
                        retry_after=last.retry_after,
                        cap=self.retry_after_cap,
                    )
                self.stats.add(retries=1)
                self._sleep(wait)
        assert last is not None
        tries = "1 attempt" if self.attempts == 1 else f"{self.attempts} attempts"
        raise FetchError(url, f"{last.reason} after {tries}", status=last.status)

    def _attempt(self, url: str, attempt: int) -> FetchResult:
        known = self.validators.get(url)
        stored = self.raw_store.get(known.sha256) if known is not None else None
        # Only ask "has it changed?" when we can still produce the old body if the answer is no.
        conditional = known if stored is not None and (known.etag or known.last_modified) else None
        response = self._follow(url, conditional, attempt)
        if response.status == 304:
            if conditional is not None:
                stored = self.raw_store.get(conditional.sha256)
            if conditional is None or stored is None:
                # The stored copy vanished meanwhile (or the server sent an unasked-for 304): ask plainly.
                response = self._follow(url, None, attempt)
                if response.status == 304:
                    raise FetchError(url, "server answered 'not modified' to a plain request", status=304)
            else:
                return self._not_modified(url, response, conditional, stored)
        if 200 <= response.status < 300:
            return self._stored(url, response)
        if is_retryable_status(response.status):
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise RetryableProblem(
                describe_status(response.status), status=response.status, retry_after=retry_after
            )
        raise FetchError(url, describe_status(response.status), status=response.status)

    def _not_modified(self, url: str, response: _Response, known: Validators, body: bytes) -> FetchResult:
        etag = response.headers.get("etag") or known.etag
        last_modified = response.headers.get("last-modified") or known.last_modified
        if (etag, last_modified) != (known.etag, known.last_modified):
            self.validators.put(url, Validators(known.sha256, etag, last_modified))
        self.stats.add(not_modified=1)
        return FetchResult(
            url=url,
            final_url=response.url,
            status=304,
            body=body,
            sha256=known.sha256,
            content_type=response.headers.get("content-type", "") or sniff_content_type(body),
            etag=etag,
            last_modified=last_modified,
            bytes_received=0,
        )

    def _stored(self, url: str, response: _Response) -> FetchResult:
        digest = self.raw_store.put(response.body)
        etag = response.headers.get("etag", "")
        last_modified = response.headers.get("last-modified", "")
        self.validators.put(url, Validators(digest, etag, last_modified))
        return FetchResult(
            url=url,
            final_url=response.url,
            status=response.status,
            body=response.body,
            sha256=digest,
            content_type=response.headers.get("content-type", ""),
            etag=etag,
            last_modified=last_modified,
            bytes_received=response.received,
        )

    # -- redirects, robots and single exchanges -----------------------------------------------------

    def _follow(self, url: str, conditional: Validators | None, attempt: int) -> _Response:
        """GET ``url`` following redirects ourselves, so every hop waits its turn and obeys robots.txt."""
        headers = {"User-Agent": self.user_agent}
        if conditional is not None:
            if conditional.etag:
                headers["If-None-Match"] = conditional.etag
            if conditional.last_modified:
                headers["If-Modified-Since"] = conditional.last_modified
        current = url
        for hop in range(self.max_redirects + 1):
            if hop > 0:
                self._check_robots(current)
            response = self._exchange(
                current, headers, attempt=attempt, purpose="resource", limit=self.max_bytes
            )
            location = response.headers.get("location")
            if response.status not in REDIRECT_STATUSES or not location:
                return response
            current = urljoin(current, location.strip())
            if urlsplit(current).scheme.lower() not in ("http", "https"):
                raise FetchError(url, f"redirected to a non-web address ({current})")
        raise FetchError(url, f"too many redirects (more than {self.max_redirects})")

    def _check_robots(self, url: str) -> None:
        if not self.robots:
            return
        rules = self._robots_cache.rules_for(url, self._load_robots)
        if not rules.allows(self.user_agent, url):
            self.stats.add(robots_blocked=1)
            raise FetchError(url, "disallowed by robots.txt")

    def _load_robots(self, robots_url: str) -> RobotsRules:
        current = robots_url
        headers = {"User-Agent": self.user_agent}
        try:
            for _hop in range(5):
                response = self._exchange(
                    current, headers, attempt=1, purpose="robots", limit=ROBOTS_MAX_BYTES
                )
                location = response.headers.get("location")
                if response.status in REDIRECT_STATUSES and location:
                    current = urljoin(current, location.strip())
                    continue
                if 200 <= response.status < 300:
                    return RobotsRules.from_text(response.body.decode("utf-8", errors="replace"))
                break
        except (RetryableProblem, FetchError):
            pass  # no usable robots.txt: the site has not asked us to stay away
        return RobotsRules.allow_all()

    def _gap_for(self, url: str) -> float:
        if not self.robots:
            return self.gap
        rules = self._robots_cache.rules_for(url, self._load_robots)
        delay = rules.crawl_delay(self.user_agent)
        return self.gap if delay is None else max(self.gap, min(delay, MAX_CRAWL_DELAY))

    def _exchange(
        self, url: str, headers: dict[str, str], *, attempt: int, purpose: str, limit: int
    ) -> _Response:
        """One request/response, after waiting for the host's turn; bodies are read only for 2xx."""
        gap = self.gap if purpose == "robots" else self._gap_for(url)
        self.limiter.wait(host_of(url), gap)
        started = time.monotonic()
        status: int | None = None
        received = 0
        error = ""
        try:
            request = self._client.build_request("GET", url, headers=headers, timeout=self._timeout)
            response = self._client.send(request, stream=True, follow_redirects=False)
            try:
                status = response.status_code
                body = b""
                if 200 <= status < 300:
                    body = self._read_body(url, response, limit)
                received = response.num_bytes_downloaded
                return _Response(str(response.url), status, response.headers, body, received)
            finally:
                received = response.num_bytes_downloaded
                response.close()
        except httpx.InvalidURL as exc:
            error = f"not a valid address ({exc})"
            raise FetchError(url, error) from exc
        except httpx.HTTPError as exc:
            problem = problem_from_exception(url, exc, timeout=self.timeout)
            error = problem.reason
            raise problem from exc
        except FetchError as exc:
            error = exc.reason
            raise
        finally:
            self.stats.add(requests=1, bytes_received=received)
            if self.on_request is not None:
                event = RequestEvent(
                    url, purpose, attempt, status, received, time.monotonic() - started, error
                )
                self.on_request(event)

    def _read_body(self, url: str, response: httpx.Response, limit: int) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                url,
                f"larger than the {describe_size(limit)} limit (server says {describe_size(int(declared))})",
            )
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > limit:
                raise FetchError(url, f"larger than the {describe_size(limit)} limit")
            chunks.append(chunk)
        return b"".join(chunks)


def sniff_content_type(body: bytes) -> str:
    """A best guess for a 304, whose headers need not repeat the type: enough to route PDF vs XML vs HTML."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "text/html"
    if head.startswith(b"<"):
        return "text/xml"
    return ""


__all__ = ["DEFAULT_MAX_BYTES", "PoliteFetcher", "sha256_hex", "sniff_content_type"]
