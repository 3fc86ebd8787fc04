"""A fixed-window rate limit for the error-report form, kept in Django's cache.

Unlike the shared ``ratelimit`` decorator (which answers 429 before the view runs), this is called inside
the view, so a blocked visitor gets the form back with everything they typed: nothing is lost. Client
addresses are counted the same way as everywhere else (trusted proxy hops, IPv6 per /64).
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.http import HttpRequest

from councilwatch.web.ratelimit import client_address


def allow(request: HttpRequest, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt; False once ``limit`` attempts were made within the current window."""
    window = int(time.time() // window_seconds)
    key = f"councilwatch:rate:{scope}:{client_address(request)}:{window}"
    if cache.add(key, 1, timeout=window_seconds + 1):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds + 1)
        return True
    return count <= limit
