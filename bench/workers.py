"""Meeting processing throughput: inline, then 1 and 2 Celery workers, on the replayed demo council.

Each round resets the demo council's processing (passages, documents, summaries) and processes every
crawled meeting again: minutes indexed, documents downloaded from the replay server (with added latency,
politely, through the Redis host limiter) and extracted, summaries written. Needs the local PostgreSQL and
Redis; uses its own database (dropped at the end) and Redis database 8.

    python bench/workers.py [--latency-ms 50] [--gap 0.05] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PG = "postgres://postgres@127.0.0.1:5432"
DB_NAME = "councilwatch_bench_workers"
BROKER = "redis://127.0.0.1:6379/8"
WINDOW = ("2000-01-01", "2100-01-01")


def recreate_database() -> None:
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def drop_database() -> None:
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def reset_processing() -> None:
    """Forget everything the processing stage produced, so each round does the same work."""
    from councilwatch.web.councils import models as db

    db.Passage.objects.all().delete()
    db.Summary.objects.all().delete()
    db.Decision.objects.all().delete()
    db.DocumentOverlap.objects.all().delete()
    db.Document.objects.update(status="pending", sha256="", pages=None, size=None, reason="")
    db.Meeting.objects.update(indexed_hash="")
    db.FetchRecord.objects.filter(url__contains="Convert2PDF").delete()
    db.FetchRecord.objects.filter(url__contains="/documents/").delete()


def start_workers(count: int, data_dir: Path) -> list[subprocess.Popen]:
    env = dict(os.environ, CELERY_RESULT_BACKEND=BROKER)
    return [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "councilwatch",
                "worker",
                "-c",
                "1",
                "--loglevel=warning",
                "-n",
                f"bench{n}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(data_dir / f"worker{n}.log", "w"),
            start_new_session=True,
        )
        for n in range(count)
    ]


def stop_workers(workers: list[subprocess.Popen]) -> None:
    for process in workers:
        os.killpg(process.pid, signal.SIGTERM)
    for process in workers:
        process.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latency-ms", type=float, default=50)
    parser.add_argument("--gap", type=float, default=0.05, help="seconds between requests to the replay host")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="councilwatch-bench-workers-"))
    os.environ.update(
        DATABASE_URL=f"{PG}/{DB_NAME}",
        CELERY_BROKER_URL=BROKER,
        COUNCILWATCH_DATA_DIR=str(data_dir),
        COUNCILWATCH_RAW_DIR=str(data_dir / "raw"),
    )
    recreate_database()
    import redis

    redis.Redis.from_url(BROKER).flushdb()
    from councilwatch.replay import ReplayServer
    from councilwatch.tasks import jobs
    from councilwatch.web import bootstrap

    bootstrap.ready()
    rounds: dict[str, float] = {}
    try:
        with ReplayServer(latency_ms=args.latency_ms) as server:
            meeting_ids = jobs.crawl("DEMO", *WINDOW, server.url, 0.0)["meeting_ids"]
            reset_processing()
            started = time.perf_counter()
            for meeting_id in meeting_ids:
                jobs.process_meeting(meeting_id, server.url, args.gap)
            rounds["inline"] = time.perf_counter() - started

            from councilwatch.tasks import celery_tasks  # noqa: F401  (registers the tasks)
            from councilwatch.tasks.app import app

            for count in (1, 2):
                reset_processing()
                workers = start_workers(count, data_dir)
                try:
                    app.control.ping(timeout=5)
                    started = time.perf_counter()
                    results = [
                        app.tasks["councilwatch.process_meeting"].delay(mid, server.url, args.gap)
                        for mid in meeting_ids
                    ]
                    for result in results:
                        result.get(timeout=600)
                    rounds[f"{count} worker{'s' if count > 1 else ''}"] = time.perf_counter() - started
                finally:
                    stop_workers(workers)
            requests = len(server.log)
    finally:
        drop_database()

    meetings = len(meeting_ids)
    result = {
        "meetings": meetings,
        "latency_ms": args.latency_ms,
        "gap_s": args.gap,
        "replay_requests": requests,
        "rounds": {
            name: {"seconds": round(s, 2), "meetings_per_s": round(meetings / s, 2)}
            for name, s in rounds.items()
        },
        "speedup_2_vs_1": round(rounds["1 worker"] / rounds["2 workers"], 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{meetings} meetings, replay latency {args.latency_ms:.0f} ms, host gap {args.gap}s")
    for name, s in rounds.items():
        print(f"  {name:<10} {s:6.1f}s  {meetings / s:5.2f} meetings/s")
    print(f"  2 workers vs 1: {result['speedup_2_vs_1']}×")


if __name__ == "__main__":
    main()
