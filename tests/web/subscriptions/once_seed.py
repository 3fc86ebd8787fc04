"""Seed a separate database for the exactly-once test: one council, one summarised meeting, N subscribers.

Run as ``python -m tests.web.subscriptions.once_seed N`` with DATABASE_URL pointing at a scratch database.
"""

from __future__ import annotations

import datetime as dt
import sys
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def main(count: int) -> None:
    from councilwatch.web import bootstrap

    bootstrap.setup()
    bootstrap.migrate()
    from tests.web import factories as f

    council = f.site_council("onceshire", name="Onceshire Council")
    meeting = f.site_meeting(
        f.site_committee(council, "Cabinet"), dt.datetime(2024, 6, 25, 18, 0, tzinfo=LONDON)
    )
    passage = f.site_passage(meeting, "Cabinet agreed the new recycling contract.", page=3)
    f.site_summary(meeting, overview=[f.site_sentence("Cabinet agreed a recycling contract.", passage)])
    for i in range(count):
        f.sub_subscriber(f"person{i:03d}@example.org", council)


if __name__ == "__main__":
    main(int(sys.argv[1]))
