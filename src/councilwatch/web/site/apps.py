from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "councilwatch.web.site"
    # "site" alone would read like Django's own sites framework in admin and migrations.
    label = "public_site"
    verbose_name = "Public site"
    default_auto_field = "django.db.models.BigAutoField"
