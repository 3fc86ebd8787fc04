"""Plain, frozen records that flow through the pipeline.

Every record parsed from a council's site carries the site's own external id, so the store can upsert
idempotently (council + external id) and a re-crawl never duplicates anything.  Nothing here knows about
Django, HTTP or files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Platform(StrEnum):
    MODERNGOV = "moderngov"
    CMIS = "cmis"
    HTML = "html"
    OTHER = "other"
    NONE = "none"


class Support(StrEnum):
    """How much councilwatch does for a council; enabled in order of demand."""

    FULL = "full"
    LIMITED = "limited"
    OFF = "off"


class MeetingStatus(StrEnum):
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"
    PROVISIONAL = "provisional"
    UNKNOWN = "unknown"


class DocumentKind(StrEnum):
    AGENDA_FRONTSHEET = "agenda_frontsheet"
    REPORTS_PACK = "reports_pack"
    MINUTES = "minutes"
    PAPER = "paper"


class Attendance(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    EXPECTED = "expected"
    IN_ATTENDANCE = "in_attendance"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class CouncilRecord:
    """One row of the council registry (uk_councils.csv)."""

    code: str
    name: str
    nation: str
    gss: str
    platform: Platform
    base_url: str
    disabled: bool
    end_date: date | None
    notes: str = ""
    slug: str = ""  # unique per row (the code is not: SHE names both Shepway and its successor)
    demo: bool = False

    @property
    def current(self) -> bool:
        """Still exists and has a working scraper upstream."""
        return not self.disabled and self.end_date is None


@dataclass(frozen=True, slots=True)
class Committee:
    external_id: str
    title: str
    category: str = ""
    deleted: bool = False
    expired: bool = False


@dataclass(frozen=True, slots=True)
class MeetingStub:
    """A meeting as listed by GetMeetings: enough to decide whether to fetch it."""

    external_id: str
    committee_external_id: str
    starts_at: datetime  # aware, Europe/London
    status: MeetingStatus
    webcast: bool = False


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    role: str = ""
    attendance: Attendance = Attendance.UNKNOWN
    party: str = ""
    ward: str = ""
    member_id: str = ""


@dataclass(frozen=True, slots=True)
class DocumentLink:
    external_id: str
    title: str
    url: str
    kind: DocumentKind
    restricted: bool = False
    published_on: date | None = None
    item_external_id: str = ""  # empty for meeting-level documents (frontsheet, pack, printed minutes)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    external_id: str
    order: int  # position on the agenda, 0-based
    display_number: str  # what people see: "1.", "4a"
    internal_number: str  # ModernGov's agendaitemnumber, not shown to people
    title: str
    agenda_html: str = ""
    minutes_html: str = ""
    restricted: bool = False
    is_decision: bool = False
    minutes_number: str = ""
    url: str = ""
    documents: tuple[DocumentLink, ...] = ()


@dataclass(frozen=True, slots=True)
class Meeting:
    external_id: str
    committee_external_id: str
    committee_title: str
    starts_at: datetime  # aware, Europe/London
    status: MeetingStatus
    location: str = ""
    agenda_published: bool = False
    minutes_published: bool = False
    decisions_published: bool = False
    url: str = ""  # the council's own meeting page
    items: tuple[AgendaItem, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    documents: tuple[DocumentLink, ...] = ()  # meeting-level documents

    @property
    def all_documents(self) -> tuple[DocumentLink, ...]:
        return self.documents + tuple(d for item in self.items for d in item.documents)


class PassageKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    NUMBERED = "numbered"  # "3.1 ...", "2) ..."
    BULLET = "bullet"
    TABLE_ROW = "table_row"
    RESOLUTION = "resolution"  # a RESOLVED clause


@dataclass(frozen=True, slots=True)
class Passage:
    """A citable span of a document or of an item's minutes.

    ``page`` is 1-based for PDFs and None for HTML minutes; ``char_start``/``char_end`` index into the
    source's full extracted text so a citation can be highlighted exactly.
    """

    ordinal: int
    text: str
    page: int | None = None
    kind: PassageKind = PassageKind.PARAGRAPH
    number: str = ""  # "3.1", "2)", "•" for bullets
    heading_path: tuple[str, ...] = ()
    char_start: int = 0
    char_end: int = 0


class ExtractStatus(StrEnum):
    OK = "ok"
    NEEDS_OCR = "needs_ocr"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"
    NOT_PDF = "not_pdf"


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of turning one document into passages; never raises for bad input."""

    status: ExtractStatus
    passages: tuple[Passage, ...] = ()
    pages: int = 0
    reason: str = ""  # plain English, for the document's status line
    text: str = ""  # the full extracted text that char spans index into


@dataclass(frozen=True, slots=True)
class CrawlError:
    url: str
    reason: str


@dataclass(slots=True)
class CrawlReport:
    council: str
    committees: int = 0
    meetings_new: int = 0
    meetings_updated: int = 0
    meetings_unchanged: int = 0
    meetings_failed: int = 0
    items: int = 0
    documents: int = 0
    attendees: int = 0
    errors: list[CrawlError] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "council": self.council,
            "committees": self.committees,
            "meetings": {
                "new": self.meetings_new,
                "updated": self.meetings_updated,
                "unchanged": self.meetings_unchanged,
                "failed": self.meetings_failed,
            },
            "items": self.items,
            "documents": self.documents,
            "attendees": self.attendees,
            "errors": [{"url": e.url, "reason": e.reason} for e in self.errors],
        }
