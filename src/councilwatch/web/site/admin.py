"""Reviewing error reports happens in Django's admin: filter the new ones, read, set a status."""

from django.contrib import admin

from councilwatch.web.site.models import ErrorReport


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    list_display = ("created_at", "meeting", "status", "short_message", "email")
    list_filter = ("status",)
    list_editable = ("status",)
    search_fields = ("message", "sentence", "email")
    readonly_fields = ("meeting", "sentence", "message", "email", "created_at")
    date_hierarchy = "created_at"

    @admin.display(description="Message")
    def short_message(self, report: ErrorReport) -> str:
        return report.message[:80]
