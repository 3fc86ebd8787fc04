"""ModernGovSource over a dictionary of recorded responses (a stand-in for the internet, not for our code)."""

import hashlib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from councilwatch.core.fetch.types import FetchError, FetchResult
from councilwatch.core.london import LONDON
from councilwatch.core.models import Attendance, Committee, MeetingStatus
from councilwatch.core.sources.errors import SourceError
from councilwatch.core.sources.source import MODE_HTML, MODE_WEB_SERVICE, ModernGovSource

FIXTURES = Path(__file__).parents[2] / "fixtures" / "moderngov"
MINUTES = FIXTURES / "DemocracyClub_LGSF" / "minutes"
PAGES = FIXTURES / "pages"
MANCHESTER = "https://democracy.manchester.gov.uk"
FERNBRIDGE = "https://democracy.fernbridge.gov.uk/moderngov"
WS = "mgWebService.asmx"
AUDIT = Committee("144", "Audit Committee")


class RecordedInternet:
    """url → bytes (200) or int (an HTTP error after retries) or None (connection refused)."""

    def __init__(self, responses: dict[str, bytes | int | None]) -> None:
        self.responses = responses
        self.requested: list[str] = []

    def get(self, url: str) -> FetchResult:
        self.requested.append(url)
        if url not in self.responses:
            raise FetchError(url, "not found", status=404)
        answer = self.responses[url]
        if answer is None:
            raise FetchError(url, "connection refused")
        if isinstance(answer, int):
            raise FetchError(url, f"HTTP {answer}", status=answer)
        return FetchResult(url, url, 200, answer, hashlib.sha256(answer).hexdigest(), "text/xml")


def web_service(base: str = MANCHESTER) -> dict[str, bytes | int | None]:
    return {
        f"{base}/{WS}/GetCommittees": (MINUTES / "committees.xml").read_bytes(),
        f"{base}/{WS}/GetMeetings?lCommitteeId=144&sFromDate=01/02/2026&sToDate=28/02/2026": (
            MINUTES / "meetings.xml"
        ).read_bytes(),
        f"{base}/{WS}/GetMeeting?lMeetingId=4967": (MINUTES / "meeting_with_minutes.xml").read_bytes(),
    }


def html_pages(base: str = FERNBRIDGE) -> dict[str, bytes | int | None]:
    return {
        f"{base}/mgListCommittees.aspx": (PAGES / "mgListCommittees.html").read_bytes(),
        f"{base}/ieListMeetings.aspx?CommitteeId=144": (PAGES / "ieListMeetings_144.html").read_bytes(),
        f"{base}/ieListDocuments.aspx?CId=144&MId=4967": (
            PAGES / "ieListDocuments_144_4967.html"
        ).read_bytes(),
        f"{base}/mgAi.aspx?ID=18832": (PAGES / "mgAi_18832.html").read_bytes(),
        f"{base}/mgMeetingAttendance.aspx?ID=4967": (PAGES / "mgMeetingAttendance_4967.html").read_bytes(),
    }


FEB = (date(2026, 2, 1), date(2026, 2, 28))


def test_web_service_path_filters_on_the_meeting_date() -> None:
    internet = RecordedInternet(web_service())
    source = ModernGovSource(MANCHESTER + "/", internet)
    committees = source.committees()
    assert [c.external_id for c in committees] == ["312", "163", "144"]
    # The server ignored the window and sent January's meeting too: we drop it.
    [stub] = source.meetings(committees[2], *FEB)
    assert (stub.external_id, stub.starts_at) == ("4967", datetime(2026, 2, 10, 10, 0, tzinfo=LONDON))
    meeting = source.meeting(stub, committees[2])
    assert (meeting.external_id, meeting.committee_title, len(meeting.items)) == (
        "4967",
        "Audit Committee",
        2,
    )
    assert meeting.attendees[0].party == "LAB"
    assert source.mode == MODE_WEB_SERVICE and source.fallback_reason == ""
    assert internet.requested == list(web_service())


def test_meetings_of_other_committees_are_dropped() -> None:
    responses = web_service()
    responses[f"{MANCHESTER}/{WS}/GetMeetings?lCommitteeId=163&sFromDate=01/02/2026&sToDate=28/02/2026"] = (
        MINUTES / "meetings.xml"
    ).read_bytes()  # a server that ignores lCommitteeId and sends committee 144's meetings
    source = ModernGovSource(MANCHESTER, RecordedInternet(responses))
    assert source.meetings(Committee("163", "Art Galleries Committee"), *FEB) == []


