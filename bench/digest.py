"""Weekly summaries for 10,000 subscribers across 50 councils: build them and send them over real SMTP.

    python bench/digest.py                          # 10,000 subscribers, 50 councils, SQLite in a temp dir
    python bench/digest.py --subscribers 2000 --councils 10
    python bench/digest.py --database-url postgres://postgres@127.0.0.1:5432/councilwatch_bench_digest

The database is a fresh SQLite file in a temporary directory unless ``--database-url`` names an existing,
empty PostgreSQL database. Each council gets three summarised meetings in the week (with cited sentences
and decisions) and one the week after. An aiosmtpd server on 127.0.0.1, in a child process (as a real mail
server would be), counts every message it accepts.

Measured: building the 50 digests (queries, templates, one ledger row per subscriber) and sending every
ledger row through the exactly-once path (claim in the database, then the final SMTP line), over
``--workers`` parallel SMTP connections. The peer, measured in the same run, is Django's own
``send_messages`` over the same number of connections with the same messages and no ledger (messages
built beforehand, so it is timed on SMTP alone): the cost of a plain mass mailing, so the ratio shows what
exactly-once costs. Target: build plus send < 60 s. No throttle is applied (``rate=0``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
LONDON = ZoneInfo("Europe/London")
WEEK = "2024-W26"


class Counter:
    """SMTP handler that only counts: the benchmark is about our side, not about parsing mail."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            self.count += 1
        return "250 OK"


def serve() -> None:
    """Child process: run the SMTP server, print its port, answer each stdin line with the count so far.

    A separate process, as a real mail server would be: in-process it would fight the sender for the GIL.
    """
    from aiosmtpd.controller import Controller

    class Local(Controller):
        def _trigger_server(self) -> None:  # port 0: learn the port the OS chose before the readiness check
            self.port = self.server.sockets[0].getsockname()[1]
            super()._trigger_server()

    handler = Counter()
    controller = Local(handler, hostname="127.0.0.1", port=0)
    controller.start()
    print(controller.port, flush=True)
    for _ in sys.stdin:
        print(handler.count, flush=True)
    controller.stop()


