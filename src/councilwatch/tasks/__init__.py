"""The only code that knows Celery.

Embedded mode (the default) runs every job inline, in the calling process. When ``CELERY_BROKER_URL`` is
set, ``dispatch`` queues jobs for ``councilwatch worker`` processes instead. The jobs themselves are the same
plain functions either way (``councilwatch.tasks.jobs``), each idempotent, so a job delivered twice — after a
worker was killed mid-task — does no harm.
"""

from __future__ import annotations

import os


def scale_mode() -> bool:
    return bool(os.environ.get("CELERY_BROKER_URL"))


def dispatch(job_name: str, *args: object):
    """Run a job inline, or queue it on a worker when Celery is configured. Returns the job's result
    (inline) or the Celery AsyncResult."""
    from councilwatch.tasks import jobs

    if scale_mode():
        import councilwatch.tasks.celery_tasks  # noqa: F401  (registers the tasks)
        from councilwatch.tasks.app import app

        return app.tasks[f"councilwatch.{job_name}"].delay(*args)
    return getattr(jobs, job_name)(*args)
