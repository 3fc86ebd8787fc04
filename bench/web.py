"""Web throughput: requests/s and p95 for the meeting page, search and the API, on SQLite and PostgreSQL.

    python bench/web.py                              # 20 councils x 200 meetings, both databases
    python bench/web.py --backend sqlite --seconds 5 --councils 4 --meetings 50   # quick look

For each database a child process builds the data (councils, committees, meetings with agenda items,
documents, attendees, passages, decisions, topics and a checked summary each), then starts the real app
under gunicorn (``gthread`` workers, so connections are kept alive; ``--worker-class sync`` to compare) on
127.0.0.1 with WhiteNoise in front as in production, and drives load from a separate process: ``wrk`` when
installed (``apt-get install wrk``; a Lua script cycles through the URLs and reports percentiles),
otherwise (or with ``--driver httpx``) a small threaded httpx client in its own process. The cache is
Redis (database 13) when 127.0.0.1:6379 answers, shared by all workers as in production; otherwise local
memory per worker. The machine's CPUs are shared by server and load, so figures are a floor.

Phases, each after one request per URL and a short warm-up run:

* **meeting page** — ``/councils/<slug>/meetings/<pk>/`` as the site serves it today (rendered each time);
* **meeting page, cached** — the same view wrapped in Django's per-view cache (``cache_page``, 5 minutes),
  mounted by this benchmark under ``/cached/…``. The page carries a CSRF token for its report form, so
  Django varies the cache on the cookie: the load shares one cookie, as one returning visitor would.
  Target: at least 300 requests/s;
* **search page** — ``/search/?q=`` with a rotating set of queries;
* **API meeting** — ``/api/v1/meetings/<pk>`` (cached for 60 s as configured here) and an API list page.

If the public site's meeting page does not resolve, the API meeting endpoint stands in and the table says so.
Settings for the run come from a generated module (``DEBUG`` off, the caches above); nothing else changes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
REDIS_URL = "redis://127.0.0.1:6379/13"  # a database number of its own; keys expire with the page cache
BENCH_DB = "councilwatch_bench_web"
COOKIE = "csrftoken=" + "b" * 32  # one visitor's cookie: the meeting page varies its cache on it
QUERIES = ["parking", "playground refurbishment", "green belt", "allotment", "budget", "library hours"]

SETTINGS = """
from councilwatch.web.settings import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
import os

