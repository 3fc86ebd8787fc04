"""`councilwatch search`: full-text search over every council's minutes, reports and agenda items."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from councilwatch.core.models import DocumentKind

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
KIND_LABELS = {"passage": "passage", "item": "agenda item", "meeting": "committee"}
TITLE_LABELS = {
    "item": "Agenda item whose title matches:",
    "meeting": "Committee whose name matches (latest meeting):",
}


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


@click.command()
@click.argument("query")
@click.option(
    "--council", metavar="CODE", help="Only this council (its code, e.g. from `councilwatch councils`)."
)
@click.option(
    "--committee", "committee_id", type=int, metavar="ID", help="Only this committee (database id)."
)
@click.option(
    "--since", type=click.DateTime(DATE_FORMATS), help="Meetings on or after this date (YYYY-MM-DD)."
)
@click.option("--until", type=click.DateTime(DATE_FORMATS), help="Meetings on or before this date.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice([k.value for k in DocumentKind]),
    help="Only passages of this kind of document (repeatable); leaves out agenda item and committee hits.",
)
@click.option("--limit", type=click.IntRange(1, 100), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0, 999), default=0, help="Skip this many results (paging).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (snippets are HTML with <mark>).")
def search(
    query: str,
    council: str | None,
    committee_id: int | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    kinds: tuple[str, ...],
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """Search minutes, report packs, agenda item titles and committee names across every council.

    QUERY takes words (all must match; "councillors" also finds "councillor"), "quoted phrases",
    prefix* words, -excluded words and OR between alternatives. Dates are YYYY-MM-DD or DD/MM/YYYY.
    """
    from councilwatch.web import bootstrap

    bootstrap.ready()
    from councilwatch.web.search.api import SearchError
    from councilwatch.web.search.api import search as run_search

    try:
        page = run_search(
            query,
            council=council,
            committee_id=committee_id,
            since=_date(since),
            until=_date(until),
            document_kinds=kinds,
            limit=limit,
            offset=offset,
        )
    except SearchError as exc:
        raise click.UsageError(str(exc)) from exc

    if as_json:
        payload = {
            "query": query,
            "total": page.total,
            "totals": page.totals,
            "total_exact": page.total_exact,
            "offset": offset,
            "hits": [hit.as_dict() for hit in page.hits],
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    click.echo(render(query, page, offset=offset, bold=sys.stdout.isatty()))


def render(query: str, page, *, offset: int = 0, bold: bool = False) -> str:
    """Human-readable results: where each hit comes from, then its snippet with the matches marked."""
    from councilwatch.web.search.snippets import to_plain

    start, end = ("\x1b[1m", "\x1b[22m") if bold else ("[", "]")  # bold on, bold off
    counts = ", ".join(f"{n:,} {KIND_LABELS[k]}{'s' if n != 1 else ''}" for k, n in page.totals.items() if n)
    about = "" if page.total_exact else "about "
    heading = f"{about}{page.total:,} result{'s' if page.total != 1 else ''} for {query!r}"
    lines = [heading + (f" ({counts})" if counts else "")]
    for number, hit in enumerate(page.hits, start=offset + 1):
        when = f"{hit.meeting_date:%a} {hit.meeting_date.day} {hit.meeting_date:%b %Y}"
        lines.append("")
        lines.append(f"{number:>3}. {hit.council_code} · {hit.committee_title} · {when}")
        if hit.kind == "passage":
            source = hit.document_title or "Minutes (meeting web page)"
            if hit.page:
                source += f", page {hit.page}"
            if hit.item_title:
                source += f" · item: {hit.item_title}"
            lines.append(f"     {source}")
            if hit.heading_path:  # the match may be in the heading the passage sits under
                lines.append(f"     under: {' › '.join(hit.heading_path)}")
        else:
            lines.append(f"     {TITLE_LABELS[hit.kind]}")
        lines.append(f"     {to_plain(hit.snippet, start, end)}")
    return "\n".join(lines)
