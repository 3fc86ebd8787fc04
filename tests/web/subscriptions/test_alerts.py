"""Professionals' keyword and topic alerts: whole-word matching, one email a day, each passage once."""

from __future__ import annotations

import datetime as dt

import pytest

from councilwatch.web.subscriptions import alerts, sending
from councilwatch.web.subscriptions.models import EmailSend
from tests.web import factories as f

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 27)


@pytest.fixture
def papers(db):
    north = f.site_council("northtown", name="Northtown Council")
    south = f.site_council("southvale", name="Southvale Council", support="limited")
    cabinet = f.site_meeting(
        f.site_committee(north, "Cabinet"), url="https://democracy.northtown.example/m/1"
    )
    planning = f.site_meeting(
        f.site_committee(south, "Planning Committee"), url="https://democracy.southvale.example/m/9"
    )
    return north, south, cabinet, planning


def _pro(*councils, keywords=(), topics=()):
    pro = f.sub_subscriber("pro@example.org", *councils, tier="professional", keywords=list(keywords))
    pro.topics.set(topics)
    return pro


def test_keywords_match_whole_words_across_councils(papers, inbox):
    _north, _south, cabinet, planning = papers
    pro = _pro(keywords=["bus lane", "HS2"])
    hit_north = f.site_passage(cabinet, "Members asked when the Bus Lane on the High Street would open.")
    f.site_passage(cabinet, "The business plan was noted.")  # "bus" inside "business" is not a match
    hit_south = f.site_passage(planning, "The objector raised <HS2> construction traffic.")
    f.site_passage(planning, "No keyword in this passage.")
    run = alerts.run_alerts(DAY)
    assert (run.emails, run.hits) == (1, 2)
    sending.send_pending()
    [message] = inbox.messages
    assert message.to == pro.email
    html, text = message.part("html"), message.part("plain")
    assert "<mark>Bus Lane</mark>" in html and "&lt;<mark>HS2</mark>&gt;" in html
    assert "business plan" not in text
    assert f"#passage-{hit_north.pk}" in text  # our meeting page for a fully supported council
    assert "https://democracy.southvale.example/m/9" in text  # the council's own page otherwise
    assert "Northtown Council" in text and "Southvale Council" in text
    assert "Thursday, 27 June 2024" in message.message["Subject"]
    assert hit_south.pk > hit_north.pk


def test_topic_alert_reports_a_meeting_once(papers, inbox):
    _north, _south, cabinet, planning = papers
    topic = f.site_topic(cabinet, "Air quality")
    _pro(topics=[topic])
    f.site_passage(cabinet, "First paragraph about emissions.")
    f.site_passage(cabinet, "Second paragraph about emissions.")
    f.site_passage(planning, "A meeting without that topic.")
    run = alerts.run_alerts(DAY)
    assert run.hits == 1
    sending.send_pending()
    assert 'matched "Air quality"' in inbox.messages[0].part("plain")


def test_one_alert_a_day_and_each_passage_once(papers, inbox):
    _north, _south, cabinet, _planning = papers
    _pro(keywords=["recycling"])
    f.site_passage(cabinet, "The recycling contract was extended.")
    assert alerts.run_alerts(DAY).emails == 1
    f.site_passage(cabinet, "More about recycling later that day.")
    second = alerts.run_alerts(DAY)
    assert second.emails == 0 and len(second.skipped_today) == 1  # today's email is already spoken for
    nothing_new = alerts.run_alerts(DAY + dt.timedelta(days=1))
    assert nothing_new.hits == 1  # the afternoon passage, and only it, the next day
    assert alerts.run_alerts(DAY + dt.timedelta(days=2)).emails == 0
    assert EmailSend.objects.filter(kind="alert").count() == 2


def test_new_professionals_start_from_now_and_residents_get_no_alerts(papers, inbox, client):
    north, _south, cabinet, _planning = papers
    f.site_passage(cabinet, "Old news about recycling.")
    f.sub_subscriber("resident@example.org", north, keywords=["recycling"])
    from councilwatch.web.subscriptions import optin, tokens

    subscriber, _ = optin.confirm(tokens.make_confirm_token("pro@example.org", [north.pk]))
    subscriber.tier, subscriber.keywords = "professional", ["recycling"]
    subscriber.save()
    assert alerts.run_alerts(DAY).emails == 0  # the archive is not news
    f.site_passage(cabinet, "Fresh news about recycling.")
    run = alerts.run_alerts(DAY)
    assert run.emails == 1 and run.hits == 1


def test_keyword_pattern_and_snippet():
    pattern = alerts.keyword_pattern(["bus", "bus lane", " "])
    assert pattern.search("a new Bus Lane").group(0) == "Bus Lane"
    assert pattern.search("business") is None
    assert alerts.keyword_pattern(["", "  "]) is None
    text = "x" * 200 + " bus <b> " + "y" * 200
    html, plain = alerts.snippet(text, pattern.search(text))
    assert html.startswith("…") and html.endswith("…") and "<mark>bus</mark> &lt;b&gt;" in html
    assert "<mark>" not in plain and "bus <b>" in plain