# Redis when it answers, so every gunicorn worker shares one cache (as in production); else per process.
if os.environ.get("BENCH_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["BENCH_REDIS_URL"],
            "KEY_PREFIX": os.environ.get("BENCH_CACHE_PREFIX", "bench"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
COUNCILWATCH_API_CACHE_SECONDS = 60
ROOT_URLCONF = "bench_web_urls"
LOGGING = {"version": 1, "disable_existing_loggers": False, "handlers": {}, "root": {"level": "CRITICAL"}}
"""

URLS = """
from django.urls import path
from django.views.decorators.cache import cache_page

from councilwatch.web.urls import urlpatterns as site_urlpatterns

urlpatterns = list(site_urlpatterns)
try:
    from councilwatch.web.site.views.meetings import meeting
except ImportError:  # the public site is not there yet: the API stands in
    meeting = None
if meeting is not None:
    urlpatterns.insert(0, path("cached/councils/<slug:slug>/meetings/<int:pk>/", cache_page(300)(meeting)))
"""

WRK_SCRIPT = """
local paths = {%(paths)s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Cookie"] = "%(cookie)s"})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "non2xx": %%d, "socket_errors": %%d, '
    .. '"p50_us": %%d, "p95_us": %%d}\\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95)))
end
"""


# --- data ---------------------------------------------------------------------------------------------------


def populate(councils: int, meetings: int) -> dict[str, Any]:
    """Build the data with bulk inserts; returns sample URLs for the load phases."""
    import datetime as dt
    import random
    from zoneinfo import ZoneInfo

    sys.path.insert(0, str(ROOT / "bench"))
    from search_corpus import COMMITTEES, Grammar

    from councilwatch.web.councils import models as db

    london = ZoneInfo("Europe/London")
    rng, words = random.Random(11), Grammar(seed=11)
    topics = [db.Topic.objects.create(slug=f"topic-{n}", name=words.topic().capitalize()) for n in range(12)]
    started = time.perf_counter()
    for c in range(councils):
        council = db.Council.objects.create(
            slug=f"bench-{c}", code=f"B{c:02d}", name=f"{words.place()} Borough Council", platform="moderngov"
        )
        committees = db.Committee.objects.bulk_create(
            db.Committee(council=council, external_id=str(n), title=title)
            for n, title in enumerate(COMMITTEES[:8])
        )
        rows = []
        for m in range(meetings):
            when = dt.datetime(2021, 1, 4, 18, 0, tzinfo=london) + dt.timedelta(days=m * 7 + c % 5)
            rows.append(
                db.Meeting(
                    council=council,
                    committee=committees[m % len(committees)],
                    external_id=str(m),
                    starts_at=when,
                    status="confirmed",
                    location="Council Chamber",
                    url=f"https://democracy.bench-{c}.example/ieListDocuments.aspx?MId={m}",
                    content_hash="b",
                    minutes_published=True,
                )
            )
        made = db.Meeting.objects.bulk_create(rows)
        _fill(db, made, words, rng, topics, london)
    return {"seconds": time.perf_counter() - started}


def _fill(db: Any, meetings: list, words: Any, rng: Any, topics: list, london: Any) -> None:
    items, documents = [], []
    for meeting in meetings:
        items += [
            db.AgendaItem(
                meeting=meeting,
                external_id=str(n),
                order=n,
                display_number=f"{n}.",
                title=words.topic().capitalize(),
                minutes_html=f"<p>{words.passage()}</p><p>{words.passage()}</p>",
            )
            for n in range(1, 7)
        ]
        documents += [
            db.Document(
                council=meeting.council,
                meeting=meeting,
                external_id=kind,
                title=title,
                kind=kind,
                url=f"{meeting.url}&doc={kind}",
                pages=40,
                status="ok",
            )
            for kind, title in (("reports_pack", "Public reports pack"), ("minutes", "Printed minutes"))
        ]
    items = db.AgendaItem.objects.bulk_create(items, batch_size=2000)
    documents = db.Document.objects.bulk_create(documents, batch_size=2000)
    by_meeting: dict[int, dict[str, list]] = {m.pk: {"items": [], "docs": []} for m in meetings}
    for item in items:
        by_meeting[item.meeting_id]["items"].append(item)
    for doc in documents:
        by_meeting[doc.meeting_id]["docs"].append(doc)
    passages, attendees, links = [], [], []
    for meeting in meetings:
        day = meeting.starts_at.astimezone(london).date()
        own = by_meeting[meeting.pk]
        for n in range(20):
            doc = own["docs"][n % 2]
            passages.append(
                db.Passage(
                    council=meeting.council,
                    committee=meeting.committee,
                    meeting=meeting,
                    document=doc,
                    item=own["items"][n % 6],
                    ordinal=n,
                    page=1 + n,
                    kind="paragraph",
                    text=words.passage(),
                    meeting_date=day,
                    document_kind=doc.kind,
                )
            )
        attendees += [
            db.Attendee(meeting=meeting, name=f"Councillor {n}", role="", attendance="present")
            for n in range(5)
        ]
        links += [db.MeetingTopic(meeting=meeting, topic=t, score=0.5) for t in rng.sample(topics, 2)]
    passages = db.Passage.objects.bulk_create(passages, batch_size=2000)
    db.Attendee.objects.bulk_create(attendees, batch_size=2000)
    db.MeetingTopic.objects.bulk_create(links, batch_size=2000)
    cited: dict[int, list] = {}
    for passage in passages:
        cited.setdefault(passage.meeting_id, []).append(passage)
    summaries, decisions = [], []
    for meeting in meetings:
        own, items = cited[meeting.pk], by_meeting[meeting.pk]["items"]

        def sentence(p: Any) -> dict:
            return {
                "text": p.text.split(". ")[0],
                "citations": [str(p.pk)],
                "checks": {"passed": True, "failures": []},
            }

        data = {
            "engine": "extractive",
            "overview": [sentence(p) for p in own[:3]],
            "items": [
                {"title": it.title, "item_id": it.pk, "sentences": [sentence(own[n + 3])], "decisions": []}
                for n, it in enumerate(items)
            ],
            "attendees": [],
            "topics": [],
        }
        summaries.append(db.Summary(meeting=meeting, engine="extractive", data=data, input_hash="b"))
        day = meeting.starts_at.astimezone(london).date()
        decisions += [
            db.Decision(
                council=meeting.council,
                meeting=meeting,
                item=items[n],
                ordinal=n,
                outcome=("approved", "noted", "deferred")[n],
                text=own[10 + n].text,
                citations=[str(own[10 + n].pk)],
                meeting_date=day,
            )
            for n in range(3)
        ]
    db.Summary.objects.bulk_create(summaries, batch_size=1000)
    db.Decision.objects.bulk_create(decisions, batch_size=2000)


def sample_urls(limit: int = 100) -> dict[str, list[str]]:
    """URLs for each phase, spread across councils."""
    from django.urls import NoReverseMatch, reverse

    from councilwatch.web.councils import models as db
    from councilwatch.web.feeds.links import meeting_path

    meetings = list(db.Meeting.objects.select_related("council").order_by("?")[:limit])
    try:
        reverse("site:meeting", kwargs={"slug": meetings[0].council.slug, "pk": meetings[0].pk})
        site = True
    except NoReverseMatch:
        site = False
    api = [f"/api/v1/meetings/{m.pk}" for m in meetings]
    urls = {
        "API meeting (cached 60 s)": api,
        "API meetings list": [
            f"/api/v1/meetings?council={m.council.slug}&page_size=20" for m in meetings[:20]
        ],
    }
    if site:
        pages = [meeting_path(m.council.slug, m.pk) for m in meetings]
        urls = {
            "meeting page": pages,
            "meeting page, cached": ["/cached" + p for p in pages],
            "search page": [f"/search/?q={q.replace(' ', '+')}" for q in QUERIES],
            **urls,
        }
    else:
        urls = {"meeting (API stands in: no site page)": api, **urls}
    return urls


# --- load ---------------------------------------------------------------------------------------------------


def wrk_run(base: str, paths: list[str], seconds: float, connections: int, workdir: Path) -> dict[str, Any]:
    script = workdir / "paths.lua"
    quoted = ", ".join(json.dumps(p) for p in paths)
    script.write_text(WRK_SCRIPT % {"paths": quoted, "cookie": COOKIE})
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            base,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("WRKJSON "))
    data = json.loads(line.removeprefix("WRKJSON "))
    return {
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "p50_ms": data["p50_us"] / 1000,
        "p95_ms": data["p95_us"] / 1000,
        "errors": f"{data['non2xx']}/{data['socket_errors']}",
        "requests": data["requests"],
    }


def httpx_drive(base: str, paths: list[str], seconds: float, threads: int) -> None:
    """Runs in its own process (``--drive``): threads of keep-alive clients; prints one JSON line."""
    import httpx

    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        mine, bad, n = [], 0, offset
        with httpx.Client(base_url=base, headers={"Cookie": COOKIE}, timeout=10) as client:
            while time.perf_counter() < stop:
                n += 1
                began = time.perf_counter()
                try:
                    ok = client.get(paths[n % len(paths)]).status_code == 200
                except httpx.HTTPError:
                    ok = False
                mine.append(time.perf_counter() - began)
                bad += not ok
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    began = time.perf_counter()
    pool = [threading.Thread(target=worker, args=(i * 7,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    print(
        json.dumps(
            {
                "rps": len(latencies) / elapsed,
                "p50_ms": cuts[49] * 1000,
                "p95_ms": cuts[94] * 1000,
                "errors": f"{errors[0]}/0",
                "requests": len(latencies),
            }
        )
    )


def load(
    base: str, paths: list[str], seconds: float, connections: int, workdir: Path, driver: str = "auto"
) -> dict[str, Any]:
    if driver == "wrk" or (driver == "auto" and shutil.which("wrk")):
        return {**wrk_run(base, paths, seconds, connections, workdir), "driver": "wrk"}
    args = [
        sys.executable,
        __file__,
        "--drive",
        base,
        "--seconds",
        str(seconds),
        "--threads",
        str(connections),
    ]
    out = subprocess.run(args, input="\n".join(paths), capture_output=True, text=True, check=True).stdout
    return {**json.loads(out.strip().splitlines()[-1]), "driver": "httpx threads"}


# --- server -------------------------------------------------------------------------------------------------


def start_server(
    env: dict[str, str], port: int, workers: int, worker_class: str = "sync"
) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "gunicorn", "councilwatch.web.wsgi:application",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--worker-class", worker_class,
        *(["--threads", "4"] if worker_class == "gthread" else []),
        "--log-level", "warning",
    ]  # fmt: skip
    server = subprocess.Popen(command, env=env, start_new_session=True)
    import httpx

    # Ask for a row only this benchmark's database has, so another server on the port can never pass.
    probe = f"http://127.0.0.1:{port}/api/v1/councils/bench-0"
    deadline = time.time() + 60
    while time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode} (port {port} taken?)")
        try:
            if httpx.get(probe, timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    stop_server(server)
    raise RuntimeError("gunicorn did not answer within 60 s")


def redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def forget_cache(prefix: str | None) -> None:
    """Delete this run's cached pages from Redis instead of leaving them to expire."""
    if not prefix:
        return
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])


def warm(base: str, paths: list[str]) -> None:
    """One request per URL first, so the measured run sees a filled cache rather than its first misses."""
    import httpx

    with httpx.Client(base_url=base, headers={"Cookie": COOKIE}, timeout=30) as client:
        for path in paths:
            client.get(path)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stop_server(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


# --- one database per child process ---------------------------------------------------------------------


def _database_url(backend: str, workdir: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{workdir / 'bench.sqlite3'}"
    import psycopg

    with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        admin.execute(f"CREATE DATABASE {BENCH_DB}")
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{BENCH_DB}"


def _drop(backend: str) -> None:
    if backend == "postgres":
        import psycopg

        with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")


def child(args: argparse.Namespace) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="cwbench-web-"))
    try:
        (workdir / "bench_web_settings.py").write_text(textwrap.dedent(SETTINGS))
        (workdir / "bench_web_urls.py").write_text(textwrap.dedent(URLS))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench_web_settings",
            "PYTHONPATH": os.pathsep.join(
                [str(workdir), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
            ),
            "COUNCILWATCH_DATA_DIR": str(workdir / "data"),
            "DATABASE_URL": _database_url(args.child, workdir),
        }
        os.environ.update(env)
        sys.path[:0] = [str(workdir), str(ROOT / "src")]
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        built = populate(args.councils, args.meetings)
        phases = sample_urls()
        connections.close_all()

        if redis_answers():
            env["BENCH_REDIS_URL"] = REDIS_URL
            env["BENCH_CACHE_PREFIX"] = f"councilwatch-bench-{os.getpid()}"
        port = args.port or free_port()
        server = start_server(env, port, args.workers, args.worker_class)
        results = []
        try:
            base = f"http://127.0.0.1:{port}"
            for name, paths in phases.items():
                warm(base, paths)
                load(base, paths, min(3.0, args.seconds), args.connections, workdir, args.driver)  # warm-up
                measured = load(base, paths, args.seconds, args.connections, workdir, args.driver)
                results.append({"phase": name, **measured})
        finally:
            stop_server(server)
            forget_cache(env.get("BENCH_CACHE_PREFIX"))
        print(
            "RESULT "
            + json.dumps({"backend": args.child, "load_seconds": built["seconds"], "phases": results})
        )
    finally:
        _drop(args.child)
        shutil.rmtree(workdir, ignore_errors=True)


def report(runs: list[dict[str, Any]], args: argparse.Namespace) -> None:
    print(
        f"\n{args.councils} councils x {args.meetings} meetings, "
        f"gunicorn --workers {args.workers} ({args.worker_class}), "
        f"cache: {'Redis' if redis_answers() else 'local memory per worker'}, "
        f"{args.connections} connections, {args.seconds:g} s per phase, "
        f"{os.cpu_count()} CPUs shared with the load"
    )
    print(
        f"{'database':<10} {'phase':<40} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'errors http/socket':>19}  driver"
    )
    for run in runs:
        for r in run["phases"]:
            print(
                f"{run['backend']:<10} {r['phase']:<40} {r['rps']:>8.0f} {r['p50_ms']:>8.1f} "
                f"{r['p95_ms']:>8.1f} {r['errors']:>19}  {r['driver']}"
            )
        print(f"{'':<10} (data built in {run['load_seconds']:.0f} s)")
    for run in runs:
        cached = next((r for r in run["phases"] if r["phase"] == "meeting page, cached"), None)
        if cached:
            verdict = "meets" if cached["rps"] >= 300 else "misses"
            print(
                f"{run['backend']}: cached meeting page {cached['rps']:.0f} req/s "
                f"{verdict} the 300 req/s target"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--councils", type=int, default=20)
    parser.add_argument("--meetings", type=int, default=200, help="per council")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured load per phase")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1)
    parser.add_argument("--driver", choices=["auto", "wrk", "httpx"], default="auto", help="load generator")
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="gthread")
    parser.add_argument("--port", type=int, default=0, help="default: any free port")
    parser.add_argument("--child", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    parser.add_argument("--drive", metavar="BASE_URL", help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=16, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        httpx_drive(args.drive, sys.stdin.read().split(), args.seconds, args.threads)
        return
    if args.child:
        child(args)
        return
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    runs = []
    for backend in backends:
        command = [sys.executable, __file__, "--child", backend, *sys.argv[1:]]
        out = subprocess.run(command, capture_output=True, text=True)
        line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
        if out.returncode != 0 or line is None:
            print(f"{backend}: failed\n{out.stderr[-3000:]}", file=sys.stderr)
            continue
        runs.append(json.loads(line.removeprefix("RESULT ")))
    report(runs, args)


if __name__ == "__main__":
    main()
