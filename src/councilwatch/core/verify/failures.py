"""What a check finds: each failure with its reason code, and the verdict on one sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Failure:
    code: str
    detail: str


@dataclass(frozen=True, slots=True)
class Check:
    passed: bool
    failures: tuple[Failure, ...] = ()

    def as_json(self) -> dict:
        return {
            "passed": self.passed,
            "failures": [{"code": f.code, "detail": f.detail} for f in self.failures],
        }
