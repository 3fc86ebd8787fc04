"""`councilwatch extract FILE [--json]` on real files, as a user would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import councilpdf as gen
from click.testing import CliRunner

from councilwatch.cli.extract import extract


def test_pdf_passages_printed_with_pages_and_headings(tmp_path: Path) -> None:
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(gen.reports_pack([gen.BUDGET_REPORT]))
    result = CliRunner().invoke(extract, [str(pdf)])
    assert result.exit_code == 0, result.output
    assert (
        "p.2 numbered 2.2  (Report to Cabinet: Revenue Budget Monitoring, Quarter 2 › 2 Recommendations)"
        in (result.output)
    )
    assert "    Adult social care | £84,200,000 | £86,100,000" in result.output
    assert result.output.rstrip().endswith("ok: 25 passages from 2 pages")


def test_json_shape(tmp_path: Path) -> None:
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(gen.reports_pack([gen.BUDGET_REPORT]))
    result = CliRunner().invoke(extract, [str(pdf), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) == {"status", "reason", "pages", "passages"}
    assert (data["status"], data["pages"]) == ("ok", 2)
    first = data["passages"][0]
    assert set(first) == {
        "ordinal",
        "page",
        "kind",
        "number",
        "heading_path",
        "text",
        "char_start",
        "char_end",
    }
    numbered = next(p for p in data["passages"] if p["number"] == "2.1")
    assert numbered["kind"] == "numbered" and numbered["page"] == 2
    assert numbered["heading_path"] == [
        "Report to Cabinet: Revenue Budget Monitoring, Quarter 2",
        "2 Recommendations",
    ]


def test_html_and_text_files(tmp_path: Path) -> None:
    html = tmp_path / "minutes.html"
    html.write_text("<p><b>Apologies</b></p><p>RESOLVED that the minutes be approved.</p>", encoding="utf-8")
    data = json.loads(CliRunner().invoke(extract, [str(html), "--json"]).output)
    assert [(p["kind"], p["page"]) for p in data["passages"]] == [("heading", None), ("resolution", None)]
    txt = tmp_path / "minutes.txt"
    txt.write_text("1) Notes the report.\n2) Agrees the plan.\n", encoding="utf-8")
    data = json.loads(CliRunner().invoke(extract, [str(txt), "--json"]).output)
    assert [p["number"] for p in data["passages"]] == ["1)", "2)"]


def test_bad_input_exits_1_with_the_reason(tmp_path: Path) -> None:
    fake = tmp_path / "report.pdf"
    fake.write_bytes(b"<!DOCTYPE html><html><body>Access denied</body></html>")
    # Run the real installed command line in a child process, as a user would.
    done = subprocess.run(
        [sys.executable, "-m", "councilwatch", "extract", str(fake), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["status"] == "not_pdf"
    assert "web page (HTML)" in done.stderr
    plain = CliRunner().invoke(extract, [str(fake)])
    assert plain.exit_code == 1 and "not_pdf: 0 passages. The file is a web page (HTML)" in plain.output
