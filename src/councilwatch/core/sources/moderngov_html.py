"""Parsers for ModernGov's public HTML pages: the fallback when the XML web service is switched off.

Pages: ``mgListCommittees.aspx`` (committees), ``ieListMeetings.aspx`` (a committee's meetings),
``ieListDocuments.aspx`` (a meeting: heading, venue, items, minutes, documents), ``mgAi.aspx`` (one item
with its minutes in full) and ``mgMeetingAttendance.aspx``. The records produced use the same external
ids as the web-service path, so switching paths never duplicates a meeting, item or document.

What the HTML cannot tell us, and what we put instead:
- the internal ``agendaitemnumber`` → ``internal_number`` is empty;
- a meeting shown without a status word → CONFIRMED (the list and heading only mark exceptions);
- party and ward of attendees → empty (only the web service gives them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from councilwatch.core.london import DATE_IN_TEXT, find_uk_time, london_datetime, parse_uk_date
from councilwatch.core.models import (
    Attendance,
    Attendee,
    Committee,
    DocumentKind,
    DocumentLink,
    Meeting,
    MeetingStatus,
    MeetingStub,
)
from councilwatch.core.sources import htmlkit as kit
from councilwatch.core.sources.documents import classify_document, document_external_id
from councilwatch.core.sources.errors import SourceError
from councilwatch.core.sources.moderngov_items import ItemPage, agenda_items, complete_item, parse_item_page
from councilwatch.core.sources.text import clean_title
from councilwatch.core.sources.urls import meeting_page_url, page_name, query_param
from councilwatch.core.sources.vocab import attendance, meeting_status

_CUT_OFF = re.compile(r"view the full minutes text", re.IGNORECASE)
_COMMITTEE_PAGES = {"mgcommitteedetails.aspx", "ielistmeetings.aspx"}
_MEETING_PAGES = {"ielistdocuments.aspx", "mgmeetingdetails.aspx"}


@dataclass(frozen=True, slots=True)
class MeetingPageLinks:
    """Pages the meeting page points to that complete the meeting."""

    attendance_url: str = ""
    cut_off_item_ids: tuple[str, ...] = ()  # items whose minutes end "view the full minutes text…"


def parse_committee_list(html: bytes | str) -> list[Committee]:
    """``mgListCommittees.aspx`` → committees, each with the category heading it sits under."""
    tree = kit.parse_html(html)
    kit.require_moderngov(tree, "committee list")
    committees: dict[str, Committee] = {}
    category = ""
    for node in tree.css("h2.mgSectionTitle, ul.mgBulletList a[href]"):
        if node.tag == "h2":
            category = clean_title(kit.text_of(node))
            continue
        href = node.attributes.get("href") or ""
        if page_name(href) not in _COMMITTEE_PAGES:
            continue  # other bullet lists on the page (calendars, help links)
        committee_id = query_param(href, "ID", "CommitteeId", "CId")
        if committee_id and committee_id not in committees:
            committees[committee_id] = Committee(committee_id, kit.link_title(node), category=category)
    if not committees:
        raise SourceError("the committee list page lists no committees")
    return list(committees.values())


def parse_meeting_list(html: bytes | str, *, committee_external_id: str) -> list[MeetingStub]:
    """``ieListMeetings.aspx?CommitteeId=…`` → stubs ("10 Feb 2026 10.00 am", "… CANCELLED")."""
    tree = kit.parse_html(html)
    kit.require_moderngov(tree, "meeting list")
    stubs: dict[str, MeetingStub] = {}
    for anchor in tree.css("a[href]"):
        href = anchor.attributes.get("href") or ""
        meeting_id = query_param(href, "MId", "MeetingId")
        if page_name(href) not in _MEETING_PAGES or not meeting_id or meeting_id in stubs:
            continue
        text = kit.text_of(anchor)
        found = DATE_IN_TEXT.search(text)
        if found is None:
            continue  # a link such as "Agenda" beside the dated one: the dated link lists the meeting
        tail = text[found.end() :]
        stubs[meeting_id] = MeetingStub(
            external_id=meeting_id,
            committee_external_id=query_param(href, "CId", "CommitteeId") or committee_external_id,
            starts_at=london_datetime(parse_uk_date(found.group(0)), find_uk_time(tail)),
            status=_status_from_tail(tail),
        )
    return list(stubs.values())


def parse_meeting_page(
    html: bytes | str,
    *,
    base_url: str,
    url: str,
    committee_external_id: str = "",
    canonical_base: str | None = None,
) -> Meeting:
    """``ieListDocuments.aspx`` → the meeting as the page shows it (minutes may be cut off; see
    ``meeting_page_links`` and ``complete_item``)."""
    tree = kit.parse_html(html)
    kit.require_moderngov(tree, "meeting")
    link = kit.make_linker(url, base_url, canonical_base)
    heading = kit.text_of(tree.css_first("h2.mgSubTitleTxt"))
    found = DATE_IN_TEXT.search(heading)
    if found is None:
        raise SourceError(f"the meeting page has no heading with a date (got {heading!r})")
    committee_title = clean_title(heading[: found.start()].rstrip(" -–,"))
    tail = heading[found.end() :]
    meeting_id = query_param(url, "MId", "MeetingId") or _meeting_id_from_actions(tree)
    if not meeting_id:
        raise SourceError("cannot tell which meeting this page is: no MId in its address or links")
    committee_id = committee_external_id or query_param(url, "CId", "CommitteeId")
    page_title = kit.text_of(tree.css_first("h1.mgMainTitleTxt")).lower()
    documents = _action_documents(tree, link)
    items = tuple(agenda_items(tree, link, meeting_id))
    kinds = {d.kind for d in documents}
    venue = kit.labelled_values(tree.css_first("div.mgContent") or tree.root).get("venue")
    return Meeting(
        external_id=meeting_id,
        committee_external_id=committee_id,
        committee_title=committee_title,
        starts_at=london_datetime(parse_uk_date(found.group(0)), find_uk_time(tail)),
        status=_status_from_tail(tail),
        location=kit.labelled_text(venue) if venue is not None else "",
        # "Agenda" heads even a cancelled meeting's page, so only items or agenda files prove an agenda.
        agenda_published=bool(items)
        or bool(kinds & {DocumentKind.AGENDA_FRONTSHEET, DocumentKind.REPORTS_PACK}),
        minutes_published="minutes" in page_title or DocumentKind.MINUTES in kinds,
        decisions_published="decision" in page_title,
        url=meeting_page_url(base_url, committee_id, meeting_id) if base_url else url,
        items=items,
        documents=tuple(documents),
    )


def meeting_page_links(
    html: bytes | str, *, url: str, base_url: str = "", canonical_base: str | None = None
) -> MeetingPageLinks:
    """The attendance page and the items whose minutes the meeting page cut short."""
    tree = kit.parse_html(html)
    link = kit.make_linker(url, base_url, canonical_base)
    attendance_url = ""
    for anchor in tree.css("ul.mgActionList a[href]"):
        href = anchor.attributes.get("href") or ""
        if page_name(href) == "mgmeetingattendance.aspx":
            attendance_url = link(href)
            break
    cut_off = []
    for anchor in tree.css("table.mgItemTable a[href]"):
        if _CUT_OFF.search(kit.text_of(anchor)):
            item_id = query_param(anchor.attributes.get("href") or "", "ID")
            if item_id and item_id not in cut_off:
                cut_off.append(item_id)
    return MeetingPageLinks(attendance_url=attendance_url, cut_off_item_ids=tuple(cut_off))


def parse_attendance_page(html: bytes | str) -> list[Attendee]:
    """``mgMeetingAttendance.aspx`` → attendees (name, role, attendance, member id)."""
    tree = kit.parse_html(html)
    kit.require_moderngov(tree, "attendance")
    attendees: list[Attendee] = []
    for table in tree.css("table.mgTabTable"):
        columns = {"attendee": 0, "role": 1, "attendance": 2}
        for row in kit.element_children(table, "tr"):
            headers = [kit.text_of(th).lower() for th in kit.element_children(row, "th")]
            if headers:
                columns = _columns(headers, columns)
                continue
            cells = list(kit.element_children(row, "td"))
            if not cells or not kit.text_of(cells[0]):
                continue

            def cell(name: str, cells: list[LexborNode] = cells, columns: dict[str, int] = columns) -> str:
                index = columns.get(name, -1)
                return kit.text_of(cells[index]) if 0 <= index < len(cells) else ""

            anchor = cells[0].css_first("a[href]")
            member_id = query_param(anchor.attributes.get("href") or "", "UID") if anchor else ""
            attendees.append(
                Attendee(
                    name=clean_title(cell("attendee")),
                    role=clean_title(cell("role")),
                    attendance=attendance(cell("attendance"))
                    if "attendance" in columns
                    else Attendance.UNKNOWN,
                    member_id=member_id,
                )
            )
    return attendees


def _columns(headers: list[str], default: dict[str, int]) -> dict[str, int]:
    found = {}
    for index, header in enumerate(headers):
        for name in ("attendee", "role", "attendance"):
            if header.startswith(name) and name not in found:
                found[name] = index
    return found or default


def _status_from_tail(tail: str) -> MeetingStatus:
    status = meeting_status(tail)
    return MeetingStatus.CONFIRMED if status is MeetingStatus.UNKNOWN else status


def _meeting_id_from_actions(tree: LexborHTMLParser) -> str:
    for anchor in tree.css("ul.mgActionList a[href]"):
        href = anchor.attributes.get("href") or ""
        if page_name(href) in {"mgmeetingattendance.aspx", "mgconvert2pdf.aspx"} and query_param(href, "ID"):
            return query_param(href, "ID")
    return ""


def _action_documents(tree: LexborHTMLParser, link: kit.Linker) -> list[DocumentLink]:
    """Meeting-level documents from the action list (frontsheet, reports pack, printed minutes)."""
    documents = []
    for anchor in tree.css("ul.mgActionList a[href]"):
        url = link(anchor.attributes.get("href") or "")
        if page_name(url) != "mgconvert2pdf.aspx" and "/documents/" not in url.lower():
            continue
        title = kit.link_title(anchor)
        kind = classify_document(title, url)
        documents.append(DocumentLink(document_external_id(url, kind), title, url, kind))
    return documents


__all__ = [
    "ItemPage",
    "MeetingPageLinks",
    "complete_item",
    "meeting_page_links",
    "parse_attendance_page",
    "parse_committee_list",
    "parse_item_page",
    "parse_meeting_list",
    "parse_meeting_page",
]
