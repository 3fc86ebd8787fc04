"""The generator rebuilds the shipped recording byte for byte, and refuses inconsistent data."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from demo_recording import RECORDING

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts" / "demo"


@pytest.mark.slow
def test_rebuild_gives_the_same_bytes(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "build.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shipped = {p.relative_to(RECORDING).as_posix(): p for p in RECORDING.rglob("*") if p.is_file()}
    rebuilt = {p.relative_to(out).as_posix(): p for p in out.rglob("*") if p.is_file()}
    assert sorted(rebuilt) == sorted(shipped)
    different = [name for name, path in rebuilt.items() if path.read_bytes() != shipped[name].read_bytes()]
    assert different == [], "the shipped recording is stale: run python scripts/demo/build.py"


@pytest.fixture
def fernmoor(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    from fernmoor import assemble, markup, model

    return assemble, markup, model


def test_a_cancelled_meeting_with_items_is_refused(fernmoor) -> None:
    assemble, _, model = fernmoor
    meeting = model.MeetingDef(101, date(2026, 10, 1), model.State.CANCELLED, items=[model.Item("Minutes")])
    with pytest.raises(ValueError, match="cancelled meeting has no published items"):
        assemble._check(meeting)


def test_minutes_before_publication_are_refused(fernmoor) -> None:
    assemble, _, model = fernmoor
    item = model.Item("Budget", agenda="Report of the Director", minutes="RESOLVED that the report be noted.")
    meeting = model.MeetingDef(101, date(2026, 11, 10), model.State.HELD, items=[item])
    with pytest.raises(ValueError, match="minutes before they are published"):
        assemble._check(meeting)


def test_unknown_cross_reference_is_refused(fernmoor) -> None:
    assemble, _, _ = fernmoor
    with pytest.raises(ValueError, match="unknown cross-reference"):
        assemble._resolve("Further to Minute {minute:nowhere}", {})


def test_markup_refuses_a_list_mixing_styles(fernmoor) -> None:
    _, markup, _ = fernmoor
    with pytest.raises(ValueError, match="list mixes"):
        markup.parse("· first point\n- second point")
    blocks = markup.parse("RESOLVED that:-\n\n1) Notes it.\n2) Agrees it.")
    assert [b.kind for b in blocks] == ["resolved", "clauses"]
    assert blocks[1].labels == ("1)", "2)")
