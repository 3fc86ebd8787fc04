"""PDF extraction on generated council papers: exact passages, pages, headings and reading order."""

from __future__ import annotations

import councilpdf as gen
import pytest

from councilwatch.core.extract import pdfpages
from councilwatch.core.extract.pdf import extract_pdf
from councilwatch.core.models import Extraction, ExtractStatus, PassageKind

TITLE = "Report to Cabinet: Revenue Budget Monitoring, Quarter 2"


@pytest.fixture(scope="module")
def pack() -> Extraction:
    return extract_pdf(gen.reports_pack([gen.filler_report(3), gen.BUDGET_REPORT]))


def _budget(pack: Extraction) -> list:
    start = next(i for i, p in enumerate(pack.passages) if p.text == TITLE and p.kind is PassageKind.HEADING)
    return list(pack.passages[start:])


def test_budget_report_passages_exactly(pack: Extraction) -> None:
    assert pack.status is ExtractStatus.OK and pack.reason == ""
    got = [(p.kind.value, p.number, p.text) for p in _budget(pack)]
    assert got[:8] == [
        ("heading", "", TITLE),
        ("paragraph", "", "Report of the Director of Finance and Resources"),
        ("heading", "1", "1 Purpose of the Report"),
        (
            "numbered",
            "1.1",
            "1.1 This report sets out the forecast position of the revenue budget at the end of the second "
            "quarter and asks Cabinet to note the pressures in adult social care and home to school "
            "transport.",
        ),
        (
            "numbered",
            "1.2",
            "1.2 It also seeks approval to move money from the contingency reserve to cover the cost of the "
            "winter gritting contract, which rose after the last tender.",
        ),
        ("heading", "2", "2 Recommendations"),
        ("paragraph", "", "Cabinet is recommended to:"),
        ("numbered", "2.1", "2.1 Note the forecast overspend of £2.4m for the year."),
    ]
    assert len(got) == 21
    assert got[9] == ("heading", "3", "3 Background")
    assert got[10][:2] == ("numbered", "3.1") and got[10][2].endswith("are summarised in the table below.")
    assert got[11:] == [
        ("table_row", "", "Service | Budget | Forecast"),
        ("table_row", "", "Adult social care | £84,200,000 | £86,100,000"),
        ("table_row", "", "Home to school transport | £9,600,000 | £10,150,000"),
        ("table_row", "", "Highways maintenance | £12,300,000 | £12,250,000"),
        ("numbered", "3.2", "3.2 The main risks to the forecast are:"),
        ("bullet", "•", "• further growth in the number of older people needing care at home;"),
        ("bullet", "•", "• a cold winter that uses more grit than the contract allows;"),
        ("bullet", "•", "• delays in recruiting social workers, which increase agency costs."),
        ("heading", "4", "4 Options Considered"),
        (
            "numbered",
            "4.1",
            "4.1 Cabinet could decide to leave the contingency reserve untouched. This is not recommended "
            "because the highways service would then have to stop routine pothole repairs in January.",
        ),
    ]


def test_heading_paths_and_pages(pack: Extraction) -> None:
    budget = _budget(pack)
    first_page = budget[0].page
    assert first_page is not None and first_page > 2  # frontsheet, then the filler report, then this one
    by_number = {p.number: p for p in budget if p.number}
    assert by_number["1.1"].heading_path == (TITLE, "1 Purpose of the Report")
    assert by_number["2.2"].heading_path == (TITLE, "2 Recommendations")
    assert by_number["3.2"].heading_path == (TITLE, "3 Background")
    assert budget[0].heading_path == ()  # a report title sits at the top of the tree
    table = [p for p in budget if p.kind is PassageKind.TABLE_ROW]
    assert {p.heading_path for p in table} == {(TITLE, "3 Background")}
    assert all(p.page == first_page for p in budget[:10])


def test_running_header_and_page_footer_removed(pack: Extraction) -> None:
    assert "Cabinet - Wednesday 12 March 2025" not in pack.text
    assert "Page 1 of" not in pack.text and "Page 2 of" not in pack.text
    assert not any(p.text.startswith("Page ") for p in pack.passages)


def test_char_spans_point_into_the_text(pack: Extraction) -> None:
    assert [p.ordinal for p in pack.passages] == list(range(len(pack.passages)))
    for p in pack.passages:
        assert pack.text[p.char_start : p.char_end] == p.text


def test_frontsheet_agenda_items_are_numbered(pack: Extraction) -> None:
    front = [p for p in pack.passages if p.page == 1]
    assert front[0].text == "Cabinet Agenda" and front[0].kind is PassageKind.HEADING
    numbered = [(p.number, p.text) for p in front if p.kind is PassageKind.NUMBERED]
    assert numbered == [("1.", "1. Report 3: Service Update"), ("2.", f"2. {TITLE}")]


