from django.contrib import admin
from django.urls import include, path

urlpatterns = [path("admin/", admin.site.urls)]
urlpatterns.append(path("", include("councilwatch.web.site.urls")))
urlpatterns.append(path("api/v1/", include("councilwatch.web.api.urls")))
urlpatterns.append(path("feeds/", include("councilwatch.web.feeds.urls")))
urlpatterns.append(path("", include("councilwatch.web.subscriptions.urls")))
