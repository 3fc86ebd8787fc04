"""Turning HTTP failures into plain English, and sorting them into "try again" and "give up"."""

from __future__ import annotations

import httpx

from councilwatch.core.fetch.types import FetchError

_STATUS_WORDS = {
    400: "bad request",
    401: "login required",
    403: "forbidden (the site may block automated clients)",
    404: "not found",
    410: "gone",
    429: "too many requests",
}


class RetryableProblem(Exception):
    """A failure that may go away if we wait and ask again (timeouts, drops, 429, 5xx)."""

    def __init__(self, reason: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


def describe_status(status: int) -> str:
    if 500 <= status <= 599:
        return f"server error {status}"
    words = _STATUS_WORDS.get(status)
    return f"{words} (HTTP {status})" if words else f"unexpected HTTP status {status}"


def describe_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.4g} MB"
    if size >= 1024:
        return f"{size / 1024:.4g} KB"
    return f"{size} bytes"


def describe_seconds(seconds: float) -> str:
    return f"{seconds:g} s"


def problem_from_exception(
    url: str, exc: httpx.HTTPError, *, timeout: float
) -> RetryableProblem | FetchError:
    """Classify an httpx exception; the caller raises what this returns."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, httpx.ConnectTimeout):
            return RetryableProblem(f"timed out connecting ({describe_seconds(timeout)} limit)")
        return RetryableProblem(f"timed out ({describe_seconds(timeout)} limit)")
    if isinstance(exc, httpx.RemoteProtocolError):
        if "complete message body" in detail or "incomplete" in detail.lower():
            return RetryableProblem(f"response cut short ({detail})")
        return RetryableProblem(f"connection dropped ({detail})")
    if isinstance(exc, httpx.ConnectError):
        if "CERTIFICATE_VERIFY_FAILED" in detail or "certificate" in detail.lower():
            # A broken TLS chain will not mend itself in the next minute; retrying only adds load.
            return FetchError(url, f"TLS certificate problem ({detail})")
        return RetryableProblem(f"could not connect ({detail})")
    if isinstance(exc, httpx.NetworkError):
        return RetryableProblem(f"connection dropped ({detail})")
    if isinstance(exc, httpx.DecodingError):
        return RetryableProblem(f"body could not be decoded ({detail})")
    if isinstance(exc, httpx.ProtocolError):
        return RetryableProblem(f"HTTP protocol error ({detail})")
    return FetchError(url, f"request failed ({detail})")
