"""The ModernGov web service's XML (GetCommittees, GetMeetings, GetMeeting), written by hand.

The element order, two-space indentation, leading spaces in counts, ``True``/``False``, ``dd/mm/yyyy`` dates
and the ``\\n  </empty>`` way of writing an empty element all follow the real responses in the test
fixtures; an ElementTree serializer would normalise exactly the quirks a parser has to survive.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape, quoteattr

from .model import BASE_URL, CommitteeDef, Item, MeetingDef, Paper
from .people import member
from .wordhtml import to_word_html

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n'


def tf(value: bool) -> str:
    return "True" if value else "False"


def dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def el(indent: int, tag: str, value: str | int | None) -> str:
    """One element; empty values are written as ModernGov does, with a newline inside."""
    pad = " " * indent
    text = "" if value is None else str(value)
    if text == "":
        return f"{pad}<{tag}>\n{pad}</{tag}>\n"
    return f"{pad}<{tag}>{escape(text)}</{tag}>\n"


def paper_path(paper: Paper) -> str:
    """A paper's address relative to the site: a stored file, or a converted earlier minutes document."""
    if paper.minutes_of:
        return f"mgConvert2PDF.aspx?ID={paper.doc_id}"
    return f"documents/s{paper.doc_id}/{file_title(paper.title)}.pdf"


def paper_url(paper: Paper) -> str:
    """The absolute URL the web service gives for a paper (some old links are http://, as on real sites)."""
    base = BASE_URL.replace("https://", "http://") if paper.http_url else BASE_URL
    return f"{base}/{paper_path(paper)}"


def file_title(title: str) -> str:
    """A paper's file name as ModernGov makes it: the title without characters unsafe in a path."""
    kept = "".join(ch for ch in title if ch.isalnum() or ch in " -,()")
    return " ".join(kept.split())


def committees_xml(committees: list[CommitteeDef]) -> str:
    out = [HEADER, "<committees>\n", f"  <committeescount> {len(committees)}</committeescount>\n"]
    for c in committees:
        out.append("  <committee>\n")
        out.append(el(4, "committeeid", c.committee_id))
        out.append(el(4, "committeetitle", c.title))
        out.append(el(4, "committeedeleted", "False"))
        out.append(el(4, "committeeexpired", tf(c.expired)))
        out.append(el(4, "committeecategory", c.category))
        out.append("  </committee>\n")
    out.append("</committees>\n")
    return "".join(out)


def meetings_xml(committee: CommitteeDef) -> str:
    meetings = committee.meetings
    out = [
        HEADER,
        "<getmeetings>\n",
        f"  <meetingscount> {len(meetings)}</meetingscount>\n",
        "  <committeescount> 1</committeescount>\n",
        "  <committee>\n",
        el(4, "committeeid", committee.committee_id),
        el(4, "committeetitle", committee.title),
        f"    <committeemeetingcount> {len(meetings)}</committeemeetingcount>\n",
    ]
    if not meetings:
        out.append(el(4, "committeemeetings", ""))
    else:
        out.append("    <committeemeetings>\n")
        for m in meetings:
            out.append("      <meeting>\n")
            out.append(el(8, "meetingid", m.meeting_id))
            out.append(el(8, "meetingdate", dmy(m.day)))
            out.append(el(8, "meetingstatus", "Cancelled" if m.cancelled else "Confirmed"))
            out.append(el(8, "meetingtime", m.time))
            out.append(el(8, "iswebcast", tf(m.committee_id == 101)))
            out.append("      </meeting>\n")
        out.append("    </committeemeetings>\n")
    out.append("  </committee>\n</getmeetings>\n")
    return "".join(out)


def item_title_xml(meeting: MeetingDef, item: Item, index: int) -> str:
    """The title as the service sends it, with this meeting's quirk applied to its first eligible item."""
    title = item.title
    if meeting.title_quirk == "leading_space" and index == _quirk_index(meeting, "leading_space"):
        return " " + title
    if meeting.title_quirk == "double_escape" and index == _quirk_index(meeting, "double_escape"):
        return title.replace("&", "&amp;")  # escaped once more when written: "&amp;amp;"
    return title


def _quirk_index(meeting: MeetingDef, quirk: str) -> int:
    for index, item in enumerate(meeting.items):
        if quirk == "double_escape" and "&" in item.title:
            return index
        if quirk == "leading_space" and index >= 3:
            return index
    raise ValueError(f"meeting {meeting.meeting_id} has no item for the {quirk} quirk")


def _linkeddoc(paper: Paper, index: int, meeting: MeetingDef, committee: CommitteeDef, item: Item) -> str:
    assert paper.published is not None
    out = ["        <linkeddoc>\n"]
    out.append(el(10, "attachmentid", paper.doc_id))
    out.append(el(10, "title", paper.title))
    out.append(el(10, "isurl", "False"))
    out.append(el(10, "url", paper_url(paper)))
    out.append(el(10, "isrestricted", tf(paper.restricted)))
    out.append(el(10, "restrictionsRef", "Paragraph 3" if paper.restricted else ""))
    out.append(el(10, "itemnum", index))
    out.append(el(10, "publicationdate", dmy(paper.published)))
    out.append(el(10, "meetingdate", dmy(meeting.day)))
    out.append(el(10, "decisiondate", dmy(meeting.day)))
    out.append(el(10, "committeetitle", committee.title))
    out.append(el(10, "isdecisionattachment", "False"))
    out.append(el(10, "ownertitle", item.title))
    out.append("        </linkeddoc>\n")
    return "".join(out)


