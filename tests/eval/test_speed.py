"""Regression floor on the structured engine's speed (target from the summaries issue: >= 10 meetings/s
per core on pre-extracted passages), measured by ``bench/summarize.py`` on the gold meetings."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_summarize", ROOT / "bench" / "summarize.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _load_bench()


@pytest.mark.slow
def test_structured_engine_summarizes_at_least_ten_meetings_per_second_per_core() -> None:
    meetings = BENCH.extract_all(BENCH.MEETINGS)
    assert len(meetings) >= 14
    run = BENCH.measure(meetings, 1, entities=True)
    assert run["meetings_timed"] == len(meetings)
    assert run["cpu_seconds"] > 0
    assert run["meetings_per_second_per_core"] >= BENCH.TARGET_PER_CORE, run
