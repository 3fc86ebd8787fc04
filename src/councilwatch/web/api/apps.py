from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "councilwatch.web.api"
    label = "api"
    verbose_name = "JSON API"
