"""Start real Celery workers (subprocesses) against the local Redis and the test's PostgreSQL database."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import redis
from django.db import connection

BROKER = os.environ.get("COUNCILWATCH_TEST_BROKER", "redis://127.0.0.1:6379/9")
# One queue per test process: parallel test processes (pytest -n) and parallel runs share the Redis server,
# and a worker must never take a job meant for another test's database.
QUEUE = f"councilwatch-test-{os.getpid()}"


def database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def worker_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url(),
        CELERY_BROKER_URL=BROKER,
        CELERY_RESULT_BACKEND=BROKER,
        COUNCILWATCH_DATA_DIR=str(data_dir),
        COUNCILWATCH_RAW_DIR=str(data_dir / "raw"),
        COUNCILWATCH_QUEUE=QUEUE,
        **extra,
    )
    return env


def flush_broker() -> None:
    """Empty this process's queue (and its unacknowledged jobs); other processes' queues are not ours."""
    client = redis.Redis.from_url(BROKER)
    client.delete(QUEUE)


def configure_client() -> object:
    """The test process's own Celery app, pointed at the test broker."""
    os.environ["CELERY_BROKER_URL"] = BROKER
    from councilwatch.tasks import celery_tasks  # noqa: F401  (registers the tasks)
    from councilwatch.tasks.app import app

    app.conf.broker_url = BROKER
    app.conf.result_backend = BROKER
    app.conf.task_default_queue = QUEUE
    return app


@contextmanager
def running_worker(data_dir: Path, *, name: str = "w1", concurrency: int = 1, **extra_env: str):
    log = open(data_dir / f"{name}.log", "w")  # noqa: SIM115  (kept open for the worker's lifetime)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "councilwatch",
            "worker",
            "-c",
            str(concurrency),
            "--loglevel=info",
            "-n",
            f"{name}@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        env=worker_env(data_dir, **extra_env),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so a kill takes the pool children too
    )
    try:
        yield process
    finally:
        kill(process)
        log.close()


def kill(process: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        process.wait(timeout=30)


def wait_for(condition, timeout: float = 60.0, every: float = 0.1) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    raise TimeoutError("condition not met in time")
