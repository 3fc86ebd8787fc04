"""Read text runs from PDF pages with PDFium, optionally on two CPUs.

Per page we make one call for the page text and a handful per text *rectangle* (a run of text on one
line), never one per character: each rectangle's first character index says where its text starts in
the page text, so slicing the page text gives every run for free.  That index is found by checking a
guess or two with a constant-time call rather than PDFium's position search, which scans the page.

Big packs are split in two and the second half is read by a forked helper when a CPU is idle,
because PDFium's own page parsing is most of the cost and it cannot run in threads.  Runs cross the
process boundary as plain tuples, which pickle quickly.
"""

from __future__ import annotations

import ctypes
import gc
import os
import pickle
import time
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Row = tuple[str, float, float, float, float, float, bool, float]
PARALLEL_MIN_PAGES = 48  # below this, forking a helper costs more than it saves
# "auto": split a big pack across two processes when a CPU is idle; "always" or "never" force it (the
# benchmark and tests use these to measure and compare both ways).
SPLIT = "auto"


@dataclass(slots=True)
class PageRows:
    number: int  # 1-based
    width: float
    height: float
    rows: list[Row] = field(default_factory=list)


BOLD_WEIGHT = 600
_HEADING_MAX_CHARS = 130  # longer runs cannot be headings, so their font weight is not asked for


def _utf16(buffer: Any, units: int) -> str:
    return ctypes.string_at(buffer, units * 2).decode("utf-16-le", errors="replace")


def _page_text(raw: Any) -> str:
    """All of a text page's characters, in PDFium's order, so char index i is text[i]."""
    n = pdfium_c.FPDFText_CountChars(raw)
    if n <= 0:
        return ""
    buffer = (ctypes.c_ushort * (n + 1))()
    written = pdfium_c.FPDFText_GetText(raw, 0, n, buffer)
    return _utf16(buffer, max(written - 1, 0))


def page_rows(raw: Any) -> list[Row]:
    """Text runs of one page as rows: (text, left, top, right, bottom, font size, bold, baseline).

    ``raw`` is a PDFium text page handle: the raw API is used throughout because pypdfium2's helper
    objects (finalisers, weak references) cost more than the calls themselves at this volume.
    """
    text = _page_text(raw)
    count = pdfium_c.FPDFText_CountRects(raw, 0, -1)
    # Local names and pre-built byrefs: this loop runs once per text run, tens of thousands of times a pack.
    get_rect, index_at = pdfium_c.FPDFText_GetRect, pdfium_c.FPDFText_GetCharIndexAtPos
    font_size, font_weight, char_origin = (
        pdfium_c.FPDFText_GetFontSize,
        pdfium_c.FPDFText_GetFontWeight,
        pdfium_c.FPDFText_GetCharOrigin,
    )
    left, top, right, bottom = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    refs = (ctypes.byref(left), ctypes.byref(top), ctypes.byref(right), ctypes.byref(bottom))
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    origin_refs = (ctypes.byref(origin_x), ctypes.byref(origin_y))
    char_box = pdfium_c.FPDFText_GetCharBox
    box_left, box_right, box_bottom, box_top = (ctypes.c_double() for _ in range(4))
    box_refs = (
        ctypes.byref(box_left),
        ctypes.byref(box_right),
        ctypes.byref(box_bottom),
        ctypes.byref(box_top),
    )
    size = len(text)
    boxes: list[tuple[int, float, float, float, float]] = []
    last_index = -1
    last_top = float("nan")
    for i in range(count):
        get_rect(raw, i, *refs)
        l_, t_, r_, b_ = left.value, top.value, right.value, bottom.value
        # A run starts either the next line of the page text or the next word on the same line (the text
        # after a hanging "3.1", the next table cell).  Checking those guesses costs one cheap call each;
        # PDFium's own position search scans the whole page and is twenty times dearer, so it comes last.
        line_end = text.find("\r\n", last_index + 1)
        space = text.find(" ", last_index + 1, line_end if line_end >= 0 else size)
        next_line = line_end + 2 if line_end >= 0 else -1
        next_word = space + 1 if space >= 0 else -1
        # Same height as the last run: most likely the same line, so try the next word first.
        guesses = (next_word, next_line) if abs(t_ - last_top) < 1.0 else (next_line, next_word)
        index = -1
        for guess in (*guesses, last_index + 1):
            if guess <= last_index:
                continue
            while guess < size and text[guess] in " \r\n":
                guess += 1
            if guess >= size:
                continue
            char_box(raw, guess, *box_refs)
            middle = (box_bottom.value + box_top.value) * 0.5
            if abs(box_left.value - l_) < 1.0 and b_ - 1.0 <= middle <= t_ + 1.0:
                index = guess
                break
        last_top = t_
        if index < 0:
            index = index_at(raw, l_ + 0.3, (t_ + b_) * 0.5, 0.5, 0.5)
        if index <= last_index:  # overlapping runs confuse the lookup: ask for each run's text directly
            return _page_rows_bounded(raw, count)
        boxes.append((index, l_, t_, r_, b_))
        last_index = index
    rows: list[Row] = []
    ends = [box[0] for box in boxes[1:]]
    ends.append(len(text))
    for (index, l_, t_, r_, b_), end in zip(boxes, ends, strict=False):
        chunk = text[index:end]
        if "\n" in chunk:
            chunk = chunk.replace("\r\n", " ").replace("\n", " ")
        bold = len(chunk) < _HEADING_MAX_CHARS and font_weight(raw, index) >= BOLD_WEIGHT
        char_origin(raw, index, *origin_refs)
        rows.append((chunk, l_, t_, r_, b_, font_size(raw, index), bold, origin_y.value))
    return rows


