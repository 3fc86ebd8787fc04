"""`councilwatch --help` lists every command, and each command explains itself."""

import subprocess
import sys

import pytest

from councilwatch.cli import COMMANDS


def run(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "councilwatch", *args], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_help_lists_every_registered_command():
    listed = run("--help")
    missing = [name for name in COMMANDS if f"\n  {name} " not in listed]
    assert missing == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_has_its_own_help(name):
    text = run(name, "--help")
    assert text.startswith(f"Usage: python -m councilwatch {name}")
    assert len(text.split("\n\n")[1].strip()) > 30  # a description, not just usage
