"""expected.json (written from the generator's own data) agrees with what the files say."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
from demo_recording import RECORDING, responses_for, xml_root
from selectolax.lexbor import LexborHTMLParser

LONDON = ZoneInfo("Europe/London")


def html(name: str) -> LexborHTMLParser:
    return LexborHTMLParser((RECORDING / "html" / name).read_text(encoding="utf-8"))


def test_committees_agree(expected: dict) -> None:
    root = xml_root("GetCommittees.xml")
    ours = {c.findtext("committeeid"): c for c in root.findall("committee")}
    assert len(expected["committees"]) == expected["totals"]["committees"] == len(ours) >= 5
    for c in expected["committees"]:
        element = ours[c["id"]]
        assert element.findtext("committeetitle") == c["title"]
        assert element.findtext("committeecategory") == c["category"]
        assert element.findtext("committeeexpired") == str(c["expired"])
        listing = xml_root(f"GetMeetings-{c['id']}.xml")
        assert len(listing.findall(".//meeting")) == c["meetings"]
    page = html("mgListCommittees.html")
    listed = {a.text() for a in page.css("ul.mgBulletList a")}
    assert listed == {c["title"] for c in expected["committees"] if c["listed_in_html"]}
    assert len(page.css("h2.mgSectionTitle")) == len(
        {c["category"] for c in expected["committees"] if not c["expired"]}
    )


def test_meetings_agree_with_the_web_service(expected: dict, meetings_xml: dict) -> None:
    assert len(expected["meetings"]) == expected["totals"]["meetings"] == len(meetings_xml) >= 26
    for m in expected["meetings"]:
        root = meetings_xml[m["id"]]
        day = datetime.strptime(root.findtext("meetingdate"), "%d/%m/%Y").date()
        assert day.isoformat() == m["date"]
        hour = datetime.strptime(root.findtext("meetingtime").replace(".", ":").upper(), "%I:%M %p").time()
        assert datetime.combine(day, hour, tzinfo=LONDON).isoformat() == m["starts_at"]
        assert root.findtext("meetingstatus").lower() == m["status"]
        assert (root.findtext("minutepublished") == "True") == m["has_minutes"]
        assert (root.findtext("agendapublished") == "True") == m["agenda_published"]
        items = root.findall(".//agendaitem")
        assert len(items) == m["items"]
        assert [i.findtext("agendaitemid") for i in items] == [i["id"] for i in m["item_list"]]
        assert [i.findtext("fulldisplaynumberformat") for i in items] == [i["number"] for i in m["item_list"]]
        assert sum(i.findtext("isrestricted") == "True" for i in items) == m["restricted_items"]
        attendees = root.findall(".//attendee")
        assert len(attendees) == m["attendees"]
        assert dict(Counter(a.get("attendance") for a in attendees)) == m["attendance"]
        urls = {d.findtext("url") for d in root.iter("linkeddoc") if d.findtext("isrestricted") == "False"}
        meeting_docs = (2 if m["agenda_published"] else 0) + (1 if m["has_minutes"] else 0)
        assert len(urls) == m["papers"]
        canonical = {quote(u.replace("http://", "https://", 1), safe=":/?&=,()") for u in urls}
        assert sorted(canonical) == sorted(u for u in m["document_urls"] if "&T=" not in u)
        assert len(urls) + meeting_docs == m["documents"]
    assert sum(m["documents"] for m in expected["meetings"]) == expected["totals"]["documents"]
    assert sum(m["attendees"] for m in expected["meetings"]) == expected["totals"]["attendees"]
    assert sum(m["items"] for m in expected["meetings"]) == expected["totals"]["items"]


def test_meetings_agree_with_the_html_pages(expected: dict) -> None:
    by_committee = Counter(m["committee_id"] for m in expected["meetings"])
    for committee_id, count in by_committee.items():
        links = html(f"ieListMeetings-{committee_id}.html").css("ul.mgBulletList a")
        assert len(links) == count
        cancelled = {
            m["id"]
            for m in expected["meetings"]
            if m["committee_id"] == committee_id and m["status"] == "cancelled"
        }
        for a in links:
            mid = re.search(r"MId=(\d+)", a.attributes["href"]).group(1)
            assert a.text().endswith("CANCELLED") == (mid in cancelled)
    for m in expected["meetings"]:
        page = html(f"ieListDocuments-{m['id']}.html")
        assert page.css_first("h1.mgMainTitleTxt").text() == (
            "Agenda and minutes" if m["has_minutes"] else "Agenda"
        )
        heading = page.css_first("h2.mgSubTitleTxt").text()
        assert heading.startswith(m["committee"] + " - ")
        assert heading.endswith(" - CANCELLED") == (m["status"] == "cancelled")
        assert len(page.css("a.mgAiTitleLnk")) == m["items"]
        paper_links = page.css("table.mgItemTable ul.mgBulletList a")
        assert len(paper_links) == m["papers"]
        action_docs = [a for a in page.css("ul.mgActionList a") if "mgConvert2PDF" in a.attributes["href"]]
        assert len(action_docs) + len(paper_links) == m["documents"]
        rows = html(f"mgMeetingAttendance-{m['id']}.html").css("table.mgTabTable tr")
        assert len(rows) - 1 == m["attendees"]  # less the header row
        cut = [a.text() for a in page.css("a") if a.text().startswith("view the full minutes text for item")]
        assert [f"view the full minutes text for item {n.rstrip('.')}." for n in m["cut_off_items"]] == cut


def test_pdf_pages_agree(expected: dict, manifest: dict) -> None:
    pages_by_file = {}
    for entry in manifest["responses"]:
        if entry["content_type"] == "application/pdf":
            pages_by_file[entry["file"]] = len(pdfium.PdfDocument(RECORDING / entry["file"]))
    assert len(pages_by_file) == expected["totals"]["pdf_files"]
    assert sum(pages_by_file.values()) == expected["totals"]["pdf_pages"] >= 80
    for m in expected["meetings"]:
        mine = [f for f in pages_by_file if f.startswith(f"pdf/g{m['id']}-")]
        assert len(mine) == (2 if m["agenda_published"] else 0) + (1 if m["has_minutes"] else 0)
    assert sum(m["pdf_pages"] for m in expected["meetings"]) == expected["totals"]["pdf_pages"]


def test_meeting_documents_are_in_the_manifest(expected: dict, manifest: dict) -> None:
    convert = {tuple(sorted(e["query"].items())) for e in responses_for(manifest, "/mgConvert2PDF.aspx")}
    for m in expected["meetings"]:
        for t, present in (
            ("0", m["agenda_published"]),
            ("10", m["agenda_published"]),
            ("1", m["has_minutes"]),
        ):
            assert ((("ID", m["id"]), ("T", t)) in convert) == present, (m["id"], t)


def test_expected_dates_are_in_range_and_london_time(expected: dict) -> None:
    for m in expected["meetings"]:
        assert date(2026, 9, 1) <= date.fromisoformat(m["date"]) <= date(2027, 1, 31)
        starts = datetime.fromisoformat(m["starts_at"])
        assert starts.utcoffset() == starts.astimezone(LONDON).utcoffset()
