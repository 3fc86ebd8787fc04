from django.urls import path

from councilwatch.web.feeds import ical
from councilwatch.web.feeds.feeds import CommitteeFeed, CouncilFeed, SearchFeed, TopicFeed, atom

app_name = "feeds"

COUNCIL = "councils/<slug:slug>/"
COMMITTEE = "councils/<slug:slug>/committees/<int:committee>/"

urlpatterns = [
    path(f"{COUNCIL}rss/", CouncilFeed(), name="council_rss"),
    path(f"{COUNCIL}atom/", atom(CouncilFeed)(), name="council_atom"),
    path(f"{COUNCIL}meetings.ics", ical.council_calendar, name="council_ical"),
    path(f"{COMMITTEE}rss/", CommitteeFeed(), name="committee_rss"),
    path(f"{COMMITTEE}atom/", atom(CommitteeFeed)(), name="committee_atom"),
    path(f"{COMMITTEE}meetings.ics", ical.committee_calendar, name="committee_ical"),
    path("topics/<slug:slug>/rss/", TopicFeed(), name="topic_rss"),
    path("topics/<slug:slug>/atom/", atom(TopicFeed)(), name="topic_atom"),
    path("search/rss/", SearchFeed(), name="search_rss"),
    path("search/atom/", atom(SearchFeed)(), name="search_atom"),
]
