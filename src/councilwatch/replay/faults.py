"""Fault injection for the replay server: the misbehaviour real council servers show, on demand.

A spec is a comma-separated list, e.g. ``5xx=0.2,429=0.05,retry-after=1,stall=0.02,stall-seconds=3,
truncate=0.05,seed=7,fail=GetMeeting?lMeetingId=123,wsoff``.

Random faults are decided per request from a hash of (seed, request target, how many times that target
has been asked for), not from one shared random stream.  So with a seed, the n-th request for a given
resource always meets the same fate, however a crawler's threads interleave.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import unquote


class FaultSpecError(ValueError):
    """A fault spec that cannot be understood; the message names the bad part."""


class Fault(StrEnum):
    FAIL = "fail"  # a resource named by fail=SUBSTRING: always 500
    WSOFF = "wsoff"  # web service switched off: 404
    SERVER_ERROR = "5xx"
    TOO_MANY = "429"
    STALL = "stall"
    TRUNCATE = "truncate"


RATE_KEYS = {"5xx": "server_error", "429": "too_many", "stall": "stall", "truncate": "truncate"}
KNOWN_KEYS = (*RATE_KEYS, "retry-after", "stall-seconds", "seed", "fail", "wsoff")
SERVER_ERROR_STATUSES = (500, 502, 503, 504)
WEB_SERVICE_MARKER = "/mgwebservice.asmx/"


@dataclass(frozen=True)
class FaultSpec:
    server_error: float = 0.0  # share of requests answered with a random 5xx
    too_many: float = 0.0  # share answered 429 with Retry-After
    retry_after: int = 1  # seconds, sent with every 429
    stall: float = 0.0  # share that stall before answering
    stall_seconds: float = 40.0  # longer than the fetcher's default 30 s timeout
    truncate: float = 0.0  # share whose body is cut off after the headers promised all of it
    seed: int | None = None  # None: a fresh random seed each time the server starts
    fail: tuple[str, ...] = ()  # request targets containing any of these always answer 500
    wsoff: bool = False  # every /mgWebService.asmx/* answers 404

    @classmethod
    def parse(cls, text: str) -> FaultSpec:
        values: dict[str, object] = {}
        fail: list[str] = []
        for raw_item in text.split(","):
            item = raw_item.strip()
            if not item:
                continue
            key, has_value, value = item.partition("=")
            key = key.strip().lower()
            value = value.strip()
            if key not in KNOWN_KEYS:
                raise FaultSpecError(f"unknown fault {key!r} in {item!r}; known: {', '.join(KNOWN_KEYS)}")
            if key == "wsoff":
                if has_value:
                    raise FaultSpecError("'wsoff' takes no value")
                values["wsoff"] = True
            elif not has_value or not value:
                raise FaultSpecError(f"{key!r} needs a value, as in {key}=…")
            elif key == "fail":
                fail.append(value)
            elif key in RATE_KEYS:
                values[RATE_KEYS[key]] = _number(key, value, low=0.0, high=1.0)
            elif key == "retry-after":
                values["retry_after"] = int(_number(key, value, low=0, integer=True))
            elif key == "stall-seconds":
                values["stall_seconds"] = _number(key, value, low=0.0)
            else:  # seed
                values["seed"] = int(_number(key, value, integer=True))
        spec = cls(fail=tuple(fail), **values)  # type: ignore[arg-type]
        total = spec.server_error + spec.too_many + spec.stall + spec.truncate
        if total > 1.0 + 1e-9:
            raise FaultSpecError(f"the fault rates add up to {total:g}; they must not exceed 1")
        return spec

    def __str__(self) -> str:
        parts = [f"{key}={getattr(self, attr):g}" for key, attr in RATE_KEYS.items() if getattr(self, attr)]
        if self.too_many:
            parts.append(f"retry-after={self.retry_after}")
        if self.stall:
            parts.append(f"stall-seconds={self.stall_seconds:g}")
        if self.seed is not None:
            parts.append(f"seed={self.seed}")
        parts.extend(f"fail={substring}" for substring in self.fail)
        if self.wsoff:
            parts.append("wsoff")
        return ",".join(parts)


def _number(
    key: str, value: str, *, low: float | None = None, high: float | None = None, integer: bool = False
) -> float:
    try:
        number: float = int(value) if integer else float(value)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise FaultSpecError(f"{key}={value!r}: expected {kind}") from None
    if (low is not None and number < low) or (high is not None and number > high):
        bounds = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
        raise FaultSpecError(f"{key}={value}: must be {bounds}")
    return number


@dataclass
class FaultDecider:
    """Decides, request by request, which fault (if any) to inject."""

    spec: FaultSpec
    _seed: int = field(init=False)
    _seen: dict[str, int] = field(default_factory=dict, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self._seed = self.spec.seed if self.spec.seed is not None else int.from_bytes(os.urandom(8), "big")

    def decide(self, target: str) -> tuple[Fault | None, int]:
        """The fault for this request target and, for ``5xx``, the status to send (0 otherwise)."""
        lowered = target.lower()
        decoded = unquote(target).lower()
        if any(sub.lower() in lowered or sub.lower() in decoded for sub in self.spec.fail):
            return Fault.FAIL, 500
        if self.spec.wsoff and WEB_SERVICE_MARKER in lowered.split("?", 1)[0]:
            return Fault.WSOFF, 404
        with self._lock:
            occurrence = self._seen.get(target, 0)
            self._seen[target] = occurrence + 1
        digest = hashlib.sha256(f"{self._seed}|{target}|{occurrence}".encode()).digest()
        draw = int.from_bytes(digest[:8], "big") / 2**64
        for fault, rate in (
            (Fault.SERVER_ERROR, self.spec.server_error),
            (Fault.TOO_MANY, self.spec.too_many),
            (Fault.STALL, self.spec.stall),
            (Fault.TRUNCATE, self.spec.truncate),
        ):
            if draw < rate:
                status = (
                    SERVER_ERROR_STATUSES[digest[8] % len(SERVER_ERROR_STATUSES)]
                    if fault is Fault.SERVER_ERROR
                    else 0
                )
                return fault, status
            draw -= rate
        return None, 0
