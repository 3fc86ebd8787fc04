"""The HTML fallback parsers over the constructed pages in tests/fixtures/moderngov/pages."""

from datetime import datetime
from pathlib import Path

import pytest

from councilwatch.core.london import LONDON
from councilwatch.core.models import Attendance, DocumentKind, MeetingStatus
from councilwatch.core.sources.errors import SourceError
from councilwatch.core.sources.moderngov_html import (
    complete_item,
    meeting_page_links,
    parse_attendance_page,
    parse_committee_list,
    parse_item_page,
    parse_meeting_list,
    parse_meeting_page,
)

PAGES = Path(__file__).parents[2] / "fixtures" / "moderngov" / "pages"
SITE = "https://democracy.fernbridge.gov.uk"
PAGE_URL = f"{SITE}/ieListDocuments.aspx?CId=144&MId=4967&Ver=4"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def meeting_4967(**options):
    return parse_meeting_page(page("ieListDocuments_144_4967.html"), base_url=SITE, url=PAGE_URL, **options)


def test_committee_list_with_categories_and_duplicates() -> None:
    committees = parse_committee_list(page("mgListCommittees.html"))
    assert [(c.external_id, c.title, c.category) for c in committees] == [
        ("144", "Audit Committee", "Governance and Decision Making Committees"),
        ("163", "Art Galleries Committee", "Governance and Decision Making Committees"),
        ("201", "Health & Care Scrutiny Committee", "Scrutiny"),
    ]


def test_meeting_list_dates_statuses_and_id_variants() -> None:
    stubs = parse_meeting_list(page("ieListMeetings_144.html"), committee_external_id="144")
    assert [(s.external_id, s.committee_external_id, s.status) for s in stubs] == [
        ("4967", "144", MeetingStatus.CONFIRMED),
        ("4966", "144", MeetingStatus.CANCELLED),
        ("4901", "144", MeetingStatus.CONFIRMED),
        ("4850", "144", MeetingStatus.CONFIRMED),
    ]
    assert [s.starts_at for s in stubs] == [
        datetime(2026, 2, 10, 10, 0, tzinfo=LONDON),
        datetime(2026, 1, 13, 10, 0, tzinfo=LONDON),
        datetime(2025, 11, 25, 14, 0, tzinfo=LONDON),
        datetime(2025, 6, 26, 11, 0, tzinfo=LONDON),
    ]
    assert stubs[3].starts_at.utcoffset().total_seconds() == 3600  # June: BST


def test_meeting_page_header() -> None:
    m = meeting_4967()
    assert (m.external_id, m.committee_external_id, m.committee_title) == ("4967", "144", "Audit Committee")
    assert m.starts_at == datetime(2026, 2, 10, 10, 0, tzinfo=LONDON)
    assert m.status is MeetingStatus.CONFIRMED
    assert m.location == "Council Antechamber, Level 2, Town Hall Extension"
    assert (m.agenda_published, m.minutes_published, m.decisions_published) == (True, True, False)
    assert m.url == f"{SITE}/ieListDocuments.aspx?CId=144&MId=4967"
    assert m.attendees == ()  # they live on the attendance page


def test_meeting_page_documents_from_the_action_list() -> None:
    assert [(d.external_id, d.title, d.kind, d.url) for d in meeting_4967().documents] == [
        (
            "4967-T0",
            "Agenda frontsheet",
            DocumentKind.AGENDA_FRONTSHEET,
            f"{SITE}/mgConvert2PDF.aspx?ID=4967&T=0",
        ),
        (
            "4967-T10",
            "Agenda reports pack",
            DocumentKind.REPORTS_PACK,
            f"{SITE}/mgConvert2PDF.aspx?ID=4967&T=10",
        ),
        ("4967-T1", "Printed minutes", DocumentKind.MINUTES, f"{SITE}/mgConvert2PDF.aspx?ID=4967&T=1"),
    ]


def test_meeting_page_items() -> None:
    items = meeting_4967().items
    assert [(i.external_id, i.order, i.display_number, i.internal_number, i.title) for i in items] == [
        ("18831", 0, "1.", "", "Minutes"),
        ("18832", 1, "5.", "", "Internal Audit Progress Report"),
        ("18834", 2, "6a", "", "Treasury Management Strategy 2026/27"),
        ("18833", 3, "9.", "", "Work Programme"),
    ]
    minutes, audit, treasury, work = items
    assert (
        minutes.agenda_html
        == '<p class="MsoNormal">To confirm the minutes of the meeting on 25 November 2025.</p>'
    )
    assert minutes.minutes_html == (
        '<p class="MsoNormal">The minutes of the meeting on 25 November 2025 were agreed as an accurate '
        "record.</p>"
    )
    assert minutes.url == f"{SITE}/mgAi.aspx?ID=18831"
    # Word tables inside minutes stay inside the minutes and do not become agenda rows.
    assert "<td><p>Substantial</p></td>" in audit.minutes_html
    assert "view the full minutes" not in audit.minutes_html
    assert (treasury.is_decision, treasury.minutes_html) == (
        True,
        '<p class="MsoNormal">RESOLVED that the Committee endorses the strategy and refers it to '
        "Council.</p>",
    )
    assert "2025/26 municipal year" in work.minutes_html and not work.is_decision


