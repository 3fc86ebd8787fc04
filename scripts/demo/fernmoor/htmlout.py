"""The ModernGov HTML pages a crawler falls back on when the web service is switched off.

Shapes follow the project's shared spec for these pages; all links are relative with ``&amp;`` in hrefs.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape

from .markup import plain_text
from .model import CommitteeDef, Item, MeetingDef
from .people import member
from .wordhtml import to_word_html
from .xmlout import attendee_rows, paper_path

# Minutes longer than this (in plain characters) are cut off on the meeting page, as ModernGov does.
CUT_OFF_CHARS = 1500


def page(body: str) -> str:
    return f'<html><body><div id="modgov">\n{body}\n</div></body></html>\n'


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def long_date(day: date) -> str:
    """'Tuesday, 10th February, 2026' as meeting headings write it."""
    return f"{day:%A}, {ordinal(day.day)} {day:%B}, {day.year}"


def size_label(size: int) -> str:
    return f" PDF {max(1, round(size / 1024))} KB"


def esc(text: str) -> str:
    return escape(text, quote=True)


def committees_page(committees: list[CommitteeDef]) -> str:
    parts = ['<h1 class="mgMainTitleTxt">Committee structure</h1>']
    categories: list[str] = []
    for c in committees:
        if not c.expired and c.category not in categories:
            categories.append(c.category)
    for category in categories:
        parts.append(f'<h2 class="mgSectionTitle">{esc(category)}</h2>')
        parts.append('<ul class="mgBulletList">')
        for c in committees:
            if c.category == category and not c.expired:
                parts.append(
                    f'<li><a href="mgCommitteeDetails.aspx?ID={c.committee_id}">{esc(c.title)}</a></li>'
                )
        parts.append("</ul>")
    return page("\n".join(parts))


def committee_details_page(c: CommitteeDef) -> str:
    members = "".join(f"<li>{esc(member(m).name)}</li>" for m in c.members)
    return page(
        f'<h1 class="mgMainTitleTxt">{esc(c.title)}</h1>\n'
        f'<ul class="mgActionList"><li><a href="ieListMeetings.aspx?CommitteeId={c.committee_id}">'
        "Browse meetings and agendas for this committee</a></li></ul>\n"
        f'<h2 class="mgSectionTitle">Membership</h2>\n<ul class="mgBulletList">{members}</ul>'
    )


def meeting_href(m: MeetingDef) -> str:
    return f"ieListDocuments.aspx?CId={m.committee_id}&amp;MId={m.meeting_id}&amp;Ver=4"


def meetings_page(c: CommitteeDef) -> str:
    rows = []
    for m in sorted(c.meetings, key=lambda m: m.day, reverse=True):  # newest first, as the site lists them
        label = f"{m.day.day} {m.day:%b} {m.day.year} {m.time}" + (" CANCELLED" if m.cancelled else "")
        rows.append(f'<li><a href="{meeting_href(m)}">{esc(label)}</a></li>')
    body = f'<h1 class="mgMainTitleTxt">Meetings of {esc(c.title)}</h1>\n<ul class="mgBulletList">\n'
    return page(body + "\n".join(rows) + "\n</ul>")


def _doc_list(item: Item, sizes: dict[str, int]) -> str:
    links = []
    for p in item.papers:
        if p.restricted:
            continue  # restricted papers are not linked from public pages
        href = paper_path(p)
        size = size_label(sizes[href])
        links.append(
            f'<li><a href="{esc(href)}">{esc(p.title)} <span class="mgFileSize">{size}</span></a></li>'
        )
    return f'<ul class="mgBulletList">{"".join(links)}</ul>' if links else ""


def cut_markup(markup: str, budget: int) -> str:
    """The start of a minutes text, cut at a word boundary once ``budget`` characters are used."""
    kept: list[str] = []
    used = 0
    for raw in re.split(r"\n\s*\n", markup.strip()):
        length = len(plain_text(raw))
        if used + length <= budget:
            kept.append(raw)
            used += length
            continue
        words = " ".join(raw.split()).split(" ")
        partial: list[str] = []
        for word in words:
            if used + len(" ".join([*partial, word])) > budget:
                break
            partial.append(word)
        if partial and not raw.lstrip().startswith(("· ", "- ", "|", "#")):
            kept.append(" ".join(partial) + " ...")
        break
    return "\n\n".join(kept)


def is_cut_off(item: Item) -> bool:
    return len(plain_text(item.minutes)) > CUT_OFF_CHARS


def meeting_page(m: MeetingDef, c: CommitteeDef, sizes: dict[str, int], spacers: bool) -> str:
    minutes = m.minutes_published
    title = "Agenda and minutes" if minutes else "Agenda"
    heading = f"{c.title} - {long_date(m.day)} {m.time}" + (" - CANCELLED" if m.cancelled else "")
    actions = [f'<li><a href="mgMeetingAttendance.aspx?ID={m.meeting_id}">Attendance details</a></li>']
    if m.agenda_published:
        for t, label in ((0, "Agenda frontsheet"), (10, "Agenda reports pack"), (1, "Printed minutes")):
            if t == 1 and not minutes:
                continue
            href = f"mgConvert2PDF.aspx?ID={m.meeting_id}&amp;T={t}"
            size = size_label(sizes[href.replace("&amp;", "&")])
            actions.append(f'<li><a href="{href}">{label} <span class="mgFileSize">{size}</span></a></li>')
    parts = [
        f'<h1 class="mgMainTitleTxt">{title}</h1>',
        f'<h2 class="mgSubTitleTxt">{esc(heading)}</h2>',
        f'<ul class="mgActionList">{"".join(actions)}</ul>',
        '<div class="mgContent">',
        f'<p><span class="mgLabel">Venue: </span>{esc(m.location)}</p>',
        f'<p><span class="mgLabel">Contact: </span>{esc(c.contact)}</p>',
    ]
    if m.agenda_published and m.items:
        parts.append('<table class="mgItemTable">')
        parts.append("<tr><th>No.</th><th>Item</th></tr>")
        for item in m.items:
            cell = [
                f'<p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="mgAi.aspx?ID={item.item_id}">'
                f"{esc(item.title)}</a></p>",
                f'<div class="mgWordPara">{to_word_html(item.agenda, agenda=True)}</div>',
                _doc_list(item, sizes),
            ]
            if minutes:
                text = item.minutes
                tail = ""
                if is_cut_off(item):
                    text = cut_markup(item.minutes, CUT_OFF_CHARS - 300)
                    tail = (
                        f'<p><a href="mgAi.aspx?ID={item.item_id}">'
                        f"view the full minutes text for item {item.number.rstrip('.')}.</a></p>"
                    )
                cell.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
                cell.append(f'<div class="mgWordPara">{to_word_html(text, spacers=spacers)}{tail}</div>')
            parts.append(
                f'<tr><td><p class="mgAiTitleTxt">{esc(item.number)}</p></td><td>{"".join(cell)}</td></tr>'
            )
        parts.append("</table>")
    parts.append("</div>")
    return page("\n".join(parts))


def item_page(m: MeetingDef, c: CommitteeDef, item: Item, sizes: dict[str, int], spacers: bool) -> str:
    parts = [
        f'<h2 class="mgSubTitleTxt">Meeting: {m.day:%d/%m/%Y} - {esc(c.title)} '
        f"(Item {esc(item.number)})</h2>",
        f'<h3 class="mgSubSubTitleTxt">{esc(item.number)} {esc(item.title)}</h3>',
        f'<div class="mgWordPara">{to_word_html(item.agenda, agenda=True)}</div>',
    ]
    if m.minutes_published:
        parts.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
        parts.append(f'<div class="mgWordPara">{to_word_html(item.minutes, spacers=spacers)}</div>')
    docs = _doc_list(item, sizes)
    if docs:
        parts.append('<p class="mgSubItemTitleTxt">Supporting documents:</p>')
        parts.append(docs)
    return page("\n".join(parts))


def attendance_page(m: MeetingDef, c: CommitteeDef) -> str:
    rows = ["<tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>"]
    for member_id, role, attendance in attendee_rows(m, c):
        name = esc(member(member_id).name)
        rows.append(
            f'<tr><td><a href="mgUserInfo.aspx?UID={member_id}">{name}</a></td>'
            f"<td>{esc(role)}</td><td>{esc(attendance)}</td></tr>"
        )
    heading = f"{c.title} - {long_date(m.day)} {m.time}"
    return page(
        f'<h1 class="mgMainTitleTxt">Attendance details</h1>\n<h2 class="mgSubTitleTxt">{esc(heading)}</h2>\n'
        f'<table class="mgTabTable">\n' + "\n".join(rows) + "\n</table>"
    )
