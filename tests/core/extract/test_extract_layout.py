"""Page geometry on hand-placed text: line grouping, columns, page furniture, and the slow reading path."""

from __future__ import annotations

import councilpdf as gen
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from councilwatch.core.extract import pdfpages
from councilwatch.core.extract.layout import PageLayout, Segment, group_lines, order_columns, strip_running


def seg(text: str, left: float, baseline: float, width: float | None = None, size: float = 11.0) -> Segment:
    width = width if width is not None else len(text) * size * 0.5
    return Segment(
        text, left, baseline + size * 0.8, left + width, baseline - size * 0.2, size, False, baseline
    )


def test_segments_on_one_baseline_make_one_line_in_left_to_right_order() -> None:
    lines = group_lines([seg("world ", 120, 700), seg("Hello ", 72, 700.4), seg("Next line", 72, 686)])
    assert [line.text for line in lines] == ["Hello world", "Next line"]


def test_two_column_region_is_read_left_column_first() -> None:
    width = 595.0
    rows = []
    for i in range(6):
        y = 700 - i * 14
        rows.append(seg(f"Left column sentence number {i} runs on", 56, y, width=230))
        rows.append(seg(f"Right column sentence number {i} runs on", 320, y, width=230))
    title = seg("A title that spans the whole width of the page and crosses the gutter", 56, 740, width=480)
    ordered = order_columns(group_lines([*rows, title]), width)
    texts = [line.text for line in ordered]
    assert texts[0].startswith("A title")
    assert texts[1:7] == [f"Left column sentence number {i} runs on" for i in range(6)]
    assert texts[7:] == [f"Right column sentence number {i} runs on" for i in range(6)]
    assert ordered[1].column_start and ordered[7].column_start


def test_a_money_table_is_not_mistaken_for_columns() -> None:
    rows = []
    for i, (name, a, b) in enumerate(
        [("Roads", "£1,200", "£1,300"), ("Parks", "£800", "£750"), ("Bins", "£90", "£95")]
    ):
        y = 600 - i * 16
        rows += [seg(name, 56, y), seg(a, 300, y), seg(b, 420, y)]
    ordered = order_columns(group_lines(rows), 595.0)
    assert [[s.text for s in line.segments] for line in ordered] == [
        ["Roads", "£1,200", "£1,300"],
        ["Parks", "£800", "£750"],
        ["Bins", "£90", "£95"],
    ]


def _page(
    number: int, body: str, header: str = "Cabinet 12 March 2025", footer: str | None = None
) -> PageLayout:
    lines = group_lines(
        [
            seg(header, 400, 810, size=8),
            seg(body, 56, 600),
            seg(f"Another line of body text on page {number}", 56, 586),
            seg(f"Page {number} of 4", 280, 30, size=8),
        ]
    )
    return PageLayout(number, 595.0, 842.0, lines)


def test_running_header_and_page_numbers_go_body_stays() -> None:
    pages = [_page(n, f"Body paragraph {n} about the budget") for n in range(1, 5)]
    strip_running(pages)
    remaining = [[line.text for line in page.lines] for page in pages]
    assert remaining[0] == ["Body paragraph 1 about the budget", "Another line of body text on page 1"]
    assert all(len(texts) == 2 for texts in remaining)


def test_a_line_repeated_at_different_heights_is_not_furniture() -> None:
    pages = []
    for n in range(1, 5):
        lines = group_lines([seg("Recommendations", 56, 790 - n * 3), seg(f"Body {n}", 56, 600)])
        pages.append(PageLayout(n, 595.0, 842.0, lines))
    strip_running(pages)
    assert [line.text for line in pages[2].lines] == ["Recommendations", "Body 3"]


def test_slow_path_reads_the_same_text_as_the_fast_path() -> None:
    data = gen.reports_pack([gen.BUDGET_REPORT])
    document = pdfium.PdfDocument(data)
    page = pdfium_c.FPDF_LoadPage(document.raw, 1)
    textpage = pdfium_c.FPDFText_LoadPage(page)
    try:
        fast = pdfium_c.FPDFText_CountRects(textpage, 0, -1)
        rows = pdfpages.page_rows(textpage)
        slow = pdfpages._page_rows_bounded(textpage, fast)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
        pdfium_c.FPDF_ClosePage(page)
        document.close()
    assert len(rows) == len(slow) == fast
    assert [" ".join(r[0].split()) for r in rows] == [" ".join(r[0].split()) for r in slow]
    assert any("£84,200,000" in r[0] for r in slow)


def test_fast_run_lookup_agrees_with_pdfiums_position_search() -> None:
    """The guessed first character of every run must be the one PDFium's own (slow) search finds."""
    import ctypes

    checked = 0
    for data in (gen.reports_pack([gen.BUDGET_REPORT, gen.filler_report(5)]), gen.two_column_minutes()):
        document = pdfium.PdfDocument(data)
        for number in range(len(document)):
            page = pdfium_c.FPDF_LoadPage(document.raw, number)
            textpage = pdfium_c.FPDFText_LoadPage(page)
            try:
                text = pdfpages._page_text(textpage)
                starts = []
                box = [ctypes.c_double() for _ in range(4)]
                for i in range(pdfium_c.FPDFText_CountRects(textpage, 0, -1)):
                    pdfium_c.FPDFText_GetRect(textpage, i, *box)
                    left, top, _, bottom = (v.value for v in box)
                    starts.append(
                        pdfium_c.FPDFText_GetCharIndexAtPos(
                            textpage, left + 0.3, (top + bottom) / 2, 0.5, 0.5
                        )
                    )
                expected = [
                    text[a:b].replace("\r\n", " ")
                    for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
                ]
                assert [row[0] for row in pdfpages.page_rows(textpage)] == expected
                checked += len(expected)
            finally:
                pdfium_c.FPDFText_ClosePage(textpage)
                pdfium_c.FPDF_ClosePage(page)
        document.close()
    assert checked > 100
