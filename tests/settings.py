"""The production settings, with everything a test writes kept in a temporary directory.

Loaded by pytest-django before any conftest runs, so the data directory is decided here. SQLite tests use a
file (in WAL mode, like production) rather than an in-memory database: threads and subprocesses in the
tests then see the same database with the same locking as a real deployment.
"""

import os
import tempfile

os.environ.setdefault("COUNCILWATCH_DATA_DIR", tempfile.mkdtemp(prefix="councilwatch-test-"))

from councilwatch.web.settings import *  # noqa: F403
from councilwatch.web.settings import DATA_DIR, DATABASES

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

from councilwatch.web.settings import STATIC_ROOT

STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise expects it; tests find static files in the apps
WHITENOISE_USE_FINDERS = True
