"""Weekly summary content, links, week boundaries in London time, publishing, and sending over SMTP."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from councilwatch.web.subscriptions import digests, sending
from councilwatch.web.subscriptions.models import Digest, EmailSend
from tests.web import factories as f

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
WEEK = "2024-W26"  # Monday 24 June to Sunday 30 June 2024 (British Summer Time)


@pytest.fixture
def week_scene(db):
    council = f.site_council("testshire", name="Testshire County Council")
    board = f.site_committee(council, "Scrutiny Board")
    meeting = f.site_meeting(board, dt.datetime(2024, 6, 26, 11, 0, tzinfo=LONDON))
    item = f.site_item(meeting, "Air Quality Action Plan", order=4)
    parking = f.site_item(meeting, "Parking <b>review</b>", order=5)
    first = f.site_passage(meeting, "The Board considered nitrogen dioxide levels near schools.", page=7)
    resolved = f.site_passage(meeting, "RESOLVED that the plan is approved.", item=item)
    other_meeting = f.site_meeting(f.site_committee(f.site_council("elsewhere"), "Cabinet"))
    foreign = f.site_passage(other_meeting, "A passage of another council.")
    f.site_summary(
        meeting,
        overview=[
            f.site_sentence("The Scrutiny Board looked at air quality near schools.", first),
            f.site_sentence("The Board approved a budget of £9 million.", first, passed=False),
            f.site_sentence("This sentence cites another council's passage.", foreign),
            f.site_sentence("Officers said levels rose by <b>4%</b>.", first),
        ],
    )
    f.site_decision(
        meeting,
        "The Air Quality Action Plan was approved.",
        outcome="approved",
        item=item,
        citations=[resolved],
    )
    f.site_decision(meeting, "The parking review was put off.", outcome="deferred", item=parking)
    # Sunday 23.30 BST is still Sunday in London (22.30 UTC): it belongs to this week.
    late = f.site_meeting(
        f.site_committee(council, "Licensing Sub-Committee"), dt.datetime(2024, 6, 30, 23, 30, tzinfo=LONDON)
    )
    # Monday 00.30 BST next week is Sunday 23.30 UTC: it belongs to next week.
    upcoming = f.site_meeting(
        f.site_committee(council, "Cabinet"), dt.datetime(2024, 7, 1, 0, 30, tzinfo=LONDON)
    )
    f.site_meeting(board, dt.datetime(2024, 7, 20, 10, 0, tzinfo=LONDON))  # too far ahead
    return council, meeting, late, upcoming, first, resolved


def test_week_parsing_and_london_bounds():
    week = digests.Week.parse("2024-w26")
    start, end = week.bounds()
    assert (start.isoformat(), end.isoformat()) == ("2024-06-24T00:00:00+01:00", "2024-07-01T00:00:00+01:00")
    assert digests.Week.parse(dt.date(2024, 12, 30)) == digests.Week(2025, 1)
    assert str(digests.last_complete_week(dt.date(2024, 7, 3))) == "2024-W26"
    for bad in ("2024-26", "2024-W54", "week 26"):
        with pytest.raises(ValueError, match=r"not an ISO week|has no week"):
            digests.Week.parse(bad)


def test_digest_uses_only_verified_cited_sentences(week_scene, settings):
    settings.COUNCILWATCH_SITE_URL = "https://councilwatch.test"
    council, meeting, late, _upcoming, first, _resolved = week_scene
    data = digests.digest_data(council, digests.Week.parse(WEEK))
    assert [m["id"] for m in data["meetings"]] == [meeting.pk, late.pk]
    held = data["meetings"][0]
    assert [s["text"] for s in held["overview"]] == [
        "The Scrutiny Board looked at air quality near schools.",
        "Officers said levels rose by <b>4%</b>.",
    ]
    [source] = held["overview"][0]["sources"]
    assert source == {
        "n": 1,
        "url": f"https://councilwatch.test/councils/testshire/meetings/{meeting.pk}/#passage-{first.pk}",
    }
    # Uncited decision and the two unverified sentences are counted, not shown.
    assert [d["text"] for d in held["decisions"]] == ["The Air Quality Action Plan was approved."]
    assert held["not_shown"] == 3
    assert [n["item"] for n in data["notable"]] == ["Air Quality Action Plan"]
    assert data["meetings"][1]["summarised"] is False
    assert [m["committee"] for m in data["next_week"]] == ["Cabinet"]
    assert data["period"] == "Monday, 24 June 2024 to Sunday, 30 June 2024"


def test_digest_email_over_smtp_has_both_parts_links_and_no_scripts(week_scene, inbox):
    council, meeting, *_ = week_scene
    f.sub_subscriber("ann@example.org", council)
    f.sub_subscriber("paused@example.org", council, frequency="paused")
    f.sub_subscriber("gone@example.org", council, unsubscribed_at=dt.datetime(2024, 1, 1, tzinfo=LONDON))
    f.sub_subscriber("other@example.org", f.site_council("othershire"))
    [built] = [b for b in digests.build_weekly_digests(WEEK) if b.digest.council_id == council.pk]
    assert built.created and built.queued == 1
    assert sending.send_pending().sent == 1
    [received] = inbox.messages
    assert received.to == "ann@example.org"
    message = received.message
    assert message["Subject"] == "Testshire County Council: your weekly summary, week of 24 June 2024"
    html, text = received.part("html"), received.part("plain")
    for body in (html, text):
        assert "The Scrutiny Board looked at air quality near schools." in body
        assert "£9 million" not in body and "another council" not in body
        assert f"https://councilwatch.test/councils/testshire/meetings/{meeting.pk}/" in body
        assert "Wednesday, 26 June 2024, 11.00am" in body
        assert "Cabinet" in body and "Monday, 1 July 2024, 12.30am" in body
        assert "https://councilwatch.test/unsubscribe/" in body and "@@COUNCILWATCH" not in body
    assert "<script" not in html.lower() and 'style="' in html
    # Text from councils is escaped in HTML and left as typed in plain text.
    assert "rose by &lt;b&gt;4%&lt;/b&gt;" in html and "<b>4%" not in html and "rose by <b>4%</b>" in text
    assert str(message["List-Unsubscribe"]).strip() in (f"<{u}>" for u in received.links())


def test_building_twice_queues_nobody_twice_and_keeps_the_first_text(week_scene, inbox):
    council, meeting, *_ = week_scene
    f.sub_subscriber("ann@example.org", council)
    first = digests.build_council_digest(council, WEEK)
    meeting.summary.delete()  # later changes do not rewrite a digest people may already have
    again = digests.build_council_digest(council, WEEK)
    assert first.created and not again.created and again.queued == 0
    assert again.digest.pk == first.digest.pk and "air quality near schools" in again.digest.text
    assert EmailSend.objects.filter(kind="digest").count() == 1
    # A subscriber who joins later still gets this week's summary on the next run.
    f.sub_subscriber("late@example.org", council)
    assert digests.build_council_digest(council, WEEK).queued == 1


def test_quiet_week_is_published_but_not_emailed(inbox):
    council = f.site_council("quietshire")
    f.sub_subscriber("ann@example.org", council)
    built = digests.build_council_digest(council, WEEK)
    assert built.digest.meeting_count == 0 and built.queued == 0
    assert "No meetings of" in built.digest.text


def test_only_fully_supported_councils_get_digests(inbox):
    f.site_council("fullshire")
    f.site_council("limitedshire", support="limited")
    built = digests.build_weekly_digests(WEEK)
    assert [b.digest.council.slug for b in built] == ["fullshire"]


def test_public_digest_page_and_council_archive(week_scene, client):
    council, _meeting, *_ = week_scene
    digest = digests.build_council_digest(council, WEEK).digest
    page = client.get(digest.get_absolute_url())
    assert page.status_code == 200
    assert b"The Scrutiny Board looked at air quality near schools." in page.content
    assert b"9 million" not in page.content
    assert client.get("/councils/testshire/weekly/2024-W27/").status_code == 404
    assert client.get("/councils/testshire/weekly/last-week/").status_code == 404
    assert Digest.objects.get().get_absolute_url() == "/councils/testshire/weekly/2024-W26/"
    assert "24 June 2024" in str(digest)


def test_council_page_lists_published_digests(week_scene, client):
    council, *_ = week_scene
    digests.build_council_digest(council, WEEK)
    page = client.get(f"/councils/{council.slug}/")
    assert page.status_code == 200
    assert b'href="/councils/testshire/weekly/2024-W26/"' in page.content
