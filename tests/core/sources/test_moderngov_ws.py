"""The real web-service fixtures (DemocracyClub LGSF, Manchester) parse into exact records."""

from datetime import date, datetime
from pathlib import Path

import pytest

from councilwatch.core.london import LONDON
from councilwatch.core.models import Attendance, DocumentKind, MeetingStatus
from councilwatch.core.sources.errors import SourceError
from councilwatch.core.sources.moderngov import parse_committees, parse_meeting, parse_meetings

MINUTES = Path(__file__).parents[2] / "fixtures" / "moderngov" / "DemocracyClub_LGSF" / "minutes"
BASE = "https://democracy.manchester.gov.uk"


def meeting(name: str, **options):
    return parse_meeting(
        (MINUTES / name).read_bytes(),
        base_url=options.pop("base_url", BASE),
        committee_external_id="144",
        committee_title="Audit Committee",
        **options,
    )


def test_committees_fixture() -> None:
    committees = parse_committees((MINUTES / "committees.xml").read_bytes())
    assert [(c.external_id, c.title, c.expired, c.deleted) for c in committees] == [
        ("312", "Appointment Sub Committee for Director of Adult Social Services", True, False),
        ("163", "Art Galleries Committee", False, False),
        ("144", "Audit Committee", False, False),
    ]
    assert {c.category for c in committees} == {"Governance and Decision Making Committees"}


def test_meetings_fixture() -> None:
    stubs = parse_meetings((MINUTES / "meetings.xml").read_bytes())
    assert [(s.external_id, s.committee_external_id, s.status, s.webcast) for s in stubs] == [
        ("4966", "144", MeetingStatus.CANCELLED, False),
        ("4967", "144", MeetingStatus.CONFIRMED, False),
    ]
    assert stubs[0].starts_at == datetime(2026, 1, 13, 10, 0, tzinfo=LONDON)
    assert stubs[1].starts_at == datetime(2026, 2, 10, 10, 0, tzinfo=LONDON)
    assert stubs[1].starts_at.utcoffset().total_seconds() == 0


def test_meeting_with_minutes_header_fields() -> None:
    m = meeting("meeting_with_minutes.xml")
    assert m.external_id == "4967"
    assert (m.committee_external_id, m.committee_title) == ("144", "Audit Committee")
    assert m.starts_at == datetime(2026, 2, 10, 10, 0, tzinfo=LONDON)
    assert m.status is MeetingStatus.CONFIRMED
    assert m.location == "Council Antechamber, Level 2, Town Hall Extension"
    assert (m.agenda_published, m.minutes_published, m.decisions_published) == (True, True, False)
    assert m.url == "https://democracy.manchester.gov.uk/ieListDocuments.aspx?CId=144&MId=4967"


def test_meeting_with_minutes_items() -> None:
    first, second = meeting("meeting_with_minutes.xml").items
    assert (first.external_id, first.order, first.display_number, first.internal_number) == (
        "18831",
        0,
        "1.",
        "4",
    )
    assert (second.external_id, second.order, second.display_number, second.internal_number) == (
        "18833",
        1,
        "9.",
        "12",
    )
    assert (first.title, second.title) == ("Minutes", "Work Programme")
    assert first.agenda_html.startswith('<div class="WordSection1">\n<p class="MsoNormal">')
    assert (
        "To approve as a correct record\nthe minutes of the meeting held on 25 November 2025."
        in first.agenda_html
    )
    assert first.minutes_html.startswith('<div class="WordSection1">')  # leading whitespace stripped
    assert "25 November 2025 as a correct record." in first.minutes_html
    assert "future Work\nProgramme for the remainder of 2025/26" in second.minutes_html
    assert (first.minutes_number, second.minutes_number) == ("1", "9")
    assert not any(i.restricted or i.is_decision for i in (first, second))
    assert first.url == "https://democracy.manchester.gov.uk/mgAi.aspx?ID=18831"


