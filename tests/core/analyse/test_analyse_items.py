"""Splitting minutes into agenda items."""

from councilwatch.core.analyse.items import split_items

PRINTED = """Westvale District Council
Minutes of the Licensing Committee, 3 June 2025
Present: Councillors A Byrne (Chair), C Dunn and E Frost

21. Apologies for Absence
No apologies were received.

22. Street Trading Policy Review
The Committee considered a report of the Licensing Manager on changes to the street trading policy.
RESOLVED that the Committee:
1. Notes the consultation responses.
2. Approves the revised Street Trading Policy.
3. Requests an annual report on enforcement.

23. Taxi Licence Fees 2025/26
The Committee considered the proposed fees.
RESOLVED that the fees be approved.
"""


def test_numbered_items_with_titles_and_preamble():
    items = split_items(PRINTED)
    assert [(i.number, i.title) for i in items] == [
        ("", ""),
        ("21", "Apologies for Absence"),
        ("22", "Street Trading Policy Review"),
        ("23", "Taxi Licence Fees 2025/26"),
    ]
    assert "Present:" in items[0].body
    assert items[1].procedural and not items[2].procedural


def test_numbered_resolution_clauses_do_not_open_items():
    items = split_items(PRINTED)
    review = items[2]
    assert "2. Approves the revised Street Trading Policy." in review.body
    assert "3. Requests an annual report" in review.body
    assert "fees be approved" not in review.body


def test_bodies_are_exact_slices_of_the_text():
    for item in split_items(PRINTED):
        assert PRINTED[item.body_start : item.end] == item.body


def test_minute_year_numbers_and_dates_are_not_confused():
    text = (
        "41/26 Minutes\nThe minutes were agreed.\n"
        "42/26 Highways Maintenance Programme\nThe meeting was held on\n"
        "19 April 2026\nRESOLVED that the programme be approved.\n"
        "43/26 Date of Next Meeting\nThe next meeting is on 5 May 2026.\n"
    )
    items = split_items(text)
    assert [i.number for i in items] == ["41/26", "42/26", "43/26"]
    assert "19 April 2026" in items[1].body


def test_meeting_page_shape_uses_minutes_labels():
    page = (
        "Venue: Room 1\nNo. | Item |\n"
        "Declarations of Interest Minutes: There were no interests declared. |\n"
        "Minutes: The minutes of the meeting held on 2 May were agreed. |\n"
        "Library Service Review PDF 120 KB Report of the Head of Libraries\n"
        "Additional documents: Minutes: The Committee considered the review of library opening hours. |\n"
        "Any Other Business Any other business which the Chair decides is urgent. Minutes: None. |\n"
    )
    titles = [i.title for i in split_items(page) if i.title]
    assert titles == ["Declarations of Interest", "Minutes", "Library Service Review", "Any Other Business"]
    review = next(i for i in split_items(page) if i.title == "Library Service Review")
    assert review.body.startswith("The Committee considered the review")


def test_text_without_structure_is_one_item_and_nothing_is_lost():
    text = "The panel discussed the bus network and agreed to write to the operator."
    items = split_items(text)
    assert len(items) == 1 and items[0].body == text
    assert split_items("   \n") == []


def test_number_and_title_on_separate_lines():
    text = "Preamble\n41.\nBudget Monitoring\nThe Panel noted the budget.\n42.\nParking Review\nText.\n"
    items = split_items(text)
    assert [(i.number, i.title) for i in items] == [
        ("", ""),
        ("41", "Budget Monitoring"),
        ("42", "Parking Review"),
    ]
    assert items[1].body == "The Panel noted the budget.\n"


def test_markdown_and_item_prefixed_headings():
    text = "## Item 3: Library Opening Hours\nText one.\n**4. Fees and Charges**\nText two.\n"
    assert [(i.number, i.title) for i in split_items(text)] == [
        ("3", "Library Opening Hours"),
        ("4", "Fees and Charges"),
    ]


def test_heading_fused_with_its_first_paragraph():
    text = (
        "Minute 101 – Chairman's Announcements The Chairman welcomed the new Chief Executive.\n"
        "Minute 102 – Notice of Motion: Bus Services Councillor Hale moved the motion.\n"
    )
    items = split_items(text)
    assert [(i.number, i.title) for i in items] == [
        ("101", "Chairman's Announcements"),
        ("102", "Notice of Motion: Bus Services"),
    ]
    assert items[0].body.startswith("The Chairman welcomed")
    assert items[1].body.startswith("Councillor Hale moved")


def test_year_first_and_prefixed_minute_numbers_count_up() -> None:
    text = (
        "Present: Cllr Ray (Chair)\n"
        "25/04 Minutes of the previous meeting\nresolved – that the minutes be signed.\n"
        "25/05 Clerk's report\nThe report was noted.\n"
        "TC/25/106 Budget\nThe budget was approved.\n"
        "TC/25/107 Town Hall Roof\nMembers discussed the quotes.\n"
    )
    assert [(i.number, i.title) for i in split_items(text) if i.title] == [
        ("25/04", "Minutes of the previous meeting"),
        ("25/05", "Clerk's report"),
        ("TC/25/106", "Budget"),
        ("TC/25/107", "Town Hall Roof"),
    ]
