"""What goes on the pages of each PDF: frontsheet, paper, printed minutes, and the pack that joins them."""

from __future__ import annotations

from datetime import date, timedelta

from .htmlout import long_date
from .markup import plain_text
from .model import COUNCIL_NAME, CommitteeDef, MeetingDef, Paper
from .pdfout import BODY, CouncilPDF, Section, count_pages, plain_date, render
from .people import member

AGENDA_NOTICE_DAYS = 7  # agendas go out a week ahead (the legal minimum is five clear working days)

GOVERNANCE_NOTE = (
    "Members of the public are welcome to attend this meeting. The meeting may be filmed for live or "
    "subsequent broadcast. Copies of the reports are available on the Council's website, and in large "
    "print on request from Democratic Services."
)


def running_header(committee: CommitteeDef, meeting: MeetingDef) -> str:
    return f"{COUNCIL_NAME} – {committee.title} – {plain_date(meeting.day)}"


def _names(ids: list[int]) -> str:
    return ", ".join(member(i).name.replace("Councillor ", "") for i in ids)


def councillors(ids: list[int]) -> str:
    """Name people as minutes do: "Councillor A B", or "Councillors A B, C D"."""
    return ("Councillor " if len(ids) == 1 else "Councillors ") + _names(ids)


def membership_line(committee: CommitteeDef) -> str:
    ids = [i for i in committee.members if i != 250]
    chair, vice, rest = ids[0], ids[1], ids[2:]
    line = (
        f"Councillors {_names([chair])} (Chair), {_names([vice])} (Vice-Chair), {_names(rest)}"
        if committee.committee_id != 101
        else f"Councillors {_names([chair])} (Leader), {_names([vice])} (Deputy Leader), {_names(rest)}"
    )
    if 250 in committee.members:
        line += "; Independent Member: Mr Graham Whitlock"
    return line


def paper_section(paper: Paper, committee: CommitteeDef, meeting: MeetingDef) -> Section:
    def draw(pdf: CouncilPDF) -> None:
        pdf.para(COUNCIL_NAME, style="B", size=15, gap=1)
        pdf.para(paper.author or "Report", size=11, gap=4)
        pdf.label_line("Meeting:", committee.title)
        pdf.label_line("Date:", plain_date(meeting.day))
        pdf.label_line("Title:", paper.title)
        pdf.ln(5)
        pdf.markup(paper.body)

    return draw


def minutes_section(
    committee: CommitteeDef, meeting: MeetingDef, rows: list[tuple[int, str, str]]
) -> Section:
    present = [m for m, _, a in rows if a == "Present"]
    substitutes = [m for m, _, a in rows if a == "Present as substitute"]
    apologies = [m for m, _, a in rows if a == "Apologies"]
    absent = [m for m, _, a in rows if a == "Absent"]
    others = [m for m, _, a in rows if a == "In attendance"]

    def draw(pdf: CouncilPDF) -> None:
        pdf.para(COUNCIL_NAME, style="B", size=15, gap=1)
        pdf.para(f"Minutes of the meeting of the {committee.title}", style="B", size=12, gap=1)
        pdf.para(
            f"held at {meeting.time} on {long_date(meeting.day)} in {meeting.location}",
            size=BODY,
            gap=4,
        )
        if present:
            members = [i for i in present if i != 250]
            line = f"Councillor {_names(members[:1])} (Chair)"
            if members[1:]:
                line += f"; {councillors(members[1:])}"
            if 250 in present:
                line += "; Mr Graham Whitlock (Independent Member)"
            pdf.label_line("Present:", line)
        if substitutes:
            named = "; ".join(
                f"Councillor {_names([s])} (substitute for Councillor {_names([meeting.substitutes[s]])})"
                for s in substitutes
            )
            pdf.label_line("Substitutes:", named)
        if others:
            pdf.label_line("Also present:", councillors(others))
        if apologies:
            names = [councillors([a for a in apologies if a != 250])] if set(apologies) - {250} else []
            names += ["Mr Graham Whitlock (Independent Member)"] if 250 in apologies else []
            pdf.label_line("Apologies:", "; ".join(names))
        if absent:
            pdf.label_line("Absent:", councillors(absent))
        pdf.ln(4)
        for item in meeting.items:
            pdf.para(f"{item.minute_no}/26    {item.title}", style="B", size=11, gap=1.5)
            pdf.markup(item.minutes)
            pdf.ln(1)
        pdf.ln(3)
        pdf.para(f"(Meeting closed at {meeting.finish})", gap=8)
        pdf.para("Chair", style="B")

    return draw


def frontsheet_section(
    committee: CommitteeDef, meeting: MeetingDef, page_ranges: dict[int, tuple[int, int]]
) -> Section:
    def draw(pdf: CouncilPDF) -> None:
        pdf.para(COUNCIL_NAME, style="B", size=15, gap=1)
        pdf.para(committee.title, style="B", size=13, gap=1)
        pdf.para("Agenda", style="B", size=20, gap=5)
        pdf.label_line("Date:", long_date(meeting.day))
        pdf.label_line("Time:", meeting.time)
        pdf.label_line("Venue:", meeting.location)
        pdf.label_line("Membership:", membership_line(committee))
        pdf.ln(3)
        pdf.para(GOVERNANCE_NOTE, size=9.5, gap=4)
        pdf.para("Items of Business", style="B", size=12, gap=2)
        for item in meeting.items:
            pages = ""
            if item.item_id in page_ranges:
                first, last = page_ranges[item.item_id]
                pages = f"    (Pages {first} - {last})" if last > first else f"    (Page {first})"
            pdf.para(f"{item.number}   {item.title}{pages}", style="B", gap=1)
            summary = plain_text(item.agenda)
            if summary:
                pdf.para(summary, size=9.5, gap=3)
        pdf.ln(2)
        pdf.label_line("Contact:", committee.contact)
        pdf.label_line("Published:", plain_date(_published(meeting)))

    return draw


def _published(meeting: MeetingDef) -> date:
    return meeting.day - timedelta(days=AGENDA_NOTICE_DAYS)


def pack_sections(
    committee: CommitteeDef, meeting: MeetingDef, papers: list[tuple[int, Section]]
) -> tuple[Section, list[Section]]:
    """The frontsheet (with the pack's page numbers for each item) and the pack's sections in order.

    The frontsheet's own length decides where the papers start, so it is measured and redrawn until the
    page references it prints are right.
    """
    header = running_header(committee, meeting)
    lengths = [count_pages(header, section) for _, section in papers]
    ranges: dict[int, tuple[int, int]] = {}
    front = frontsheet_section(committee, meeting, ranges)
    for _ in range(3):
        start = count_pages(header, front) + 1
        new_ranges: dict[int, tuple[int, int]] = {}
        for (item_id, _), length in zip(papers, lengths, strict=True):
            first = new_ranges.get(item_id, (start, 0))[0]
            new_ranges[item_id] = (first, start + length - 1)
            start += length
        if new_ranges == ranges:
            break
        ranges = new_ranges
        front = frontsheet_section(committee, meeting, ranges)
    return front, [front, *(section for _, section in papers)]


__all__ = ["minutes_section", "pack_sections", "paper_section", "render", "running_header"]
