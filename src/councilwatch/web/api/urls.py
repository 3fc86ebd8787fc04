from django.urls import path

from councilwatch.web.api import ocd, openapi, views
from councilwatch.web.api.listings import LISTINGS

app_name = "api"

urlpatterns = [
    path("", views.index, name="index"),
    path("openapi.json", openapi.openapi_json, name="openapi"),
    path("ocd/events", ocd.events, name="ocd_events"),
]
for _listing in LISTINGS:
    urlpatterns += [
        path(_listing.name, views.list_view(_listing), name=_listing.name),
        path(f"{_listing.name}/<str:key>", views.detail_view(_listing), name=_listing.one),
    ]
