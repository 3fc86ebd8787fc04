"""URL building from whole base URLs (with paths), link normalisation and rebasing."""

import json
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from councilwatch.core.models import DocumentKind
from councilwatch.core.sources.documents import classify_document, document_external_id
from councilwatch.core.sources.urls import (
    attendance_page_url,
    committee_list_url,
    committees_url,
    convert_pdf_url,
    decision_detail_url,
    decisions_list_url,
    item_page_url,
    meeting_list_url,
    meeting_page_url,
    meeting_url,
    meetings_url,
    normalise_base,
    rebase_url,
)

COUNCILS = (
    Path(__file__).parents[2] / "fixtures" / "moderngov" / "jadu_modgov-mcp-cloudflare" / "councils.json"
)


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("https://democracy.leeds.gov.uk/", "https://democracy.leeds.gov.uk"),
        (
            "https://democracy.huntingdonshire.gov.uk/moderngov",
            "https://democracy.huntingdonshire.gov.uk/moderngov",
        ),
        ("http://www.example.gov.uk/modern.gov/", "http://www.example.gov.uk/modern.gov"),
        (
            "HTTPS://Committees.Exeter.gov.uk/mgMemberIndex.aspx?FN=ALPHA&VW=LIST",
            "https://committees.exeter.gov.uk",
        ),
    ],
)
def test_bases_are_normalised(base: str, expected: str) -> None:
    assert normalise_base(base) == expected


@pytest.mark.parametrize("base", ["democracy.leeds.gov.uk", "ftp://x.gov.uk", "", "https://"])
def test_bad_bases_are_refused(base: str) -> None:
    with pytest.raises(ValueError, match="not a web address"):
        normalise_base(base)


def test_builders_keep_the_base_path() -> None:
    base = "https://www.fenland.gov.uk/localgov/"
    assert committees_url(base) == "https://www.fenland.gov.uk/localgov/mgWebService.asmx/GetCommittees"
    assert meetings_url(base, 144, date(2026, 1, 3), date(2026, 12, 31)) == (
        "https://www.fenland.gov.uk/localgov/mgWebService.asmx/GetMeetings"
        "?lCommitteeId=144&sFromDate=03/01/2026&sToDate=31/12/2026"
    )
    assert (
        meeting_url(base, "4967")
        == "https://www.fenland.gov.uk/localgov/mgWebService.asmx/GetMeeting?lMeetingId=4967"
    )
    assert (
        meeting_page_url(base, 144, 4967)
        == "https://www.fenland.gov.uk/localgov/ieListDocuments.aspx?CId=144&MId=4967"
    )
    assert committee_list_url(base) == "https://www.fenland.gov.uk/localgov/mgListCommittees.aspx"
    assert (
        meeting_list_url(base, 144)
        == "https://www.fenland.gov.uk/localgov/ieListMeetings.aspx?CommitteeId=144"
    )
    assert item_page_url(base, 18831) == "https://www.fenland.gov.uk/localgov/mgAi.aspx?ID=18831"
    assert (
        attendance_page_url(base, 4967)
        == "https://www.fenland.gov.uk/localgov/mgMeetingAttendance.aspx?ID=4967"
    )
    assert (
        convert_pdf_url(base, 4967, 10)
        == "https://www.fenland.gov.uk/localgov/mgConvert2PDF.aspx?ID=4967&T=10"
    )
    assert convert_pdf_url(base, 60860) == "https://www.fenland.gov.uk/localgov/mgConvert2PDF.aspx?ID=60860"
    assert decisions_list_url(base, date(2025, 4, 1), date(2025, 11, 30)) == (
        "https://www.fenland.gov.uk/localgov/mgDelegatedDecisions.aspx?DS=2&DR=01%2f04%2f2025-30%2f11%2f2025"
    )
    assert (
        decision_detail_url(base, 13567)
        == "https://www.fenland.gov.uk/localgov/ieDecisionDetails.aspx?ID=13567"
    )


def test_every_jadu_council_base_builds_valid_endpoints() -> None:
    councils = json.loads(COUNCILS.read_text())["councils"]
    assert len(councils) == 43
    for council in councils:
        base = council["url"]
        root = urlsplit(base)
        for url in (
            committees_url(base),
            meetings_url(base, 7, date(2026, 1, 1), date(2026, 3, 31)),
            meeting_page_url(base, 7, 9),
        ):
            parts = urlsplit(url)
            assert parts.scheme == "https" and parts.hostname == root.hostname
            assert "//" not in parts.path and " " not in url
        query = parse_qs(urlsplit(meetings_url(base, 7, date(2026, 1, 1), date(2026, 3, 31))).query)
        assert query == {"lCommitteeId": ["7"], "sFromDate": ["01/01/2026"], "sToDate": ["31/03/2026"]}
    assert (
        committees_url(councils[0]["url"]) == "https://democracy.leeds.gov.uk/mgWebService.asmx/GetCommittees"
    )


REPLAY = "http://127.0.0.1:8765"


