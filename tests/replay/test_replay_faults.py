"""Fault injection: the spec language, and each fault as a client on loopback sees it."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import httpx
import pytest

from councilwatch.replay import Fault, FaultDecider, FaultSpec, FaultSpecError, ReplayServer

WS = "/mgWebService.asmx/GetCommittees"


def test_parse_the_full_example() -> None:
    spec = FaultSpec.parse(
        "5xx=0.2,429=0.05,retry-after=1,stall=0.02,stall-seconds=3,truncate=0.05,seed=7,"
        "fail=GetMeeting?lMeetingId=123,wsoff"
    )
    assert spec == FaultSpec(
        server_error=0.2,
        too_many=0.05,
        retry_after=1,
        stall=0.02,
        stall_seconds=3.0,
        truncate=0.05,
        seed=7,
        fail=("GetMeeting?lMeetingId=123",),
        wsoff=True,
    )
    assert FaultSpec.parse(str(spec)) == spec


def test_parse_repeatable_fail_and_defaults() -> None:
    spec = FaultSpec.parse(" fail=a , fail=b=c ,")
    assert spec.fail == ("a", "b=c")
    assert (spec.server_error, spec.wsoff, spec.seed, spec.retry_after) == (0.0, False, None, 1)
    assert spec.stall_seconds > 30  # outlasts the fetcher's default timeout
    assert FaultSpec.parse("") == FaultSpec()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("boom=1", "unknown fault 'boom'"),
        ("5xx=lots", "expected a number"),
        ("5xx=1.5", "between 0 and 1"),
        ("429=-0.1", "between 0 and 1"),
        ("5xx=0.6,truncate=0.6", "add up to 1.2"),
        ("seed=1.5", "whole number"),
        ("retry-after=-1", "at least 0"),
        ("fail=", "needs a value"),
        ("stall", "needs a value"),
        ("wsoff=yes", "takes no value"),
    ],
)
def test_parse_errors_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(FaultSpecError, match=message):
        FaultSpec.parse(text)


def statuses(server: ReplayServer, targets: list[str]) -> list[int]:
    with httpx.Client(base_url=server.url) as client:
        return [client.get(target).status_code for target in targets]


def test_same_seed_same_faults_different_seed_different_faults(moderngov_site: Path) -> None:
    targets = [WS, "/robots.txt", "/ieListDocuments.aspx?CId=101&MId=5001"] * 20
    runs = []
    for seed in (11, 11, 12):
        with ReplayServer(moderngov_site, faults=FaultSpec.parse(f"5xx=0.3,429=0.2,seed={seed}")) as server:
            runs.append(statuses(server, targets))
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    faulted = [status for status in runs[0] if status != 200]
    assert {429} <= set(faulted) and set(faulted) - {429} <= {500, 502, 503, 504}
    assert 0.2 < len(faulted) / (len(targets) * 2 / 3) < 0.8  # robots.txt excluded from the denominator


def test_fate_depends_on_resource_not_on_interleaving() -> None:
    spec = FaultSpec.parse("5xx=0.5,seed=3")
    one, two = FaultDecider(spec), FaultDecider(spec)
    a_alone = [one.decide("/a") for _ in range(10)]
    mixed = []
    for _ in range(10):
        two.decide("/b")
        mixed.append(two.decide("/a"))
    assert a_alone == mixed


def test_faults_never_touch_robots_txt(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site, faults=FaultSpec.parse("5xx=1,fail=robots")) as server:
        got = statuses(server, ["/robots.txt", "/robots.txt", WS])
    assert got[:2] == [200, 200]
    assert got[2] in (500, 502, 503, 504)
    assert [entry.fault for entry in server.log] == ["", "", "5xx"]


def test_wsoff_turns_off_the_web_service_only(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site, faults=FaultSpec.parse("wsoff")) as server:
        got = statuses(
            server,
            [WS, "/MGWEBSERVICE.ASMX/GetMeetings?lCommitteeId=101", "/ieListDocuments.aspx?CId=101&MId=5001"],
        )
    assert got == [404, 404, 200]
    assert [entry.fault for entry in server.log] == ["wsoff", "wsoff", ""]


def test_fail_substring_always_500s(moderngov_site: Path) -> None:
    spec = FaultSpec.parse("fail=GetMeetings?lCommitteeId=101,fail=g5001/Public reports")
    pack = "/documents/g5001/Public%20reports%20pack%2013th-Jan-2026%2010.00%20Planning%20Committee.pdf"
    with ReplayServer(moderngov_site, faults=spec) as server:
        got = statuses(
            server,
            [
                "/mgWebService.asmx/GetMeetings?lCommitteeId=101",
                "/mgWebService.asmx/GetMeetings?lCommitteeId=101",
                "/mgWebService.asmx/GetMeetings?lCommitteeId=102",
                pack,  # matched on the decoded target, so spaces in the spec work
            ],
        )
    assert got == [500, 500, 200, 500]


def test_429_carries_retry_after(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site, faults=FaultSpec.parse("429=1,retry-after=7")) as server:
        response = httpx.get(server.url + WS)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"


def raw_get(server: ReplayServer, target: str, *, timeout: float = 5.0) -> bytes:
    """Speak HTTP by hand, to see exactly what the server put on the wire before hanging up."""
    with socket.create_connection((server.host, server.port), timeout=timeout) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: test\r\nConnection: keep-alive\r\n\r\n".encode())
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    return received


def test_truncate_promises_more_than_it_sends_then_hangs_up(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site, faults=FaultSpec.parse("truncate=1")) as server:
        raw = raw_get(server, WS)  # returns only because the server closed the connection
    head, _, body = raw.partition(b"\r\n\r\n")
    promised = int(
        next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")).split(b":")[
            1
        ]
    )
    assert head.startswith(b"HTTP/1.1 200")
    assert 0 < len(body) < promised
    spec = FaultSpec.parse("truncate=1")
    with ReplayServer(moderngov_site, faults=spec) as again, pytest.raises(httpx.RemoteProtocolError):
        httpx.get(again.url + WS)


def test_stall_outlasts_a_client_timeout(moderngov_site: Path) -> None:
    with ReplayServer(moderngov_site, faults=FaultSpec.parse("stall=1,stall-seconds=4")) as server:
        began = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(server.url + WS, timeout=0.3)
        assert time.monotonic() - began < 3
    # stop() wakes the stalled handler, so the test does not wait out the stall either
    assert time.monotonic() - began < 3.5


def test_fault_names_match_the_spec_words() -> None:
    assert {str(fault) for fault in Fault} == {"fail", "wsoff", "5xx", "429", "stall", "truncate"}
