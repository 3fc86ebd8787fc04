"""Kill `councilwatch weekly` with SIGKILL half-way through sending, restart it: everyone gets one copy.

The sender runs as a real separate process against its own database (a SQLite file, or a scratch
PostgreSQL database when the suite runs on PostgreSQL), so nothing is shared with this process but the
database and the SMTP server on 127.0.0.1.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SUBSCRIBERS = 40
WEEKLY = [sys.executable, "-m", "councilwatch", "weekly", "--week", "2024-W26", "--rate", "10"]


@pytest.fixture
def scratch_database(tmp_path):
    """A database URL for the child processes, removed afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'once.sqlite3'}"
        return
    import psycopg

    name = f"cw_once_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _ledger(database_url: str) -> list[tuple]:
    """The child's send ledger, read directly, to explain a failure."""
    query = "SELECT to_email, status, attempts, last_error FROM subscriptions_emailsend ORDER BY id"
    if database_url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as conn:
            return conn.execute(query).fetchall()
    import psycopg

    with psycopg.connect(database_url) as conn:
        return conn.execute(query).fetchall()


def _env(database_url: str, port: int, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        COUNCILWATCH_DATA_DIR=str(data_dir),
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(port),
        EMAIL_USE_TLS="false",
        COUNCILWATCH_SITE_URL="https://councilwatch.test",
        DJANGO_SETTINGS_MODULE="councilwatch.web.settings",
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src"), env.get("PYTHONPATH", "")]),
    )
    return env


@pytest.mark.slow
def test_killed_sender_restarts_and_everyone_gets_exactly_one_copy(smtp_server, scratch_database, tmp_path):
    inbox, port = smtp_server
    env = _env(scratch_database, port, tmp_path / "data")
    seed = [sys.executable, "-m", "tests.web.subscriptions.once_seed", str(SUBSCRIBERS)]
    subprocess.run(seed, env=env, cwd=ROOT, check=True, capture_output=True, timeout=300)

    sender = subprocess.Popen(WEEKLY, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while inbox.count() < 10:
        if sender.poll() is not None:
            pytest.fail(f"sender ended before it could be killed: {sender.stderr.read().decode()[-2000:]}")
        assert time.monotonic() < deadline, "sender never got going"
        time.sleep(0.005)
    os.kill(sender.pid, signal.SIGKILL)
    sender.wait(timeout=30)
    assert sender.returncode == -signal.SIGKILL
    killed_at = inbox.count()
    assert 10 <= killed_at < SUBSCRIBERS, "the kill must land mid-run for this test to mean anything"

    finished = subprocess.run(WEEKLY, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert "0 emails queued" in finished.stdout  # the digest and its ledger rows survived the kill

    expected = {f"person{i:03d}@example.org": 1 for i in range(SUBSCRIBERS)}
    got = Counter(m.to for m in inbox.messages)
    assert got == expected, (killed_at, [row for row in _ledger(scratch_database) if got[row[0]] != 1])
    assert all("Cabinet agreed a recycling contract." in m.part("plain") for m in inbox.messages)

    again = subprocess.run(WEEKLY, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "Sent 0;" in again.stdout
    assert inbox.count() == SUBSCRIBERS