@pytest.mark.parametrize(
    ("url", "canonical", "expected"),
    [
        # the canonical host moves onto the replay, keeping the path
        (
            "https://democracy.x.gov.uk/documents/s1/A.pdf",
            "https://democracy.x.gov.uk",
            f"{REPLAY}/documents/s1/A.pdf",
        ),
        # canonical base with a path: the path after it is kept
        (
            "https://x.gov.uk/moderngov/mgAi.aspx?ID=5",
            "https://x.gov.uk/moderngov/",
            f"{REPLAY}/mgAi.aspx?ID=5",
        ),
        # the canonical host spelled with http and odd case still matches
        (
            "http://DEMOCRACY.x.gov.uk/mgConvert2PDF.aspx?ID=1&T=0",
            "https://democracy.x.gov.uk",
            f"{REPLAY}/mgConvert2PDF.aspx?ID=1&T=0",
        ),
        # same host but outside the canonical path: whole path kept on the replay
        ("https://x.gov.uk/other/page.pdf", "https://x.gov.uk/moderngov", f"{REPLAY}/other/page.pdf"),
        # other hosts are left alone
        ("https://www.gov.uk/guidance", "https://democracy.x.gov.uk", "https://www.gov.uk/guidance"),
        # relative links resolve under the effective base
        ("documents/s2/B C.pdf", "https://democracy.x.gov.uk", f"{REPLAY}/documents/s2/B%20C.pdf"),
    ],
)
def test_rebase_onto_a_replay(url: str, canonical: str, expected: str) -> None:
    assert rebase_url(url, REPLAY, canonical) == expected


def test_rebase_onto_a_base_with_a_path() -> None:
    got = rebase_url(
        "https://x.gov.uk/moderngov/documents/s1/A.pdf",
        "http://127.0.0.1:8765/replay/x/",
        "https://x.gov.uk/moderngov",
    )
    assert got == "http://127.0.0.1:8765/replay/x/documents/s1/A.pdf"


def test_http_links_take_the_https_base_scheme_without_a_canonical() -> None:
    assert (
        rebase_url("http://x.gov.uk/documents/s1/A.pdf", "https://x.gov.uk")
        == "https://x.gov.uk/documents/s1/A.pdf"
    )
    assert rebase_url("http://y.gov.uk/a.pdf", "https://x.gov.uk") == "http://y.gov.uk/a.pdf"


@pytest.mark.parametrize(
    ("title", "url", "kind", "external_id"),
    [
        (
            "Agenda frontsheet",
            "https://x/mgConvert2PDF.aspx?ID=4967&T=0",
            DocumentKind.AGENDA_FRONTSHEET,
            "4967-T0",
        ),
        (
            "Agenda reports pack",
            "https://x/mgConvert2PDF.aspx?ID=4967&amp;T=10".replace("&amp;", "&"),
            DocumentKind.REPORTS_PACK,
            "4967-T10",
        ),
        ("Printed minutes", "https://x/mgConvert2PDF.aspx?id=4967&t=1", DocumentKind.MINUTES, "4967-T1"),
        (
            "Public reports pack 10th-Feb-2026",
            "https://x/documents/g4967/Public%20reports%20pack.pdf",
            DocumentKind.REPORTS_PACK,
            "4967-T10",
        ),
        (
            "Printed minutes 10th-Feb-2026",
            "https://x/documents/g4967/Printed%20minutes.pdf",
            DocumentKind.MINUTES,
            "4967-T1",
        ),
        (
            "Agenda frontsheet 10th-Feb-2026",
            "https://x/documents/g4967/Agenda%20frontsheet.pdf",
            DocumentKind.AGENDA_FRONTSHEET,
            "4967-T0",
        ),
        ("Supplement", "https://x/documents/g4967/Supplement.pdf", DocumentKind.REPORTS_PACK, "4967-T10"),
        ("Minutes of the previous meeting", "https://x/documents/s1/M.pdf", DocumentKind.MINUTES, "1"),
        (
            "6 - CHAIR APPROVED Minutes Audit Committee",
            "https://x/mgConvert2PDF.aspx?ID=60860",
            DocumentKind.MINUTES,
            "60860",
        ),
        ("Report on the minutes retention policy", "https://x/documents/s2/R.pdf", DocumentKind.PAPER, "2"),
        ("DRAFT WP FEBRUARY 2026", "https://x/mgConvert2PDF.aspx?ID=60909", DocumentKind.PAPER, "60909"),
    ],
)
def test_document_kinds_and_shared_ids(title: str, url: str, kind: DocumentKind, external_id: str) -> None:
    assert classify_document(title, url) is kind
    assert document_external_id(url, kind) == external_id


def test_unrecognised_links_get_a_stable_id() -> None:
    first = document_external_id("https://www.gov.uk/guidance", DocumentKind.PAPER)
    assert first == document_external_id("https://www.gov.uk/guidance", DocumentKind.PAPER)
    assert first.startswith("url-") and first != document_external_id(
        "https://www.gov.uk/other", DocumentKind.PAPER
    )
