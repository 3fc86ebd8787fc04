"""``expected.json``: what a correct crawl of the recording finds, from the generator's own records.

Nothing here reads the written files back; the crawler's tests compare its results with this account.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

from . import htmlout, xmlout
from .model import BASE_URL, COUNCIL_CODE, COUNCIL_NAME, RECORDED_AT, CommitteeDef, MeetingDef, Paper

LONDON = ZoneInfo("Europe/London")


def paper_file(paper: Paper) -> str:
    return f"pdf/a{paper.doc_id}.pdf" if paper.minutes_of else f"pdf/s{paper.doc_id}.pdf"


def starts_at(meeting: MeetingDef) -> datetime:
    clock = datetime.strptime(meeting.time.replace(".", ":").upper(), "%I:%M %p").time()
    return datetime.combine(meeting.day, clock, tzinfo=LONDON)


def canonical_url(paper: Paper) -> str:
    """A paper's URL as a careful crawler stores it: https (the site redirects) and spaces as %20."""
    return f"{BASE_URL}/{quote(xmlout.paper_path(paper), safe='/?&=,()')}"


def meeting_document_urls(meeting: MeetingDef) -> list[str]:
    """The frontsheet, pack and printed minutes that exist for a meeting on the recording day."""
    kinds = ([0, 10] if meeting.agenda_published else []) + ([1] if meeting.minutes_published else [])
    return [f"{BASE_URL}/mgConvert2PDF.aspx?ID={meeting.meeting_id}&T={t}" for t in kinds]


def _quirks(meeting: MeetingDef) -> list[dict]:
    found = []
    for index, item in enumerate(meeting.items if meeting.agenda_published else []):
        sent = xmlout.item_title_xml(meeting, item, index)
        if sent != item.title:
            kind = "double_escaped_title" if "&amp;" in sent else "leading_space_title"
            found.append({"quirk": kind, "meeting_id": str(meeting.meeting_id), "item_id": str(item.item_id),
                          "title": item.title})  # fmt: skip
        for paper in item.papers:
            if paper.http_url:
                found.append({"quirk": "http_document_url", "meeting_id": str(meeting.meeting_id),
                              "url": xmlout.paper_url(paper)})  # fmt: skip
    return found


def _meeting(c: CommitteeDef, m: MeetingDef, pages: dict[str, int]) -> dict:
    items = m.items if m.agenda_published else []
    papers = [p for i in items for p in i.papers if not p.restricted]
    paper_urls = sorted({canonical_url(p) for p in papers})
    files = [f"pdf/g{m.meeting_id}-{n}.pdf" for n in ("frontsheet", "pack", "minutes")]
    files += [paper_file(p) for p in papers]
    rows = xmlout.attendee_rows(m, c)
    attendance: dict[str, int] = {}
    for _, _, value in rows:
        attendance[value] = attendance.get(value, 0) + 1
    return {
        "id": str(m.meeting_id),
        "committee_id": str(c.committee_id),
        "committee": c.title,
        "date": m.day.isoformat(),
        "starts_at": starts_at(m).isoformat(),
        "status": "cancelled" if m.cancelled else "confirmed",
        "state": str(m.state),
        "agenda_published": m.agenda_published,
        "has_minutes": m.minutes_published,
        "items": len(items),
        "restricted_items": sum(1 for i in items if i.restricted),
        "documents": len(meeting_document_urls(m)) + len(paper_urls),
        "papers": len(paper_urls),
        "document_urls": meeting_document_urls(m) + paper_urls,  # canonical form, see canonical_url
        "attendees": len(rows),
        "attendance": dict(sorted(attendance.items())),
        "pdf_pages": sum(pages.get(f, 0) for f in files),
        "cut_off_items": [i.number for i in items if m.minutes_published and htmlout.is_cut_off(i)],
        "item_list": [
            {
                "id": str(i.item_id),
                "number": i.number,
                "title": i.title,
                "restricted": i.restricted,
                "minute": f"{i.minute_no}/26" if m.minutes_published else "",
                "documents": sum(1 for p in i.papers if not p.restricted),
            }
            for i in items
        ],
    }


def expected_json(all_committees: list[CommitteeDef], pages: dict[str, int]) -> dict:
    meetings = [_meeting(c, m, pages) for c in all_committees for m in c.meetings]
    return {
        "council": {"code": COUNCIL_CODE, "name": COUNCIL_NAME, "base_url": BASE_URL, "demo": True},
        "recorded_at": RECORDED_AT.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "committees": [
            {
                "id": str(c.committee_id),
                "title": c.title,
                "category": c.category,
                "expired": c.expired,
                "listed_in_html": not c.expired,  # mgListCommittees shows current committees only
                "meetings": len(c.meetings),
            }
            for c in all_committees
        ],
        "meetings": meetings,
        "totals": {
            "committees": len(all_committees),
            "meetings": len(meetings),
            "cancelled": sum(1 for m in meetings if m["status"] == "cancelled"),
            "with_minutes": sum(1 for m in meetings if m["has_minutes"]),
            "items": sum(m["items"] for m in meetings),
            "documents": sum(m["documents"] for m in meetings),
            "attendees": sum(m["attendees"] for m in meetings),
            "pdf_files": len(pages),
            "pdf_pages": sum(pages.values()),
        },
        "quirks": [q for c in all_committees for m in c.meetings for q in _quirks(m)],
    }
