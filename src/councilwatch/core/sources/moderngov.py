"""Parsers for the ModernGov web service (``mgWebService.asmx``): response bytes → core records.

Pure functions, no I/O. Each takes the raw body so the same code parses a live response, a cached copy
or a test fixture. Links are resolved against the base we fetch from (``base_url``); when a replay or a
moved site is served from another address, pass the council's ``canonical_base`` so links the server
spells on its public host are rewritten onto ``base_url`` (see ``urls.rebase_url``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, datetime

from councilwatch.core.london import london_datetime, parse_uk_date, parse_uk_time
from councilwatch.core.models import AgendaItem, Attendee, Committee, DocumentLink, Meeting, MeetingStub
from councilwatch.core.sources.documents import (
    classify_document,
    document_external_id,
    standard_meeting_documents,
)
from councilwatch.core.sources.errors import SourceError
from councilwatch.core.sources.text import clean_html_fragment, clean_title, collapse
from councilwatch.core.sources.urls import convert_pdf_url, item_page_url, meeting_page_url, rebase_url
from councilwatch.core.sources.vocab import attendance, meeting_status
from councilwatch.core.sources.xmlsafe import child_flag, child_text, parse_xml


def parse_committees(xml: bytes) -> list[Committee]:
    """GetCommittees → committees in the order the council lists them."""
    root = parse_xml(xml)
    _expect_root(root, "committees", "GetCommittees")
    committees = []
    for element in root.iter("committee"):
        committee_id = child_text(element, "committeeid")
        if not committee_id:
            raise SourceError("GetCommittees lists a committee without a committeeid")
        committees.append(
            Committee(
                external_id=committee_id,
                title=clean_title(element.findtext("committeetitle")),
                category=clean_title(element.findtext("committeecategory")),
                deleted=child_flag(element, "committeedeleted"),
                expired=child_flag(element, "committeeexpired"),
            )
        )
    return committees


def parse_meetings(xml: bytes, *, committee_external_id: str = "") -> list[MeetingStub]:
    """GetMeetings → stubs, each with its committee's id (from the enclosing ``<committee>``, the
    meeting's own ``<committeeid>``, or ``committee_external_id`` as a last resort)."""
    root = parse_xml(xml)
    _expect_root(root, "getmeetings", "GetMeetings", also=("meetings", "committee"))
    stubs: list[MeetingStub] = []
    # Committees first so nested meetings get their committee's id; the root last for any stragglers.
    committees = [*root.iter("committee"), root]
    seen: set[str] = set()
    for committee in committees:
        owner = child_text(committee, "committeeid") or committee_external_id
        for meeting in committee.iter("meeting"):
            meeting_id = child_text(meeting, "meetingid")
            if not meeting_id:
                raise SourceError("GetMeetings lists a meeting without a meetingid")
            if meeting_id in seen:
                continue  # the root pass meets again the meetings nested in committees
            seen.add(meeting_id)
            stubs.append(
                MeetingStub(
                    external_id=meeting_id,
                    committee_external_id=child_text(meeting, "committeeid") or owner,
                    starts_at=_starts_at(meeting, meeting_id),
                    status=meeting_status(meeting.findtext("meetingstatus")),
                    webcast=child_flag(meeting, "iswebcast"),
                )
            )
    return stubs


def parse_meeting(
    xml: bytes,
    *,
    base_url: str,
    committee_external_id: str,
    committee_title: str,
    canonical_base: str | None = None,
) -> Meeting:
    """GetMeeting → the whole meeting: items with minutes and papers, attendees, standard documents."""
    root = parse_xml(xml)
    element = root if root.tag == "meeting" else root.find(".//meeting")
    if element is None:
        raise SourceError(f"expected a GetMeeting response, got <{root.tag}>")
    meeting_id = child_text(element, "meetingid")
    if not meeting_id:
        raise SourceError("the GetMeeting response has no meetingid")
    agenda_published = child_flag(element, "agendapublished")
    minutes_published = child_flag(element, "minutepublished")

    def link(url: str) -> str:
        return rebase_url(url, base_url, canonical_base)

    items = tuple(
        _agenda_item(order, item, base_url, link)
        for order, item in enumerate(element.findall("agendaitems/agendaitem"))
    )
    return Meeting(
        external_id=meeting_id,
        committee_external_id=committee_external_id,
        committee_title=clean_title(committee_title),
        starts_at=_starts_at(element, meeting_id),
        status=meeting_status(element.findtext("meetingstatus")),
        location=collapse(element.findtext("meetinglocation")) or collapse(element.findtext("meetingroom")),
        agenda_published=agenda_published,
        minutes_published=minutes_published,
        decisions_published=child_flag(element, "decisionpublished"),
        url=meeting_page_url(base_url, committee_external_id, meeting_id),
        items=items,
        attendees=tuple(_attendee(a) for a in element.findall("attendees/attendee")),
        documents=standard_meeting_documents(
            base_url, meeting_id, agenda_published=agenda_published, minutes_published=minutes_published
        ),
    )


