"""`councilwatch demand`: rank councils by demand and enable the top ones that fit the monthly budget."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

import click


def _money(value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise click.BadParameter(f"not an amount of money: {value!r}", param_hint="--budget") from exc
    if amount < 0:
        raise click.BadParameter("the budget cannot be negative", param_hint="--budget")
    return amount


@click.command()
@click.option(
    "--budget", metavar="GBP", help="Monthly budget in pounds (default: COUNCILWATCH_MONTHLY_BUDGET_GBP)."
)
@click.option("--dry-run", is_flag=True, help="Show the plan without changing any council.")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@click.option("--top", type=click.IntRange(1), default=30, show_default=True, help="Rows to print.")
def demand(budget: str | None, dry_run: bool, as_json: bool, top: int) -> None:
    """Rank councils by demand (subscribers, professionals, support requests) and set their support level.

    Councils are enabled in rank order while their estimated monthly cost fits the budget; admin overrides
    always win. Subscribers of a newly enabled council get a welcome email (sent by `councilwatch weekly`).
    """
    from councilwatch.web import bootstrap

    bootstrap.ready()
    from councilwatch.web.subscriptions.demand import apply_demand

    plan = apply_demand(_money(budget), dry_run=dry_run)
    if as_json:
        click.echo(json.dumps({**plan.as_json(), "applied": not dry_run}, indent=2))
        return
    click.echo(f"Budget £{plan.budget}/month; planned spend £{plan.committed}/month.")
    click.echo(f"{'#':>3}  {'council':<40} {'score':>5} {'£/month':>8}  now → plan    reason")
    for rank, row in enumerate(plan.councils[:top], start=1):
        click.echo(
            f"{rank:>3}  {row.name[:40]:<40} {row.score:>5} {row.monthly_cost:>8}  "
            f"{row.current:<7}→ {row.planned:<7} {row.reason}"
        )
    changes = plan.changes()
    verb = "Would change" if dry_run else "Changed"
    click.echo(
        f"{verb} {len(changes)} council(s)."
        + "".join(f"\n  {r.name}: {r.current} → {r.planned}" for r in changes)
    )
