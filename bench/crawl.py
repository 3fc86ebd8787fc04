"""Crawl throughput against the politeness ceiling, and the cost of a re-crawl.

Several copies of the recorded demo council are replayed on different loopback hosts (127.0.0.1, .2, .3 …),
each answering with added latency. One crawler thread per council runs the real crawl pipeline (ModernGov
source, polite fetcher, parsers) into an in-memory sink, so the figure is the crawler's, not the database's.

The ceiling is what politeness allows: one request start per ``gap`` seconds per host. A crawler that
reaches ≥ 90 % of it wastes no time between its turns. The re-crawl then sends conditional requests for the
same window; the target is ≤ 10 % of the first crawl's bytes.

    python bench/crawl.py [--hosts 3] [--gap 0.25] [--latency-ms 50] [--json]
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from dataclasses import dataclass, replace
from datetime import date

from councilwatch.core.crawl import crawl_council
from councilwatch.core.fetch import InProcessHostLimiter, MemoryRawStore, MemoryValidatorIndex, PoliteFetcher
from councilwatch.core.fetch.rebase import RebasedFetcher
from councilwatch.core.models import Committee, CouncilRecord, CrawlReport, Meeting
from councilwatch.core.registry import demo_council
from councilwatch.core.sources.source import ModernGovSource
from councilwatch.replay import ReplayServer

WINDOW = {"since": date(2000, 1, 1), "until": date(2100, 1, 1)}


@dataclass
class MemorySink:
    """Keeps content hashes only: enough to tell new / updated / unchanged like the database does."""

    hashes: dict[str, str]

    def begin(self, council: CouncilRecord, since: date, until: date) -> set[str]:
        return set()

    def save_committees(self, committees: list[Committee]) -> None:
        pass

    def save_meeting(self, meeting: Meeting, content_hash: str) -> str:
        previous = self.hashes.get(meeting.external_id)
        self.hashes[meeting.external_id] = content_hash
        return "new" if previous is None else ("unchanged" if previous == content_hash else "updated")

    def committee_done(self, committee_external_id: str) -> None:
        pass

    def finish(self, report: CrawlReport) -> None:
        pass


class Council:
    def __init__(self, host: str, server: ReplayServer, gap: float, limiter: InProcessHostLimiter) -> None:
        self.record = replace(demo_council(), code=f"DEMO@{host}")
        self.server = server
        self.sink = MemorySink({})
        self.fetcher = PoliteFetcher(
            raw_store=MemoryRawStore(),
            validators=MemoryValidatorIndex(),
            limiter=limiter,
            gap=gap,
            timeout=10,
        )

    def crawl(self) -> CrawlReport:
        fetcher = RebasedFetcher(
            self.fetcher, canonical_base=self.record.base_url, effective_base=self.server.url
        )
        return crawl_council(self.record, ModernGovSource(self.record.base_url, fetcher), self.sink, **WINDOW)


def run_round(councils: list[Council]) -> tuple[float, list[CrawlReport]]:
    reports: list[CrawlReport] = [CrawlReport(council="")] * len(councils)

    def work(index: int) -> None:
        reports[index] = councils[index].crawl()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(councils))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, reports


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--hosts", type=int, default=3)
    parser.add_argument("--gap", type=float, default=0.25, help="seconds between request starts per host")
    parser.add_argument("--latency-ms", type=float, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    limiter = InProcessHostLimiter()
    servers = [ReplayServer(host=f"127.0.0.{n + 1}", latency_ms=args.latency_ms) for n in range(args.hosts)]
    for server in servers:
        server.start()
    try:
        councils = [Council(f"127.0.0.{n + 1}", s, args.gap, limiter) for n, s in enumerate(servers)]
        first_seconds, first_reports = run_round(councils)
        first_requests = sum(len(s.log) for s in servers)
        first_bytes = sum(c.fetcher.stats.bytes_received for c in councils)
        marks = [len(s.log) for s in servers]
        second_seconds, second_reports = run_round(councils)
        second_requests = sum(len(s.log) - m for s, m in zip(servers, marks, strict=True))
        second_bytes = sum(c.fetcher.stats.bytes_received for c in councils) - first_bytes
    finally:
        for server in servers:
            server.stop()

    ceiling = args.hosts / args.gap
    # n requests to one host need n - 1 gaps: count intervals, not requests, against the ceiling
    achieved = (first_requests - args.hosts) / first_seconds
    min_spacing = min(
        b.time - a.time
        for s, m in zip(servers, marks, strict=True)
        for a, b in zip(s.log[:m], s.log[1:m], strict=False)
    )
    result = {
        "hosts": args.hosts,
        "gap_s": args.gap,
        "latency_ms": args.latency_ms,
        "meetings_per_council": first_reports[0].meetings_new,
        "first_crawl": {"requests": first_requests, "seconds": round(first_seconds, 2), "bytes": first_bytes},
        "ceiling_rps": round(ceiling, 2),
        "achieved_rps": round(achieved, 2),
        "share_of_ceiling": round(achieved / ceiling, 3),
        "min_spacing_per_host_s": round(min_spacing, 3),
        "recrawl": {
            "requests": second_requests,
            "seconds": round(second_seconds, 2),
            "bytes": second_bytes,
            "unchanged_meetings": sum(r.meetings_unchanged for r in second_reports),
        },
        "recrawl_bytes_share": round(second_bytes / first_bytes, 4),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.hosts} hosts, gap {args.gap}s, latency {args.latency_ms:.0f} ms")
    print(f"first crawl: {first_requests} requests in {first_seconds:.1f}s = {achieved:.2f} req/s")
    print(f"politeness ceiling: {ceiling:.2f} req/s → {achieved / ceiling:.1%} of ceiling (target ≥ 90%)")
    print(f"closest two requests to one host, seen by its server: {min_spacing:.3f}s (gap {args.gap}s)")
    print(
        f"re-crawl: {second_requests} requests, {second_bytes:,} bytes vs {first_bytes:,} first "
        f"= {second_bytes / first_bytes:.1%} (target ≤ 10%)"
    )


if __name__ == "__main__":
    main()
