"""URL names other pages link to: subscribe, support_request, confirm, unsubscribe, preferences."""

from django.urls import path

from councilwatch.web.subscriptions import exports, views

urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/check-your-email/", views.check_email, name="check_email"),
    path("subscribe/confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("preferences/<str:token>/", views.preferences, name="preferences"),
    path("support/", views.support_request, name="support_request"),
    path("councils/<slug:slug>/weekly/<str:week>/", views.weekly_digest, name="weekly_digest"),
    path("export/decisions.<str:fmt>", exports.export_decisions, name="export_decisions"),
]
