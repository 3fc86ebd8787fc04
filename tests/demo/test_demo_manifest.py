"""The manifest of the demo recording: every entry is served from a real file, nothing is left over."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from demo_recording import responses_for

MAX_BYTES = 6 * 1024 * 1024


def test_council_is_marked_as_a_demo(manifest: dict, expected: dict) -> None:
    council = manifest["council"]
    assert council["code"] == "DEMO"
    assert council["name"] == "Fernmoor Borough Council"
    assert council["base_url"] == "https://democracy.fernmoor.example"
    assert council["demo"] is True
    assert manifest["recorded_at"] == "2026-11-20T09:00:00Z"
    assert expected["council"] == council


def test_every_entry_points_to_an_existing_file(manifest: dict, recording: Path) -> None:
    for entry in manifest["responses"]:
        target = recording / entry["file"]
        assert target.is_file(), entry
        assert target.stat().st_size > 0, entry
        assert entry.get("status", 200) == 200
        assert entry["path"].startswith("/")
        assert all(isinstance(v, str) for v in entry["query"].values()), entry


def test_no_file_is_left_unreferenced(manifest: dict, recording: Path) -> None:
    listed = {entry["file"] for entry in manifest["responses"]}
    on_disk = {
        p.relative_to(recording).as_posix()
        for p in recording.rglob("*")
        if p.is_file() and p.name not in ("manifest.json", "expected.json")
    }
    assert on_disk == listed


def test_requests_are_unambiguous(manifest: dict) -> None:
    """Two entries with the same path and parameters would make the replay's answer arbitrary."""
    seen = set()
    for entry in manifest["responses"]:
        key = (
            unquote(entry["path"]).lower(),
            tuple(sorted((k.lower(), v) for k, v in entry["query"].items())),
        )
        assert key not in seen, entry
        seen.add(key)


def test_content_types_match_the_bodies(manifest: dict, recording: Path) -> None:
    for entry in manifest["responses"]:
        head = (recording / entry["file"]).read_bytes()[:64]
        kind = entry["content_type"]
        if kind.startswith("application/pdf"):
            assert head.startswith(b"%PDF-"), entry
        elif kind.startswith("text/xml"):
            assert head.startswith(b'<?xml version="1.0" encoding="utf-8"?>'), entry
        elif kind.startswith("text/html"):
            assert head.startswith(b'<html><body><div id="modgov">'), entry
        else:
            assert entry["path"] == "/robots.txt", entry


def test_date_parameters_of_getmeetings_are_ignored(manifest: dict) -> None:
    entries = responses_for(manifest, "/mgWebService.asmx/GetMeetings")
    assert entries
    for entry in entries:
        assert set(entry["query"]) == {"lCommitteeId"}
        assert sorted(entry["ignore"]) == ["sFromDate", "sToDate"]


def test_robots_allows_all_but_login(manifest: dict, recording: Path) -> None:
    from urllib.robotparser import RobotFileParser

    [entry] = responses_for(manifest, "/robots.txt")
    parser = RobotFileParser()
    parser.parse((recording / entry["file"]).read_text().splitlines())
    base = manifest["council"]["base_url"]
    assert parser.can_fetch("councilwatch", f"{base}/mgWebService.asmx/GetCommittees")
    assert parser.can_fetch("councilwatch", f"{base}/ieListDocuments.aspx?CId=101&MId=5001")
    assert not parser.can_fetch("councilwatch", f"{base}/mgLogin.aspx")
    assert not parser.can_fetch("councilwatch", f"{base}/mgLoginUser.aspx?x=1")


def test_whole_recording_is_small_enough(recording: Path) -> None:
    total = sum(p.stat().st_size for p in recording.rglob("*") if p.is_file())
    assert total < MAX_BYTES


def test_every_document_linked_from_the_service_is_served_unless_restricted(
    manifest: dict, meetings_xml: dict
) -> None:
    served = {(unquote(e["path"]).lower(), tuple(sorted(e["query"].items()))) for e in manifest["responses"]}
    base_len = len("https://democracy.fernmoor.example")
    for meeting in meetings_xml.values():
        for doc in meeting.iter("linkeddoc"):
            url = doc.findtext("url").replace("http://", "https://")
            rest = url[base_len:]
            path, _, query = rest.partition("?")
            params = tuple(sorted(tuple(p.split("=", 1)) for p in query.split("&") if p))
            is_served = (unquote(path).lower(), params) in served
            assert is_served == (doc.findtext("isrestricted") == "False"), url
