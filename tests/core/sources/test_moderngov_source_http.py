"""End to end over real HTTP on 127.0.0.1: the project's polite fetcher, a tiny local site, the fallback.

The local site serves the constructed HTML pages and answers 404 for the web service, as a council that
switched it off does. Links on the pages name the council's public host; with ``canonical_base`` the
source must keep every request on 127.0.0.1.
"""

import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from councilwatch.core.fetch import MemoryRawStore, MemoryValidatorIndex, PoliteFetcher
from councilwatch.core.models import Committee, DocumentKind
from councilwatch.core.sources.source import MODE_HTML, ModernGovSource

PAGES = Path(__file__).parents[2] / "fixtures" / "moderngov" / "pages"
PUBLIC = "https://democracy.fernbridge.gov.uk"
SITE = {
    "/mgListCommittees.aspx": "mgListCommittees.html",
    "/ieListMeetings.aspx?CommitteeId=144": "ieListMeetings_144.html",
    "/ieListDocuments.aspx?CId=144&MId=4967": "ieListDocuments_144_4967.html",
    "/mgAi.aspx?ID=18832": "mgAi_18832.html",
    "/mgMeetingAttendance.aspx?ID=4967": "mgMeetingAttendance_4967.html",
}


class CouncilSite(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        name = SITE.get(self.path)
        if name is None:
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>Not found</body></html>")
            return
        body = (PAGES / name).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture
def site() -> Iterator[str]:
    CouncilSite.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), CouncilSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_crawl_a_council_whose_web_service_is_off(site: str) -> None:
    fetcher = PoliteFetcher(
        raw_store=MemoryRawStore(),
        validators=MemoryValidatorIndex(),
        gap=0,
        retries=1,
        robots=False,
        timeout=5,
    )
    source = ModernGovSource(site + "/", fetcher, canonical_base=PUBLIC)
    committees = source.committees()
    assert source.mode == MODE_HTML and "404" in source.fallback_reason
    assert [c.title for c in committees] == [
        "Audit Committee",
        "Art Galleries Committee",
        "Health & Care Scrutiny Committee",
    ]
    audit = next(c for c in committees if c.external_id == "144")
    assert audit == Committee("144", "Audit Committee", "Governance and Decision Making Committees")
    [stub] = source.meetings(audit, date(2026, 2, 1), date(2026, 2, 28))
    meeting = source.meeting(stub, audit)
    assert meeting.url == f"{site}/ieListDocuments.aspx?CId=144&MId=4967"
    assert len(meeting.items) == 4 and len(meeting.attendees) == 7
    assert "would report back in June" in meeting.items[1].minutes_html
    pack = next(d for d in meeting.documents if d.kind is DocumentKind.REPORTS_PACK)
    assert pack.url == f"{site}/mgConvert2PDF.aspx?ID=4967&T=10"
    assert all(d.url.startswith(site + "/") for d in meeting.all_documents)
    assert source.problems == []
    assert CouncilSite.requests == [
        "/mgWebService.asmx/GetCommittees",
        "/mgListCommittees.aspx",
        "/ieListMeetings.aspx?CommitteeId=144",
        "/ieListDocuments.aspx?CId=144&MId=4967",
        "/mgAi.aspx?ID=18832",
        "/mgMeetingAttendance.aspx?ID=4967",
    ]