class SMTPChild:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.port = int(self.process.stdout.readline())

    def count(self) -> int:
        self.process.stdin.write("count\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


def seed(councils: int, subscribers: int) -> None:
    from django.utils import timezone

    from councilwatch.web.councils import models as db
    from councilwatch.web.subscriptions.models import Subscriber, Subscription

    now = timezone.now()
    people = Subscriber.objects.bulk_create(
        [Subscriber(email=f"reader{i:05d}@example.org", confirmed_at=now) for i in range(subscribers)],
        batch_size=2000,
    )
    links = []
    for c in range(councils):
        council = db.Council.objects.create(
            slug=f"bench-{c:02d}",
            code=f"BENCH{c:02d}",
            name=f"Benchmark Council {c:02d}",
            platform="moderngov",
            support="full",
        )
        committees = [
            db.Committee.objects.create(council=council, external_id=f"{c}-{k}", title=title)
            for k, title in enumerate(["Cabinet", "Planning Committee", "Scrutiny Board", "Licensing"])
        ]
        for m in range(4):  # three this week, one next week
            day = dt.date(2024, 6, 24 + m * 2) if m < 3 else dt.date(2024, 7, 2)
            meeting = db.Meeting.objects.create(
                council=council,
                committee=committees[m],
                external_id=f"{c}-{m}",
                status="confirmed",
                starts_at=dt.datetime.combine(day, dt.time(10, 0), tzinfo=LONDON),
                content_hash="bench",
                url=f"https://democracy.bench{c}.example/m/{m}",
            )
            if m == 3:
                continue
            passages = [
                db.Passage.objects.create(
                    council=council,
                    committee=meeting.committee,
                    meeting=meeting,
                    ordinal=p,
                    page=p + 1,
                    kind="paragraph",
                    text=f"Paragraph {p} of the report on local services, meeting {m}.",
                    meeting_date=day,
                )
                for p in range(6)
            ]
            sentence = {"checks": {"passed": True, "failures": []}}
            db.Summary.objects.create(
                meeting=meeting,
                engine="structured",
                input_hash="bench",
                data={
                    "engine": "structured",
                    "items": [],
                    "attendees": [],
                    "topics": [],
                    "overview": [
                        {
                            **sentence,
                            "text": f"The committee reviewed local service report {i}.",
                            "citations": [str(passages[i].pk)],
                        }
                        for i in range(4)
                    ],
                },
            )
            for d in range(3):
                db.Decision.objects.create(
                    council=council,
                    meeting=meeting,
                    ordinal=d,
                    outcome=("approved", "noted", "deferred")[d],
                    text=f"Recommendation {d + 1} of the report was dealt with.",
                    meeting_date=day,
                    citations=[str(passages[4 + d % 2].pk)],
                )
        share = people[c::councils]
        links.extend(Subscription(subscriber=s, council=council) for s in share)
    Subscription.objects.bulk_create(links, batch_size=2000)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--councils", type=int, default=50)
    parser.add_argument("--database-url", help="an empty database to use instead of a temporary SQLite file")
    parser.add_argument("--no-peer", action="store_true", help="skip the plain send_messages comparison")
    parser.add_argument("--workers", type=int, default=4, help="parallel SMTP connections (both sides)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return

    workdir = Path(tempfile.mkdtemp(prefix="councilwatch-bench-digest-"))
    os.environ["COUNCILWATCH_DATA_DIR"] = str(workdir)
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    smtp = SMTPChild()
    os.environ.update(
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp.port),
        COUNCILWATCH_SEND_RATE="0",
        COUNCILWATCH_SITE_URL="https://councilwatch.example",
    )
    sys.path[:0] = [str(ROOT / "src")]
    from councilwatch.web import bootstrap

    bootstrap.setup()
    bootstrap.migrate()
    from django.conf import settings
    from django.core.mail import get_connection

    from councilwatch.web.subscriptions import digests, sending
    from councilwatch.web.subscriptions.models import EmailSend

    started = time.perf_counter()
    seed(args.councils, args.subscribers)
    seeded = time.perf_counter() - started

    started = time.perf_counter()
    built = digests.build_weekly_digests(WEEK)
    build_s = time.perf_counter() - started
    queued = sum(b.queued for b in built)

    started = time.perf_counter()
    workers = args.workers
    report = sending.send_pending(rate=0, workers=workers)
    send_s = time.perf_counter() - started
    delivered = smtp.count()
    assert report.sent == queued == delivered == args.subscribers, (report, queued, delivered)

    peer_s = None
    if not args.no_peer:
        # Same messages, same server, same number of connections, no ledger: a plain mass mailing.
        rows = list(EmailSend.objects.select_related("digest", "subscriber").order_by("pk"))
        messages = [sending.build_message(row) for row in rows]

        def plain(share: list) -> None:
            connection = get_connection()
            connection.send_messages(share)
            connection.close()

        threads = [threading.Thread(target=plain, args=(messages[i::workers],)) for i in range(workers)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        peer_s = time.perf_counter() - started
        assert smtp.count() == 2 * args.subscribers
    smtp.stop()

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    total = build_s + send_s
    print(f"database: {engine}; {args.councils} councils, {args.subscribers} subscribers", end="")
    print(f" (seeded in {seeded:.1f} s)")
    print(f"build   {build_s:7.2f} s  ({len(built)} digests, {queued} ledger rows)")
    rate = report.sent / send_s
    print(f"send    {send_s:7.2f} s  ({report.sent} sent, {rate:,.0f}/s, exactly-once, {workers} SMTP links)")
    if peer_s is not None:
        peer_rate = args.subscribers / peer_s
        print(f"peer    {peer_s:7.2f} s  (Django send_messages, no ledger: {peer_rate:,.0f}/s)")
        print(f"ratio   exactly-once send / plain send = {send_s / peer_s:.2f}")
    print(f"total   {total:7.2f} s  build + send (target < 60 s: {'met' if total < 60 else 'MISSED'})")


if __name__ == "__main__":
    main()
