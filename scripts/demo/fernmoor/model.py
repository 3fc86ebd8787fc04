"""The demo council's own records: what the generator knows before it writes any file.

These are deliberately richer than the crawler's dataclasses (they carry the text we wrote and the state
of each meeting on the recording day) so that ``expected.json`` can be computed from them directly, never
by reading the files back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

COUNCIL_CODE = "DEMO"
COUNCIL_NAME = "Fernmoor Borough Council"
BASE_URL = "https://democracy.fernmoor.example"
RECORDED_AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
RECORDED_ON = RECORDED_AT.date()


class State(StrEnum):
    """Where a meeting stood on the recording day; decides which documents exist."""

    MINUTES = "minutes"  # held, minutes published
    HELD = "held"  # held, agenda only: minutes not yet published
    AGENDA = "agenda"  # upcoming, agenda published
    PLANNED = "planned"  # upcoming, nothing published yet
    CANCELLED = "cancelled"


@dataclass
class Paper:
    """One report attached to an agenda item; ``body`` uses the light markup read by ``pdfout``."""

    title: str
    body: str = ""
    author: str = ""  # "Report of the Director of Housing"
    restricted: bool = False
    http_url: bool = False  # a real-world quirk: an http:// link on an https site
    doc_id: int = 0  # assigned by the builder
    published: date | None = None  # assigned by the builder
    # When set, the paper is a copy of an earlier demo meeting's printed minutes (mgConvert2PDF.aspx?ID=).
    minutes_of: int = 0
    minutes_of_key: str = ""  # the key of that earlier meeting, resolved to ``minutes_of`` by the builder


@dataclass
class Item:
    """An agenda item; ``minutes`` and ``agenda`` use the light markup read by ``wordhtml``."""

    title: str
    agenda: str = ""
    minutes: str = ""
    papers: list[Paper] = field(default_factory=list)
    key: str = ""  # lets later minutes say "Further to Minute {minute:key}"
    restricted: bool = False
    is_decision: bool = False
    presented_by: str = ""
    # Filled in by the builder.
    item_id: int = 0
    number: str = ""  # "1."
    internal_number: int = 0
    minute_no: int = 0


@dataclass
class MeetingDef:
    committee_id: int
    day: date
    state: State
    items: list[Item] = field(default_factory=list)
    time: str = "10.00 am"
    finish: str = "1.00 pm"
    location: str = "Council Chamber, Civic Centre, Fernmoor"
    # member id -> attendance text ("Present", "Apologies", ...); members not named are Present when held.
    attendance: dict[int, str] = field(default_factory=dict)
    substitutes: dict[int, int] = field(default_factory=dict)  # substitute id -> member id they replace
    in_attendance: list[int] = field(default_factory=list)  # non-members who spoke (Cabinet members etc.)
    title_quirk: str = ""  # "leading_space" / "double_escape" applied to one item title
    key: str = ""  # lets a later agenda attach this meeting's printed minutes
    meeting_id: int = 0  # assigned by the builder

    @property
    def cancelled(self) -> bool:
        return self.state is State.CANCELLED

    @property
    def agenda_published(self) -> bool:
        return self.state in (State.MINUTES, State.HELD, State.AGENDA)

    @property
    def minutes_published(self) -> bool:
        return self.state is State.MINUTES

    @property
    def held(self) -> bool:
        return self.state in (State.MINUTES, State.HELD)


@dataclass
class CommitteeDef:
    committee_id: int
    title: str
    category: str
    members: list[int]  # member ids; the first is the Chair, the second the Vice-Chair
    expired: bool = False
    first_minute: int = 1  # the next minute number of the 2026/27 municipal year at 1 September
    contact: str = ""
    meetings: list[MeetingDef] = field(default_factory=list)
