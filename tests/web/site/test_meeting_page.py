"""The meeting page: heading, cited sentences, sources, decisions, attendees, documents, and escaping."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _page(client, scene):
    url = reverse("site:meeting", args=[scene.council.slug, scene.meeting.pk])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_heading_in_uk_style_and_link_to_council_site(client, scene) -> None:
    html = _page(client, scene)
    assert "Scrutiny Board – <time" in html
    assert ">Wednesday, 26 June 2024, 11.00am</time>" in html
    assert re.search(
        r'<a class="button-link" href="https://democracy\.example/ieListDocuments[^"]*"[^>]*>'
        r"View on council website</a>",
        html,
    )


def test_every_shown_sentence_has_numbered_markers_linking_to_sources(client, scene) -> None:
    html = _page(client, scene)
    first = scene.passages[0]
    # Numbers follow first use: the overview's passage is 1, then the item's new passages 2 and 3.
    for number, passage in enumerate(scene.passages, start=1):
        marker = f'href="#passage-{passage.pk}" data-passage="{passage.pk}">'
        assert f'{marker}<span class="visually-hidden">Source </span>{number}</a>' in html
    # The Sources list has an anchor per passage, with the document title, page and a #page= link.
    sources = html[html.index('id="sources-heading"') :]
    assert f'<li id="passage-{first.pk}" value="1" data-number="1">' in sources
    assert f'href="{scene.pack.url}#page=7"' in sources
    assert "Public reports pack 26th-Jun-2024 11.00 Scrutiny Board, page 7" in sources
    # A minutes passage (no document) links to the meeting page on the council's site instead.
    assert "Minutes: Air Quality Action Plan" in sources


def test_failed_and_foreign_sentences_are_not_shown_but_counted(client, scene) -> None:
    html = _page(client, scene)
    assert scene.failed_text not in html
    assert scene.foreign_text not in html
    assert "A passage of a different council." not in html
    assert "2 sentences that could not be checked were left out" in html
    assert "written by a computer program" in html


def test_decisions_attendees_topics_and_documents(client, scene) -> None:
    html = _page(client, scene)
    assert '<span class="outcome outcome-noted">Noted</span>' in html
    assert '<span class="outcome outcome-deferred">Deferred</span>' in html
    assert "Present (1)" in html and "Apologies (1)" in html
    assert 'Councillor Jane Doe<span class="meta"> – Chair</span><span class="meta"> (Labour)</span>' in html
    assert f'href="{reverse("site:topic", args=["air-quality"])}">Air quality</a>' in html
    documents = html[html.index('id="documents-heading"') :]
    # Reports pack before frontsheet before papers; a restricted paper is named but not linked.
    assert documents.index("Public reports pack 26th") < documents.index("Agenda frontsheet</a>")
    assert "Public reports pack, 40 pages" in documents
    assert 'Exempt appendix <span class="meta">(not published)</span>' in documents
    assert "https://democracy.example/x.pdf" not in documents


def test_hostile_council_html_is_neutralised(client, scene) -> None:
    html = _page(client, scene)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in html  # the title, shown as text
    assert 'onerror="alert' not in html and "<img" not in html
    assert "javascript:" not in html
    assert 'style="' not in html
    # Structure survives: the minutes keep their paragraph, emphasis and table, without attributes.
    assert "<p>The Board <strong>noted</strong> the report.</p>" in html
    assert "<td>Row one</td>" in html
    assert "Click here" in html  # link text kept, link dropped
    # A passage's text is escaped, never interpreted.
    assert "Levels &lt;img src=x onerror=&quot;alert(3)&quot;&gt; rose by 4%." in html


def test_hostile_meeting_url_is_not_linked(client, scene) -> None:
    scene.meeting.url = "javascript:alert(document.cookie)"
    scene.meeting.save()
    html = _page(client, scene)
    assert "View on council website" not in html
    assert "javascript:" not in html


def test_meeting_under_the_wrong_council_is_404(client, scene) -> None:
    response = client.get(reverse("site:meeting", args=["elsewhere", scene.meeting.pk]))
    assert response.status_code == 404


def test_meeting_without_summary_still_lists_items_and_documents(client, scene) -> None:
    scene.meeting.summary.delete()
    html = _page(client, scene)
    assert "There is no summary of this meeting yet." in html
    assert "Air Quality Action Plan" in html
    assert "Agenda frontsheet" in html
    assert 'class="cite"' in html  # the Decision rows still cite their passage
    assert "written by a computer program" not in html


def test_no_inline_scripts_or_styles(client, scene) -> None:
    html = _page(client, scene)
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert " style=" not in html
