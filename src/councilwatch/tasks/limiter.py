"""Per-host politeness across every worker: the in-process limiter's slot reservation, kept in Redis.

Each caller atomically reserves the next free start slot for its host (a Lua script, so two workers can
never take the same slot), then sleeps until it. Redis's own clock is used, so workers on different machines
agree on time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import redis

# KEYS[1] = the host's key; ARGV[1] = gap in microseconds. Returns microseconds to wait.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nxt)
local gap = tonumber(ARGV[1])
local keep_ms = math.floor((slot - now + gap) / 1000) + 60000
redis.call('SET', KEYS[1], string.format('%d', slot + gap), 'PX', keep_ms)
return slot - now
"""


class RedisHostLimiter:
    def __init__(
        self,
        url: str,
        *,
        prefix: str = "councilwatch:host-slot:",
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._redis = redis.Redis.from_url(url)
        self._reserve = self._redis.register_script(_RESERVE)
        self._prefix = prefix
        self._sleep = sleep

    def wait(self, host: str, gap: float) -> None:
        if gap <= 0:
            return
        delay_us = int(self._reserve(keys=[self._prefix + host.lower()], args=[int(gap * 1_000_000)]))
        if delay_us > 0:
            self._sleep(delay_us / 1_000_000)
