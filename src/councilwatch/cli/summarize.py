from __future__ import annotations

import json

import click


@click.command()
@click.argument("code")
@click.option("--meeting", "meeting_id", help="Only this meeting (its id on the council's site).")
@click.option(
    "--engine",
    type=click.Choice(["structured", "llm"]),
    default="structured",
    show_default=True,
    help="structured: offline and free. llm: an OpenAI-compatible API (COUNCILWATCH_LLM_* settings).",
)
@click.option("--force", is_flag=True, help="Rewrite summaries even when their minutes have not changed.")
@click.option("--json", "as_json", is_flag=True, help="Print counts as JSON.")
def summarize(code: str, meeting_id: str | None, engine: str, force: bool, as_json: bool) -> None:
    """Write checked summaries of a council's stored meetings (run after `councilwatch crawl`).

    Every sentence cites the passages it came from and passes the verifier; sentences that fail are dropped.
    """
    from councilwatch.cli.progress import PhaseProgress
    from councilwatch.core.registry import find_council
    from councilwatch.web import bootstrap

    record = find_council(code)
    if record is None:
        raise click.ClickException(f"No council with code {code!r}.")
    bootstrap.ready()
    from councilwatch.core.summarize.llm import LLMConfig
    from councilwatch.web.councils.models import Meeting, Summary
    from councilwatch.web.councils.summaries import summarize_meeting

    meetings = (
        Meeting.objects.filter(council__slug=record.slug).exclude(status="cancelled").order_by("starts_at")
    )
    if meeting_id:
        meetings = meetings.filter(external_id=meeting_id)
        if not meetings.exists():
            raise click.ClickException(f"{record.name} has no stored meeting {meeting_id!r}.")
    llm = LLMConfig.from_env() if engine == "llm" else None
    if force:
        Summary.objects.filter(meeting__in=meetings).delete()
    counts: dict[str, int] = {}
    meetings = list(meetings)
    with PhaseProgress({"summaries": f"Summarizing {record.name}"}, enabled=not as_json) as progress:
        for number, meeting in enumerate(meetings, 1):
            outcome = summarize_meeting(meeting, engine=engine, llm=llm)
            counts[outcome] = counts.get(outcome, 0) + 1
            progress("summaries", number, len(meetings))
    if as_json:
        click.echo(json.dumps({"council": record.code, "meetings": len(meetings), "results": counts}))
    else:
        click.echo(
            f"{record.code}: {len(meetings)} meetings — " + ", ".join(f"{n} {k}" for k, n in counts.items())
        )
