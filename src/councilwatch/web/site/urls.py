from django.urls import path

from councilwatch.web.site.views import browse, councils, meetings, reports, search

app_name = "site"

urlpatterns = [
    path("", councils.home, name="home"),
    path("councils/", councils.council_list, name="council_list"),
    path("councils/<slug:slug>/", councils.council_page, name="council"),
    path("councils/<slug:slug>/meetings/<int:pk>/", meetings.meeting, name="meeting"),
    path("councils/<slug:slug>/meetings/<int:pk>/report/", reports.report_error, name="report_error"),
    path(
        "councils/<slug:slug>/meetings/<int:pk>/report/thanks/", reports.report_thanks, name="report_thanks"
    ),
    path("councils/<slug:slug>/items/<int:pk>/timeline/", meetings.item_timeline, name="timeline"),
    path("topics/", browse.topic_list, name="topics"),
    path("topics/<slug:slug>/", browse.topic_page, name="topic"),
    path("decisions/", browse.decision_list, name="decisions"),
    path("search/", search.search_page, name="search"),
    path("accuracy/", reports.accuracy, name="accuracy"),
]
