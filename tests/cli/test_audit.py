"""`councilwatch audit` on real files: text, HTML and PDF sources, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF

from councilwatch.cli import main

DATA = Path(__file__).parent.parent / "core" / "verify" / "data"
MINUTES = (DATA / "ashvale-scrutiny-2025-02-12.txt").read_text(encoding="utf-8")
SUMMARY = DATA / "ashvale-summary-by-others.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["audit", *args])
    return result.exit_code, result.stdout, result.stderr


def by_start(report: dict, start: str) -> dict:
    return next(s for s in report["sentences"] if s["text"].startswith(start))


def test_json_report_for_a_text_source() -> None:
    code, out, _ = run(
        "--summary", str(SUMMARY), "--source", str(DATA / "ashvale-scrutiny-2025-02-12.txt"), "--json"
    )
    assert code == 0
    report = json.loads(out)
    assert report["summary"]["sentences"] == 7
    assert not by_start(report, "The committee approved")["supported"]
    assert by_start(report, "Members agreed the Work Programme")["supported"]
    assert report["sources"] == [{"name": "ashvale-scrutiny-2025-02-12.txt", "status": "ok", "reason": ""}]


def test_text_report_names_failures() -> None:
    code, out, _ = run("--summary", str(SUMMARY), "--source", str(DATA / "ashvale-scrutiny-2025-02-12.txt"))
    assert code == 0
    assert "[FAIL] The committee approved the draft Ashvale Community Safety Plan 2025-2028." in out
    assert "outcome_mismatch" in out and "quote_not_found" in out
    assert out.rstrip().endswith("sentences supported by the sources; 3 not.")


def test_html_source(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in MINUTES.splitlines() if line.strip())
    page = tmp_path / "minutes.html"
    page.write_text(f"<html><body><div class='mgContent'>{paragraphs}</div></body></html>", encoding="utf-8")
    code, out, _ = run("--summary", str(SUMMARY), "--source", str(page), "--json")
    assert code == 0
    report = json.loads(out)
    assert "outcome_mismatch" in {f["code"] for f in by_start(report, "The committee approved")["failures"]}
    assert by_start(report, "A decision on closing Ashvale Library")["supported"]


def _pdf(path: Path, text: str) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.replace("–", "-").replace("•", "-").splitlines():
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_source(tmp_path: Path) -> None:
    source = tmp_path / "printed-minutes.pdf"
    _pdf(source, MINUTES)
    code, out, _ = run("--summary", str(SUMMARY), "--source", str(source), "--json")
    assert code == 0, out
    report = json.loads(out)
    assert report["sources"][0]["status"] == "ok"
    assert not by_start(report, "The committee approved")["supported"]
    assert "number_mismatch" in {f["code"] for f in by_start(report, "The library closure")["failures"]}


def test_unreadable_source_is_reported_and_the_rest_used(tmp_path: Path) -> None:
    broken = tmp_path / "pack.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a PDF\n")
    good = DATA / "ashvale-scrutiny-2025-02-12.txt"
    code, out, err = run("--summary", str(SUMMARY), "--source", str(broken), "--source", str(good), "--json")
    assert code == 0
    assert "pack.pdf: not used" in err
    report = json.loads(out)
    assert report["sources"][0]["name"] == "pack.pdf" and report["sources"][0]["status"] != "ok"
    assert report["summary"]["sentences"] == 7


def test_no_readable_source_fails_clearly(tmp_path: Path) -> None:
    broken = tmp_path / "pack.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot a PDF\n")
    code, _, err = run("--summary", str(SUMMARY), "--source", str(broken))
    assert code == 1
    assert "none of the sources could be read" in err


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "notes.docx", "unsupported file type .docx"),
        (lambda d: d / "missing.txt", "does not exist"),
    ],
)
def test_bad_source_arguments(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    if path.suffix == ".docx":
        path.write_bytes(b"PK\x03\x04")
    code, _, err = run("--summary", str(SUMMARY), "--source", str(path))
    assert code == 2
    assert message in err


def test_empty_summary(tmp_path: Path) -> None:
    empty = tmp_path / "summary.txt"
    empty.write_text("  \n", encoding="utf-8")
    code, _, err = run("--summary", str(empty), "--source", str(DATA / "ashvale-scrutiny-2025-02-12.txt"))
    assert code == 1
    assert "the summary is empty" in err
