"""Every kind of bad PDF gets a status and a plain-English reason, and the next document still works."""

from __future__ import annotations

import time

import councilpdf as gen
import pytest

from councilwatch.core.extract.pdf import extract_pdf
from councilwatch.core.models import ExtractStatus


@pytest.fixture(scope="module")
def good_pack() -> bytes:
    return gen.reports_pack([gen.BUDGET_REPORT])


def test_password_protected_pdf_is_encrypted() -> None:
    result = extract_pdf(gen.encrypted())
    assert result.status is ExtractStatus.ENCRYPTED
    assert "password" in result.reason
    assert result.passages == ()


def test_garbage_after_a_pdf_header_is_corrupt() -> None:
    result = extract_pdf(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert result.status is ExtractStatus.CORRUPT
    assert result.reason.startswith("The PDF is damaged and could not be opened")


def test_truncated_download_is_corrupt_and_says_truncated(good_pack: bytes) -> None:
    result = extract_pdf(good_pack[: len(good_pack) // 2])
    assert result.status is ExtractStatus.CORRUPT
    assert "truncated" in result.reason


def test_zero_page_pdf_is_empty() -> None:
    result = extract_pdf(gen.handmade_pdf(0))
    assert (result.status, result.reason) == (ExtractStatus.EMPTY, "The PDF has no pages.")


def test_empty_file_is_empty() -> None:
    result = extract_pdf(b"")
    assert result.status is ExtractStatus.EMPTY and "0 bytes" in result.reason


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"<!DOCTYPE html><html><body><h1>Service unavailable</h1></body></html>", "web page (HTML)"),
        (b"\r\n  <html><head><title>Login</title></head></html>", "web page (HTML)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000, "Word 97-2003"),
        (b"PK\x03\x04" + b"\x00" * 200 + b"word/document.xml", "Word .docx"),
        (b"Plain words, not a document format at all.", "no %PDF- header"),
    ],
)
def test_non_pdf_served_as_pdf(data: bytes, words: str) -> None:
    result = extract_pdf(data)
    assert result.status is ExtractStatus.NOT_PDF
    assert words in result.reason


def test_scanned_pdf_needs_ocr_not_silently_empty() -> None:
    result = extract_pdf(gen.scanned_pages(3))
    assert result.status is ExtractStatus.NEEDS_OCR
    assert result.pages == 3
    assert "None of the 3 pages has a text layer" in result.reason


def test_partly_scanned_pdf_names_the_pages_without_text() -> None:
    pdf = gen.CouncilPDF()
    pdf.add_page()
    pdf.para("The appendix that follows was scanned from a signed paper copy.")
    scanned = gen.scanned_pages(1)
    text_only = bytes(pdf.output())
    # Stitch the two with PDFium itself so the test needs no other PDF tool.
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument(text_only)
    merged.import_pages(pdfium.PdfDocument(scanned))
    import io

    buffer = io.BytesIO()
    merged.save(buffer)
    result = extract_pdf(buffer.getvalue())
    assert result.status is ExtractStatus.OK
    assert "Page 2 has no text layer" in result.reason
    assert result.passages[0].text == "The appendix that follows was scanned from a signed paper copy."


def test_over_the_page_limit_keeps_the_first_pages_and_says_so() -> None:
    lines = ["Item of business on this page."]
    result = extract_pdf(gen.handmade_pdf(2_500, gen.text_stream(lines)))
    assert result.status is ExtractStatus.TOO_LARGE
    assert result.pages == 2_500
    assert "2,500 pages, over the 2,000-page limit: only the first 2,000 were read" in result.reason
    pages = {p.page for p in result.passages}
    assert min(pages) == 1 and max(pages) == 2_000


def test_small_page_limit_applies_too(good_pack: bytes) -> None:
    result = extract_pdf(good_pack, max_pages=1)
    assert result.status is ExtractStatus.TOO_LARGE
    assert {p.page for p in result.passages} == {1}


def test_over_the_byte_limit_is_refused_without_opening(good_pack: bytes) -> None:
    result = extract_pdf(good_pack, max_bytes=1_000)
    assert result.status is ExtractStatus.TOO_LARGE
    assert result.reason == f"The file is {len(good_pack) / 1000:,.1f} KB, over the 1.0 KB limit; not opened."


def test_decompression_bomb_is_stopped_and_the_next_file_still_works(good_pack: bytes) -> None:
    # A few-KB file whose content stream inflates to 1.5 GB through two Flate layers.
    bomb = gen.bomb_pdf(1_500)
    assert len(bomb) < 10_000
    started = time.monotonic()
    result = extract_pdf(bomb, time_limit=30, memory_limit=768 * 1024 * 1024)
    assert time.monotonic() - started < 30
    assert result.status in (ExtractStatus.TOO_LARGE, ExtractStatus.TIMEOUT)
    assert "memory" in result.reason or "longer than" in result.reason
    after = extract_pdf(good_pack)
    assert after.status is ExtractStatus.OK and len(after.passages) > 20


def test_time_limit_stops_a_slow_document() -> None:
    result = extract_pdf(gen.big_pack(60), time_limit=0.05)
    assert result.status is ExtractStatus.TIMEOUT
    assert "time limit" in result.reason or "longer than 0.05 seconds" in result.reason


def test_time_running_out_before_the_first_page_is_a_timeout_not_a_scan(good_pack: bytes) -> None:
    result = extract_pdf(good_pack, time_limit=1e-9, fenced=False)
    assert result.status is ExtractStatus.TIMEOUT
    assert result.reason == "Stopped after 0 of 2 pages: the time limit ran out."


def test_pages_holding_only_page_numbers_are_empty_not_ok() -> None:
    pdf = gen.CouncilPDF(header_text="Cabinet - 12 March 2025")
    for _ in range(3):
        pdf.add_page()
    result = extract_pdf(bytes(pdf.output()))
    assert result.status is ExtractStatus.EMPTY
    assert result.reason.startswith(
        "The PDF has no text apart from running headers, footers and page numbers."
    )
    assert result.pages == 3
