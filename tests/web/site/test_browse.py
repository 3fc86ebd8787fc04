"""Topics, decisions with filters, issue timelines, and the accuracy page."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from councilwatch.web.site.timeline import is_standing, timeline, titles_match
from tests.web import factories as f

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def test_topic_pages(client, scene) -> None:
    html = client.get(reverse("site:topics")).content.decode()
    assert 'Air quality</a> <span class="meta">1 meeting</span>' in html
    html = client.get(reverse("site:topic", args=["air-quality"])).content.decode()
    assert reverse("site:meeting", args=[scene.council.slug, scene.meeting.pk]) in html
    assert "Scrutiny Board – Wednesday, 26 June 2024, 11.00am" in html
    assert "The Board noted the Air Quality Action Plan." in html
    assert client.get(reverse("site:topic", args=["nothing"])).status_code == 404


def test_decisions_filter_by_outcome_council_and_topic(client, scene) -> None:
    other = f.site_meeting(f.site_committee(f.site_council("otherby"), "Cabinet"))
    f.site_decision(other, "Cabinet approved the <b>bus</b> strategy.", outcome="approved")
    url = reverse("site:decisions")
    html = client.get(url).content.decode()
    assert "3 decisions." in html
    html = client.get(url, {"outcome": "approved"}).content.decode()
    assert "1 decision." in html and "Cabinet approved the &lt;b&gt;bus&lt;/b&gt; strategy." in html
    html = client.get(url, {"council": "testshire"}).content.decode()
    assert "2 decisions." in html and "bus" not in html
    html = client.get(url, {"topic": "air-quality", "outcome": "deferred"}).content.decode()
    assert "1 decision." in html and "parking review was put off" in html
    assert '<option value="deferred" selected>Deferred</option>' in html


def _item(committee, when: dt.date, title: str, minutes: str = "", number: str = ""):
    meeting = f.site_meeting(committee, dt.datetime.combine(when, dt.time(18), tzinfo=LONDON))
    return f.site_item(meeting, title, minutes_html=minutes, minutes_number=number)


def test_timeline_follows_minute_references_and_titles() -> None:
    council = f.site_council("timely")
    board = f.site_committee(council, "Scrutiny Board")
    cabinet = f.site_committee(council, "Cabinet")
    first = _item(board, dt.date(2024, 6, 5), "Bus Services Review", number="13/24")
    # Refers back by number; its title alone would not match.
    follow_up = _item(
        board, dt.date(2024, 9, 4), "Transport matters", "<p>Further to Minute 13/24, members…</p>", "40/24"
    )
    # Matches by title, in another committee.
    cabinet_item = _item(cabinet, dt.date(2024, 10, 1), "Bus services review – final report")
    # Same minute number in another committee: not the same subject.
    _item(cabinet, dt.date(2024, 7, 1), "Library opening hours", number="13/24")
    # Standing items never join a timeline, even with identical titles.
    _item(board, dt.date(2024, 9, 4), "Apologies for absence")
    entries = timeline(follow_up)
    assert [e.item.pk for e in entries] == [first.pk, follow_up.pk, cabinet_item.pk]
    assert entries[0].reason == "A later item refers back to it as minute 13/24"
    assert entries[2].reason == "Same subject in the title"
    # Starting from the first item finds the item that refers back to it.
    assert {e.item.pk for e in timeline(first)} == {first.pk, follow_up.pk, cabinet_item.pk}


def test_timeline_follows_a_reference_into_another_committee_but_not_through_standing_items() -> None:
    council = f.site_council("crossby")
    scrutiny = f.site_committee(council, "Scrutiny Co-ordination Committee")
    cabinet = f.site_committee(council, "Cabinet")
    review = _item(scrutiny, dt.date(2026, 9, 9), "Library Service: pre-decision scrutiny", number="21")
    unrelated = _item(scrutiny, dt.date(2026, 9, 9), "Children's services inspection", number="22")
    decision = _item(
        cabinet,
        dt.date(2026, 9, 15),
        "Outcome of consultation on branches",
        "<p>Further to Minute 21/26 of the Scrutiny\nCo-ordination Committee, Cabinet considered…</p>",
        "36",
    )
    # The next scrutiny meeting's "Minutes" item mentions both earlier minutes; it must not join them up.
    _item(scrutiny, dt.date(2026, 10, 7), "Minutes", "<p>Minutes 21 and 22 were agreed.</p>", "25")
    assert [e.item.pk for e in timeline(decision)] == [review.pk, decision.pk]
    assert unrelated.pk not in {e.item.pk for e in timeline(review)}


def test_title_matching_rules() -> None:
    assert titles_match("Air Quality Action Plan", "Air quality action plan – update")
    assert not titles_match("Air Quality Action Plan", "Parking Action Plan")
    assert not titles_match("Minutes of the previous meeting", "Minutes of the previous meeting")
    assert is_standing("3. Apologies for absence") and not is_standing("Budget 2025/26")


def test_timeline_page(client, scene) -> None:
    later = f.site_meeting(scene.committee, dt.datetime(2024, 9, 4, 18, tzinfo=LONDON))
    f.site_item(
        later, "Air quality action plan: progress update", minutes_html="<p>Further to Minute 13/24</p>"
    )
    html = client.get(reverse("site:timeline", args=[scene.council.slug, scene.item.pk])).content.decode()
    assert "Timeline: Air Quality Action Plan" in html
    assert "Wednesday, 4 September 2024" in html and "Wednesday, 26 June 2024" in html
    assert html.index("26 June 2024") < html.index("4 September 2024")
    assert '<span class="outcome outcome-noted">Noted</span>' in html
    wrong = client.get(reverse("site:timeline", args=["elsewhere", scene.item.pk]))
    assert wrong.status_code == 404


def test_accuracy_page(client, db) -> None:
    html = client.get(reverse("site:accuracy")).content.decode()
    assert "How we check summaries" in html and "How to report an error" in html
