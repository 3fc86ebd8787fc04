"""RSS and Atom feeds per council, committee, topic and saved search."""

from __future__ import annotations

import pytest
from defusedxml import ElementTree

from tests.web import factories as f
from tests.web.feeds.conftest import HOSTILE

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(client, url: str, **params) -> list[dict[str, str]]:
    response = client.get(url, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)
    return [{child.tag: (child.text or "") for child in item} for item in root.iter("item")]


def atom_entries(client, url: str, **params) -> list[dict[str, str]]:
    response = client.get(url, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    entries = []
    for entry in root.iter(f"{ATOM}entry"):
        fields = {child.tag.removeprefix(ATOM): (child.text or "") for child in entry}
        fields["link"] = entry.find(f"{ATOM}link").get("href")
        entries.append(fields)
    return entries


def path(meeting) -> str:
    return f"http://testserver/councils/{meeting.council.slug}/meetings/{meeting.pk}/"


def test_council_rss_lists_its_meetings_newest_first_linking_to_our_pages(client, town) -> None:
    items = rss_items(client, "/feeds/councils/northtown/rss/")
    expected = [town["cancelled"], town["upcoming"], town["hostile"], town["held"]]
    assert [i["link"] for i in items] == [path(m) for m in expected]
    assert items[-1]["title"] == "Cabinet, Wednesday, 12 March 2025, 10.00am"
    assert items[0]["title"].endswith("(Cancelled)")
    assert items[-1]["guid"] == path(town["held"])


def test_descriptions_show_only_checked_sentences(client, town) -> None:
    held = rss_items(client, "/feeds/councils/northtown/rss/")[-1]
    assert "playground programme" in held["description"]
    assert "failed its check" not in held["description"]


def test_hostile_text_is_escaped_in_titles_and_bodies(client, town) -> None:
    response = client.get("/feeds/councils/northtown/rss/")
    assert b"<script" not in response.content and b"<i>" not in response.content
    items = rss_items(client, "/feeds/councils/northtown/rss/")
    hostile = next(i for i in items if i["link"] == path(town["hostile"]))
    assert hostile["title"].startswith(f"Parks {HOSTILE}, ")  # plain text, exactly as scraped
    # The body is HTML for the reader: the scraped markup arrives escaped, so it shows as text.
    assert "&lt;script&gt;" in hostile["description"] and "<script" not in hostile["description"]
    entries = atom_entries(client, "/feeds/councils/northtown/atom/")
    body = next(e for e in entries if e["link"] == path(town["hostile"]))["summary"]
    assert "&lt;script&gt;" in body and "<script" not in body


def test_committee_feeds_in_both_formats(client, town) -> None:
    url = f"/feeds/councils/northtown/committees/{town['cabinet'].pk}/"
    assert [i["link"] for i in rss_items(client, url + "rss/")] == [
        path(town["upcoming"]),
        path(town["held"]),
    ]
    entries = atom_entries(client, url + "atom/")
    assert [e["link"] for e in entries] == [path(town["upcoming"]), path(town["held"])]
    assert all(e["updated"] and e["id"] for e in entries)


def test_topic_feed_leaves_out_demo_councils_but_their_own_feed_works(client, town) -> None:
    assert [i["link"] for i in rss_items(client, "/feeds/topics/parks/rss/")] == [path(town["held"])]
    assert [e["link"] for e in atom_entries(client, "/feeds/topics/parks/atom/")] == [path(town["held"])]
    assert [i["link"] for i in rss_items(client, "/feeds/councils/demoville/rss/")] == [
        path(town["demo_meeting"])
    ]


def test_saved_search_feed_links_to_the_cited_passage(client, town) -> None:
    items = rss_items(client, "/feeds/search/rss/", q="playground refurbishment")
    assert items, "the passage should be found"
    assert items[0]["link"] == path(town["held"]) + f"#passage-{town['passage'].pk}"
    assert "<mark>" in items[0]["description"]
    entries = atom_entries(client, "/feeds/search/atom/", q="playground", council="northtown")
    assert entries[0]["link"].startswith(path(town["held"]))


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/feeds/councils/nowhere/rss/", 404),
        ("/feeds/councils/northtown/committees/999999/atom/", 404),
        ("/feeds/topics/unknown/rss/", 404),
        ("/feeds/search/rss/", 400),
        ("/feeds/search/rss/?q=parks&council=nowhere", 400),
        ("/feeds/search/atom/?q=" + "x" * 201, 400),
    ],
)
def test_missing_or_bad_feeds_answer_clearly(client, town, url, status) -> None:
    assert client.get(url).status_code == status


def test_committee_feed_must_belong_to_the_council_in_its_address(client, town) -> None:
    assert client.get(f"/feeds/councils/demoville/committees/{town['cabinet'].pk}/rss/").status_code == 404


def test_hostile_passage_text_found_by_a_saved_search_stays_text(client, town) -> None:
    f.api_passage(town["held"], f"The bandstand repairs {HOSTILE} were agreed.")
    response = client.get("/feeds/search/rss/", {"q": "bandstand"})
    assert response.status_code == 200
    assert b"<script" not in response.content
    (item,) = rss_items(client, "/feeds/search/rss/", q="bandstand")
    assert "&lt;script&gt;" in item["description"] and "<mark>bandstand</mark>" in item["description"]
