"""Paths and small readers for the recorded demo council, shared by the tests in this folder.

(A uniquely named module rather than ``conftest``: several test folders have a conftest.py, and a plain
``from conftest import`` would pick whichever was imported first.)
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from defusedxml import ElementTree

RECORDING = Path(str(files("councilwatch") / "data" / "demo"))
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "moderngov" / "DemocracyClub_LGSF" / "minutes"


def responses_for(manifest: dict, path: str) -> list[dict]:
    return [r for r in manifest["responses"] if r["path"].lower() == path.lower()]


def xml_root(name: str):
    return ElementTree.parse(RECORDING / "ws" / name).getroot()