@pytest.mark.parametrize("answer", [404, 403, (PAGES / "runtime_error.html").read_bytes()], ids=str)
def test_web_service_off_switches_to_the_html_pages(answer: bytes | int) -> None:
    responses = html_pages()
    responses[f"{FERNBRIDGE}/{WS}/GetCommittees"] = answer
    internet = RecordedInternet(responses)
    source = ModernGovSource(FERNBRIDGE, internet)
    committees = source.committees()
    assert source.mode == MODE_HTML
    assert "GetCommittees" in source.fallback_reason
    assert [c.external_id for c in committees] == ["144", "163", "201"]
    stubs = source.meetings(AUDIT, date(2025, 11, 1), date(2026, 2, 28))
    assert [(s.external_id, s.status) for s in stubs] == [
        ("4967", MeetingStatus.CONFIRMED),
        ("4966", MeetingStatus.CANCELLED),
        ("4901", MeetingStatus.CONFIRMED),
    ]
    meeting = source.meeting(stubs[0], AUDIT)
    assert meeting.url == f"{FERNBRIDGE}/ieListDocuments.aspx?CId=144&MId=4967"
    audit = meeting.items[1]
    assert "would report back in June" in audit.minutes_html  # cut-off minutes completed from mgAi.aspx
    assert [d.external_id for d in audit.documents] == ["60870", "60871", "60872"]
    assert [(a.member_id, a.attendance) for a in meeting.attendees][:3] == [
        ("192", Attendance.PRESENT),
        ("205", Attendance.PRESENT),
        ("231", Attendance.APOLOGIES),
    ]
    assert source.problems == []
    # after the switch the web service is never asked again
    assert [u for u in internet.requested if WS in u] == [f"{FERNBRIDGE}/{WS}/GetCommittees"]


def test_a_later_web_service_switch_off_moves_the_rest_of_the_crawl_to_pages() -> None:
    responses = web_service(FERNBRIDGE) | html_pages()
    responses[f"{FERNBRIDGE}/{WS}/GetMeeting?lMeetingId=4967"] = 404
    source = ModernGovSource(FERNBRIDGE, RecordedInternet(responses))
    [stub] = source.meetings(AUDIT, *FEB)
    assert source.mode == MODE_WEB_SERVICE
    meeting = source.meeting(stub, AUDIT)
    assert source.mode == MODE_HTML and "404" in source.fallback_reason
    assert meeting.location == "Council Antechamber, Level 2, Town Hall Extension"
    assert [d.external_id for d in meeting.documents] == ["4967-T0", "4967-T10", "4967-T1"]


def test_a_persistent_server_error_uses_the_pages_for_that_call_only() -> None:
    responses = web_service(FERNBRIDGE) | html_pages()
    responses[f"{FERNBRIDGE}/{WS}/GetMeeting?lMeetingId=4967"] = 503
    internet = RecordedInternet(responses)
    source = ModernGovSource(FERNBRIDGE, internet)
    [stub] = source.meetings(AUDIT, *FEB)
    meeting = source.meeting(stub, AUDIT)
    assert source.mode == MODE_WEB_SERVICE and source.fallback_reason == ""
    assert meeting.url == f"{FERNBRIDGE}/ieListDocuments.aspx?CId=144&MId=4967"
    assert any("ieListDocuments.aspx" in u for u in internet.requested)
    source.committees()
    assert internet.requested[-1].endswith("GetCommittees")  # the web service is still used afterwards


def test_both_paths_name_meeting_documents_alike() -> None:
    ws_meeting = ModernGovSource(FERNBRIDGE, RecordedInternet(web_service(FERNBRIDGE))).meeting(
        ModernGovSource(FERNBRIDGE, RecordedInternet(web_service(FERNBRIDGE))).meetings(AUDIT, *FEB)[0], AUDIT
    )
    html_source = ModernGovSource(FERNBRIDGE, RecordedInternet(html_pages()), mode=MODE_HTML)
    html_meeting = html_source.meeting(html_source.meetings(AUDIT, *FEB)[0], AUDIT)
    assert [(d.external_id, d.url) for d in ws_meeting.documents] == [
        (d.external_id, d.url) for d in html_meeting.documents
    ]
    assert ws_meeting.url == html_meeting.url
    assert ws_meeting.starts_at == html_meeting.starts_at
    assert ws_meeting.items[0].external_id == html_meeting.items[0].external_id == "18831"


