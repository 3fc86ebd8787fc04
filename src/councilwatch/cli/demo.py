from __future__ import annotations

import os
from datetime import date

import click

# The recording's meetings all fall inside this window; the crawler filters on meeting dates itself.
DEMO_WINDOW = (date(2000, 1, 1), date(2100, 1, 1))


@click.command()
@click.option("--fresh", is_flag=True, help="Start from an empty demo database.")
@click.option("--port", default=8000, show_default=True, help="Port for the demo web site.")
@click.option("--no-serve", is_flag=True, help="Stop after building the demo database.")
def demo(fresh: bool, port: int, no_serve: bool) -> None:
    """Try councilwatch on a recorded council, with no network and no set-up.

    Replays the packaged recording of a fictional ModernGov council (Fernmoor Borough Council, code DEMO) on
    127.0.0.1, crawls it into a separate demo database (a SQLite file in your data directory), extracts its
    documents, writes checked summaries, and serves the results at http://127.0.0.1:8000/.
    """
    from councilwatch.paths import data_dir as _data_dir

    data_dir = _data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    database = data_dir / "demo.sqlite3"
    if fresh and database.exists():
        database.unlink()
    # The demo never touches the real database, whatever DATABASE_URL says.
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("COUNCILWATCH_RAW_DIR", str(data_dir / "demo-raw"))

    from councilwatch.cli.crawl import PHASES, print_processing, print_report, process
    from councilwatch.cli.progress import PhaseProgress
    from councilwatch.core.registry import DEMO_CODE, find_council
    from councilwatch.replay import ReplayServer
    from councilwatch.web import bootstrap

    bootstrap.ready()
    from councilwatch.web.councils.crawling import crawl, make_fetcher

    record = find_council(DEMO_CODE)
    with ReplayServer() as server:
        click.echo(f"Replaying the recorded demo council at {server.url}")
        # gap 0: the replay server is our own process on loopback, not a council's web server
        fetcher = make_fetcher(gap=0.0)
        with PhaseProgress(PHASES) as progress:
            report = crawl(
                record,
                since=DEMO_WINDOW[0],
                until=DEMO_WINDOW[1],
                base_url=server.url,
                fetcher=fetcher,
                progress=progress,
            )
            processed = process(record, fetcher, server.url, progress=progress)
    print_report(report)
    print_processing(processed)
    click.echo(f"Demo database: {database}")
    if no_serve:
        return
    from councilwatch.cli.serve import run_server

    click.echo(f"Open http://127.0.0.1:{port}/councils/{record.slug}/ to see the demo council.")
    run_server("127.0.0.1", port)
