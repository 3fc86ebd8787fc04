"""`councilwatch worker` and `councilwatch beat`: Celery, configured from the environment."""

from __future__ import annotations

import os

import click


def _celery_argv(*args: str) -> None:
    if not os.environ.get("CELERY_BROKER_URL"):
        raise click.ClickException(
            "Set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0) to run workers; without it every job "
            "runs inline in the command that starts it."
        )
    from councilwatch.tasks.app import app

    app.start(["--app", "councilwatch.tasks.app:app", *args])


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--concurrency", "-c", default=1, show_default=True, help="Processes in this worker.")
@click.option("--loglevel", default="info", show_default=True)
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def worker(concurrency: int, loglevel: str, celery_args: tuple[str, ...]) -> None:
    """Run a Celery worker for crawls, documents, summaries and emails (needs CELERY_BROKER_URL).

    Extra arguments go to `celery worker`.
    """
    _celery_argv("worker", f"--concurrency={concurrency}", f"--loglevel={loglevel}", *celery_args)


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--loglevel", default="info", show_default=True)
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def beat(loglevel: str, celery_args: tuple[str, ...]) -> None:
    """Run the scheduler: nightly crawls, weekly summaries, daily alerts, emails (needs CELERY_BROKER_URL).

    Run exactly one beat per deployment. Extra arguments go to `celery beat`.
    """
    _celery_argv("beat", f"--loglevel={loglevel}", *celery_args)
