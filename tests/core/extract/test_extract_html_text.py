"""Minutes HTML (Word-generated, as ModernGov serves it) and plain-text minutes → passages."""

from __future__ import annotations

from councilwatch.core.extract.html import clean_html, extract_html, html_to_text
from councilwatch.core.extract.text import extract_text
from councilwatch.core.models import ExtractStatus, PassageKind

# Shaped like a ModernGov minutesnonemptyhtmlbody once unescaped; the words are our own.
WORD_MINUTES = """
<div class=WordSection1>
<p class=MsoNormal><b><span style='font-size:12.0pt;mso-bidi-font-family:Arial'>Work
Programme 2024/25<o:p></o:p></span></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal style='mso-margin-top-alt:auto'>The Committee considered its work&nbsp;programme for the
municipal year and asked about items raised by residents, including:-<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'
><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Flooding in the north of the borough<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'
><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span
>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Bus
routes to the hospital<o:p></o:p></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>RESOLVED</b> that the Committee:-<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36.0pt;text-indent:-18.0pt'><span
style='mso-list:Ignore'>1)<span>&nbsp;&nbsp;&nbsp;
</span></span>Notes the work programme for 2024/25.<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36.0pt'>2)&nbsp;&nbsp; Asks officers to add an item on flooding to the
September meeting.<o:p></o:p></p>
<script>alert('x')</script>
</div>
"""


def test_word_minutes_become_clean_passages() -> None:
    result = extract_html(WORD_MINUTES)
    assert result.status is ExtractStatus.OK
    got = [(p.kind, p.number, p.text) for p in result.passages]
    assert got == [
        (PassageKind.HEADING, "", "Work Programme 2024/25"),
        (
            PassageKind.PARAGRAPH,
            "",
            "The Committee considered its work programme for the municipal year and asked about items "
            "raised by residents, including:-",
        ),
        (PassageKind.BULLET, "•", "• Flooding in the north of the borough"),
        (PassageKind.BULLET, "•", "• Bus routes to the hospital"),
        (PassageKind.RESOLUTION, "", "RESOLVED that the Committee:-"),
        (PassageKind.RESOLUTION, "1)", "1) Notes the work programme for 2024/25."),
        (
            PassageKind.RESOLUTION,
            "2)",
            "2) Asks officers to add an item on flooding to the September meeting.",
        ),
    ]
    assert all(p.page is None for p in result.passages)
    assert all(p.heading_path == ("Work Programme 2024/25",) for p in result.passages[1:])
    for p in result.passages:
        assert result.text[p.char_start : p.char_end] == p.text
    assert "\u00a0" not in result.text and "alert" not in result.text


def test_real_html_lists_and_tables() -> None:
    html = (
        "<h2>Budget</h2><p>The Cabinet noted:</p>"
        "<ol start='3'><li>the <b>revised</b> forecast;</li><li>the savings plan.</li></ol>"
        "<ul><li>One bullet</li></ul>"
        "<table><tr><th>Scheme</th><th>Cost</th></tr><tr><td>Library roof</td><td>£120,000</td></tr></table>"
    )
    got = [(p.kind.value, p.number, p.text) for p in extract_html(html).passages]
    assert got == [
        ("heading", "", "Budget"),
        ("paragraph", "", "The Cabinet noted:"),
        ("numbered", "3.", "3. the revised forecast;"),
        ("numbered", "4.", "4. the savings plan."),
        ("bullet", "•", "• One bullet"),
        ("table_row", "", "Scheme | Cost"),
        ("table_row", "", "Library roof | £120,000"),
    ]


def test_loose_text_beside_blocks_is_kept() -> None:
    result = extract_html("<div>Minutes: <p>First point.</p>Closing words</div>")
    assert [p.text for p in result.passages] == ["Minutes:", "First point.", "Closing words"]


def test_resolved_block_ends_at_the_next_plain_paragraph() -> None:
    html = (
        "<p>RESOLVED that:</p><p>1) Notes the report.</p>"
        "<p>The meeting closed at 8pm.</p><p>1) A list item.</p>"
    )
    kinds = [p.kind for p in extract_html(html).passages]
    assert kinds == [
        PassageKind.RESOLUTION,
        PassageKind.RESOLUTION,
        PassageKind.PARAGRAPH,
        PassageKind.NUMBERED,
    ]


def test_empty_html_is_empty_with_a_reason() -> None:
    result = extract_html("<p>&nbsp;</p><p class=MsoNormal><o:p></o:p></p>")
    assert result.status is ExtractStatus.EMPTY and result.reason == "The HTML has no visible text."


def test_clean_html_strips_word_noise_and_scripts() -> None:
    cleaned = clean_html(
        WORD_MINUTES + '<a href="javascript:alert(1)">x</a><a href="https://example.org/m">m</a>'
    )
    assert "Mso" not in cleaned and "style=" not in cleaned and "class=" not in cleaned
    assert "<script" not in cleaned and "alert('x')" not in cleaned and "javascript:" not in cleaned
    assert "&nbsp;" not in cleaned and "<p></p>" not in cleaned and "o:p" not in cleaned
    assert "<p><b>RESOLVED</b> that the Committee:-</p>" in cleaned
    assert '<a href="https://example.org/m" rel="noopener noreferrer nofollow">m</a>' in cleaned


