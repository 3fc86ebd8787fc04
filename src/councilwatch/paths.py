"""Where councilwatch keeps its files, decided before Django starts (the demo needs it to pick a database)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    return Path(os.environ.get("COUNCILWATCH_DATA_DIR") or platformdirs.user_data_dir("councilwatch"))
