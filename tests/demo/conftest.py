"""Fixtures over the recorded demo council as the package ships it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from defusedxml import ElementTree
from demo_recording import RECORDING, responses_for


@pytest.fixture(scope="session")
def recording() -> Path:
    return RECORDING


@pytest.fixture(scope="session")
def manifest() -> dict:
    return json.loads((RECORDING / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads((RECORDING / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def meetings_xml(manifest: dict) -> dict[str, object]:
    """GetMeeting responses parsed, keyed by meeting id."""
    out = {}
    for entry in responses_for(manifest, "/mgWebService.asmx/GetMeeting"):
        out[entry["query"]["lMeetingId"]] = ElementTree.parse(RECORDING / entry["file"]).getroot()
    return out
