"""Subscribe → confirmation email over real SMTP → confirm; unsubscribe (link and RFC 8058); preferences."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import Client

from councilwatch.web.subscriptions import links, sending
from councilwatch.web.subscriptions.models import EmailSend, Subscriber, Subscription, SupportRequest
from tests.web import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()  # the limiter counts per address; each test starts with a clean count
    yield
    cache.clear()


def _path(url: str) -> str:
    return urlsplit(url).path


def _confirm_link(message) -> str:
    return next(link for link in message.links() if "/subscribe/confirm/" in link)


def test_subscribe_sends_a_confirmation_and_stores_nothing_until_confirmed(inbox, client):
    council = f.site_council("testshire", name="Testshire County Council")
    response = client.post("/subscribe/", {"email": "Ann@Example.org", "council": "testshire"})
    assert response.status_code == 302 and response["Location"] == "/subscribe/check-your-email/"
    assert Subscriber.objects.count() == 0
    [message] = inbox.messages
    assert message.to == "ann@example.org"
    assert "Testshire County Council" in message.part("plain")
    assert "Confirm my subscription" in message.part("html")

    link = _confirm_link(message)
    assert link.startswith("https://councilwatch.test/subscribe/confirm/")
    # Opening the link (as a mail scanner would) changes nothing; the button does.
    page = client.get(_path(link))
    assert page.status_code == 200 and b"Yes, confirm my subscription" in page.content
    assert Subscriber.objects.count() == 0
    done = client.post(_path(link))
    assert done.status_code == 200 and b"You are subscribed" in done.content
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ann@example.org" and subscriber.tier == "resident"
    assert list(Subscription.objects.values_list("council_id", flat=True)) == [council.pk]
    client.post(_path(link))  # using the link twice adds nothing
    assert Subscription.objects.count() == 1


def test_same_answer_for_known_and_unknown_addresses(inbox, client):
    council = f.site_council("testshire")
    f.sub_subscriber("known@example.org", council)
    known = client.post("/subscribe/", {"email": "known@example.org", "council": "testshire"})
    unknown = client.post("/subscribe/", {"email": "stranger@example.org", "council": "testshire"})
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert client.get(known["Location"]).content == client.get(unknown["Location"]).content
    # Both get the same kind of email; a known subscriber is not told anything new either.
    assert sorted(m.to for m in inbox.messages) == ["known@example.org", "stranger@example.org"]


def test_repeated_requests_send_one_confirmation_a_day(inbox, client):
    f.site_council("testshire")
    for _ in range(3):
        client.post("/subscribe/", {"email": "ann@example.org", "council": "testshire"})
    assert len(inbox.messages) == 1


def test_invalid_subscription_is_refused_with_a_clear_message(inbox, client):
    f.site_council("testshire")
    bad_email = client.post("/subscribe/", {"email": "not-an-address", "council": "testshire"})
    no_council = client.post("/subscribe/", {"email": "ann@example.org", "council": "atlantis"})
    assert bad_email.status_code == 400 and no_council.status_code == 400
    assert b"We do not know the council atlantis" in no_council.content
    assert inbox.messages == [] and EmailSend.objects.count() == 0


def test_subscribe_needs_csrf_token(inbox):
    f.site_council("testshire")
    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/subscribe/", {"email": "a@example.org", "council": "testshire"}).status_code == 403


def test_subscribe_is_rate_limited(inbox, client):
    f.site_council("testshire")
    codes = [
        client.post("/subscribe/", {"email": f"p{i}@example.org", "council": "testshire"}).status_code
        for i in range(7)
    ]
    assert codes[:5] == [302] * 5 and codes[5:] == [429, 429]


def test_tampered_confirmation_link_is_refused(inbox, client):
    f.site_council("testshire")
    client.post("/subscribe/", {"email": "ann@example.org", "council": "testshire"})
    link = _path(_confirm_link(inbox.messages[0]))
    token = link.rstrip("/").rsplit("/", 1)[1]
    # Swap the signed address for someone else's, keeping the signature.
    forged = signing.dumps({"e": "mallory@example.org", "c": [1]}, salt="other").split(":", 1)[0]
    tampered = link.replace(token, forged + ":" + token.split(":", 1)[1])
    for path in (tampered, link[:-3] + "xx/"):
        assert client.get(path).status_code == 400
        assert client.post(path).status_code == 400
    assert Subscriber.objects.count() == 0


class _OldSigner(signing.TimestampSigner):
    """Signs as if four days ago: a genuinely expired link, made the same way ours are."""

    def timestamp(self) -> str:
        return signing.b62_encode(int(time.time()) - 4 * 24 * 3600)


def test_expired_confirmation_link_is_refused(inbox, client):
    council = f.site_council("testshire")
    old = _OldSigner(salt="councilwatch.subscriptions.confirm").sign_object(
        {"e": "ann@example.org", "c": [council.pk]}, compress=True
    )
    response = client.post(f"/subscribe/confirm/{old}/")
    assert response.status_code == 400 and b"This link does not work" in response.content
    assert Subscriber.objects.count() == 0


def _digest_to(subscriber, inbox):
    """Send one welcome-style email to a subscriber so we have real headers and links to click."""
    _row, _ = sending.queue(
        f"test:{subscriber.pk}",
        "welcome",
        subscriber.email,
        subscriber=subscriber,
        subject="Hello",
        text=f"Unsubscribe: {links.UNSUBSCRIBE_MARK}\nPreferences: {links.PREFERENCES_MARK}",
    )
    sending.send_pending()
    return inbox.to(subscriber.email)[-1]


def test_unsubscribe_link_and_headers(inbox, client):
    council = f.site_council("testshire")
    subscriber = f.sub_subscriber("ann@example.org", council)
    message = _digest_to(subscriber, inbox).message
    header = str(message["List-Unsubscribe"]).strip()  # long headers are folded onto a new line
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header.startswith("<https://councilwatch.test/unsubscribe/") and header.endswith(">")
    assert header[1:-1] in message.get_body(("plain",)).get_content()  # the same personal link in the text
    path = _path(header[1:-1])
    assert client.get(path).status_code == 200
    assert Subscriber.objects.get().unsubscribed_at is None  # GET only asks
    assert client.post(path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None and Subscription.objects.count() == 0


def test_rfc8058_one_click_post_without_csrf_token(inbox):
    council = f.site_council("testshire")
    subscriber = f.sub_subscriber("ann@example.org", council)
    path = _path(str(_digest_to(subscriber, inbox).message["List-Unsubscribe"]).strip()[1:-1])
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None


def test_unsubscribed_people_get_no_more_email(inbox):
    council = f.site_council("testshire")
    subscriber = f.sub_subscriber("ann@example.org", council)
    row, _ = sending.queue("later", "digest", subscriber.email, subscriber=subscriber, subject="x", text="x")
    from councilwatch.web.subscriptions import optin

    optin.unsubscribe(subscriber)
    report = sending.send_pending()
    assert report.skipped == 1 and inbox.messages == []
    row.refresh_from_db()
    assert row.status == "skipped"


def test_tampered_or_foreign_unsubscribe_tokens_are_refused(inbox, client):
    council = f.site_council("testshire")
    ann = f.sub_subscriber("ann@example.org", council)
    good = _path(links.unsubscribe_url(ann.pk, ann.email))
    assert client.post(good[:-4] + "abc/").status_code == 400
    # A preferences token is not an unsubscribe token, and a token for a deleted row reaches nobody.
    prefs = _path(links.preferences_url(ann.pk, ann.email)).replace("/preferences/", "/unsubscribe/")
    assert client.post(prefs).status_code == 400
    stale = _path(links.unsubscribe_url(ann.pk, "someone-else@example.org"))
    assert client.post(stale).status_code == 400
    ann.refresh_from_db()
    assert ann.unsubscribed_at is None


def test_preferences_change_councils_topics_and_frequency(inbox, client):
    testshire = f.site_council("testshire", name="Testshire County Council")
    elsewhere = f.site_council("elsewhere", name="Elsewhere Council")
    meeting = f.site_meeting(f.site_committee(testshire))
    topic = f.site_topic(meeting, "Air quality")
    ann = f.sub_subscriber("ann@example.org", testshire)
    message = _digest_to(ann, inbox)
    path = _path(next(link for link in message.links() if "/preferences/" in link))
    page = client.get(path)
    assert page.status_code == 200 and b"Testshire County Council" in page.content
    assert b"Alert keywords" not in page.content  # residents have no keyword alerts
    response = client.post(
        path,
        {"councils": [], "add_council": "elsewhere", "topics": [topic.pk], "frequency": "paused"},
        follow=True,
    )
    assert response.redirect_chain == [(path + "?saved=1", 302)]
    assert (
        b"Your preferences have been saved" in response.content and b"Elsewhere Council" in response.content
    )
    ann.refresh_from_db()
    assert ann.frequency == "paused"
    assert list(ann.subscriptions.values_list("council_id", flat=True)) == [elsewhere.pk]
    assert list(ann.topics.all()) == [topic]
    assert client.get(path[:-3] + "zz/").status_code == 400


def test_professionals_set_alert_keywords_and_bad_keywords_are_refused(inbox, client):
    council = f.site_council("testshire")
    pro = f.sub_subscriber("pro@example.org", council, tier="professional")
    path = _path(links.preferences_url(pro.pk, pro.email))
    ok = client.post(
        path, {"councils": [council.pk], "frequency": "weekly", "keywords": "bus lane\nHS2\nbus lane"}
    )
    assert ok.status_code == 302
    pro.refresh_from_db()
    assert pro.keywords == ["bus lane", "HS2"]
    bad = client.post(path, {"councils": [council.pk], "frequency": "weekly", "keywords": "a"})
    assert bad.status_code == 400 and b"at least 3 letters" in bad.content
    pro.refresh_from_db()
    assert pro.keywords == ["bus lane", "HS2"]  # nothing lost on a bad submission


def test_support_requests_are_stored_and_validated(client):
    council = f.site_council("quietshire", support="limited")
    ok = client.post(
        "/support/",
        {"kind": "council", "email": "Clerk@Quietshire.gov.uk", "council": "quietshire", "message": "Yes"},
    )
    assert ok.status_code == 200 and b"Thank you" in ok.content
    request = SupportRequest.objects.get()
    assert (request.kind, request.email, request.council_id) == (
        "council",
        "clerk@quietshire.gov.uk",
        council.pk,
    )
    bad = client.post("/support/", {"kind": "mayor", "email": "x@example.org", "council": "quietshire"})
    assert bad.status_code == 400 and SupportRequest.objects.count() == 1