def test_a_network_failure_is_not_mistaken_for_a_switched_off_service() -> None:
    responses = web_service()
    responses[f"{MANCHESTER}/{WS}/GetCommittees"] = None
    source = ModernGovSource(MANCHESTER, RecordedInternet(responses))
    with pytest.raises(FetchError, match="connection refused"):
        source.committees()
    assert source.mode == MODE_WEB_SERVICE


def test_malformed_xml_is_an_error_naming_the_url() -> None:
    responses = web_service()
    responses[f"{MANCHESTER}/{WS}/GetMeeting?lMeetingId=4967"] = b"<meeting><meetingid>4967</meeting>"
    source = ModernGovSource(MANCHESTER, RecordedInternet(responses))
    stub = source.meetings(AUDIT, *FEB)[0]
    with pytest.raises(SourceError) as caught:
        source.meeting(stub, AUDIT)
    assert caught.value.reason.startswith("malformed XML")
    assert caught.value.url == f"{MANCHESTER}/{WS}/GetMeeting?lMeetingId=4967"
    assert source.mode == MODE_WEB_SERVICE


def test_missing_extra_pages_are_recorded_not_fatal() -> None:
    responses = html_pages()
    responses[f"{FERNBRIDGE}/mgMeetingAttendance.aspx?ID=4967"] = 500
    responses[f"{FERNBRIDGE}/mgAi.aspx?ID=18832"] = (PAGES / "runtime_error.html").read_bytes()
    source = ModernGovSource(FERNBRIDGE, RecordedInternet(responses), mode=MODE_HTML)
    meeting = source.meeting(source.meetings(AUDIT, *FEB)[0], AUDIT)
    assert meeting.attendees == ()
    assert "limited" in meeting.items[1].minutes_html  # the cut-off minutes are kept
    assert [(p.url, p.reason) for p in source.problems] == [
        (
            f"{FERNBRIDGE}/mgAi.aspx?ID=18832",
            "expected a ModernGov agenda item page, got something else (page title: 'Runtime Error')",
        ),
        (f"{FERNBRIDGE}/mgMeetingAttendance.aspx?ID=4967", "HTTP 500"),
    ]


def test_replay_with_canonical_base_never_leaves_the_replay() -> None:
    replay = "http://127.0.0.1:8765"
    xml_internet = RecordedInternet(web_service(replay))
    source = ModernGovSource(replay, xml_internet, canonical_base=MANCHESTER)
    meeting = source.meeting(source.meetings(AUDIT, *FEB)[0], AUDIT)
    assert all(d.url.startswith(replay + "/") for d in meeting.all_documents)

    html_internet = RecordedInternet(html_pages(replay))
    html_source = ModernGovSource(replay, html_internet, canonical_base=FERNBRIDGE, mode=MODE_HTML)
    html_meeting = html_source.meeting(html_source.meetings(AUDIT, *FEB)[0], AUDIT)
    urls = [d.url for d in html_meeting.all_documents] + [i.url for i in html_meeting.items]
    assert all(u.startswith(replay + "/") for u in urls), urls
    assert all(u.startswith(replay + "/") for u in html_internet.requested + xml_internet.requested)
    assert len(html_meeting.attendees) == 7


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown mode"):
        ModernGovSource(MANCHESTER, RecordedInternet({}), mode="soap")


def test_a_cancellation_known_from_the_list_wins_over_the_page_heading() -> None:
    source = ModernGovSource(FERNBRIDGE, RecordedInternet(html_pages()), mode=MODE_HTML)
    listed = source.meetings(AUDIT, *FEB)[0]
    cancelled = source.meeting(replace(listed, status=MeetingStatus.CANCELLED), AUDIT)
    assert cancelled.status is MeetingStatus.CANCELLED
    unknown = source.meeting(replace(listed, status=MeetingStatus.UNKNOWN), AUDIT)
    assert unknown.status is MeetingStatus.CONFIRMED  # the page's heading decides
