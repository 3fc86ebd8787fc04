"""Rows for search tests, created directly (the extraction stage fills them in real use)."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

LONDON = ZoneInfo("Europe/London")
_ids = itertools.count(1)


class Rows:
    """Small factory: each call makes one row with sensible defaults and returns it."""

    def __init__(self) -> None:
        from councilwatch.web.councils import models as db

        self.db = db

    def council(self, code: str = "TST", name: str | None = None):
        return self.db.Council.objects.create(
            slug=code.lower(), code=code, name=name or f"{code} Borough Council", platform="moderngov"
        )

    def committee(self, council, title: str = "Cabinet"):
        return self.db.Committee.objects.create(council=council, external_id=str(next(_ids)), title=title)

    def meeting(self, committee, when: dt.datetime | dt.date):
        if isinstance(when, dt.date) and not isinstance(when, dt.datetime):
            when = dt.datetime.combine(when, dt.time(19, 0), tzinfo=LONDON)
        return self.db.Meeting.objects.create(
            council=committee.council,
            committee=committee,
            external_id=str(next(_ids)),
            starts_at=when,
            status="held",
            content_hash="x",
        )

    def item(self, meeting, title: str, order: int = 1):
        return self.db.AgendaItem.objects.create(
            meeting=meeting, external_id=str(next(_ids)), order=order, title=title
        )

    def document(self, meeting, title: str = "Reports pack", kind: str = "reports_pack", item=None):
        return self.db.Document.objects.create(
            council=meeting.council,
            meeting=meeting,
            item=item,
            external_id=str(next(_ids)),
            title=title,
            kind=kind,
            url=f"https://example.org/doc/{next(_ids)}.pdf",
        )

    def passage(self, meeting, text: str, *, document=None, item=None, page=None, heading=(), ordinal=None):
        return self.db.Passage.objects.create(
            council=meeting.council,
            committee=meeting.committee,
            meeting=meeting,
            document=document,
            item=item,
            ordinal=ordinal if ordinal is not None else next(_ids),
            page=page,
            kind="paragraph",
            heading_path=list(heading),
            text=text,
            meeting_date=meeting.starts_at.astimezone(LONDON).date(),
            document_kind=document.kind if document else "",
        )


@pytest.fixture
def rows(db) -> Rows:
    return Rows()
