"""PDF → page-anchored passages, with PDFium (via pypdfium2).

Speed matters (a council publishes thousands of pack pages a week): see :mod:`pdfpages` for how pages
are read; this module guards the input, lays the pages out and builds the passages.

Pages over ``max_pages`` are not read: the first ``max_pages`` are extracted, the status is
``too_large`` and the reason says how many were skipped, so nothing already read is thrown away.
A document whose pages carry no text at all is ``needs_ocr`` (an image scan), never an empty success.
"""

from __future__ import annotations

import re
import time

import pypdfium2 as pdfium

from councilwatch.core.extract.layout import (
    PageLayout,
    Segment,
    group_lines,
    order_columns,
    strip_running,
    to_lines,
)
from councilwatch.core.extract.limits import DEFAULT_MEMORY_LIMIT, Refusal, run_fenced, sniff_pdf
from councilwatch.core.extract.passages import Line, assemble
from councilwatch.core.extract.pdfpages import read_pages
from councilwatch.core.models import Extraction, ExtractStatus


def _read_pdf(data: bytes, max_pages: int, deadline: float) -> Extraction | Refusal:
    """The whole job, run inside the fenced child: open, read pages, lay out, build passages."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        return _open_failure(data, str(exc))
    try:
        total = len(document)
        if total == 0:
            return Refusal(ExtractStatus.EMPTY, "The PDF has no pages.")
        wanted = min(total, max_pages)
        pages, stopped_early = read_pages(data, document, wanted, deadline)
    finally:
        document.close()
    layouts: list[PageLayout] = []
    textless: list[int] = []
    for page in pages:
        segments = [Segment(*row) for row in page.rows]
        if not any(s.text.strip() for s in segments):
            textless.append(page.number)
        lines = order_columns(group_lines(segments), page.width) if segments else []
        layouts.append(PageLayout(page.number, page.width, page.height, lines))
    return _finish(layouts, total, wanted, textless, stopped_early, data)


def _open_failure(data: bytes, message: str) -> Refusal:
    lowered = message.lower()
    detail = message.split("(PDFium: ")[-1].rstrip(").") if "(PDFium: " in message else message
    if re.search(rb"/Count\s+0\b", data) and "success" in lowered:
        return Refusal(ExtractStatus.EMPTY, "The PDF has no pages.")
    if "password" in lowered:
        return Refusal(
            ExtractStatus.ENCRYPTED, "The PDF is protected by a password, so its text cannot be read."
        )
    if "security" in lowered:
        return Refusal(ExtractStatus.ENCRYPTED, "The PDF uses an unsupported encryption (security) scheme.")
    truncated = b"%%EOF" not in data[-2048:]
    hint = (
        " It looks truncated (no end-of-file marker), perhaps an interrupted download." if truncated else ""
    )
    return Refusal(ExtractStatus.CORRUPT, f"The PDF is damaged and could not be opened ({detail}).{hint}")


def _page_list(pages: list[int]) -> str:
    shown = ", ".join(str(p) for p in pages[:10])
    return shown + (f" and {len(pages) - 10} more" if len(pages) > 10 else "")


def _finish(
    layouts: list[PageLayout], total: int, wanted: int, textless: list[int], stopped_early: bool, data: bytes
) -> Extraction:
    strip_running(layouts)
    lines: list[Line] = []
    for layout in layouts:
        lines.extend(to_lines(layout))
    notes: list[str] = []
    status = ExtractStatus.OK
    if layouts and len(textless) == len(layouts) and not stopped_early:
        return Extraction(
            status=ExtractStatus.NEEDS_OCR,
            pages=total,
            reason=f"None of the {len(layouts)} pages has a text layer (a scanned image?); OCR is needed.",
        )
    if textless:
        has = "Page {} has" if len(textless) == 1 else "Pages {} have"
        notes.append(f"{has.format(_page_list(textless))} no text layer (scanned images?) and need OCR.")
    if stopped_early:
        status = ExtractStatus.TIMEOUT
        notes.append(f"Stopped after {len(layouts)} of {total} pages: the time limit ran out.")
    elif wanted < total:
        status = ExtractStatus.TOO_LARGE
        notes.append(
            f"The PDF has {total:,} pages, over the {wanted:,}-page limit: "
            f"only the first {wanted:,} were read."
        )
    if b"%%EOF" not in data[-2048:]:
        notes.append("The file looks truncated (no end-of-file marker); what could be recovered was read.")
    extraction = assemble(lines, pages=total, status=status, reason=" ".join(notes))
    if not extraction.passages and status is ExtractStatus.OK:
        # Text was there, but all of it was page furniture: say so rather than succeed with nothing.
        reason = "The PDF has no text apart from running headers, footers and page numbers."
        return Extraction(status=ExtractStatus.EMPTY, pages=total, reason=" ".join([reason, *notes]))
    return extraction


def _read_in_process(data: bytes, max_pages: int, deadline: float) -> Extraction | Refusal:
    try:
        return _read_pdf(data, max_pages, deadline)
    except Exception as exc:  # a reader bug must not take the caller's crawl down with it
        return Refusal(ExtractStatus.CORRUPT, f"The PDF reader failed: {type(exc).__name__}: {exc}")


def extract_pdf(
    data: bytes,
    *,
    max_pages: int = 2000,
    max_bytes: int = 200_000_000,
    time_limit: float = 120.0,
    fenced: bool = True,
    memory_limit: int = DEFAULT_MEMORY_LIMIT,
) -> Extraction:
    """Extract passages from PDF bytes; never raises for bad input.

    ``fenced`` runs the reader in a forked child that may map at most ``memory_limit`` bytes more than the
    caller and is killed at ``time_limit`` seconds (the protection against decompression bombs); turn it
    off only for trusted files.
    """
    refusal = sniff_pdf(data, max_bytes)
    if refusal is None:
        started = time.monotonic()
        # The soft deadline inside leaves a little room so partial results come back before the hard kill.
        args = (data, max_pages, started + time_limit * 0.9)
        result = (
            run_fenced(_read_pdf, args, time_limit=time_limit, memory_limit=memory_limit)
            if fenced
            else _read_in_process(*args)
        )
        if isinstance(result, Extraction):
            return result
        refusal = result
    return Extraction(status=refusal.status, reason=refusal.reason)
