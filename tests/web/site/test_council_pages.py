"""Home, the council finder, and council pages for full and limited support."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.web import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def councils(db):
    full = f.site_council("fullham", name="Fullham Borough Council", support="full")
    limited = f.site_council("limitby", name="Limitby District Council", support="limited")
    off = f.site_council("offshire", name="Offshire Council", support="off")
    demo = f.site_council("demoville", name="Demoville Council", support="full", demo=True)
    hostile = f.site_council("hostile", name="<script>alert(1)</script> Council", support="limited")
    # A real council with a meeting: from now on the demo council is kept out of lists.
    f.site_meeting(f.site_committee(full, "Cabinet"), dt.datetime(2024, 1, 10, 10, tzinfo=dt.UTC))
    return {"full": full, "limited": limited, "off": off, "demo": demo, "hostile": hostile}


def test_home_lists_full_support_councils_but_never_demo_ones(client, councils) -> None:
    html = client.get(reverse("site:home")).content.decode()
    assert "Fullham Borough Council" in html
    assert "Limitby District Council" not in html  # only full support is featured
    assert "Demoville" not in html
    assert "all 4 councils in our register" in html  # 5 rows, one of them the demo
    assert 'action="/councils/"' in html


def test_demo_council_is_listed_while_no_real_council_has_meetings(client, db) -> None:
    f.site_council("realton", name="Realton Council", support="full")
    demo = f.site_council("demoville", name="Demoville Council", support="limited", demo=True)
    f.site_meeting(f.site_committee(demo, "Cabinet"))
    html = client.get(reverse("site:home")).content.decode()
    assert 'Demoville Council</a> <span class="meta">(demonstration)</span>' in html
    assert "Realton Council" in html


def test_finder_matches_part_of_a_name_and_escapes(client, councils) -> None:
    html = client.get(reverse("site:council_list"), {"q": "limit"}).content.decode()
    assert "Limitby District Council" in html and "Fullham" not in html
    assert "1 council match “limit”" in html
    html = client.get(reverse("site:council_list")).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Council" in html and "<script>alert" not in html
    assert "Demoville" not in html
    html = client.get(reverse("site:council_list"), {"q": "<b>x"}).content.decode()
    assert "&lt;b&gt;x" in html and "No council matches" in html


def test_demo_council_page_works_although_unlisted(client, councils) -> None:
    demo = councils["demo"]
    demo.support = "limited"  # what the registry says; the demo still shows its summaries
    demo.save()
    response = client.get(reverse("site:council", args=["demoville"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="recent-heading"' in html and "A fictional council" in html and "Full support" not in html


def test_unknown_council_is_404(client, councils) -> None:
    assert client.get(reverse("site:council", args=["nowhere"])).status_code == 404


def test_full_council_page_lists_meetings_by_committee_and_subscribe_box(client, councils) -> None:
    council = councils["full"]
    cabinet = f.site_committee(council, "Cabinet")
    planning = f.site_committee(council, "Planning Committee")
    past = f.site_meeting(cabinet, timezone.now() - dt.timedelta(days=3))
    future = f.site_meeting(planning, timezone.now() + dt.timedelta(days=5))
    f.site_summary(past)
    html = client.get(reverse("site:council", args=["fullham"])).content.decode()
    upcoming = html[html.index('id="upcoming-heading"') : html.index('id="recent-heading"')]
    recent = html[html.index('id="recent-heading"') : html.index('id="decisions-heading"')]
    assert (
        "Planning Committee" in upcoming and reverse("site:meeting", args=["fullham", future.pk]) in upcoming
    )
    assert "Cabinet" in recent and reverse("site:meeting", args=["fullham", past.pk]) in recent
    assert "Summary</span>" in recent
    assert re.search(r'<form class="box subscribe" action="[^"]+" method="post">', html)
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<input type="hidden" name="council" value="fullham">' in html
    assert "None yet" in html  # weekly summaries archive before the first digest
    assert "Full support" in html


def test_limited_page_explains_cost_demand_and_offers(client, councils) -> None:
    council = councils["limited"]
    committee = f.site_committee(council, "Licensing Committee")
    meeting = f.site_meeting(committee, timezone.now() - dt.timedelta(days=10))
    html = client.get(reverse("site:council", args=["limitby"])).content.decode()
    assert "not yet produce detailed weekly summaries" in html
    assert "costs money to run" in html and "in order of demand" in html
    assert "<strong>0</strong> people are waiting" in html
    assert "Subscribe anyway" in html
    assert 'value="professional"' in html and 'value="council"' in html
    assert "A representative of this council" in html
    # Meetings are listed, linking to the council's own page rather than ours.
    assert f'href="{meeting.url.replace("&", "&amp;")}"' in html
    assert reverse("site:meeting", args=["limitby", meeting.pk]) not in html
    assert html.count('name="csrfmiddlewaretoken"') == 2


def test_off_council_says_we_cannot_read_it(client, councils) -> None:
    html = client.get(reverse("site:council", args=["offshire"])).content.decode()
    assert "We cannot read this council's meetings yet" in html


def test_hostile_council_name_and_base_url_are_escaped(client, councils) -> None:
    council = councils["hostile"]
    council.base_url = "javascript:alert(1)"
    council.save()
    html = client.get(reverse("site:council", args=["hostile"])).content.decode()
    assert "<script>alert" not in html and "javascript:" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Council" in html
