"""Feed and API links to meeting pages, with and without the public site's URLs installed."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django.urls import include, path

from councilwatch.web.feeds import links
from tests.web import factories as f

# A URL configuration with feeds but without the public site, as when the site app is not installed yet.
urlpatterns = [path("feeds/", include("councilwatch.web.feeds.urls"))]


def test_meeting_path_matches_the_documented_address() -> None:
    assert links.meeting_path("northtown", 42) == "/councils/northtown/meetings/42/"
    assert links.site_path("council", "/x/", slug="northtown") == "/councils/northtown/"


@override_settings(ROOT_URLCONF=__name__)
def test_without_the_site_app_links_fall_back_to_the_documented_paths() -> None:
    assert links.meeting_path("southvale", 7) == "/councils/southvale/meetings/7/"
    assert links.site_path("council", "/councils/southvale/", slug="southvale") == "/councils/southvale/"


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_feeds_still_work_without_the_site_app(client) -> None:
    meeting = f.api_meeting(f.api_committee(f.api_council("eastford")))
    response = client.get("/feeds/councils/eastford/rss/")
    assert response.status_code == 200
    assert f"http://testserver/councils/eastford/meetings/{meeting.pk}/".encode() in response.content
