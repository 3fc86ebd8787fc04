from __future__ import annotations

import click


@click.command()
@click.option("--verbose", is_flag=True, help="Show each migration as it is applied.")
def init(verbose: bool) -> None:
    """Create or migrate the database and load the council registry (safe to run again).

    The database is DATABASE_URL, or by default a SQLite file in your user data directory.
    """
    from councilwatch.web import bootstrap

    bootstrap.setup()
    bootstrap.migrate(verbosity=1 if verbose else 0)
    written = bootstrap.load_registry(force=True)

    from django.conf import settings

    from councilwatch.web.councils.models import Council

    db = settings.DATABASES["default"]
    where = db["NAME"] if db["ENGINE"].endswith("sqlite3") else f"{db['HOST']}/{db['NAME']}"
    click.echo(f"Database ready: {where}")
    click.echo(
        f"Councils in the registry: {Council.objects.filter(demo=False).count()} ({written} added or updated)"
    )
