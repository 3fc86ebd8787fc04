from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "councilwatch.web.subscriptions"
    label = "subscriptions"
    verbose_name = "Subscriptions and email"
    default_auto_field = "django.db.models.BigAutoField"
