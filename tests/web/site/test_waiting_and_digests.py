"""The limited page counts people waiting; the council page lists weekly summaries (subscriptions' rows)."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from councilwatch.web.site.elsewhere import digests, waiting_count
from tests.web import factories as f

pytestmark = pytest.mark.django_db
subscriptions = pytest.importorskip("councilwatch.web.subscriptions.models")


def _subscribe(council, email: str, *, unsubscribed: bool = False):
    subscriber, _ = subscriptions.Subscriber.objects.get_or_create(
        email=email,
        defaults={
            "confirmed_at": timezone.now(),
            "unsubscribed_at": timezone.now() if unsubscribed else None,
        },
    )
    subscriptions.Subscription.objects.create(subscriber=subscriber, council=council)


def _council_html(council) -> str:
    return Client().get(reverse("site:council", args=[council.slug])).content.decode()


def test_waiting_counts_people_once_and_ignores_unsubscribed() -> None:
    council = f.site_council("waitham", support="limited")
    other = f.site_council("otherham", support="limited")
    _subscribe(council, "a@example.org")
    _subscribe(council, "b@example.org", unsubscribed=True)
    _subscribe(other, "c@example.org")
    subscriptions.SupportRequest.objects.create(kind="professional", email="A@example.org", council=council)
    subscriptions.SupportRequest.objects.create(kind="council", email="d@example.org", council=council)
    assert waiting_count(council) == 2  # a (subscribed and asked) and d
    html = _council_html(council)
    assert "<strong>2</strong> people are waiting for this council." in html


def test_weekly_summaries_are_listed_newest_first() -> None:
    council = f.site_council("digestby")
    for week in (22, 23):
        subscriptions.Digest.objects.create(
            council=council, iso_year=2024, iso_week=week, subject="Weekly", html="<p>x</p>", text="x"
        )
    found = digests(council)
    assert [d["title"] for d in found] == [
        "Week of 3 June 2024 to 9 June 2024",
        "Week of 27 May 2024 to 2 June 2024",
    ]
    html = _council_html(council)
    assert f'href="{found[0]["url"]}">Week of 3 June 2024 to 9 June 2024</a>' in html
    assert "None yet" not in html


def test_forms_on_the_limited_page_are_accepted_by_the_subscriptions_app() -> None:
    """The field names this site renders are the ones the subscriptions views read."""
    council = f.site_council("formby", support="limited")
    client = Client()
    html = client.get(reverse("site:council", args=[council.slug])).content.decode()
    support_action = re.search(r'<form class="box" action="([^"]+)" method="post">', html).group(1)
    names = set(re.findall(r'name="(\w+)"', html))
    assert {"email", "council", "kind", "message"} <= names
    response = client.post(
        support_action,
        {"kind": "council", "email": "clerk@example.org", "council": council.slug, "message": "Please"},
    )
    assert response.status_code in (200, 302)
    assert subscriptions.SupportRequest.objects.filter(council=council, kind="council").count() == 1
    assert waiting_count(council) == 1
