"""`councilwatch search` run in-process against the test database (both backends)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from councilwatch.cli.search import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(rows):
    council = rows.council("ZQX", "Quixby Council")
    cabinet = rows.committee(council, "Cabinet")
    meeting = rows.meeting(cabinet, dt.date(2025, 3, 6))
    pack = rows.document(meeting, "Cabinet reports pack", "reports_pack")
    rows.passage(
        meeting,
        "The library <opening> hours will be extended.",
        document=pack,
        page=12,
        heading=["Libraries"],
    )
    rows.passage(rows.meeting(cabinet, dt.date(2024, 1, 9)), "An older note about the library roof.")
    return council


def test_human_output_names_the_source_and_marks_the_match(library) -> None:
    result = CliRunner().invoke(search, ["library hours", "--council", "ZQX"])
    assert result.exit_code == 0, result.output
    assert "1 result for 'library hours' (1 passage)" in result.output
    assert "ZQX · Cabinet · Thu 6 Mar 2025" in result.output
    assert "Cabinet reports pack, page 12\n     under: Libraries\n" in result.output
    assert "The [library] <opening> [hours] will be extended." in result.output


def test_json_output_and_filters(library) -> None:
    result = CliRunner().invoke(
        search, ["library", "--council", "zqx", "--since", "01/01/2025", "--kind", "reports_pack", "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["total"] == 1
    [hit] = payload["hits"]
    assert (hit["page"], hit["document_kind"], hit["meeting_date"]) == (12, "reports_pack", "2025-03-06")
    assert hit["snippet"] == "The <mark>library</mark> &lt;opening&gt; hours will be extended."
    assert len(json.loads(CliRunner().invoke(search, ["library", "--json"]).output)["hits"]) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["library", "--council", "NOWHERE"], "no council with code 'NOWHERE'"),
        (["library", "--since", "2025-05-01", "--until", "2025-04-01"], "is after"),
        (["library", "--kind", "novel"], "'novel' is not one of"),
        (["library", "--since", "yesterday"], "'yesterday' does not match"),
    ],
)
def test_bad_input_is_a_clear_usage_error(library, args: list[str], message: str) -> None:
    result = CliRunner().invoke(search, args)
    assert result.exit_code == 2
    assert message in result.output
