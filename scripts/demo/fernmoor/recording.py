"""Write every response body of the recording, then its ``manifest.json`` and ``expected.json``.

PDFs are drawn first because the HTML pages print their sizes (" PDF 69 KB"), as ModernGov's do.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from . import htmlout, xmlout
from .assemble import committees
from .documents import minutes_section, pack_sections, paper_section, render, running_header
from .expected import expected_json, paper_file
from .model import BASE_URL, COUNCIL_CODE, COUNCIL_NAME, RECORDED_AT, CommitteeDef
from .pdfout import Section

XML = "text/xml; charset=utf-8"
HTML = "text/html; charset=utf-8"
PDF = "application/pdf"
CONVERT = "/mgConvert2PDF.aspx"
# Each committee's clerk lays minutes out differently; some put an &nbsp; spacer between paragraphs.
SPACER_CLERKS = {101, 103, 106}
ROBOTS = "User-agent: *\nDisallow: /mgLogin\nAllow: /\n"


class Writer:
    """Writes bodies under ``out`` and remembers the manifest entry, size and page count of each."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.responses: list[dict] = []
        self.bytes = 0
        self.sizes: dict[str, int] = {}  # relative href ("mgConvert2PDF.aspx?ID=5001&T=0") -> bytes
        self.pages: dict[str, int] = {}  # file -> pages, as counted while drawing

    def add(
        self, path: str, query: dict[str, str], file: str, body: bytes, kind: str, **extra: object
    ) -> None:
        target = self.out / file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        self.bytes += len(body)
        entry: dict = {"path": path, "query": query, "file": file, "content_type": kind, "status": 200}
        self.responses.append(entry | extra)
        href = path.lstrip("/") + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
        self.sizes[href] = len(body)

    def pdf(
        self, path: str, query: dict[str, str], file: str, header: str, title: str, parts: list[Section]
    ) -> None:
        body, self.pages[file] = render(header, title, parts)
        self.add(path, query, file, body, PDF)

    def html(self, path: str, query: dict[str, str], file: str, text: str, **extra: object) -> None:
        self.add(path, query, file, text.encode(), HTML, **extra)


def write_pdfs(w: Writer, all_committees: list[CommitteeDef]) -> None:
    meetings = {m.meeting_id: (c, m) for c in all_committees for m in c.meetings}

    def minutes_of(meeting_id: int) -> Section:
        c, m = meetings[meeting_id]
        return minutes_section(c, m, xmlout.attendee_rows(m, c))

    for c in all_committees:
        for m in c.meetings:
            if not m.agenda_published:
                continue
            header = running_header(c, m)
            in_pack: list[tuple[int, Section]] = []
            for item in m.items:
                for paper in item.papers:
                    if paper.restricted:  # never published, so never recorded
                        continue
                    section = minutes_of(paper.minutes_of) if paper.minutes_of else paper_section(paper, c, m)
                    in_pack.append((item.item_id, section))
                    if paper.minutes_of:
                        path, query = CONVERT, {"ID": str(paper.doc_id)}
                    else:
                        path, query = "/" + xmlout.paper_path(paper), {}
                    w.pdf(path, query, paper_file(paper), header, paper.title, [section])
            front, pack = pack_sections(c, m, in_pack)
            mid = str(m.meeting_id)
            w.pdf(CONVERT, {"ID": mid, "T": "0"}, f"pdf/g{mid}-frontsheet.pdf", header, "Agenda", [front])
            w.pdf(
                CONVERT, {"ID": mid, "T": "10"}, f"pdf/g{mid}-pack.pdf", header, "Public reports pack", pack
            )
            if m.minutes_published:
                minutes = [minutes_of(m.meeting_id)]
                w.pdf(
                    CONVERT,
                    {"ID": mid, "T": "1"},
                    f"pdf/g{mid}-minutes.pdf",
                    header,
                    f"Minutes, {c.title}",
                    minutes,
                )


def write_web_service(w: Writer, all_committees: list[CommitteeDef]) -> None:
    service = "/mgWebService.asmx"
    w.add(
        f"{service}/GetCommittees",
        {},
        "ws/GetCommittees.xml",
        xmlout.committees_xml(all_committees).encode(),
        XML,
    )
    for c in all_committees:
        cid = str(c.committee_id)
        body = xmlout.meetings_xml(c).encode()
        # Real servers answer whatever date range is asked with the same list, so the replay ignores it.
        w.add(f"{service}/GetMeetings", {"lCommitteeId": cid}, f"ws/GetMeetings-{cid}.xml", body, XML,
              ignore=["sFromDate", "sToDate"])  # fmt: skip
        for m in c.meetings:
            body = xmlout.meeting_xml(m, c, c.committee_id in SPACER_CLERKS).encode()
            mid = str(m.meeting_id)
            w.add(f"{service}/GetMeeting", {"lMeetingId": mid}, f"ws/GetMeeting-{mid}.xml", body, XML)


def write_html(w: Writer, all_committees: list[CommitteeDef]) -> None:
    w.html(
        "/mgListCommittees.aspx", {}, "html/mgListCommittees.html", htmlout.committees_page(all_committees)
    )
    for c in all_committees:
        cid = str(c.committee_id)
        spacers = c.committee_id in SPACER_CLERKS
        details = htmlout.committee_details_page(c)
        w.html("/mgCommitteeDetails.aspx", {"ID": cid}, f"html/mgCommitteeDetails-{cid}.html", details)
        listing = htmlout.meetings_page(c)
        w.html("/ieListMeetings.aspx", {"CommitteeId": cid}, f"html/ieListMeetings-{cid}.html", listing)
        for m in c.meetings:
            mid = str(m.meeting_id)
            page = htmlout.meeting_page(m, c, w.sizes, spacers)
            query = {"CId": cid, "MId": mid}
            w.html("/ieListDocuments.aspx", query, f"html/ieListDocuments-{mid}.html", page, ignore=["Ver"])
            attendance = htmlout.attendance_page(m, c)
            w.html(
                "/mgMeetingAttendance.aspx", {"ID": mid}, f"html/mgMeetingAttendance-{mid}.html", attendance
            )
            for item in m.items if m.agenda_published else []:
                page = htmlout.item_page(m, c, item, w.sizes, spacers)
                w.html("/mgAi.aspx", {"ID": str(item.item_id)}, f"html/mgAi-{item.item_id}.html", page)


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def build_recording(out: Path) -> dict:
    """(Re)write the recording under ``out``; returns a short summary for the command line."""
    all_committees = committees()
    for sub in ("ws", "html", "pdf"):  # only our own folders: stale files must not linger
        shutil.rmtree(out / sub, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    w = Writer(out)
    write_pdfs(w, all_committees)
    write_web_service(w, all_committees)
    write_html(w, all_committees)
    w.add("/robots.txt", {}, "robots.txt", ROBOTS.encode(), "text/plain; charset=utf-8")
    council = {"code": COUNCIL_CODE, "name": COUNCIL_NAME, "base_url": BASE_URL, "demo": True}
    _write_json(
        out / "manifest.json",
        {
            "council": council,
            "recorded_at": RECORDED_AT.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "note": "A fictional council for demonstrations and tests; it describes no real body or person.",
            "responses": w.responses,
        },
    )
    expected = expected_json(all_committees, w.pages)
    _write_json(out / "expected.json", expected)
    return {
        "files": len(w.responses) + 2,
        "bytes": w.bytes,
        "meetings": expected["totals"]["meetings"],
        "pdf_pages": expected["totals"]["pdf_pages"],
    }