def _page_rows_bounded(raw: Any, count: int) -> list[Row]:
    """Slow path: one bounded-text call per rectangle (used only when runs overlap)."""
    rows: list[Row] = []
    left, top, right, bottom = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    for i in range(count):
        pdfium_c.FPDFText_GetRect(raw, i, left, top, right, bottom)
        l_, t_, r_, b_ = left.value, top.value, right.value, bottom.value
        units = pdfium_c.FPDFText_GetBoundedText(raw, l_, t_, r_, b_, None, 0)
        buffer = (ctypes.c_ushort * (units + 1))()
        written = pdfium_c.FPDFText_GetBoundedText(raw, l_, t_, r_, b_, buffer, units)
        chunk = _utf16(buffer, written)
        size = (t_ - b_) * 0.95  # no font size at hand: the box height is close enough
        rows.append((chunk.replace("\r\n", " ") + " ", l_, t_, r_, b_, size, False, b_ + size * 0.2))
    return rows


def read_range(document: Any, start: int, stop: int, deadline: float) -> tuple[list[PageRows], bool]:
    """Pages ``start``..``stop-1`` (0-based); the flag says the deadline cut the range short."""
    out: list[PageRows] = []
    for index in range(start, stop):
        if time.monotonic() > deadline:
            return out, True
        page = pdfium_c.FPDF_LoadPage(document.raw, index)
        if not page:
            out.append(PageRows(index + 1, 0.0, 0.0, []))  # an unreadable page: counted as without text
            continue
        try:
            width, height = pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page)
            if pdfium_c.FPDFPage_GetRotation(page) in (1, 3):
                # Text boxes are in the unrotated page space; so must the width and height be.
                width, height = height, width
            textpage = pdfium_c.FPDFText_LoadPage(page)
            try:
                rows = page_rows(textpage) if textpage else []
            finally:
                if textpage:
                    pdfium_c.FPDFText_ClosePage(textpage)
        finally:
            pdfium_c.FPDF_ClosePage(page)
        out.append(PageRows(index + 1, width, height, rows))
    return out, False


def _helper(data: bytes, start: int, stop: int, deadline: float) -> tuple[int, int]:
    """Fork a reader for pages start..stop-1; returns (fd its pickled result arrives on, its pid)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the helper: read, send, and leave without running the parent's cleanup
        code = 0
        try:
            gc.freeze()
            os.close(read_fd)
            document = pdfium.PdfDocument(data)
            result = read_range(document, start, stop, deadline)
            payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(payload)
        except BaseException:
            code = 1
        os._exit(code)
    os.close(write_fd)
    return read_fd, pid


def _idle_cpu() -> bool:
    """A second reader only pays when a CPU is free; on a busy box two readers just take turns."""
    cpus = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    return cpus >= 2 and load <= cpus - 1


def read_pages(data: bytes, document: Any, wanted: int, deadline: float) -> tuple[list[PageRows], bool]:
    """Read the first ``wanted`` pages, on two CPUs when the pack is big enough and they exist."""
    split_now = SPLIT == "always" or (SPLIT == "auto" and _idle_cpu())
    if wanted < PARALLEL_MIN_PAGES or not split_now or not hasattr(os, "fork"):
        return read_range(document, 0, wanted, deadline)
    split = wanted // 2
    read_fd, pid = _helper(data, split, wanted, deadline)
    first, stopped = read_range(document, 0, split, deadline)
    with os.fdopen(read_fd, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not payload:
        # The helper died (memory limit, crash): read its half here rather than lose it.
        second, stopped_too = read_range(document, split, wanted, deadline)
    else:
        second, stopped_too = pickle.loads(payload)
    if stopped:
        return first, True
    return first + second, stopped_too
