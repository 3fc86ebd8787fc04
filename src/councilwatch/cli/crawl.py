from __future__ import annotations

import json
import sys

import click

DATE = click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"])


@click.command()
@click.argument("code")
@click.option(
    "--since", type=DATE, help="First meeting date (YYYY-MM-DD). Default: continue from the last crawl."
)
@click.option("--until", type=DATE, help="Last meeting date. Default: four months ahead.")
@click.option("--base-url", help="Crawl this address instead of the registry's (e.g. a replay server).")
@click.option("--gap", type=float, help="Seconds between requests to one host (default 1, from settings).")
@click.option("--meetings-only", is_flag=True, help="Stop after the meetings: no documents, no summaries.")
@click.option("--no-summaries", is_flag=True, help="Fetch and extract documents but write no summaries.")
@click.option("--json", "as_json", is_flag=True, help="Print the end report as JSON.")
def crawl(
    code: str,
    since,
    until,
    base_url: str | None,
    gap: float | None,
    meetings_only: bool,
    no_summaries: bool,
    as_json: bool,
) -> None:
    """Crawl one council into the database: committees, meetings, items, attendance, then its documents
    (downloaded, split into page-anchored passages) and a checked summary of each meeting with minutes.

    CODE is the council's registry code (see `councilwatch councils`), e.g. COV. Re-running is safe and cheap:
    unchanged meetings are skipped and conditional requests avoid downloading what has not changed.
    """
    from councilwatch.cli.progress import PhaseProgress
    from councilwatch.core.registry import find_council
    from councilwatch.web import bootstrap

    record = find_council(code)
    if record is None:
        raise click.ClickException(f"No council with code {code!r}. Try: councilwatch councils --search NAME")
    bootstrap.ready()
    from councilwatch.web.councils.crawling import UnsupportedPlatform, make_fetcher
    from councilwatch.web.councils.crawling import crawl as run_crawl

    fetcher = make_fetcher(gap=gap)
    try:
        with PhaseProgress(PHASES, enabled=not as_json) as progress:
            report = run_crawl(
                record,
                since=since.date() if since else None,
                until=until.date() if until else None,
                base_url=base_url,
                fetcher=fetcher,
                progress=progress,
            )
            processed = None
            if not meetings_only:
                processed = process(record, fetcher, base_url, summaries=not no_summaries, progress=progress)
    except UnsupportedPlatform as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        data = report.as_json()
        if processed is not None:
            data["processing"] = processed.as_json()
        click.echo(json.dumps(data, indent=2))
    else:
        print_report(report)
        if processed is not None:
            print_processing(processed)
    if report.committees == 0 and report.errors:
        sys.exit(1)


PHASES = {
    "listing": "Listing committees",
    "meetings": "Meetings        ",
    "processing": "Documents and summaries",
}


def process(record, fetcher, base_url: str | None, *, summaries: bool = True, progress=None):
    from councilwatch.web.councils.crawling import council_fetcher
    from councilwatch.web.councils.models import Council
    from councilwatch.web.councils.pipeline import process_council

    council = Council.objects.get(slug=record.slug)
    return process_council(
        council, council_fetcher(record, fetcher, base_url), summaries=summaries, progress=progress
    )


def print_processing(processed) -> None:
    data = processed.as_json()
    d = data["documents"]
    summaries = ", ".join(f"{n} {outcome}" for outcome, n in sorted(data["summaries"].items())) or "none"
    click.echo(
        f"documents: {d['fetched']} extracted ({d['pages']} pages), {d['unchanged']} unchanged, "
        f"{d['restricted']} restricted, {d['failed']} failed; {data['passages']} passages; "
        f"summaries: {summaries}"
    )
    for problem in data["problems"][:10]:
        click.echo(f"  document: {problem['url']} — {problem['reason']}", err=True)


def print_report(report) -> None:
    data = report.as_json()
    m = data["meetings"]
    click.echo(
        f"{report.council}: {data['committees']} committees; meetings {m['new']} new, "
        f"{m['updated']} updated, {m['unchanged']} unchanged, {m['failed']} failed; {data['items']} items, "
        f"{data['documents']} documents, {data['attendees']} attendees"
    )
    for error in data["errors"][:20]:
        click.echo(f"  failed: {error['url']} — {error['reason']}", err=True)
    if len(data["errors"]) > 20:
        click.echo(f"  … and {len(data['errors']) - 20} more failures", err=True)
