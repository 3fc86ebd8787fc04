"""How long to wait before trying again.

Exponential backoff with *full jitter* (a random wait between zero and the exponential ceiling) spreads
retries from many workers apart instead of having them hit a struggling council server in lock-step.
A server's own ``Retry-After`` wins over our guess, but is capped so a hostile or broken value cannot
park a crawl for hours.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# Even a long run of failures never waits more than this between two tries of one resource.
MAX_BACKOFF_SECONDS = 60.0


def is_retryable_status(status: int) -> bool:
    """429 and every 5xx are worth another try; other 4xx answers will not change by asking again."""
    return status == 429 or 500 <= status <= 599


def backoff_delay(
    attempt: int, base: float, rng: random.Random, *, ceiling: float = MAX_BACKOFF_SECONDS
) -> float:
    """Wait after failed try ``attempt`` (from 1): uniform in [0, base·2^(attempt-1)], capped."""
    if base <= 0:
        return 0.0
    upper = min(ceiling, base * (2 ** max(attempt - 1, 0)))
    return rng.uniform(0.0, upper)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait per a ``Retry-After`` header (seconds or HTTP date); ``None`` if absent or bad."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT by definition
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def retry_wait(
    attempt: int,
    *,
    base: float,
    rng: random.Random,
    retry_after: float | None,
    cap: float,
) -> float:
    """The wait before the next try: the server's Retry-After (capped) if given, else jittered backoff."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), cap)
    return backoff_delay(attempt, base, rng)
