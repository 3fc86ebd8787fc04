"""A small recording shaped like a ModernGov site, written fresh for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilwatch.replay import write_recording

COMMITTEES = """<?xml version="1.0" encoding="utf-8"?>
<committees><committeescount> 1</committeescount><committee><committeeid>101</committeeid>
<committeetitle>Fernmoor Planning Committee</committeetitle></committee></committees>"""


@pytest.fixture
def moderngov_site(tmp_path: Path) -> Path:
    return write_recording(
        tmp_path / "fernmoor",
        [
            {"path": "/robots.txt", "body": "User-agent: *\nDisallow:\n", "content_type": "text/plain"},
            {
                "path": "/mgWebService.asmx/GetCommittees",
                "body": COMMITTEES,
                "content_type": "text/xml; charset=utf-8",
            },
            {
                "path": "/mgWebService.asmx/GetMeetings",
                "query": {"lCommitteeId": "101"},
                "ignore": ["sFromDate", "sToDate"],
                "body": "<getmeetings>101</getmeetings>",
                "content_type": "text/xml; charset=utf-8",
            },
            {
                "path": "/mgWebService.asmx/GetMeetings",
                "query": {"lCommitteeId": "102"},
                "body": "<getmeetings>102</getmeetings>",
                "content_type": "text/xml; charset=utf-8",
            },
            {
                "path": "/documents/g5001/Public reports pack 13th-Jan-2026 10.00 Planning Committee.pdf",
                "body": b"%PDF-1.4 the pack",
                "content_type": "application/pdf",
            },
            {
                "path": "/ieListDocuments.aspx",
                "query": {"CId": "101", "MId": "5001"},
                "body": "<html>meeting</html>",
            },
            {
                "path": "/moved.aspx",
                "status": 301,
                "headers": {"Location": "/ieListDocuments.aspx?CId=101&MId=5001"},
            },
        ],
        council={
            "code": "FERN",
            "name": "Fernmoor District Council",
            "base_url": "https://democracy.fernmoor.example",
        },
    )
