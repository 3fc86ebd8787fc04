"""`councilwatch weekly`: build each fully supported council's weekly summary and send it (for cron)."""

from __future__ import annotations

import click


@click.command()
@click.option(
    "--week", metavar="YYYY-Www", help="ISO week, e.g. 2024-W26 (default: last full week, UK time)."
)
@click.option("--send/--no-send", default=True, show_default=True, help="Send queued emails after building.")
@click.option("--limit", type=click.IntRange(1), help="Send at most this many emails in this run.")
@click.option("--rate", type=float, help="Emails per second (default: COUNCILWATCH_SEND_RATE; 0 = no limit).")
@click.option("--workers", type=click.IntRange(1, 32), help="Parallel SMTP connections (default: setting).")
def weekly(week: str | None, send: bool, limit: int | None, rate: float | None, workers: int | None) -> None:
    """Build the week's summaries, queue one email per subscriber, and send what is pending.

    Safe to run again, or after a crash: a digest is built once per council and week, and every
    subscriber gets it exactly once (see the send ledger in the admin).
    """
    from councilwatch.web import bootstrap

    bootstrap.ready()
    from councilwatch.web.subscriptions import digests, sending

    try:
        target = digests.Week.parse(week) if week else digests.last_complete_week()
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--week") from exc
    built = digests.build_weekly_digests(target)
    new = sum(b.created for b in built)
    queued = sum(b.queued for b in built)
    click.echo(f"Week {target}: {len(built)} councils, {new} new summaries, {queued} emails queued.")
    if send:
        report = sending.send_pending(limit, rate=rate, workers=workers)
        click.echo(
            f"Sent {report.sent}; {report.retry} to retry later; {report.failed} failed; "
            f"{report.skipped} skipped (unsubscribed)."
        )