def test_html_to_text_is_the_passages_joined() -> None:
    text = html_to_text("<p>One&nbsp;&nbsp;two</p><p>Three</p>")
    assert text == "One two\n\nThree"


def test_plain_text_minutes() -> None:
    text = (
        "MINUTES OF THE PLANNING COMMITTEE\n\n"
        "1 Apologies\n"
        "Apologies were received from Councillor Grant.\n"
        "The Chair welcomed a new member\n"
        "to the committee.\n\n"
        "2 Land at Mill Lane\n"
        "RESOLVED that the Committee:\n"
        "1) approves the application subject to conditions;\n"
        "2) asks officers to report back on parking.\n"
        "- a point raised by a resident\n"
    )
    got = [(p.kind.value, p.number, p.heading_path, p.text) for p in extract_text(text).passages]
    top = "MINUTES OF THE PLANNING COMMITTEE"
    assert got == [
        ("heading", "", (), top),
        ("heading", "1", (top,), "1 Apologies"),
        ("paragraph", "", (top, "1 Apologies"), "Apologies were received from Councillor Grant."),
        ("paragraph", "", (top, "1 Apologies"), "The Chair welcomed a new member to the committee."),
        ("heading", "2", (top,), "2 Land at Mill Lane"),
        ("resolution", "", (top, "2 Land at Mill Lane"), "RESOLVED that the Committee:"),
        (
            "resolution",
            "1)",
            (top, "2 Land at Mill Lane"),
            "1) approves the application subject to conditions;",
        ),
        ("resolution", "2)", (top, "2 Land at Mill Lane"), "2) asks officers to report back on parking."),
        ("resolution", "•", (top, "2 Land at Mill Lane"), "• a point raised by a resident"),
    ]


def test_markdown_headings_and_numbered_list_items() -> None:
    md = "## 1 Purpose of the Note\n\n- 1.1 To give an overview of the year.\n- 1.2 To seek comments.\n"
    got = [(p.kind.value, p.number, p.text) for p in extract_text(md).passages]
    assert got == [
        ("heading", "1", "1 Purpose of the Note"),
        ("numbered", "1.1", "1.1 To give an overview of the year."),
        ("numbered", "1.2", "1.2 To seek comments."),
    ]


def test_blank_text_is_empty() -> None:
    assert extract_text(" \n\n ").status is ExtractStatus.EMPTY


def test_bullets_run_into_one_line_are_split_back() -> None:
    text = "The sub-groups were: • City Tasking: streets and safety • Prevent: early help for young people"
    got = [(p.kind.value, p.text) for p in extract_text(text).passages]
    assert got == [
        ("paragraph", "The sub-groups were:"),
        ("bullet", "• City Tasking: streets and safety"),
        ("bullet", "• Prevent: early help for young people"),
    ]


def test_list_items_wrapped_in_paragraphs_keep_their_numbers() -> None:
    html = (
        "<ol><li><p class=MsoNormal>Notes the report.</p></li>"
        "<li><p>Asks for a further update.</p><ul><li>by March</li></ul>Closing words.</li></ol>"
    )
    got = [(p.kind.value, p.number, p.text) for p in extract_html(html).passages]
    assert got == [
        ("numbered", "1.", "1. Notes the report."),
        ("numbered", "2.", "2. Asks for a further update."),
        ("bullet", "•", "• by March"),
        ("paragraph", "", "Closing words."),
    ]


def test_roman_numbered_resolution_lines_are_passages_of_their_own() -> None:
    text = (
        "5. BUDGET\n\nRESOLVED that:\ni. the revenue budget of £41,860,000 be approved;\n"
        "ii. the capital programme be approved; and\niii. the Treasurer notify each authority.\n"
    )
    passages = [p.text for p in extract_text(text).passages]
    assert passages[-3:] == [
        "i. the revenue budget of £41,860,000 be approved;",
        "ii. the capital programme be approved; and",
        "iii. the Treasurer notify each authority.",
    ]


def test_table_rows_in_text_are_passages_of_their_own() -> None:
    text = "Item | Decision | Vote\n3 | Minutes approved | 3/0/0\n4 | Budget approved | 3/0/0\n"
    assert [p.text for p in extract_text(text).passages] == [
        "Item | Decision | Vote",
        "3 | Minutes approved | 3/0/0",
        "4 | Budget approved | 3/0/0",
    ]


def test_parish_minutes_with_titles_and_sub_headings_on_lines_of_their_own() -> None:
    text = (
        "25/06 Finance\n"
        "(a) Payments\n"
        "Resolved: To approve the payments totalling £1,204.50. (Proposed Cllr Ray, seconded Cllr Lee)\n"
        "Action: Clerk to submit the precept demand by 31st January 2025.\n"
        "25/07 Play area\n"
        "The inspection report was noted.\n"
    )
    got = [p.text for p in extract_text(text).passages]
    assert "25/06 Finance" in got and "25/07 Play area" in got
    assert "(a) Payments" in got  # the sub-heading is not run into the resolution under it
    assert "Action: Clerk to submit the precept demand by 31st January 2025." in got
