"""The real Kirklees decision fixtures (DemocracyClub LGSF) parse into exact records."""

from datetime import date
from pathlib import Path

import pytest

from councilwatch.core.models import DocumentKind
from councilwatch.core.sources.decisions import parse_decision_detail, parse_decisions_list
from councilwatch.core.sources.errors import SourceError

DECISIONS = Path(__file__).parents[2] / "fixtures" / "moderngov" / "DemocracyClub_LGSF" / "decisions"
SITE = "https://democracy.kirklees.gov.uk"


def fixture(name: str) -> bytes:
    return (DECISIONS / name).read_bytes()


def test_decisions_list_strips_hidden_refs_and_skips_other_rows() -> None:
    listings = parse_decisions_list(
        fixture("modgov_decisions_list.html"), url=f"{SITE}/mgDelegatedDecisions.aspx"
    )
    assert [(d.external_id, d.title) for d in listings] == [
        (
            "13567",
            "Settlement Agreement with Network Rail Infrastructure Limited (NRIL) in respect of land "
            "adjacent to the George Hotel, Railway Street, Huddersfield",
        ),
        ("13149", "Admission of the Public"),
    ]
    first, second = listings
    assert first.url == f"{SITE}/ieDecisionDetails.aspx?ID=13567"
    assert (first.published_on, first.effective_from, first.call_in) == (
        date(2025, 4, 1),
        date(2025, 4, 1),
        "Not for call-in",
    )
    assert (second.published_on, second.effective_from) == (date(2025, 11, 3), date(2025, 11, 3))
    assert all("ref:" not in d.title for d in listings)


def test_officer_decisions_list() -> None:
    [listing] = parse_decisions_list(fixture("modgov_officer_decisions_list.html"))
    assert (listing.external_id, listing.title, listing.url) == (
        "13149",
        "Admission of the Public",
        "ieDecisionDetails.aspx?ID=13149",  # no page URL given: the link stays relative
    )
    assert (listing.published_on, listing.effective_from, listing.call_in) == (date(2025, 11, 3), None, "")


def test_decision_detail_with_meeting_and_document() -> None:
    d = parse_decision_detail(
        fixture("modgov_decision_detail.html"), url=f"{SITE}/ieDecisionDetails.aspx?ID=9100", base_url=SITE
    )
    assert (d.external_id, d.title) == ("9100", "Minutes of Previous Meeting")
    assert (d.decision_maker, d.status) == ("", "Recommendations Approved")
    assert (d.is_key_decision, d.subject_to_call_in) == (False, False)
    assert d.purpose_html == ""
    assert d.decision_html.startswith('<div class="WordSection1">')
    assert (
        "The Minutes of the Policy\nCommittee meeting on 23 September 2015 were approved" in d.decision_html
    )
    assert (d.published_on, d.decided_on) == (date(2015, 10, 22), date(2015, 10, 19))
    assert (d.meeting_external_id, d.committee_external_id) == ("4832", "151")
    assert d.meeting_label == "19/10/2015 - Policy Committee"
    assert d.meeting_url == f"{SITE}/ieListDocuments.aspx?CId=151&MID=4832"
    assert d.issue_url == f"{SITE}/mgIssueHistoryHome.aspx?IId=6535&Opt=0"
    [document] = d.documents
    assert (document.external_id, document.title, document.kind) == (
        "7942",
        "polc2 - 23.09.2015",
        DocumentKind.PAPER,
    )
    assert document.url == f"{SITE}/documents/s7942/polc2%20-%2023.09.2015.pdf"


def test_officer_decision_with_purpose_and_no_documents() -> None:
    d = parse_decision_detail(fixture("modgov_decision_detail_no_documents.html"))
    assert d.title == (
        "To enable the Council's waste treatment contractor to consult on alternative processing arrangements"
    )
    assert d.decision_maker == "Strategic Director for Environment"
    assert (d.is_key_decision, d.subject_to_call_in) == (True, True)
    assert "To seek approval for alternative processing arrangements." in d.purpose_html
    assert "subject to employee\nconsultation outcomes." in d.decision_html
    assert (d.published_on, d.decided_on) == (date(2026, 8, 5), date(2026, 8, 4))
    assert (d.documents, d.meeting_external_id, d.issue_url, d.external_id) == ((), "", "", "")


def test_multi_paragraph_decision_keeps_every_paragraph() -> None:
    d = parse_decision_detail(fixture("modgov_decision_multi_paragraph.html"))
    assert d.title == "Appointment of contractor to demolish Holme Park Court"
    assert d.decision_maker == "Service Director - Homes & Neighbourhoods"
    assert d.decision_html.count("<p ") == 3
    assert "regeneration of Berry\nBrow." in d.decision_html
    assert "authorised by\nthe Cabinet at its meeting on Tuesday, 27 July 2021." in d.decision_html
    assert (d.published_on, d.decided_on) == (date(2025, 12, 10), date(2021, 7, 27))
    assert (d.is_key_decision, d.subject_to_call_in) == (False, False)


def test_decision_page_without_a_title_is_refused() -> None:
    with pytest.raises(SourceError, match="no title"):
        parse_decision_detail(b'<div id="modgov"><div class="mgContent"></div></div>')
