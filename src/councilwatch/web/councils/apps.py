from django.apps import AppConfig


class CouncilsConfig(AppConfig):
    name = "councilwatch.web.councils"
    label = "councils"
    default_auto_field = "django.db.models.BigAutoField"