def test_meeting_with_minutes_documents() -> None:
    m = meeting("meeting_with_minutes.xml")
    [approved] = m.items[0].documents
    assert approved.external_id == "60860"
    assert (
        approved.title == "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025"
    )  # doubled space collapsed
    assert approved.url == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"
    assert approved.kind is DocumentKind.MINUTES
    assert approved.published_on == date(2026, 2, 2)
    assert approved.item_external_id == "18831"
    [work] = m.items[1].documents
    assert (work.external_id, work.title, work.kind) == (
        "60909",
        "DRAFT WP FEBRUARY 2026",
        DocumentKind.PAPER,
    )
    assert [(d.external_id, d.kind, d.url, d.item_external_id) for d in m.documents] == [
        ("4967-T0", DocumentKind.AGENDA_FRONTSHEET, f"{BASE}/mgConvert2PDF.aspx?ID=4967&T=0", ""),
        ("4967-T10", DocumentKind.REPORTS_PACK, f"{BASE}/mgConvert2PDF.aspx?ID=4967&T=10", ""),
        ("4967-T1", DocumentKind.MINUTES, f"{BASE}/mgConvert2PDF.aspx?ID=4967&T=1", ""),
    ]
    assert len(m.all_documents) == 5


def test_meeting_with_minutes_attendee() -> None:
    [attendee] = meeting("meeting_with_minutes.xml").attendees
    assert attendee.name == "Councillor Basil Curley"
    assert attendee.role == "Committee Member"
    assert attendee.attendance is Attendance.EXPECTED
    assert (attendee.party, attendee.ward, attendee.member_id) == ("LAB", "Charlestown", "192")


def test_cancelled_meeting_without_minutes() -> None:
    m = meeting("meeting_no_minutes.xml")
    assert m.external_id == "4966"
    assert m.status is MeetingStatus.CANCELLED
    assert m.starts_at == datetime(2026, 1, 13, 10, 0, tzinfo=LONDON)
    assert m.location == "Council Antechamber, Level 2, Town Hall Extension"
    assert (m.agenda_published, m.minutes_published, m.decisions_published) == (False, False, False)
    assert m.items == ()
    assert m.documents == ()  # no agenda published: no standard documents to fetch
    [attendee] = m.attendees
    assert (attendee.member_id, attendee.ward, attendee.attendance) == (
        "192",
        "Charlestown",
        Attendance.EXPECTED,
    )


def test_rebasing_moves_every_link_onto_the_replay_address() -> None:
    m = meeting("meeting_with_minutes.xml", base_url="http://127.0.0.1:8765/", canonical_base=BASE + "/")
    assert m.url == "http://127.0.0.1:8765/ieListDocuments.aspx?CId=144&MId=4967"
    assert sorted(d.url for d in m.all_documents) == [
        "http://127.0.0.1:8765/mgConvert2PDF.aspx?ID=4967&T=0",
        "http://127.0.0.1:8765/mgConvert2PDF.aspx?ID=4967&T=1",
        "http://127.0.0.1:8765/mgConvert2PDF.aspx?ID=4967&T=10",
        "http://127.0.0.1:8765/mgConvert2PDF.aspx?ID=60860",
        "http://127.0.0.1:8765/mgConvert2PDF.aspx?ID=60909",
    ]
    assert [i.url for i in m.items] == [
        "http://127.0.0.1:8765/mgAi.aspx?ID=18831",
        "http://127.0.0.1:8765/mgAi.aspx?ID=18833",
    ]


QUIRKY_MEETING = """<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingid>77</meetingid><meetingdate>26/06/2024</meetingdate><meetingstatus>Postponed</meetingstatus>
<meetingtime>{time}</meetingtime><meetinglocation>  Committee   Room 1  </meetinglocation>
<agendapublished>True</agendapublished><minutepublished>False</minutepublished><decisionpublished>True</decisionpublished>
<agendaitems><agendaitem><agendaitemid>5</agendaitemid>
<agendaitemtitle>Health &amp;amp; Wellbeing  Board   update</agendaitemtitle>
<agendatext>

    &lt;p class="MsoNormal"&gt;Text&amp;nbsp;here&lt;/p&gt;</agendatext>
<agendaitemnumber>3</agendaitemnumber><fulldisplaynumberformat>2a</fulldisplaynumberformat>
<minutesnonemptyhtmlbody>&amp;lt;p&amp;gt;Escaped twice&amp;lt;/p&amp;gt;</minutesnonemptyhtmlbody>
<isrestricted>True</isrestricted><isdecision>True</isdecision>
<linkeddocuments><linkeddoc><attachmentid>900</attachmentid><title>Report</title>
<url>http://democracy.example.gov.uk/documents/s900/Report.pdf</url><isrestricted>False</isrestricted>
<publicationdate>not a date</publicationdate></linkeddoc>
<linkeddoc><attachmentid>901</attachmentid><title>Elsewhere</title><url>http://www.gov.uk/guidance.pdf</url></linkeddoc>
</linkeddocuments></agendaitem></agendaitems>
<attendees><attendee memberid="3" name="Cllr  A  Person" attendance="Present as substitute"
 roledescription="Substitute"/>
<attendee name="Officer B" attendance="In attendance"/></attendees>
</meeting>"""