def test_meeting_page_item_documents() -> None:
    minutes, audit, treasury, work = meeting_4967().items
    assert [(d.external_id, d.title, d.kind, d.item_external_id) for d in minutes.documents] == [
        ("60860", "Minutes 25 November 2025", DocumentKind.MINUTES, "18831")
    ]
    report, appendix = audit.documents
    assert report.url == f"{SITE}/documents/s60870/Internal%20Audit%20Progress%20Report.pdf"
    assert report.kind is DocumentKind.PAPER
    # http:// on the site's own host becomes https; the double-escaped title is repaired
    assert appendix.url == f"{SITE}/documents/s60871/Appendix%201%20-%20Audits%20&%20Opinions.pdf"
    assert appendix.title == "Appendix 1 - Audits & Opinions"
    assert treasury.documents == ()
    assert [(d.external_id, d.url) for d in work.documents] == [
        ("60909", f"{SITE}/mgConvert2PDF.aspx?ID=60909")
    ]


def test_meeting_page_links_to_follow() -> None:
    links = meeting_page_links(page("ieListDocuments_144_4967.html"), url=PAGE_URL, base_url=SITE)
    assert links.attendance_url == f"{SITE}/mgMeetingAttendance.aspx?ID=4967"
    assert links.cut_off_item_ids == ("18832",)


def test_rebased_meeting_page() -> None:
    m = parse_meeting_page(
        page("ieListDocuments_144_4967.html"),
        base_url="http://127.0.0.1:8765",
        url="http://127.0.0.1:8765/ieListDocuments.aspx?CId=144&MId=4967",
        canonical_base=SITE,
    )
    urls = [d.url for d in m.all_documents] + [i.url for i in m.items] + [m.url]
    assert all(u.startswith("http://127.0.0.1:8765/") for u in urls), urls
    assert "http://127.0.0.1:8765/documents/s60871/Appendix%201%20-%20Audits%20&%20Opinions.pdf" in urls


def test_cancelled_meeting_page() -> None:
    m = parse_meeting_page(
        page("ieListDocuments_144_4966.html"),
        base_url=SITE,
        url=f"{SITE}/ieListDocuments.aspx?CId=144&MID=4966",
    )
    assert (m.external_id, m.status, m.items, m.documents) == ("4966", MeetingStatus.CANCELLED, (), ())
    assert m.starts_at == datetime(2026, 1, 13, 10, 0, tzinfo=LONDON)
    assert (m.agenda_published, m.minutes_published) == (False, False)


def test_item_page_and_completing_cut_off_minutes() -> None:
    item_page = parse_item_page(page("mgAi_18832.html"), url=f"{SITE}/mgAi.aspx?ID=18832", base_url=SITE)
    assert (item_page.external_id, item_page.display_number, item_page.title) == (
        "18832",
        "5.",
        "Internal Audit Progress Report",
    )
    assert item_page.agenda_html == '<p class="MsoNormal">Report of the Head of Internal Audit, attached.</p>'
    assert "would report back in June" in item_page.minutes_html
    assert item_page.minutes_html.endswith(
        '<p class="MsoNormal">RESOLVED that the Committee notes the report.</p>'
    )
    assert [d.external_id for d in item_page.documents] == ["60870", "60871", "60872"]

    cut = meeting_4967().items[1]
    whole = complete_item(cut, item_page)
    assert whole.minutes_html == item_page.minutes_html
    assert [d.external_id for d in whole.documents] == ["60870", "60871", "60872"]
    assert (whole.external_id, whole.display_number, whole.title, whole.order) == (
        cut.external_id,
        cut.display_number,
        cut.title,
        cut.order,
    )


def test_attendance_page() -> None:
    attendees = parse_attendance_page(page("mgMeetingAttendance_4967.html"))
    assert [(a.name, a.role, a.attendance, a.member_id) for a in attendees] == [
        ("Councillor Basil Curley", "Committee Member", Attendance.PRESENT, "192"),
        ("Councillor Maeve Orchard", "Chair", Attendance.PRESENT, "205"),
        ("Councillor Idris Penhallow", "Committee Member", Attendance.APOLOGIES, "231"),
        ("Councillor Tomasz Reed", "Committee Member", Attendance.ABSENT, "240"),
        ("Councillor Hana Whitlow", "Substitute", Attendance.PRESENT, "257"),
        ("Councillor Owen Fairley", "Committee Member", Attendance.EXPECTED, "262"),
        ("Dana Whitcombe", "Head of Internal Audit", Attendance.IN_ATTENDANCE, ""),
    ]


@pytest.mark.parametrize(
    "parse",
    [
        parse_committee_list,
        lambda b: parse_meeting_list(b, committee_external_id="1"),
        lambda b: parse_meeting_page(b, base_url=SITE, url=PAGE_URL),
        parse_attendance_page,
    ],
    ids=["committees", "meetings", "meeting", "attendance"],
)
def test_error_pages_are_refused_clearly(parse) -> None:
    with pytest.raises(
        SourceError,
        match=r"expected a ModernGov .* page, got something else \(page title: 'Runtime Error'\)",
    ):
        parse(page("runtime_error.html"))


def test_meeting_page_without_a_dated_heading() -> None:
    body = b'<html><body><div id="modgov"><h2 class="mgSubTitleTxt">Audit Committee</h2></div></body></html>'
    with pytest.raises(SourceError, match="no heading with a date"):
        parse_meeting_page(body, base_url=SITE, url=PAGE_URL)


def test_windows_1252_page_declared_as_such() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
        '<div id="modgov"><ul class="mgBulletList"><li><a href="mgCommitteeDetails.aspx?ID=5">'
        "Children’s Services – Scrutiny</a></li></ul></div></body></html>"
    ).encode("cp1252")
    [committee] = parse_committee_list(html)
    assert committee.title == "Children’s Services – Scrutiny"


def test_undeclared_windows_1252_page_is_still_read() -> None:
    html = (
        '<div id="modgov"><ul class="mgBulletList"><li><a href="mgCommitteeDetails.aspx?ID=5">'
        "£5m – Budget</a></li></ul></div>"
    )
    [committee] = parse_committee_list(html.encode("cp1252"))
    assert committee.title == "£5m – Budget"
