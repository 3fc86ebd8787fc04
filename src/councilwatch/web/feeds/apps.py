from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "councilwatch.web.feeds"
    label = "feeds"
    verbose_name = "Feeds"
