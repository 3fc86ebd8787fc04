"""Polite HTTP for council sites: per-host gap, robots.txt, retries, conditional GET, raw body store."""

from councilwatch.core.fetch.events import FetchStats, RequestEvent
from councilwatch.core.fetch.limiter import SHARED_HOST_LIMITER, InProcessHostLimiter, host_of
from councilwatch.core.fetch.polite import DEFAULT_MAX_BYTES, PoliteFetcher
from councilwatch.core.fetch.robots import SHARED_ROBOTS_CACHE, RobotsCache, RobotsRules
from councilwatch.core.fetch.stores import FileRawStore, MemoryRawStore, MemoryValidatorIndex, sha256_hex
from councilwatch.core.fetch.types import (
    Fetcher,
    FetchError,
    FetchResult,
    HostLimiter,
    RawStore,
    ValidatorIndex,
    Validators,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SHARED_HOST_LIMITER",
    "SHARED_ROBOTS_CACHE",
    "FetchError",
    "FetchResult",
    "FetchStats",
    "Fetcher",
    "FileRawStore",
    "HostLimiter",
    "InProcessHostLimiter",
    "MemoryRawStore",
    "MemoryValidatorIndex",
    "PoliteFetcher",
    "RawStore",
    "RequestEvent",
    "RobotsCache",
    "RobotsRules",
    "ValidatorIndex",
    "Validators",
    "host_of",
    "sha256_hex",
]
