"""The nine outcome labels a decision can have (defined in ``tests/eval/LABELS.md`` and the docs)."""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    NOTED = "noted"
    AGREED = "agreed"
    APPROVED = "approved"
    RECOMMENDED = "recommended"
    REQUESTED = "requested"
    DEFERRED = "deferred"
    REFUSED = "refused"
    REFERRED = "referred"
    OTHER = "other"
