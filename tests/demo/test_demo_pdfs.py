"""Every PDF of the demo council opens, and every page carries the running header and page footer."""

from __future__ import annotations

import re
from datetime import datetime

import pypdfium2 as pdfium
import pytest
from demo_recording import RECORDING

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
HEADER = re.compile(
    rf"^Fernmoor Borough Council – (?P<committee>[^–]+) – (?P<date>\d{{1,2}} ({MONTHS}) \d{{4}})$"
)
FOOTER = re.compile(r"^Page (\d+) of (\d+)$")


def pdf_entries(manifest: dict) -> list[dict]:
    return [e for e in manifest["responses"] if e["content_type"] == "application/pdf"]


def page_lines(document: pdfium.PdfDocument) -> list[list[str]]:
    out = []
    for page in document:
        text = page.get_textpage().get_text_range()
        out.append([line.strip() for line in text.replace("\r", "").split("\n") if line.strip()])
    return out


def test_there_are_enough_pages(manifest: dict) -> None:
    total = sum(len(pdfium.PdfDocument(RECORDING / e["file"])) for e in pdf_entries(manifest))
    assert total >= 80


def test_every_page_has_header_and_footer(manifest: dict, expected: dict) -> None:
    committees = {c["title"] for c in expected["committees"]}
    for entry in pdf_entries(manifest):
        document = pdfium.PdfDocument(RECORDING / entry["file"])
        pages = page_lines(document)
        headers = set()
        for number, lines in enumerate(pages, start=1):
            header = HEADER.match(lines[0])
            assert header, (entry["file"], number, lines[0])
            assert header["committee"] in committees
            footer = FOOTER.match(lines[-1])
            assert footer, (entry["file"], number, lines[-1])
            assert (int(footer[1]), int(footer[2])) == (number, len(pages))
            headers.add(lines[0])
        assert len(headers) == 1, f"{entry['file']}: one meeting per document"


def test_meeting_documents_name_their_meeting(manifest: dict, expected: dict) -> None:
    meetings = {m["id"]: m for m in expected["meetings"]}
    for entry in pdf_entries(manifest):
        if "T" not in entry["query"]:
            continue
        meeting = meetings[entry["query"]["ID"]]
        first = page_lines(pdfium.PdfDocument(RECORDING / entry["file"]))[0][0]
        header = HEADER.match(first)
        assert header["committee"] == meeting["committee"]
        assert datetime.strptime(header["date"], "%d %B %Y").date().isoformat() == meeting["date"]


def test_pack_repeats_frontsheet_and_papers(manifest: dict) -> None:
    """A public reports pack is the frontsheet followed by every public paper, as on real sites."""
    packs = [e for e in pdf_entries(manifest) if e["query"].get("T") == "10"]
    assert packs
    for pack in packs:
        meeting_id = pack["query"]["ID"]
        front = next(e for e in pdf_entries(manifest) if e["query"] == {"ID": meeting_id, "T": "0"})
        pack_pages = len(pdfium.PdfDocument(RECORDING / pack["file"]))
        front_pages = len(pdfium.PdfDocument(RECORDING / front["file"]))
        assert 1 <= front_pages <= 2
        assert pack_pages >= front_pages


def test_reports_have_report_structure(manifest: dict) -> None:
    """Numbered headings, numbered paragraphs, bullets and at least one £ table across the papers."""
    text = ""
    for entry in pdf_entries(manifest):
        if entry["path"].startswith("/documents/"):
            document = pdfium.PdfDocument(RECORDING / entry["file"])
            text += "\n".join("\n".join(lines) for lines in page_lines(document))
    assert re.search(r"^1 Purpose of the Report$", text, re.M)
    assert re.search(r"^3\.1 ", text, re.M) or re.search(r"^3\.1$", text, re.M)
    assert "•" in text
    assert re.search(r"£\d{1,3}(,\d{3})+", text)


@pytest.mark.parametrize("kind", ["0", "1"])
def test_frontsheets_and_minutes_open(manifest: dict, kind: str) -> None:
    entries = [e for e in pdf_entries(manifest) if e["query"].get("T") == kind]
    assert entries
    for entry in entries:
        assert len(pdfium.PdfDocument(RECORDING / entry["file"])) >= 1
