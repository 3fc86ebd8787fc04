"""The demo council reads like a real one: the right mix of meetings, outcomes and UK minuting habits."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest
from demo_recording import RECORDING
from selectolax.lexbor import LexborHTMLParser

RECORDED_ON = date(2026, 11, 20)
OUTCOME_FAMILIES = {
    "noted": r"\bnote[sd]?\b",
    "agreed": r"\bagree[sd]?\b",
    "approved": r"\bapprove[sd]?\b",
    "recommended": r"\brecommend(s|ed)?\b",
    "requested": r"\brequest(s|ed)?\b",
    "deferred": r"\bdefer(s|red)?\b",
    "refused": r"\brefuse[sd]?\b",
    "referred": r"\brefer(s|red)?\b",
}


def text_of(html: str) -> str:
    return " ".join(LexborHTMLParser(html).text(separator=" ").split())


@pytest.fixture(scope="module")
def minutes(meetings_xml: dict) -> dict[str, list[str]]:
    """Published minutes as plain text, per meeting id."""
    out: dict[str, list[str]] = {}
    for meeting_id, root in meetings_xml.items():
        out[meeting_id] = [
            text_of(e.text) for e in root.iter("minutesnonemptyhtmlbody") if e.text and e.text.strip()
        ]
    return out


@pytest.fixture(scope="module")
def resolutions(minutes: dict) -> str:
    """Only what follows RESOLVED, so an outcome counts only where it was decided."""
    parts = []
    for texts in minutes.values():
        for text in texts:
            if "RESOLVED" in text:
                parts.append(text[text.index("RESOLVED") :])
    return "\n".join(parts)


def test_there_is_every_kind_of_meeting(expected: dict) -> None:
    meetings = expected["meetings"]
    cancelled = [m for m in meetings if m["status"] == "cancelled"]
    held_without_minutes = [
        m for m in meetings
        if m["status"] == "confirmed" and date.fromisoformat(m["date"]) < RECORDED_ON and not m["has_minutes"]
    ]  # fmt: skip
    upcoming = [
        m for m in meetings if date.fromisoformat(m["date"]) > RECORDED_ON and m["status"] == "confirmed"
    ]
    assert cancelled and all(m["items"] == 0 for m in cancelled)
    assert held_without_minutes and all(m["agenda_published"] and m["items"] for m in held_without_minutes)
    assert any(m["agenda_published"] for m in upcoming) and any(not m["agenda_published"] for m in upcoming)
    assert all(not m["has_minutes"] for m in upcoming)
    with_minutes = [m for m in meetings if m["has_minutes"]]
    assert len(with_minutes) > len(meetings) / 2
    assert all(date.fromisoformat(m["date"]) < RECORDED_ON for m in with_minutes)


@pytest.mark.parametrize("family", sorted(OUTCOME_FAMILIES))
def test_every_outcome_family_is_decided_somewhere(resolutions: str, family: str) -> None:
    assert re.search(OUTCOME_FAMILIES[family], resolutions, re.I), family


def test_resolutions_are_numbered_and_cabinet_approves(minutes: dict, expected: dict) -> None:
    cabinet = [m["id"] for m in expected["meetings"] if m["committee"] == "Cabinet" and m["has_minutes"]]
    cabinet_text = " ".join(t for mid in cabinet for t in minutes[mid])
    assert re.search(r"RESOLVED that Cabinet:- 1\)\s+Approves", cabinet_text)
    everything = " ".join(t for texts in minutes.values() for t in texts)
    assert re.search(r"\b2\)\s+\w", everything)
    assert re.search(r"\(b\)\s+\w", everything)


def test_minutes_refer_back_to_earlier_minutes_that_exist(minutes: dict, meetings_xml: dict) -> None:
    numbers = {
        f"{item.findtext('minutesitemnumber')}/26"
        for root in meetings_xml.values()
        for item in root.iter("agendaitem")
        if item.findtext("minutesitemnumber").strip()
    }
    references = re.findall(r"Further to Minute (\d+/26)", " ".join(t for v in minutes.values() for t in v))
    assert len(references) >= 6
    assert set(references) <= numbers


def test_minutes_use_uk_council_habits(minutes: dict) -> None:
    everything = " ".join(t for texts in minutes.values() for t in texts)
    assert "Inspector Jane Okafor, Fernmoor Police, attended for this item" in everything
    assert re.search(r"received a Briefing Note of the Director of \w+", everything)
    assert re.search(r"including:-", everything)
    assert re.search(r"Cabinet will consider the [\w ]+ on \d{1,2}(st|nd|rd|th) \w+ 20\d\d", everything)
    assert re.search(r"£\d", everything) and re.search(r"\d%", everything)
    assert re.search(r"the Licensing Act 2003", everything)
    acts = set(re.findall(r"((?:[A-Z][\w’-]*,? (?:and |of )?)+Act \d{4})", everything))
    assert len(acts) >= 5, acts
    assert "lorem" not in everything.lower()


def test_minutes_are_not_mass_produced(minutes: dict) -> None:
    """Substantive minutes are written one by one: no long passage repeats across meetings."""
    long_texts = [t for texts in minutes.values() for t in texts if len(t) > 400]
    assert len(long_texts) >= 25
    sentences = Counter_sentences(long_texts)
    # Stock phrases ("Councillor X attended for this item.") may recur; whole passages may not.
    repeated = [s for s, n in sentences.items() if n > 1 and len(s) > 120]
    assert repeated == []


def Counter_sentences(texts: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        for sentence in re.split(r"(?<=\.)\s+", text):
            counts[sentence] = counts.get(sentence, 0) + 1
    return counts


def test_cut_off_minutes_are_whole_on_the_item_page(expected: dict) -> None:
    cut = 0
    for m in expected["meetings"]:
        if not m["cut_off_items"]:
            continue
        page = LexborHTMLParser((RECORDING / "html" / f"ieListDocuments-{m['id']}.html").read_text())
        for link in page.css("a"):
            if not link.text().startswith("view the full minutes text"):
                continue
            cut += 1
            item_id = link.attributes["href"].split("ID=")[1]
            row = link.parent
            while row.tag != "tr":
                row = row.parent
            short = " ".join(row.css("div.mgWordPara")[-1].text(separator=" ").split())
            item = LexborHTMLParser((RECORDING / "html" / f"mgAi-{item_id}.html").read_text())
            full = " ".join(item.css("div.mgWordPara")[-1].text(separator=" ").split())
            assert short.endswith(f"view the full minutes text for item {link.text().split()[-1]}")
            last_sentence = full.rsplit(". ", 1)[-1]
            assert "RESOLVED" in full and last_sentence not in short
            assert len(full) > len(short) + 200
    assert cut >= 1


def test_restricted_papers_are_never_linked_or_served(meetings_xml: dict, manifest: dict) -> None:
    restricted = [
        doc.findtext("attachmentid")
        for root in meetings_xml.values()
        for doc in root.iter("linkeddoc")
        if doc.findtext("isrestricted") == "True"
    ]
    assert restricted
    paths = " ".join(e["path"] + str(e["query"]) for e in manifest["responses"])
    pages = " ".join(p.read_text() for p in (RECORDING / "html").glob("*.html"))
    for attachment in restricted:
        assert f"s{attachment}" not in paths and f"'{attachment}'" not in paths
        assert f"s{attachment}/" not in pages and f'ID={attachment}"' not in pages


def test_agenda_titles_survive_the_double_escape(meetings_xml: dict) -> None:
    titles = [unescape(e.text) for root in meetings_xml.values() for e in root.iter("agendaitemtitle")]
    assert "Fees & Charges 2027/28" in titles