def _expect_root(root: ET.Element, tag: str, operation: str, also: tuple[str, ...] = ()) -> None:
    if root.tag != tag and root.tag not in also:
        raise SourceError(f"expected a {operation} response (<{tag}>), got <{root.tag}>")


def _starts_at(element: ET.Element, meeting_id: str) -> datetime:
    raw_date = child_text(element, "meetingdate")
    try:
        day = parse_uk_date(raw_date)
    except ValueError as exc:
        raise SourceError(f"meeting {meeting_id} has an unreadable date {raw_date!r}") from exc
    return london_datetime(day, parse_uk_time(child_text(element, "meetingtime")))


def _agenda_item(order: int, element: ET.Element, base_url: str, link: Callable[[str], str]) -> AgendaItem:
    item_id = child_text(element, "agendaitemid")
    if not item_id:
        raise SourceError(f"agenda item {order + 1} has no agendaitemid")
    return AgendaItem(
        external_id=item_id,
        order=order,
        display_number=collapse(element.findtext("fulldisplaynumberformat")),
        internal_number=child_text(element, "agendaitemnumber"),
        title=clean_title(element.findtext("agendaitemtitle")),
        agenda_html=clean_html_fragment(element.findtext("agendatext")),
        minutes_html=clean_html_fragment(element.findtext("minutesnonemptyhtmlbody")),
        restricted=child_flag(element, "isrestricted"),
        is_decision=child_flag(element, "isdecision"),
        minutes_number=child_text(element, "minutesitemnumber"),
        url=item_page_url(base_url, item_id),
        documents=tuple(
            _linked_document(doc, item_id, base_url, link)
            for doc in element.findall("linkeddocuments/linkeddoc")
        ),
    )


def _linked_document(
    element: ET.Element, item_id: str, base_url: str, link: Callable[[str], str]
) -> DocumentLink:
    attachment_id = child_text(element, "attachmentid")
    raw_url = child_text(element, "url")
    if not raw_url and not attachment_id:
        raise SourceError(f"a document of agenda item {item_id} has neither a url nor an attachmentid")
    url = link(raw_url) if raw_url else convert_pdf_url(base_url, attachment_id)
    title = clean_title(element.findtext("title"))
    kind = classify_document(title, url)
    return DocumentLink(
        external_id=attachment_id or document_external_id(url, kind),
        title=title,
        url=url,
        kind=kind,
        restricted=child_flag(element, "isrestricted"),
        published_on=_optional_date(child_text(element, "publicationdate")),
        item_external_id=item_id,
    )


def _optional_date(text: str) -> date | None:
    """Publication dates are informative only: an unreadable one is dropped rather than failing."""
    try:
        return parse_uk_date(text) if text else None
    except ValueError:
        return None


def _attendee(element: ET.Element) -> Attendee:
    return Attendee(
        name=clean_title(element.get("name")),
        role=clean_title(element.get("roledescription")),
        attendance=attendance(element.get("attendance")),
        party=clean_title(element.get("politicalparty")),
        ward=clean_title(element.get("ward")),
        member_id=(element.get("memberid") or "").strip(),
    )


def __getattr__(name: str) -> object:
    """``from councilwatch.core.sources.moderngov import ModernGovSource`` works too.

    The class lives in ``source.py``, which imports this module; importing it lazily avoids the cycle.
    """
    if name == "ModernGovSource":
        from councilwatch.core.sources.source import ModernGovSource

        return ModernGovSource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
