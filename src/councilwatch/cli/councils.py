from __future__ import annotations

import json

import click

from councilwatch.core.models import Platform


@click.command()
@click.option(
    "--platform", type=click.Choice([p.value for p in Platform]), help="Only councils on this platform."
)
@click.option("--search", "text", default="", help="Only councils whose code, name or address contains TEXT.")
@click.option("--current", is_flag=True, help="Hide abolished councils and those with no working scraper.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def councils(platform: str | None, text: str, current: bool, as_json: bool) -> None:
    """List the UK councils councilwatch knows about (435, from the packaged registry)."""
    from councilwatch.core.registry import load_registry, search_councils

    found = search_councils(load_registry(), text=text, platform=platform or "")
    if current:
        found = [c for c in found if c.current]
    if as_json:
        rows = [
            {
                "code": c.code,
                "name": c.name,
                "nation": c.nation,
                "platform": c.platform.value,
                "base_url": c.base_url,
                "current": c.current,
            }
            for c in found
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    for c in found:
        status = "" if c.current else "  (not current)"
        click.echo(f"{c.code:<8} {c.platform.value:<10} {c.name}  {c.base_url}{status}")
    click.echo(f"{len(found)} council{'s' if len(found) != 1 else ''}", err=True)
