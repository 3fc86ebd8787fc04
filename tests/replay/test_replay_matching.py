"""Property tests of the matching rules: order, name case and encoding never matter; values always do."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from councilwatch.replay import Recording, write_recording

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=8)
values = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
queries = st.dictionaries(names, values, max_size=4).filter(
    lambda query: len({name.lower() for name in query}) == len(query)
)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory):
    """One directory for all examples: each example rewrites the recording in it."""
    return tmp_path_factory.mktemp("matching")


def encode(query: dict[str, str], *, shout: bool) -> str:
    items = list(query.items())[::-1]  # order differs from the manifest's
    return "&".join(
        f"{quote(name.upper() if shout else name, safe='')}={quote(value, safe='')}" for name, value in items
    )


@settings(max_examples=60, deadline=None)
@given(query=queries, shout=st.booleans())
def test_any_order_case_and_encoding_matches(recorded: Path, query: dict[str, str], shout: bool) -> None:
    recording = Recording(
        write_recording(recorded / "r", [{"path": "/Some Path/page.aspx", "query": query, "body": "ok"}])
    )
    target = "/some%20path/PAGE.aspx" + (f"?{encode(query, shout=shout)}" if query else "")
    assert recording.find(target) is not None


@settings(max_examples=60, deadline=None)
@given(query=queries.filter(bool), extra=values)
def test_a_changed_value_or_an_extra_parameter_never_matches(
    recorded: Path, query: dict[str, str], extra: str
) -> None:
    recording = Recording(write_recording(recorded / "r", [{"path": "/p", "query": query, "body": "ok"}]))
    name = next(iter(query))
    changed = {**query, name: query[name] + "x"}
    assert recording.find(f"/p?{encode(changed, shout=False)}") is None
    with_extra = {**query, "extra-param": extra}
    assert recording.find(f"/p?{encode(with_extra, shout=False)}") is None