def test_two_column_minutes_read_column_by_column() -> None:
    minutes = extract_pdf(gen.two_column_minutes())
    assert minutes.status is ExtractStatus.OK
    texts = [p.text for p in minutes.passages]
    start = texts.index("12. Apologies for Absence")
    assert texts[start:] == [
        "12. Apologies for Absence",
        "Apologies were received from Councillors Ahmed and Brennan. "
        "Councillor Clarke attended as a substitute.",
        "13. Declarations of Interest",
        "There were no declarations of interest made at the meeting by any member of the committee.",
        "14. Minutes of the Previous Meeting",
        "The minutes of the meeting held on 14 January were agreed as a correct record "
        "and signed by the Chair.",
        "15. Street Trading Policy",
        "The Committee considered a report of the Head of Regulatory Services on a revised street trading "
        "policy for the city centre, following a public consultation over the summer.",
        "RESOLVED that the revised Street Trading Policy be approved with effect from 1 April.",
        "16. Taxi Licence Fees",
        "Members asked about the cost of vehicle testing and were told it had not changed since last year.",
    ]
    kinds = {p.text[:16]: p.kind for p in minutes.passages}
    assert kinds["12. Apologies fo"] is PassageKind.HEADING
    assert kinds["RESOLVED that th"] is PassageKind.RESOLUTION
    resolved = next(p for p in minutes.passages if p.kind is PassageKind.RESOLUTION)
    assert resolved.heading_path[-1] == "15. Street Trading Policy"
    assert "1" not in texts  # the page number is furniture


def test_paragraph_wrapped_across_a_page_break_is_joined() -> None:
    pdf = gen.CouncilPDF(header_text="Planning Committee - 5 June 2025")
    pdf.add_page()
    pdf.para("An opening paragraph that sits at the top of the first page.")
    pdf.set_y(pdf.h - 22 - 2 * gen.LINE_H)  # leave room for two lines only
    words = " ".join(f"word{n}" for n in range(60))
    pdf.para(f"The applicant proposed {words} and the officer agreed.")
    pdf.add_page()
    pdf.para("A closing paragraph.")
    result = extract_pdf(bytes(pdf.output()))
    joined = [p for p in result.passages if p.text.startswith("The applicant proposed")]
    assert len(joined) == 1
    assert joined[0].text.endswith("word59 and the officer agreed.")
    assert joined[0].page == 1
    assert [p.text for p in result.passages][-1] == "A closing paragraph."
    assert "Planning Committee - 5 June 2025" not in result.text


def test_big_pack_is_complete_and_ordered() -> None:
    data = gen.big_pack(60)
    result = extract_pdf(data)
    assert result.status is ExtractStatus.OK and result.pages >= 60
    pages = [p.page for p in result.passages]
    assert pages == sorted(pages) and set(pages) >= set(range(2, 61))
    assert "Full Council - Thursday 20 February 2025" not in result.text


def test_two_cpu_reading_gives_the_same_passages_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    data = gen.big_pack(60)
    monkeypatch.setattr(pdfpages, "SPLIT", "always")
    split = extract_pdf(data, fenced=False)
    monkeypatch.setattr(pdfpages, "SPLIT", "never")
    single = extract_pdf(data, fenced=False)
    assert split.status is ExtractStatus.OK
    assert split.passages == single.passages and split.text == single.text


LONG = "of its own, and then a few more words so that it certainly runs past the right margin."


def test_superscript_ordinal_and_bold_lead_in_stay_in_their_paragraph() -> None:
    pdf = gen.CouncilPDF()
    pdf.add_page()
    pdf.set_font("Body", "", gen.BODY_SIZE)
    pdf.write(gen.LINE_H, "The meeting on 16")
    pdf.char_vpos = "SUP"
    pdf.write(gen.LINE_H, "th")
    pdf.char_vpos = "LINE"
    pdf.write(gen.LINE_H, " April agreed the plan for the city centre and new bus routes for the south.")
    pdf.ln(12)
    pdf.set_font("Body", "B", gen.BODY_SIZE)
    pdf.write(gen.LINE_H, "Note:")
    pdf.set_font("Body", "", gen.BODY_SIZE)
    pdf.write(
        gen.LINE_H, " a bold lead-in starts this paragraph, which is long enough to wrap onto a line " + LONG
    )
    result = extract_pdf(bytes(pdf.output()))
    assert result.text.count("\n") == 2  # two passages, however many lines they took
    assert [(p.kind, p.text) for p in result.passages] == [
        (
            PassageKind.PARAGRAPH,
            "The meeting on 16th April agreed the plan for the city centre and new bus routes for the south.",
        ),
        (
            PassageKind.PARAGRAPH,
            "Note: a bold lead-in starts this paragraph, which is long enough to wrap onto a line " + LONG,
        ),
    ]


def test_all_caps_line_in_body_font_is_a_heading() -> None:
    pdf = gen.CouncilPDF()
    pdf.add_page()
    pdf.para("PART A - ITEMS FOR DECISION")
    pdf.hanging("1.", "The Committee is asked to agree the revised fees for garden waste collections.")
    result = extract_pdf(bytes(pdf.output()))
    assert [(p.kind, p.number, p.heading_path) for p in result.passages] == [
        (PassageKind.HEADING, "", ()),
        (PassageKind.NUMBERED, "1.", ("PART A - ITEMS FOR DECISION",)),
    ]


def test_a_page_turned_by_rotate_reads_the_same() -> None:
    import io

    import pypdfium2 as pdfium

    data = gen.reports_pack([gen.filler_report(3), gen.BUDGET_REPORT])
    document = pdfium.PdfDocument(data)
    for index in range(len(document)):
        document[index].set_rotation(90)  # how a scanner or a merge tool shows a page in landscape
    buffer = io.BytesIO()
    document.save(buffer)
    turned = extract_pdf(buffer.getvalue())
    upright = extract_pdf(data)
    assert turned.status is ExtractStatus.OK
    assert [(p.page, p.kind, p.text) for p in turned.passages] == [
        (p.page, p.kind, p.text) for p in upright.passages
    ]
    assert "Cabinet - Wednesday 12 March 2025" not in turned.text
