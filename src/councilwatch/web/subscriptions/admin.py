"""Admin: set tiers, read support requests, inspect the send ledger and costs, override support."""

from django.contrib import admin

from councilwatch.web.subscriptions import models


@admin.register(models.Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "tier", "frequency", "confirmed_at", "unsubscribed_at"]
    list_filter = ["tier", "frequency"]
    search_fields = ["email"]
    raw_id_fields = ["user"]
    filter_horizontal = ["topics"]


@admin.register(models.Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["subscriber", "council", "created_at"]
    search_fields = ["subscriber__email", "council__name"]
    raw_id_fields = ["subscriber", "council"]


@admin.register(models.SupportRequest)
class SupportRequestAdmin(admin.ModelAdmin):
    list_display = ["council", "kind", "email", "created_at"]
    list_filter = ["kind"]
    search_fields = ["email", "council__name", "message"]
    raw_id_fields = ["council"]


@admin.register(models.Digest)
class DigestAdmin(admin.ModelAdmin):
    list_display = ["council", "week_label", "meeting_count", "built_at"]
    search_fields = ["council__name"]
    readonly_fields = ["data", "html", "text"]


@admin.register(models.EmailSend)
class EmailSendAdmin(admin.ModelAdmin):
    list_display = ["key", "kind", "to_email", "status", "attempts", "sent_at", "last_error"]
    list_filter = ["kind", "status"]
    search_fields = ["key", "to_email"]
    raw_id_fields = ["subscriber", "digest"]


@admin.register(models.CostEntry)
class CostEntryAdmin(admin.ModelAdmin):
    list_display = ["council", "meeting", "stage", "engine", "seconds", "tokens", "cost_gbp", "created_at"]
    list_filter = ["stage", "engine"]
    raw_id_fields = ["council", "meeting"]


@admin.register(models.SupportOverride)
class SupportOverrideAdmin(admin.ModelAdmin):
    list_display = ["council", "support", "note", "created_at"]
    raw_id_fields = ["council"]
