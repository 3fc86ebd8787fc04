"""The replay server over real loopback HTTP: matching, validators, 304s, HEAD, logging, bad recordings."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import httpx
import pytest

from councilwatch.replay import Recording, RecordingError, ReplayServer, write_recording


def get(server: ReplayServer, target: str, **headers: str) -> httpx.Response:
    return httpx.get(server.url + target, headers=headers, follow_redirects=False)


def test_matching_is_case_insensitive_on_path_and_names_exact_on_values(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site) as server:
        assert get(server, "/MGWEBSERVICE.ASMX/getcommittees").status_code == 200
        assert (
            get(server, "/mgWebService.asmx/GetMeetings?LCOMMITTEEID=101").text
            == "<getmeetings>101</getmeetings>"
        )
        assert (
            get(server, "/mgWebService.asmx/GetMeetings?lCommitteeId=102").text
            == "<getmeetings>102</getmeetings>"
        )
        assert get(server, "/mgWebService.asmx/GetMeetings?lCommitteeId=103").status_code == 404
        # Parameters are compared exactly: an extra one or a missing one is a different request.
        assert get(server, "/mgWebService.asmx/GetMeetings?lCommitteeId=102&extra=1").status_code == 404
        assert get(server, "/mgWebService.asmx/GetMeetings").status_code == 404
        assert get(server, "/ieListDocuments.aspx?MId=5001&CId=101").status_code == 200  # order is free
        assert get(server, "/ieListDocuments.aspx?CId=101&MId=5001&MId=5002").status_code == 404


def test_ignored_parameters_may_carry_anything_or_be_absent(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site) as server:
        for target in (
            "/mgWebService.asmx/GetMeetings?lCommitteeId=101&sFromDate=01%2F01%2F2026&sToDate=31%2F03%2F2026",
            "/mgWebService.asmx/GetMeetings?lCommitteeId=101&SFROMDATE=whatever",
            "/mgWebService.asmx/GetMeetings?lCommitteeId=101",
        ):
            assert get(server, target).text == "<getmeetings>101</getmeetings>", target
        # ...but only where the entry says so.
        assert get(server, "/mgWebService.asmx/GetMeetings?lCommitteeId=102&sFromDate=x").status_code == 404


def test_paths_with_spaces_match_encoded_or_not(moderngov_site: Path) -> None:
    name = "Public reports pack 13th-Jan-2026 10.00 Planning Committee.pdf"
    with ReplayServer(moderngov_site) as server:
        encoded = get(server, "/documents/g5001/" + name.replace(" ", "%20"))
        plus_encoded = get(server, "/documents/G5001/" + name.replace(" ", "%20").upper())
    assert encoded.status_code == 200 and encoded.content == b"%PDF-1.4 the pack"
    assert encoded.headers["content-type"] == "application/pdf"
    assert plus_encoded.status_code == 200


def test_every_response_has_strong_etag_and_recorded_last_modified(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site) as server:
        response = get(server, "/mgWebService.asmx/GetCommittees")
    assert response.headers["etag"] == '"' + hashlib.sha256(response.content).hexdigest() + '"'
    assert response.headers["last-modified"] == "Fri, 20 Nov 2026 09:00:00 GMT"
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    assert int(response.headers["content-length"]) == len(response.content)


def test_conditional_requests_get_304(moderngov_site: Path) -> None:
    target = "/mgWebService.asmx/GetCommittees"
    with ReplayServer(moderngov_site) as server:
        etag = get(server, target).headers["etag"]
        by_tag = get(server, target, **{"If-None-Match": etag})
        weak_tag = get(server, target, **{"If-None-Match": f'"other", W/{etag}'})
        stale_tag = get(server, target, **{"If-None-Match": '"something-else"'})
        by_date = get(server, target, **{"If-Modified-Since": "Sat, 21 Nov 2026 00:00:00 GMT"})
        older_date = get(server, target, **{"If-Modified-Since": "Thu, 19 Nov 2026 00:00:00 GMT"})
        # If-None-Match decides when both are sent.
        tag_wins = get(
            server,
            target,
            **{"If-None-Match": '"nope"', "If-Modified-Since": "Sat, 21 Nov 2026 00:00:00 GMT"},
        )
    assert (by_tag.status_code, by_tag.content, by_tag.headers["etag"]) == (304, b"", etag)
    assert weak_tag.status_code == 304
    assert stale_tag.status_code == 200
    assert by_date.status_code == 304
    assert older_date.status_code == 200 and older_date.content
    assert tag_wins.status_code == 200
    assert [entry.conditional for entry in server.log] == [False, True, True, True, True, True, True]


def test_unknown_paths_404_and_robots_only_if_recorded(moderngov_site: Path, tmp_path: Path) -> None:
    bare = write_recording(tmp_path / "bare", [{"path": "/page", "body": "x"}])
    with ReplayServer(moderngov_site) as with_robots, ReplayServer(bare) as without_robots:
        assert get(with_robots, "/robots.txt").text == "User-agent: *\nDisallow:\n"
        assert get(without_robots, "/robots.txt").status_code == 404
        assert get(without_robots, "/nowhere").status_code == 404


def test_recorded_status_and_headers_are_served(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site) as server:
        response = get(server, "/moved.aspx")
    assert response.status_code == 301
    assert response.headers["location"] == "/ieListDocuments.aspx?CId=101&MId=5001"


def test_head_sends_headers_only_and_other_methods_are_refused(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site) as server:
        head = httpx.head(server.url + "/mgWebService.asmx/GetCommittees")
        post = httpx.post(server.url + "/mgWebService.asmx/GetCommittees", content=b"x")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) > 0
    assert post.status_code == 501


def test_log_records_time_path_status_and_agent(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site) as server:
        before = time.monotonic()
        httpx.get(server.url + "/mgWebService.asmx/GetCommittees", headers={"User-Agent": "probe/1"})
        httpx.get(server.url + "/missing")
        after = time.monotonic()
    first, second = server.log
    assert (first.method, first.path, first.status, first.user_agent) == (
        "GET",
        "/mgWebService.asmx/GetCommittees",
        200,
        "probe/1",
    )
    assert (second.path, second.status) == ("/missing", 404)
    assert before <= first.time <= second.time <= after
    assert server.requests_for("committees") == [first]


def test_latency_delays_every_answer(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site, latency_ms=150) as server:
        began = time.monotonic()
        httpx.get(server.url + "/robots.txt")
        assert time.monotonic() - began >= 0.15


def test_a_server_can_stop_and_its_port_is_released(moderngov_site: Path) -> None:
    server = ReplayServer(moderngov_site).start()
    url = server.url
    assert httpx.get(url + "/robots.txt").status_code == 200
    server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/robots.txt")


def test_recording_reports_its_council(moderngov_site: Path) -> None:
    recording = Recording(moderngov_site)
    assert recording.name == "Fernmoor District Council"
    assert recording.council["base_url"] == "https://democracy.fernmoor.example"
    assert len(recording) == 7


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"responses": "nope"}), "'responses' list"),
        (json.dumps({"responses": [{"path": "no-slash", "file": "a"}]}), "starting with '/'"),
        (json.dumps({"responses": [{"path": "/a", "file": "missing.xml"}]}), "does not exist"),
        (json.dumps({"responses": [{"path": "/a", "file": "../outside"}]}), "outside the recording"),
        (json.dumps({"recorded_at": "yesterday", "responses": []}), "ISO 8601"),
        (json.dumps({"responses": [{"path": "/a", "file": "body.txt", "status": 42}]}), "HTTP status"),
    ],
)
def test_bad_recordings_get_clear_errors(tmp_path: Path, manifest: str, message: str) -> None:
    (tmp_path / "rec").mkdir()
    (tmp_path / "rec" / "body.txt").write_text("x")
    (tmp_path / "outside").write_text("x")
    (tmp_path / "rec" / "manifest.json").write_text(manifest)
    with pytest.raises(RecordingError, match=message) as caught:
        Recording(tmp_path / "rec")
    assert "manifest.json" in str(caught.value)


def test_a_directory_without_manifest_is_not_a_recording(tmp_path: Path) -> None:
    with pytest.raises(RecordingError, match=r"no manifest\.json"):
        ReplayServer(tmp_path)


def test_recorded_framing_headers_are_replaced_and_lost_bodies_500(tmp_path: Path) -> None:
    site = write_recording(
        tmp_path / "odd",
        [
            {"path": "/a", "body": "four", "headers": {"Content-Length": "999", "X-Council": "Fernmoor"}},
            {"path": "/b", "body": "gone soon"},
        ],
    )
    with ReplayServer(site) as server:
        first = get(server, "/a")
        (site / "bodies" / "0002.bin").unlink()
        lost = get(server, "/b")
    assert (first.content, first.headers["content-length"], first.headers["x-council"]) == (
        b"four",
        "4",
        "Fernmoor",
    )
    assert lost.status_code == 500 and "unreadable" in lost.text
