"""The search page over the search API: results, highlighted snippets, filters and clear errors."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_search_finds_a_passage_and_links_to_its_meeting(client, scene) -> None:
    response = client.get(reverse("site:search"), {"q": "nitrogen"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "result" in html and "<mark>" in html.lower()
    assert reverse("site:meeting", args=[scene.council.slug, scene.meeting.pk]) in html
    assert (
        '<span class="hit-kind">Public reports pack</span> · Testshire County Council · Scrutiny Board · '
        "Wednesday, 26 June 2024" in html
    )
    # A passage of a document is titled by the document and page it is on.
    assert "Public reports pack 26th-Jun-2024 11.00 Scrutiny Board, page 7</a>" in html


def test_search_snippets_never_carry_markup_from_the_council(client, scene) -> None:
    html = client.get(reverse("site:search"), {"q": "levels rose"}).content.decode()
    assert "<img" not in html
    assert "&lt;img src=x onerror=" in html  # shown as text, inside the snippet


def test_search_filters_by_council(client, scene) -> None:
    html = client.get(reverse("site:search"), {"q": "passage", "council": "ELSEWHERE"}).content.decode()
    assert "A <mark>passage</mark> of a different council." in html or "<mark>passage</mark>" in html
    html = client.get(reverse("site:search"), {"q": "nitrogen", "council": "ELSEWHERE"}).content.decode()
    assert "0 results" in html


def test_bad_filters_give_a_clear_error(client, scene) -> None:
    response = client.get(reverse("site:search"), {"q": "air", "since": "26/06/2024"})
    assert response.status_code == 400
    assert "The from date must look like 2024-06-26." in response.content.decode()
    response = client.get(reverse("site:search"), {"q": "air", "council": "nowhere"})
    assert response.status_code == 400
    assert "no council with code" in response.content.decode()


def test_empty_search_shows_the_form(client, db) -> None:
    html = client.get(reverse("site:search")).content.decode()
    assert 'id="search-q"' in html and "result" not in html.split('id="search-q"')[1].split("</form>")[1]
