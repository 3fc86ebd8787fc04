"""Reporting an error: stored for review, validated, rate limited, CSRF protected."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from councilwatch.web.site.models import ErrorReport

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


def _url(scene) -> str:
    return reverse("site:report_error", args=[scene.council.slug, scene.meeting.pk])


def test_meeting_page_links_to_the_report_form_which_has_csrf(client, scene) -> None:
    html = client.get(reverse("site:meeting", args=[scene.council.slug, scene.meeting.pk])).content.decode()
    section = html[html.index('id="report-heading"') :]
    assert f'href="{_url(scene)}"' in section
    # the meeting page itself carries no per-visitor token, so one cached copy can serve everyone
    assert "csrfmiddlewaretoken" not in html
    form = client.get(_url(scene)).content.decode()
    assert f'action="{_url(scene)}" method="post"' in form or 'method="post"' in form
    assert 'name="csrfmiddlewaretoken"' in form


def test_meeting_page_is_served_from_cache_until_it_expires(client, scene) -> None:
    url = reverse("site:meeting", args=[scene.council.slug, scene.meeting.pk])
    first = client.get(url)
    assert "max-age=600" in first["Cache-Control"]
    scene.meeting.location = "A Different Hall"
    scene.meeting.save()
    assert "A Different Hall" not in client.get(url).content.decode()
    cache.clear()
    assert "A Different Hall" in client.get(url).content.decode()


def test_report_is_stored_and_thanked(client, scene) -> None:
    response = client.post(
        _url(scene),
        {
            "sentence": "Officers said levels rose by 4%.",
            "message": "The report says 5%.",
            "email": "a@example.org",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("site:report_thanks", args=[scene.council.slug, scene.meeting.pk])
    report = ErrorReport.objects.get()
    assert (report.meeting, report.message, report.email, report.status) == (
        scene.meeting,
        "The report says 5%.",
        "a@example.org",
        "new",
    )
    assert "Thank you" in client.get(response["Location"]).content.decode()


def test_invalid_report_keeps_what_was_typed(client, scene) -> None:
    response = client.post(_url(scene), {"sentence": "<b>kept</b>", "message": "", "email": "not-an-email"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Tell us what is wrong with the summary." in html
    assert "Enter an email address like name@example.org" in html
    assert "&lt;b&gt;kept&lt;/b&gt;" in html
    assert ErrorReport.objects.count() == 0


def test_honeypot_is_thanked_but_not_stored(client, scene) -> None:
    response = client.post(_url(scene), {"message": "buy now", "website": "http://spam.example"})
    assert response.status_code == 302
    assert ErrorReport.objects.count() == 0


def test_rate_limit_blocks_the_sixth_report_and_keeps_its_text(client, scene) -> None:
    for n in range(5):
        assert client.post(_url(scene), {"message": f"report {n}"}).status_code == 302
    response = client.post(_url(scene), {"message": "the sixth one"})
    assert response.status_code == 429
    assert "the sixth one" in response.content.decode()
    assert ErrorReport.objects.count() == 5


def test_csrf_is_enforced(scene) -> None:
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(_url(scene), {"message": "no token"}).status_code == 403
    assert ErrorReport.objects.count() == 0


def test_report_page_prefills_the_sentence_escaped(client, scene) -> None:
    response = client.get(_url(scene), {"sentence": "<script>x</script> levels rose"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;script&gt;x&lt;/script&gt; levels rose</textarea>" in html
    assert "<script>x" not in html


def test_reports_are_reviewed_in_the_admin(admin_client, scene) -> None:
    ErrorReport.objects.create(meeting=scene.meeting, message="The figure is 5%, not 4%.")
    html = admin_client.get(reverse("admin:public_site_errorreport_changelist")).content.decode()
    assert "The figure is 5%, not 4%." in html
