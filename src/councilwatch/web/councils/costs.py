"""What processing a meeting costs, measured as it happens, for the demand planner's budget.

Compute is priced by the second of worker time (``COUNCILWATCH_COMPUTE_GBP_PER_HOUR``, default £0.05: a
small cloud vCPU); an LLM engine adds its token cost (prices per 1,000 tokens, in pounds, from the
``COUNCILWATCH_LLM_PRICE_*`` settings). Entries go to the subscriptions app's cost ledger.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from django.conf import settings

from councilwatch.web.councils import models as db


def compute_cost(seconds: float) -> Decimal:
    per_hour = Decimal(str(getattr(settings, "COUNCILWATCH_COMPUTE_GBP_PER_HOUR", "0.05")))
    return (per_hour * Decimal(str(seconds)) / 3600).quantize(Decimal("0.000001"))


def record(
    council: db.Council,
    stage: str,
    engine: str,
    *,
    seconds: float,
    meeting: db.Meeting | None = None,
    tokens: int = 0,
    llm_cost: float = 0.0,
) -> None:
    from councilwatch.web.subscriptions.demand import record_cost

    record_cost(
        council,
        stage,
        engine,
        meeting=meeting,
        seconds=round(seconds, 3),
        tokens=tokens,
        cost_gbp=compute_cost(seconds) + Decimal(str(llm_cost)),
    )


@contextmanager
def timed() -> Iterator[list[float]]:
    """``with timed() as took: …`` then ``took[0]`` is the wall-clock seconds the block ran."""
    took = [0.0]
    started = time.perf_counter()
    try:
        yield took
    finally:
        took[0] = time.perf_counter() - started
