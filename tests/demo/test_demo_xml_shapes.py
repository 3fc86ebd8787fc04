"""The demo council's web-service XML has exactly the shapes of real ModernGov responses.

The real responses in tests/fixtures are the reference: same child elements in the same order, the same
indentation per element, the same ways of writing counts, booleans, dates, times and empty elements.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from defusedxml import ElementTree
from demo_recording import FIXTURES, RECORDING, responses_for

ALLOWED_ATTENDANCE = {"Present", "Apologies", "Absent", "Expected", "Present as substitute", "In attendance"}
DATE_TAGS = {"meetingdate", "actualmeetingdate", "preferreddate", "publicationdate", "decisiondate"}
BOOL_TAGS = {
    "committeedeleted", "committeeexpired", "iswebcast", "isdisplayallowed", "agendapublished",
    "decisionpublished", "minutepublished", "iscallin", "iscomment", "isdecision", "isdecisionpublished",
    "isminutepublished", "ispubliccanspeak", "isrestricted", "isurl", "isdecisionattachment",
}  # fmt: skip
_OPEN_TAG = re.compile(r"^( *)<([a-zA-Z][a-zA-Z0-9]*)[ >]")


def ws_files(manifest: dict, operation: str) -> list[Path]:
    return [RECORDING / e["file"] for e in responses_for(manifest, f"/mgWebService.asmx/{operation}")]


def child_tags(element) -> list[str]:
    return [child.tag for child in element]


def indents(path: Path) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _OPEN_TAG.match(line)
        if match:
            found.setdefault(match.group(2), set()).add(len(match.group(1)))
    return found


def fixture(name: str):
    return ElementTree.parse(FIXTURES / name).getroot()


@pytest.mark.parametrize(
    ("operation", "fixture_name"),
    [
        ("GetCommittees", "committees.xml"),
        ("GetMeetings", "meetings.xml"),
        ("GetMeeting", "meeting_with_minutes.xml"),
    ],
)
def test_indentation_matches_the_real_responses(manifest: dict, operation: str, fixture_name: str) -> None:
    reference = indents(FIXTURES / fixture_name)
    if operation == "GetMeeting":  # the cancelled fixture adds nothing new, but check against both
        for tag, levels in indents(FIXTURES / "meeting_no_minutes.xml").items():
            reference.setdefault(tag, set()).update(levels)
    files = ws_files(manifest, operation)
    assert files
    for path in files:
        ours = indents(path)
        for tag, levels in ours.items():
            assert tag in reference, f"{path.name}: <{tag}> does not occur in real responses"
            assert levels <= reference[tag], f"{path.name}: <{tag}> indented {levels}, real {reference[tag]}"


def test_committees_have_the_real_elements_in_order(manifest: dict) -> None:
    real = fixture("committees.xml")
    [path] = ws_files(manifest, "GetCommittees")
    ours = ElementTree.parse(path).getroot()
    assert ours.tag == real.tag
    assert child_tags(ours)[0] == "committeescount"
    assert int(ours.findtext("committeescount")) == len(ours.findall("committee")) >= 5
    for committee in ours.findall("committee"):
        assert child_tags(committee) == child_tags(real.find("committee"))
    text = path.read_text(encoding="utf-8")
    assert re.search(r"<committeescount> \d+</committeescount>", text), "counts have a leading space"
    assert [c.findtext("committeeexpired") for c in ours].count("True") >= 1


def test_meeting_lists_have_the_real_elements_in_order(manifest: dict) -> None:
    real = fixture("meetings.xml")
    for path in ws_files(manifest, "GetMeetings"):
        ours = ElementTree.parse(path).getroot()
        assert child_tags(ours) == child_tags(real)
        committee = ours.find("committee")
        assert child_tags(committee) == child_tags(real.find("committee"))
        meetings = committee.find("committeemeetings").findall("meeting")
        assert int(ours.findtext("meetingscount")) == len(meetings)
        assert int(committee.findtext("committeemeetingcount")) == len(meetings)
        for meeting in meetings:
            assert child_tags(meeting) == child_tags(real.find(".//meeting"))
            assert meeting.findtext("meetingstatus") in ("Confirmed", "Cancelled")
        text = path.read_text(encoding="utf-8")
        assert re.search(r"<meetingscount> \d+</meetingscount>", text)
        assert re.search(r"<committeemeetingcount> \d+</committeemeetingcount>", text)


def test_meetings_have_the_real_elements_in_order(meetings_xml: dict) -> None:
    real = fixture("meeting_with_minutes.xml")
    real_item = real.find(".//agendaitem")
    real_doc = real.find(".//linkeddoc")
    real_attendee = real.find(".//attendee")
    with_docs = 0
    for meeting in meetings_xml.values():
        assert child_tags(meeting) == child_tags(real)
        for item in meeting.iter("agendaitem"):
            assert child_tags(item) == child_tags(real_item)
            docs = item.find("linkeddocuments").findall("linkeddoc")
            with_docs += bool(docs)
            for doc in docs:
                assert child_tags(doc) == child_tags(real_doc)
        for attendee in meeting.iter("attendee"):
            assert set(real_attendee.attrib) <= set(attendee.attrib)
            assert attendee.get("attendance") in ALLOWED_ATTENDANCE
            assert attendee.get("name")
            assert child_tags(attendee)[0] == "url"
    assert with_docs > 20


def test_values_are_written_the_moderngov_way(manifest: dict) -> None:
    for path in ws_files(manifest, "GetMeetings") + ws_files(manifest, "GetMeeting"):
        root = ElementTree.parse(path).getroot()
        for element in root.iter():
            text = element.text or ""
            if element.tag in DATE_TAGS:
                assert re.fullmatch(r"\d\d/\d\d/\d{4}", text), (path.name, element.tag, text)
            if element.tag in BOOL_TAGS:
                assert text in ("True", "False"), (path.name, element.tag, text)
            if element.tag in ("meetingtime", "meetingplannedfinishtime"):
                assert re.fullmatch(r"\d{1,2}\.\d\d (am|pm)", text), (path.name, text)
        raw = path.read_text(encoding="utf-8")
        assert not re.search(r"<(\w+)></\1>|<\w+\s*/>", raw), (
            f"{path.name}: empty elements written the wrong way"
        )


def test_html_fields_are_escaped_word_html(meetings_xml: dict) -> None:
    agenda = [unescape(t) for m in meetings_xml.values() for t in (e.text for e in m.iter("agendatext")) if t]
    minutes = [
        t
        for m in meetings_xml.values()
        for t in (e.text for e in m.iter("minutesnonemptyhtmlbody"))
        if t.strip()
    ]
    assert agenda and minutes
    assert all('class="MsoNormal"' in t for t in agenda)
    assert all('<div class="WordSection1">' in t and 'class="MsoNormal"' in t for t in minutes)
    joined = "\n".join(minutes)
    assert '<p class="MsoNormal">&nbsp;</p>' in joined  # spacer paragraphs, still escaped once
    assert 'class="MsoListParagraph"' in joined
    assert "<ul>" in joined and "<li>" in joined


def test_real_world_quirks_are_present(manifest: dict, meetings_xml: dict) -> None:
    raw = "".join(p.read_text(encoding="utf-8") for p in ws_files(manifest, "GetMeeting"))
    assert "&amp;amp;" in raw, "one double-escaped title"
    titles = [e.text for m in meetings_xml.values() for e in m.iter("agendaitemtitle")]
    assert any(t.startswith(" ") for t in titles), "a title with a leading space"
    urls = [e.findtext("url") for m in meetings_xml.values() for e in m.iter("linkeddoc")]
    assert any(u.startswith("http://") for u in urls)
    assert sum(u.startswith("https://") for u in urls) > sum(u.startswith("http://") for u in urls)
    assert any("mgConvert2PDF.aspx?ID=" in u for u in urls)
    assert any("/documents/s" in u for u in urls)


def test_cancelled_and_unpublished_meetings_have_no_items(meetings_xml: dict) -> None:
    for meeting in meetings_xml.values():
        items = meeting.find("agendaitems").findall("agendaitem")
        if meeting.findtext("meetingstatus") == "Cancelled" or meeting.findtext("agendapublished") == "False":
            assert items == []
            assert {a.get("attendance") for a in meeting.iter("attendee")} == {"Expected"}
        published = meeting.findtext("minutepublished") == "True"
        for item in items:
            assert item.findtext("isminutepublished") == meeting.findtext("minutepublished")
            assert bool(item.findtext("minutesnonemptyhtmlbody").strip()) == published
