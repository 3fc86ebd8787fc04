"""One council's ModernGov site as a source of committees, meetings and whole meetings.

The XML web service is preferred: it is structured and carries what the pages do not (party, ward,
internal item numbers). Many councils switch it off. When a web-service call answers 4xx (403/404/410 …)
or an HTML page where XML was asked for, this instance switches to the public HTML pages for the rest of
its life and records it in ``mode`` (and why, in ``fallback_reason``). A 5xx that outlives the fetcher's
retries sends only that one call through the pages. Both paths produce the same external ids, so a
council that flips between them never gets duplicates.

On the HTML path a meeting needs up to three kinds of page: the meeting page, item pages for minutes the
meeting page cut short, and the attendance page. If one of the extra pages fails, the meeting is still
returned (with the shorter minutes or no attendees) and the failure is added to ``problems`` so the
crawl report shows it: a missing attendance list should not cost us the minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from councilwatch.core.fetch.types import Fetcher, FetchError
from councilwatch.core.models import Committee, CrawlError, Meeting, MeetingStatus, MeetingStub
from councilwatch.core.sources import moderngov as ws
from councilwatch.core.sources import moderngov_html as pages
from councilwatch.core.sources.errors import NotXMLError, SourceError
from councilwatch.core.sources.urls import (
    committee_list_url,
    committees_url,
    item_page_url,
    meeting_list_url,
    meeting_page_url,
    meeting_url,
    meetings_url,
    normalise_base,
)

MODE_WEB_SERVICE = "webservice"
MODE_HTML = "html"
# Statuses that mean "this operation is not served here", as opposed to a network hiccup.
_SERVICE_OFF = frozenset({400, 401, 403, 404, 405, 410})

_EXCEPTIONAL = frozenset({MeetingStatus.CANCELLED, MeetingStatus.POSTPONED, MeetingStatus.PROVISIONAL})

T = TypeVar("T")


class _ServiceOff(Exception):
    def __init__(self, reason: str, *, permanent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        # A 4xx or an HTML page means the web service is switched off here; a 5xx that outlived the
        # fetcher's retries may be one sick resource, so only that call goes through the pages.
        self.permanent = permanent


class ModernGovSource:
    def __init__(
        self,
        base_url: str,
        fetcher: Fetcher,
        *,
        canonical_base: str | None = None,
        mode: str = MODE_WEB_SERVICE,
    ) -> None:
        if mode not in {MODE_WEB_SERVICE, MODE_HTML}:
            raise ValueError(f"unknown mode {mode!r}; use {MODE_WEB_SERVICE!r} or {MODE_HTML!r}")
        self.base_url = normalise_base(base_url)
        self.canonical_base = normalise_base(canonical_base) if canonical_base else None
        self.fetcher = fetcher
        self.mode = mode
        self.fallback_reason = ""
        self.problems: list[CrawlError] = []

    # -- public API ---------------------------------------------------------------------------------

    def committees(self) -> list[Committee]:
        return self._either(
            lambda: self._xml(committees_url(self.base_url), ws.parse_committees),
            lambda: self._page(committee_list_url(self.base_url), pages.parse_committee_list),
        )

    def meetings(self, committee: Committee, since: date, until: date) -> list[MeetingStub]:
        """Meetings of ``committee`` dated ``since``..``until`` inclusive (London dates).

        Filtered here as well because some servers ignore the window and return the whole history,
        and some ignore the committee id and return every committee's meetings.
        """
        cid = committee.external_id
        stubs = self._either(
            lambda: self._xml(
                meetings_url(self.base_url, cid, since, until),
                lambda body: ws.parse_meetings(body, committee_external_id=cid),
            ),
            lambda: self._page(
                meeting_list_url(self.base_url, cid),
                lambda body: pages.parse_meeting_list(body, committee_external_id=cid),
            ),
        )
        return [s for s in stubs if s.committee_external_id == cid and since <= s.starts_at.date() <= until]

    def meeting(self, stub: MeetingStub, committee: Committee) -> Meeting:
        return self._either(
            lambda: self._xml(
                meeting_url(self.base_url, stub.external_id),
                lambda body: ws.parse_meeting(
                    body,
                    base_url=self.base_url,
                    committee_external_id=committee.external_id,
                    committee_title=committee.title,
                    canonical_base=self.canonical_base,
                ),
            ),
            lambda: self._meeting_from_pages(stub, committee),
        )

    # -- the two paths ------------------------------------------------------------------------------

    def _either(self, web_service: Callable[[], T], html: Callable[[], T]) -> T:
        if self.mode == MODE_WEB_SERVICE:
            try:
                return web_service()
            except _ServiceOff as off:
                if off.permanent:
                    self.mode = MODE_HTML
                    self.fallback_reason = off.reason
        return html()

    def _xml(self, url: str, parse: Callable[[bytes], T]) -> T:
        try:
            body = self.fetcher.get(url).body
        except FetchError as exc:
            if exc.status is not None and (exc.status in _SERVICE_OFF or exc.status >= 500):
                raise _ServiceOff(
                    f"web service unavailable ({exc.status}) at {url}", permanent=exc.status in _SERVICE_OFF
                ) from exc
            raise
        try:
            return parse(body)
        except NotXMLError as exc:
            raise _ServiceOff(f"web service answered with an HTML page at {url}", permanent=True) from exc
        except SourceError as exc:
            raise exc.at(url) from exc

    def _page(self, url: str, parse: Callable[[bytes], T]) -> T:
        body = self.fetcher.get(url).body
        try:
            return parse(body)
        except SourceError as exc:
            raise exc.at(url) from exc

    def _meeting_from_pages(self, stub: MeetingStub, committee: Committee) -> Meeting:
        url = meeting_page_url(self.base_url, committee.external_id, stub.external_id)
        result = self.fetcher.get(url)
        options = {"base_url": self.base_url, "canonical_base": self.canonical_base}
        try:
            meeting = pages.parse_meeting_page(
                result.body, url=url, committee_external_id=committee.external_id, **options
            )
            links = pages.meeting_page_links(result.body, url=url, **options)
        except SourceError as exc:
            raise exc.at(url) from exc
        items = list(meeting.items)
        for index, item in enumerate(items):
            if item.external_id in links.cut_off_item_ids:
                item_url = item_page_url(self.base_url, item.external_id)
                page = self._optional(
                    item_url, lambda b, u=item_url: pages.parse_item_page(b, url=u, **options)
                )
                if page is not None:
                    items[index] = pages.complete_item(item, page)
        attendees = (
            self._optional(links.attendance_url, pages.parse_attendance_page)
            if links.attendance_url
            else None
        )
        return replace(
            meeting,
            committee_title=committee.title or meeting.committee_title,
            # The meeting list (or a web-service stub) may know of a cancellation that the page heading
            # does not show yet: a specific status from either wins over the heading's default.
            status=stub.status if stub.status in _EXCEPTIONAL else meeting.status,
            items=tuple(items),
            attendees=tuple(attendees or ()),
        )

    def _optional(self, url: str, parse: Callable[[bytes], T]) -> T | None:
        """Fetch and parse a page the meeting can do without; a failure becomes a recorded problem."""
        try:
            return parse(self.fetcher.get(url).body)
        except FetchError as exc:
            self.problems.append(CrawlError(url, exc.reason))
        except SourceError as exc:
            self.problems.append(CrawlError(url, exc.reason))
        return None
