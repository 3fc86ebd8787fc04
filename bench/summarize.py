"""Speed of the structured engine: meetings summarized per second per core, on pre-extracted passages.

The gold meetings in ``tests/eval/meetings/`` are extracted once (not timed), then summarized with
``brief_passages(engine="structured")`` round after round in this single process.  "Per core" divides by
the CPU time the process used (all its threads), so a library that quietly fans out over threads cannot
flatter the figure; wall-clock throughput is printed beside it.  The first round is a warm-up (spaCy model
load, regex compilation) and is not timed; before each timed meeting the caches of whole texts are emptied
(``forget_texts``), so repeating the meetings cannot flatter the figure.  Target from the summaries issue:
>= 10 meetings/s per core.

Run from a checkout:  ``python bench/summarize.py [--rounds 5] [--no-entities] [--json results.json]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MEETINGS = ROOT / "tests" / "eval" / "meetings"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))  # a fresh checkout need not be installed

TARGET_PER_CORE = 10.0


def extract_all(folder: Path) -> list[tuple[str, list[Any]]]:
    """[(file name, passages)] using the product's own reader, exactly as ``brief`` would see them."""
    from councilwatch.core.brief import passages_of, read_source

    out = []
    for path in sorted(folder.glob("*.txt")):
        out.append((path.name, passages_of(read_source(path), path.name, 1)))
    return out


def forget_texts() -> None:
    """Empty the product's caches of whole texts (clauses, sentences, passages) before each meeting: a new
    meeting in production never finds its own text already read, and repeating the same meetings round
    after round must not make them look faster.  The word-stem cache stays, as it would in a worker."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("councilwatch"):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__name__", "") != "stem":
                value.cache_clear()


def measure(meetings: list[tuple[str, list[Any]]], rounds: int, *, entities: bool) -> dict[str, Any]:
    from councilwatch.core.brief import brief_passages

    for _, passages in meetings:  # warm-up, untimed
        brief_passages(passages, engine="structured", entities=entities)
    per_meeting: list[float] = []
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for _, passages in meetings:
            forget_texts()
            started = time.perf_counter()
            brief_passages(passages, engine="structured", entities=entities)
            per_meeting.append(time.perf_counter() - started)
    wall, cpu = time.perf_counter() - wall_start, time.process_time() - cpu_start
    count = len(per_meeting)
    per_core = count / cpu if cpu > 0 else float("inf")
    return {
        "entities": entities,
        "meetings_timed": count,
        "wall_seconds": round(wall, 4),
        "cpu_seconds": round(cpu, 4),
        "meetings_per_second_wall": round(count / wall, 2) if wall > 0 else None,
        "meetings_per_second_per_core": round(per_core, 2),
        "median_ms_per_meeting": round(1000 * statistics.median(per_meeting), 2),
        "p95_ms_per_meeting": round(1000 * sorted(per_meeting)[int(0.95 * (count - 1))], 2),
        "target_per_core": TARGET_PER_CORE,
        "met": per_core >= TARGET_PER_CORE,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=5, help="timed passes over the gold meetings (default 5)"
    )
    parser.add_argument("--no-entities", action="store_true", help="also time without spaCy entities")
    parser.add_argument("--json", metavar="PATH", help="write the numbers as JSON")
    parser.add_argument("--meetings", default=str(MEETINGS), help="folder of minutes .txt files")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    folder = Path(args.meetings)
    started = time.perf_counter()
    meetings = extract_all(folder)
    if not meetings:
        parser.error(f"no .txt minutes found in {folder}")
    extraction = time.perf_counter() - started
    words = sum(len(p.text.split()) for _, ps in meetings for p in ps)
    runs = [measure(meetings, args.rounds, entities=True)]
    if args.no_entities:
        runs.append(measure(meetings, args.rounds, entities=False))
    print(f"{len(meetings)} meetings, {words} words, extracted in {extraction:.3f} s (not timed below)")
    print(
        f"{'entities':9} {'meetings':>8} {'wall s':>8} {'cpu s':>8} {'/s wall':>8} {'/s/core':>8} "
        f"{'median ms':>10} {'p95 ms':>8}  target"
    )
    for run in runs:
        print(
            f"{'spaCy' if run['entities'] else 'off':9} {run['meetings_timed']:8} {run['wall_seconds']:8.3f} "
            f"{run['cpu_seconds']:8.3f} {run['meetings_per_second_wall']:8.1f} "
            f"{run['meetings_per_second_per_core']:8.1f} {run['median_ms_per_meeting']:10.1f} "
            f"{run['p95_ms_per_meeting']:8.1f}  >= {TARGET_PER_CORE:g} {'yes' if run['met'] else 'NO'}"
        )
    if args.json:
        payload = {
            "meetings": len(meetings),
            "words": words,
            "extraction_seconds": round(extraction, 4),
            "runs": runs,
        }
        Path(args.json).write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
