from pathlib import Path

import pytest

from councilwatch.core.analyse.document import SourcePassage

SAMPLES = Path(__file__).parent / "samples"


def line_passages(text: str, source: str = "minutes.txt") -> list[SourcePassage]:
    """One passage per non-empty line: how a simple extractor cuts a plain-text file."""
    lines = [line for line in text.splitlines() if line.strip()]
    return [SourcePassage(f"p{i}", source, f"line {i}", line) for i, line in enumerate(lines, start=1)]


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def passages_of_sample():
    def load(name: str) -> list[SourcePassage]:
        return line_passages((SAMPLES / name).read_text("utf-8"), name)

    return load


@pytest.fixture(name="line_passages")
def line_passages_fixture():
    return line_passages