@pytest.mark.parametrize(
    ("written", "hour", "minute"),
    [
        ("10.00 am", 10, 0),
        ("10:00am", 10, 0),
        ("2.30 pm", 14, 30),
        ("noon", 12, 0),
        ("", 0, 0),
        ("TBC", 0, 0),
    ],
)
def test_meeting_times_and_bst(written: str, hour: int, minute: int) -> None:
    m = parse_meeting(
        QUIRKY_MEETING.format(time=written).encode(),
        base_url="https://democracy.example.gov.uk",
        committee_external_id="9",
        committee_title="Board",
    )
    assert m.starts_at == datetime(2024, 6, 26, hour, minute, tzinfo=LONDON)
    assert m.starts_at.utcoffset().total_seconds() == 3600


def test_quirks_are_smoothed() -> None:
    m = parse_meeting(
        QUIRKY_MEETING.format(time="10.00 am").encode(),
        base_url="https://democracy.example.gov.uk/",
        committee_external_id="9",
        committee_title="Board",
    )
    assert m.status is MeetingStatus.POSTPONED
    assert m.location == "Committee Room 1"
    assert (m.agenda_published, m.minutes_published, m.decisions_published) == (True, False, True)
    [item] = m.items
    assert item.title == "Health & Wellbeing Board update"
    assert item.agenda_html == '<p class="MsoNormal">Text&nbsp;here</p>'
    assert item.minutes_html == "<p>Escaped twice</p>"
    assert (item.display_number, item.internal_number, item.restricted, item.is_decision) == (
        "2a",
        "3",
        True,
        True,
    )
    report, elsewhere = item.documents
    assert report.url == "https://democracy.example.gov.uk/documents/s900/Report.pdf"  # http → https
    assert report.published_on is None  # unreadable publication date dropped, document kept
    assert elsewhere.url == "http://www.gov.uk/guidance.pdf"  # another host is left alone
    substitute, officer = m.attendees
    assert (substitute.name, substitute.attendance, substitute.member_id) == (
        "Cllr A Person",
        Attendance.PRESENT,
        "3",
    )
    assert (officer.attendance, officer.party, officer.member_id) == (Attendance.IN_ATTENDANCE, "", "")


def test_unreadable_meeting_date_names_the_meeting() -> None:
    body = b"<getmeetings><committee><committeeid>1</committeeid><committeemeetings><meeting>"
    body += b"<meetingid>5</meetingid>"
    body += b"<meetingdate>sometime</meetingdate></meeting></committeemeetings></committee></getmeetings>"
    with pytest.raises(SourceError, match="meeting 5 has an unreadable date 'sometime'"):
        parse_meetings(body)


def test_meetings_across_committees_keep_their_own_committee() -> None:
    body = b"""<getmeetings>
    <committee><committeeid>1</committeeid><committeemeetings>
      <meeting><meetingid>10</meetingid><meetingdate>01/03/2026</meetingdate><meetingstatus>Confirmed</meetingstatus></meeting>
    </committeemeetings></committee>
    <committee><committeeid>2</committeeid><committeemeetings>
      <meeting><meetingid>20</meetingid><meetingdate>02/03/2026</meetingdate><meetingstatus>Provisional</meetingstatus>
      <meetingtime>6.30 pm</meetingtime><iswebcast>True</iswebcast></meeting>
    </committeemeetings></committee></getmeetings>"""
    stubs = parse_meetings(body)
    assert [(s.external_id, s.committee_external_id, s.status, s.webcast) for s in stubs] == [
        ("10", "1", MeetingStatus.CONFIRMED, False),
        ("20", "2", MeetingStatus.PROVISIONAL, True),
    ]
    assert stubs[1].starts_at == datetime(2026, 3, 2, 18, 30, tzinfo=LONDON)
