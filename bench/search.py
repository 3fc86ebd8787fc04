"""Search latency on a large synthetic corpus, on SQLite and on PostgreSQL.

    python bench/search.py                      # 1,000,000 passages, both databases
    python bench/search.py --passages 100000    # smaller and quicker
    python bench/search.py --backend sqlite

Each backend runs in its own child process (Django settings are fixed once per process): SQLite in a
temporary file, PostgreSQL in a database it creates and drops (``councilwatch_bench``). The corpus is loaded
in bulk (executemany with the SQLite triggers suspended and the index rebuilt afterwards; COPY on
PostgreSQL), then every query shape runs a few variants several times through the public
``councilwatch.web.search.api.search`` — ranking, counting, snippets and loading the rows, as a page
would. The table shows p50/p95 per shape in milliseconds; the target is p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_corpus import RARE
from search_load import load

PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
BENCH_DB = "councilwatch_bench"

# (shape, [variants: (query, filters)]). Filter values naming rows are resolved in the child.
SHAPES: list[tuple[str, list[tuple[str, dict]]]] = [
    ("common word", [("council", {}), ("members", {}), ("report", {})]),
    ("medium word", [("allotment", {}), ("skatepark", {}), ("crematorium", {})]),
    ("rare word", [(RARE[0], {}), (RARE[3], {}), (RARE[7], {})]),
    ("no match", [("zzyzxq", {}), ("qwertyuiop", {})]),
    ("two words", [("parking charges", {}), ("flood defence", {}), ("library hours", {})]),
    ("common + rare", [(f"council {RARE[1]}", {}), (f"members {RARE[2]}", {})]),
    ("five words", [("green belt release local plan", {}), ("council tax support scheme approved", {})]),
    ("stemmed plural", [("councillors", {}), ("allocations", {}), ("objections", {})]),
    ("phrase", [('"green belt"', {}), ('"tree preservation order"', {}), ('"street lighting"', {})]),
    ("place name", [("Ashford", {}), ("Thornbury", {}), ("Wooldale", {})]),
    ("prefix", [("allot*", {}), ("skate*", {}), ("crem*", {})]),
    ("broad prefix", [("counc*", {}), ("re*", {})]),
    ("exclusion", [("parking -charges", {}), ("housing -affordable", {}), ("plan -local", {})]),
    ("OR", [("skatepark OR velodrome", {}), ("museum OR library", {})]),
    ("OR + word", [("(library OR museum) hours", {}), ("skatepark OR velodrome repairs", {})]),
    ("council filter", [("planning", {"council": 0}), ("budget", {"council": 1}), ("tax", {"council": 2})]),
    ("committee filter", [("housing", {"committee": 0}), ("highways", {"committee": 5})]),
    ("date range", [("budget", {"year": 2023}), ("parking", {"year": 2021}), ("council", {"year": 2024})]),
    ("kind filter", [("housing", {"kinds": ["minutes"]}), ("budget", {"kinds": ["reports_pack"]})]),
    ("all filters", [("parking", {"council": 3, "year": 2022, "kinds": ["reports_pack"]})]),
    ("deep page", [("allotment", {"offset": 200}), ("parking", {"offset": 400})]),
    ("hostile", [('NEAR( "* -', {}), ("'; drop table x; --", {})]),
]


# --- measuring --------------------------------------------------------------------------------------------


def measure(repeat: int) -> dict:
    from django.db import connection

    from councilwatch.web.councils import models as db
    from councilwatch.web.search.api import search

    councils = list(db.Council.objects.order_by("id").values_list("code", flat=True)[:10])
    committees = list(db.Committee.objects.order_by("id").values_list("id", flat=True)[:10])
    results: dict[str, dict] = {}
    every: list[float] = []
    for shape, variants in SHAPES:
        samples: list[float] = []
        totals: list[int] = []
        for text, spec in variants:
            kwargs: dict[str, Any] = {}
            if "council" in spec:
                kwargs["council"] = councils[spec["council"]]
            if "committee" in spec:
                kwargs["committee_id"] = committees[spec["committee"]]
            if "year" in spec:
                kwargs["since"], kwargs["until"] = dt.date(spec["year"], 1, 1), dt.date(spec["year"], 12, 31)
            if "kinds" in spec:
                kwargs["document_kinds"] = spec["kinds"]
            if "offset" in spec:
                kwargs["offset"] = spec["offset"]
            search(text, **kwargs)  # warm the caches once; real traffic repeats popular words
            for _ in range(repeat):
                started = time.perf_counter()
                page = search(text, **kwargs)
                samples.append((time.perf_counter() - started) * 1000)
            totals.append(page.total)
        every += samples
        results[shape] = {
            "p50": statistics.median(samples),
            "p95": _p95(samples),
            "matches": max(totals),
            "example": variants[0][0],
        }
    results["ALL"] = {"p50": statistics.median(every), "p95": _p95(every), "matches": 0, "example": ""}
    return {"vendor": connection.vendor, "shapes": results}


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# --- orchestration ----------------------------------------------------------------------------------------


def child(args: argparse.Namespace) -> None:
    from councilwatch.web import bootstrap

    bootstrap.setup()
    bootstrap.migrate()
    info = load(args.passages, args.seed)
    info.update(measure(args.repeat))
    print("RESULT " + json.dumps(info))


def run_backend(backend: str, args: argparse.Namespace) -> dict:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    cleanup = None
    if backend == "sqlite":
        data_dir = tempfile.mkdtemp(prefix="councilwatch-bench-")
        env["COUNCILWATCH_DATA_DIR"] = data_dir

        def cleanup() -> None:
            shutil.rmtree(data_dir, ignore_errors=True)

        if args.keep:
            print(f"SQLite database kept in {data_dir}", file=sys.stderr)
    else:
        import psycopg

        with psycopg.connect(args.pg_admin_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
            admin.execute(f"CREATE DATABASE {BENCH_DB}")
        env["DATABASE_URL"] = args.pg_admin_url.rsplit("/", 1)[0] + f"/{BENCH_DB}"
        data_dir = tempfile.mkdtemp(prefix="councilwatch-bench-")  # nothing is written there
        env["COUNCILWATCH_DATA_DIR"] = data_dir

        def cleanup() -> None:
            shutil.rmtree(data_dir, ignore_errors=True)
            with psycopg.connect(args.pg_admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")

    command = [
        sys.executable,
        __file__,
        "--child",
        "--passages",
        str(args.passages),
        "--repeat",
        str(args.repeat),
        "--seed",
        str(args.seed),
    ]
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    finally:
        if cleanup and not args.keep:
            cleanup()
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise SystemExit(f"{backend} benchmark failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


def table(passages: int, results: dict[str, dict]) -> str:
    names = list(results)
    lines = [f"Search latency, {passages:,} passages (ms; target p95 < 50)", ""]
    for name in names:
        r = results[name]
        lines.append(f"{name}: bulk load {r['load_s']} s, index {r['index_s']} s, {r['meetings']:,} meetings")
    lines.append("")
    head = f"{'shape':<18}{'example':<34}" + "".join(f"{n + ' p50':>12}{n + ' p95':>12}" for n in names)
    lines += [head + f"{'matches':>10}", "-" * len(head + " " * 10)]
    for shape in results[names[0]]["shapes"]:
        first = results[names[0]]["shapes"][shape]
        cells = "".join(
            f"{results[n]['shapes'][shape]['p50']:>12.1f}{results[n]['shapes'][shape]['p95']:>12.1f}"
            for n in names
        )
        matches = f"{first['matches']:>10,}" if shape != "ALL" else ""
        lines.append(f"{shape:<18}{first['example'][:32]:<34}{cells}{matches}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query variant")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pg-admin-url", default=PG_ADMIN_URL, help="where to create the bench database")
    parser.add_argument("--keep", action="store_true", help="keep the bench databases afterwards")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    results = {}
    for backend in backends:
        print(f"running {backend} with {args.passages:,} passages…", file=sys.stderr, flush=True)
        results[backend] = run_backend(backend, args)
    print(table(args.passages, results))


if __name__ == "__main__":
    main()
