"""RSS 2.0 and Atom 1.0 feeds of meetings (per council, committee and topic) and of a saved search.

Each feed exists twice, RSS and Atom, from one class: the Atom variant only swaps the writer. Entries link
to our meeting page; the guid is that address, which never changes for a meeting. Demo councils have working
feeds of their own but stay out of topic and search feeds unless the search names them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import nh3
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from councilwatch.web.councils import models as db
from councilwatch.web.feeds.links import meeting_path, site_path
from councilwatch.web.feeds.text import LONDON, meeting_html, meeting_title

MAX_ENTRIES = 50
SEARCH_ENTRIES = 30
MAX_QUERY = 200


def _meetings() -> Any:
    return db.Meeting.objects.select_related("council", "committee", "summary").order_by("-starts_at", "-pk")


class MeetingFeed(Feed):
    """Shared entry rendering: subclasses say which meetings and what the channel is called."""

    description_template = None

    def item_title(self, item: db.Meeting) -> str:
        return meeting_title(item)

    def item_description(self, item: db.Meeting) -> str:
        return meeting_html(item)

    def item_link(self, item: db.Meeting) -> str:
        return meeting_path(item.council.slug, item.pk)

    def item_pubdate(self, item: db.Meeting) -> dt.datetime:
        return item.first_seen

    def item_updateddate(self, item: db.Meeting) -> dt.datetime:
        return item.updated_at

    def item_categories(self, item: db.Meeting) -> list[str]:
        return [item.committee.title]


class CouncilFeed(MeetingFeed):
    def get_object(self, request: HttpRequest, slug: str) -> db.Council:
        return get_object_or_404(db.Council, slug=slug)

    def title(self, obj: db.Council) -> str:
        return f"Meetings of {obj.name}"

    def link(self, obj: db.Council) -> str:
        return site_path("council", f"/councils/{obj.slug}/", slug=obj.slug)

    def description(self, obj: db.Council) -> str:
        return f"Meetings of {obj.name}'s committees, with checked summaries where the minutes are out."

    def items(self, obj: db.Council) -> Any:
        return _meetings().filter(council=obj)[:MAX_ENTRIES]


class CommitteeFeed(MeetingFeed):
    def get_object(self, request: HttpRequest, slug: str, committee: int) -> db.Committee:
        return get_object_or_404(
            db.Committee.objects.select_related("council"), pk=committee, council__slug=slug
        )

    def title(self, obj: db.Committee) -> str:
        return f"{obj.title}, {obj.council.name}"

    def link(self, obj: db.Committee) -> str:
        return site_path("council", f"/councils/{obj.council.slug}/", slug=obj.council.slug)

    def description(self, obj: db.Committee) -> str:
        return f"Meetings of {obj.title} at {obj.council.name}."

    def items(self, obj: db.Committee) -> Any:
        return _meetings().filter(committee=obj)[:MAX_ENTRIES]


class TopicFeed(MeetingFeed):
    def get_object(self, request: HttpRequest, slug: str) -> db.Topic:
        return get_object_or_404(db.Topic, slug=slug)

    def title(self, obj: db.Topic) -> str:
        return f"Council meetings about {obj.name}"

    def link(self, obj: db.Topic) -> str:
        return site_path("topic", f"/topics/{obj.slug}/", slug=obj.slug)

    def description(self, obj: db.Topic) -> str:
        return f"Meetings of every council we cover where {obj.name} came up."

    def items(self, obj: db.Topic) -> Any:
        return _meetings().filter(topics__topic=obj, council__demo=False)[:MAX_ENTRIES]


class BadSearch(ValueError):
    """The saved search cannot be run as written; answered 400 with the reason."""


class SearchFeed(Feed):
    """A saved search: ``?q=`` (required) and optionally ``council=``; entries are the best matches."""

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return super().__call__(request, *args, **kwargs)
        except BadSearch as error:
            return HttpResponseBadRequest(f"{error}\n", content_type="text/plain; charset=utf-8")

    def get_object(self, request: HttpRequest) -> dict[str, str]:
        query = request.GET.get("q", "").strip()
        if not query:
            raise BadSearch("A search feed needs search words: add ?q=your+words to the address.")
        if len(query) > MAX_QUERY:
            raise BadSearch(f"Search words are limited to {MAX_QUERY} characters.")
        council = request.GET.get("council", "").strip()
        return {"q": query, "council": council}

    def title(self, obj: dict[str, str]) -> str:
        where = f" at {obj['council']}" if obj["council"] else ""
        return f"Council papers matching “{obj['q']}”{where}"

    def link(self, obj: dict[str, str]) -> str:
        params = {k: v for k, v in obj.items() if v}
        return site_path("search", "/search/") + "?" + urlencode(params)

    def description(self, obj: dict[str, str]) -> str:
        return "New minutes, reports and agenda items matching a saved search."

    def items(self, obj: dict[str, str]) -> list[dict[str, Any]]:
        # Imported here so the other feeds keep working whatever state the search app is in.
        from councilwatch.web.search.api import SearchError, search

        try:
            page = search(obj["q"], council=obj["council"] or None, limit=SEARCH_ENTRIES)
        except SearchError as error:
            raise BadSearch(str(error)) from None
        meetings = db.Meeting.objects.select_related("council").in_bulk([h.meeting_id for h in page.hits])
        entries = []
        for hit in page.hits:
            meeting = meetings.get(hit.meeting_id)
            if meeting is None or (meeting.council.demo and not obj["council"]):
                continue
            entries.append({"hit": hit, "meeting": meeting})
        return entries

    def item_title(self, item: dict[str, Any]) -> str:
        hit = item["hit"]
        what = hit.item_title or hit.document_title or hit.committee_title
        day = hit.meeting_date
        return f"{what} – {hit.committee_title}, {hit.council_name}, {day.day} {day:%B %Y}"

    def item_description(self, item: dict[str, Any]) -> str:
        hit = item["hit"]
        where = (
            f"{hit.document_title}, page {hit.page}" if hit.page else (hit.document_title or hit.item_title)
        )
        # The snippet is already escaped HTML with <mark> around the matches (see search.snippets).
        return str(format_html("<p>{}</p><p>{}</p>", where, _trusted(hit.snippet)))

    def item_link(self, item: dict[str, Any]) -> str:
        hit, meeting = item["hit"], item["meeting"]
        anchor = f"#passage-{hit.passage_id}" if hit.passage_id else ""
        return meeting_path(meeting.council.slug, meeting.pk) + anchor

    def item_guid(self, item: dict[str, Any]) -> str:
        hit, meeting = item["hit"], item["meeting"]
        row = hit.passage_id or hit.item_id or meeting.pk
        return f"{meeting_path(meeting.council.slug, meeting.pk)}#{hit.kind}-{row}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: dict[str, Any]) -> dt.datetime:
        day = item["hit"].meeting_date
        return dt.datetime.combine(day, dt.time(0), tzinfo=LONDON)


def _trusted(snippet: str) -> Any:
    """The search snippet is built escaped with only <mark> added; cleaning it again to exactly that costs
    microseconds and means a future change to snippets cannot put markup from a council site into a feed."""
    return mark_safe(nh3.clean(snippet, tags={"mark"}, attributes={}, url_schemes=set()))


def atom(feed: type[Feed]) -> type[Feed]:
    """The same feed written as Atom 1.0 (its ``subtitle`` is the RSS description)."""
    return type(f"Atom{feed.__name__}", (feed,), {"feed_type": Atom1Feed, "subtitle": feed.description})
