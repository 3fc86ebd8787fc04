"""One realistic meeting, built from real rows, with hostile text where a council's site could put it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from tests.web import factories as f

LONDON = ZoneInfo("Europe/London")
HOSTILE_TITLE = 'Parking <script>alert("title")</script> review'
HOSTILE_MINUTES = (
    '<p class="MsoNormal" style="color:red">The Board <strong>noted</strong> the report.</p>'
    '<script>alert("minutes")</script><img src="x" onerror="alert(1)">'
    '<p><a href="javascript:alert(2)">Click here</a></p><table><tr><td>Row one</td></tr></table>'
)


@dataclass
class Scene:
    council: object
    committee: object
    meeting: object
    item: object
    hostile_item: object
    pack: object
    frontsheet: object
    passages: list
    failed_text: str
    foreign_text: str


@pytest.fixture
def scene(db) -> Scene:
    council = f.site_council("testshire", name="Testshire County Council")
    committee = f.site_committee(council, "Scrutiny Board")
    meeting = f.site_meeting(
        committee, dt.datetime(2024, 6, 26, 11, 0, tzinfo=LONDON), location="Council House"
    )
    item = f.site_item(
        meeting, "Air Quality Action Plan", order=4, display_number="4.", minutes_number="13/24"
    )
    hostile_item = f.site_item(
        meeting, HOSTILE_TITLE, order=5, display_number="5.", minutes_html=HOSTILE_MINUTES
    )
    pack = f.site_document(meeting, "Public reports pack 26th-Jun-2024 11.00 Scrutiny Board", pages=40)
    frontsheet = f.site_document(meeting, "Agenda frontsheet", kind="agenda_frontsheet", pages=3)
    f.site_document(
        meeting, "Exempt appendix", kind="paper", restricted=True, url="https://democracy.example/x.pdf"
    )
    first = f.site_passage(
        meeting,
        "The Board considered a report on nitrogen dioxide levels near schools.",
        document=pack,
        page=7,
    )
    second = f.site_passage(
        meeting, "RESOLVED that the Board notes the Air Quality Action Plan.", item=item, heading_path=["4."]
    )
    hostile = f.site_passage(
        meeting, 'Levels <img src=x onerror="alert(3)"> rose by 4%.', document=pack, page=9
    )
    other = f.site_council("elsewhere", name="Elsewhere Council")
    other_meeting = f.site_meeting(f.site_committee(other, "Cabinet"))
    foreign = f.site_passage(other_meeting, "A passage of a different council.", page=1)
    failed_text = "The Board approved a budget of £9 million."
    foreign_text = "This sentence cites another council's passage."
    f.site_summary(
        meeting,
        overview=[
            f.site_sentence("The Scrutiny Board looked at air quality near schools.", first),
            f.site_sentence(failed_text, first, passed=False),
            f.site_sentence(foreign_text, foreign),
        ],
        items=[
            {
                "title": "Air Quality Action Plan",
                "item_id": item.pk,
                "sentences": [
                    f.site_sentence("Members discussed nitrogen dioxide near schools.", first, second),
                    f.site_sentence("Officers said levels rose by 4%.", hostile),
                ],
                "decisions": [],
            }
        ],
        stats={"dropped": 1},
    )
    f.site_decision(
        meeting,
        "The Board noted the Air Quality Action Plan.",
        outcome="noted",
        item=item,
        citations=[second],
    )
    f.site_decision(
        meeting, "Consideration of the parking review was put off.", outcome="deferred", item=hostile_item
    )
    f.site_attendee(meeting, "Councillor Jane Doe", role="Chair", party="Labour")
    f.site_attendee(meeting, "Councillor Sam Roe", attendance="apologies", party="Conservative")
    f.site_topic(meeting, "Air quality")
    return Scene(
        council,
        committee,
        meeting,
        item,
        hostile_item,
        pack,
        frontsheet,
        [first, second, hostile],
        failed_text,
        foreign_text,
    )
