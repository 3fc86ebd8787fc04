"""`councilwatch replay`: help, argument errors, and a real serve-until-Ctrl-C round trip."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
from click.testing import CliRunner

from councilwatch.cli.replay import replay
from councilwatch.replay import ReplayServer, demo_recording_dir


def test_help_explains_the_fault_spec() -> None:
    result = CliRunner().invoke(replay, ["--help"])
    assert result.exit_code == 0
    for word in (
        "5xx=RATE",
        "429=RATE",
        "retry-after",
        "stall-seconds",
        "truncate",
        "seed",
        "fail=TEXT",
        "wsoff",
    ):
        assert word in result.output, word


def test_bad_fault_spec_is_a_usage_error(moderngov_site: Path) -> None:
    result = CliRunner().invoke(replay, [str(moderngov_site), "--faults", "5xx=2"])
    assert result.exit_code == 2
    assert "between 0 and 1" in result.output


def test_directory_without_a_recording_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(replay, [str(tmp_path), "--port", "0"])
    assert result.exit_code == 1
    assert "no manifest.json" in result.output


def test_serves_until_interrupted(moderngov_site: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable,
        "-m",
        "councilwatch",
        "replay",
        str(moderngov_site),
        "--port",
        "0",
        "--faults",
        "wsoff",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", first_line)
        assert match, first_line
        assert "Fernmoor District Council" in first_line and "7 recorded responses" in first_line
        url = match.group(1)
        assert httpx.get(url + "/robots.txt").status_code == 200
        assert httpx.get(url + "/mgWebService.asmx/GetCommittees").status_code == 404  # wsoff
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert "404 GET /mgWebService.asmx/GetCommittees  [wsoff]" in out
    assert "Stopped after 2 requests." in out


def test_without_a_directory_the_packaged_demo_is_served_or_its_absence_explained() -> None:
    installed = (demo_recording_dir() / "manifest.json").is_file()
    if not installed:
        result = CliRunner().invoke(replay, ["--port", "0"])
        assert result.exit_code == 1
        assert "demo recording is not installed" in result.output
        return
    with ReplayServer() as server:  # no directory: the demo
        recording = server.recording
        assert recording.directory == demo_recording_dir()
        assert len(recording) > 0
        assert httpx.get(server.url + "/nothing-recorded-here").status_code == 404