def _item_xml(meeting: MeetingDef, committee: CommitteeDef, item: Item, index: int, spacers: bool) -> str:
    published = meeting.minutes_published
    minutes = to_word_html(item.minutes, spacers=spacers) if published else ""
    out = ["    <agendaitem>\n"]
    out.append(el(6, "agendaitemid", item.item_id))
    out.append(el(6, "agendaitemtitle", item_title_xml(meeting, item, index)))
    out.append(el(6, "agendatext", to_word_html(item.agenda, agenda=True)))
    out.append(el(6, "actualmeetingdate", dmy(meeting.day)))
    out.append(el(6, "agendaitemnumber", item.internal_number))
    out.append(el(6, "agendaitemsubnumber", ""))
    out.append(el(6, "fulldisplaynumberformat", item.number))
    out.append(el(6, "authorusername", ""))
    out.append(el(6, "commentlabel1", "Presented By"))
    out.append(el(6, "commenttext1", item.presented_by))
    out.append(el(6, "commentlabel2", "Actions"))
    out.append(el(6, "commenttext2", ""))
    out.append(el(6, "minutesnonemptyhtmlbody", minutes))
    out.append(el(6, "declarationcount", 0))
    out.append(el(6, "iscallin", tf(item.is_decision and published)))
    out.append(el(6, "iscomment", "False"))
    out.append(el(6, "isdecision", tf(item.is_decision)))
    out.append(el(6, "isdecisionpublished", tf(item.is_decision and published)))
    out.append(el(6, "isminutepublished", tf(published)))
    out.append(el(6, "ispubliccanspeak", tf(committee.committee_id in (103, 105) and not item.restricted)))
    out.append(el(6, "isrestricted", tf(item.restricted)))
    out.append(el(6, "isdisplayallowed", "True"))
    out.append(el(6, "meetingdate", dmy(meeting.day)))
    out.append(el(6, "meetingtime", meeting.time))
    out.append(el(6, "minutesitemnumber", item.minute_no if published else ""))
    out.append(el(6, "minutesitemsubnumber", ""))
    out.append(el(6, "preferreddate", dmy(meeting.day)))
    out.append(el(6, "refertocommittee", committee.title))
    if item.papers:
        out.append("      <linkeddocuments>\n")
        for number, paper in enumerate(item.papers, start=1):
            out.append(_linkeddoc(paper, number, meeting, committee, item))
        out.append("      </linkeddocuments>\n")
    else:
        out.append(el(6, "linkeddocuments", ""))
    out.append("    </agendaitem>\n")
    return "".join(out)


def attendee_rows(meeting: MeetingDef, committee: CommitteeDef) -> list[tuple[int, str, str]]:
    """(member id, role, attendance) for everyone the meeting lists, in ModernGov's order."""
    rows: list[tuple[int, str, str]] = []
    replaced = set(meeting.substitutes.values())
    for position, member_id in enumerate(committee.members):
        role = "Chair" if position == 0 else "Vice-Chair" if position == 1 else "Committee Member"
        if committee.committee_id == 101:
            role = "Leader" if position == 0 else "Cabinet Member"
        if member_id == 250:
            role = "Independent Member"
        if not meeting.held:
            attendance = "Expected"
        elif member_id in replaced:
            attendance = "Apologies"
        else:
            attendance = meeting.attendance.get(member_id, "Present")
        rows.append((member_id, role, attendance))
    if meeting.held:
        for substitute in meeting.substitutes:
            rows.append((substitute, "Substitute", "Present as substitute"))
        for other in meeting.in_attendance:
            rows.append((other, "Cabinet Member" if other <= 208 else "Other Member", "In attendance"))
    return rows


def meeting_xml(meeting: MeetingDef, committee: CommitteeDef, spacers: bool) -> str:
    out = [HEADER, "<meeting>\n"]
    out.append(el(2, "meetingid", meeting.meeting_id))
    out.append(el(2, "meetingdate", dmy(meeting.day)))
    out.append(el(2, "meetingstatus", "Cancelled" if meeting.cancelled else "Confirmed"))
    out.append(el(2, "isdisplayallowed", "True"))
    out.append(el(2, "meetingtime", meeting.time))
    out.append(el(2, "meetingactualstarttime", ""))
    out.append(el(2, "meetingplannedfinishtime", meeting.finish))
    out.append(el(2, "meetingactualfinishtime", ""))
    out.append(el(2, "meetinglocation", meeting.location))
    out.append(el(2, "iswebcast", tf(committee.committee_id == 101)))
    out.append(el(2, "agendaid", meeting.meeting_id))
    out.append(el(2, "agendapublished", tf(meeting.agenda_published)))
    out.append(el(2, "decisionpublished", tf(meeting.minutes_published and committee.committee_id == 101)))
    out.append(el(2, "minutepublished", tf(meeting.minutes_published)))
    out.append(el(2, "meetingroom", ""))
    items = meeting.items if meeting.agenda_published else []
    if items:
        out.append("  <agendaitems>\n")
        for index, item in enumerate(items):
            out.append(_item_xml(meeting, committee, item, index, spacers))
        out.append("  </agendaitems>\n")
    else:
        out.append(el(2, "agendaitems", ""))
    out.append("  <attendees>\n")
    for member_id, role, attendance in attendee_rows(meeting, committee):
        person = member(member_id)
        attrs = (
            f'membertype="U" memberid="{member_id}" name={quoteattr(person.name)} '
            f"roledescription={quoteattr(role)} attendance={quoteattr(attendance)} "
            f"politicalparty={quoteattr(person.party)} ward={quoteattr(person.ward)}"
        )
        if person.key_post:
            attrs += f" keyposts={quoteattr(person.key_post)}"
        out.append(f"    <attendee {attrs}>\n")
        out.append(el(6, "url", f"{BASE_URL}/mgUserInfo.aspx?UID={member_id}"))
        out.append("    </attendee>\n")
    out.append("  </attendees>\n</meeting>\n")
    return "".join(out)
