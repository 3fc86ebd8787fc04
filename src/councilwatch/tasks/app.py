"""The Celery application: configuration from the environment, reliability settings, the beat schedule."""

from __future__ import annotations

import os

from celery import Celery
from celery.schedules import crontab

from councilwatch.web import bootstrap

bootstrap.setup()

app = Celery("councilwatch", include=["councilwatch.tasks.celery_tasks"])
app.conf.update(
    broker_url=os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0"),
    result_backend=os.environ.get("CELERY_RESULT_BACKEND") or os.environ.get("CELERY_BROKER_URL"),
    # A task is acknowledged only when it has finished, and a worker that dies mid-task hands it back:
    # together with idempotent jobs this gives at-least-once execution with no duplicates.
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    broker_transport_options={
        "visibility_timeout": int(os.environ.get("COUNCILWATCH_VISIBILITY_TIMEOUT", "3600"))
    },
    task_time_limit=int(os.environ.get("COUNCILWATCH_TASK_TIME_LIMIT", "3600")),
    task_soft_time_limit=int(os.environ.get("COUNCILWATCH_TASK_SOFT_TIME_LIMIT", "3300")),
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    result_expires=86400,
    # Deployments sharing one Redis (or test runs side by side) keep their jobs apart by queue name.
    task_default_queue=os.environ.get("COUNCILWATCH_QUEUE", "councilwatch"),
    timezone="Europe/London",
    enable_utc=True,
    worker_hijack_root_logger=False,
)

app.conf.beat_schedule = {
    # Nightly: crawl every council with full or limited support (limited councils still list meetings).
    "nightly-crawl": {"task": "councilwatch.crawl_all", "schedule": crontab(hour=1, minute=30)},
    # Monday morning: last week's summaries, built and sent.
    "weekly-summaries": {
        "task": "councilwatch.weekly",
        "schedule": crontab(day_of_week="mon", hour=7, minute=0),
    },
    # Daily: professionals' keyword and topic alerts, at most one email a day each.
    "daily-alerts": {"task": "councilwatch.alerts", "schedule": crontab(hour=7, minute=30)},
    # Every few minutes: send queued emails at the configured rate, retrying failures.
    "send-emails": {"task": "councilwatch.send_pending", "schedule": 300.0},
}
