"""A small rate limiter for form POSTs, per client address and view, kept in Django's cache.

Limits (defaults; pass others to the decorator):

* **5 submissions per minute** and **30 per hour** from one address to one view. A person filling in a
  form never gets near this; a script hammering the subscribe or report form stops at once.
* Only ``POST`` is counted: reading a page is never limited here.
* Over the limit the view is not run; the answer is ``429 Too Many Requests`` with ``Retry-After`` (seconds
  until the current window ends) and a plain-English message.

Windows are fixed (minute 12:03, hour 12:00 …), counted with ``cache.add`` + ``cache.incr``, which are
atomic on Redis and memcached. The default local-memory cache counts per server process, so with N worker
processes the effective limit is up to N times higher; configure a shared cache (Redis) in production.

The client address is ``REMOTE_ADDR``. Behind a reverse proxy set ``COUNCILWATCH_RATELIMIT_PROXY_COUNT`` to
the number of proxies you run, and the address that many hops from the right of ``X-Forwarded-For`` is used
(never the leftmost one, which the client can write). IPv6 addresses are counted per /64, because one
household or phone usually holds a whole /64.

Usage::

    @ratelimit()                       # defaults above
    @ratelimit(limits=((3, 60),))      # 3 per minute only
    def subscribe(request): ...
"""

from __future__ import annotations

import functools
import ipaddress
import time
from collections.abc import Callable, Sequence

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse

DEFAULT_LIMITS: tuple[tuple[int, int], ...] = ((5, 60), (30, 3600))  # (requests, window in seconds)
COUNTED_METHODS = frozenset({"POST"})

View = Callable[..., HttpResponse]


def client_address(request: HttpRequest) -> str:
    """The address to count against: REMOTE_ADDR, or the trusted hop of X-Forwarded-For; IPv6 as its /64."""
    proxies = int(getattr(settings, "COUNCILWATCH_RATELIMIT_PROXY_COUNT", 0) or 0)
    raw = request.META.get("REMOTE_ADDR", "") or ""
    if proxies > 0:
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
        if len(hops) >= proxies:
            raw = hops[-proxies]
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return raw or "unknown"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address) + "/64"
    return str(address)


def _too_many(retry_after: int) -> HttpResponse:
    minutes = max(1, round(retry_after / 60))
    wait = f"{retry_after} seconds" if retry_after < 120 else f"about {minutes} minutes"
    response = HttpResponse(
        f"Too many form submissions from your connection. Please wait {wait} and try again.\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(retry_after)
    return response


def hit(key: str, limits: Sequence[tuple[int, int]], *, cache_alias: str = "default") -> int:
    """Count one request for ``key``; return 0 if allowed, else the seconds until it would be."""
    cache = caches[cache_alias]
    now = time.time()
    wait = 0
    for allowed, window in limits:
        start = int(now // window) * window
        bucket = f"councilwatch-rl:{key}:{window}:{start}"
        # add() creates the counter only if missing, so two racing first requests both count.
        cache.add(bucket, 0, timeout=window + 5)
        try:
            count = cache.incr(bucket)
        except ValueError:  # expired between add and incr
            cache.set(bucket, 1, timeout=window + 5)
            count = 1
        if count > allowed:
            wait = max(wait, int(start + window - now) + 1)
    return wait


def ratelimit(
    limits: Sequence[tuple[int, int]] = DEFAULT_LIMITS,
    *,
    methods: frozenset[str] = COUNTED_METHODS,
    scope: str | None = None,
    cache_alias: str = "default",
) -> Callable[[View], View]:
    """Decorate a view: at most ``limits`` counted requests per client address (per ``scope``, default the
    view's dotted name)."""

    def decorate(view: View) -> View:
        name = scope or f"{view.__module__}.{view.__qualname__}"

        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
            if request.method in methods:
                wait = hit(f"{name}:{client_address(request)}", limits, cache_alias=cache_alias)
                if wait:
                    return _too_many(wait)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
