"""Rows for people who asked for email, what we decided to send them, and what running a council costs.

A ``Subscriber`` exists only once an address has been confirmed (double opt-in): the confirmation link itself
carries the address and councils, signed, so nothing about an unconfirmed address is stored.
``EmailSend`` is the send ledger: one row per (purpose, recipient) under a unique ``key``; see ``sending.py``
for how it gives exactly-once delivery across crashes.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse

from councilwatch.web.councils.models import Council, Meeting, Topic


class Subscriber(models.Model):
    class Tier(models.TextChoices):
        RESIDENT = "resident", "Resident (free)"
        PROFESSIONAL = "professional", "Professional"

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", "Every week"
        PAUSED = "paused", "Paused (no weekly emails)"

    email = models.EmailField(max_length=254, unique=True, help_text="Stored lower-cased.")
    tier = models.CharField(max_length=20, choices=Tier.choices, default=Tier.RESIDENT)
    # Professionals sign in with a Django account; residents never need one.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="subscriber"
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    topics = models.ManyToManyField(Topic, blank=True, related_name="subscribers")
    keywords = models.JSONField(default=list, blank=True, help_text="Alert keywords (professionals).")
    confirmed_at = models.DateTimeField()
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    # Alerts only look at passages newer than this, so each passage is reported once.
    alert_after_passage = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    @property
    def active(self) -> bool:
        return self.unsubscribed_at is None

    @property
    def professional(self) -> bool:
        return self.tier == self.Tier.PROFESSIONAL


class Subscription(models.Model):
    """A confirmed subscriber's interest in one council (also counted as demand for it)."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="subscriptions")
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="subscriptions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "council"], name="subscription_once"),
        ]

    def __str__(self) -> str:
        return f"{self.subscriber} → {self.council.name}"


class Digest(models.Model):
    """One council's weekly summary for one ISO week (Europe/London), built once and sent to many."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="digests")
    iso_year = models.PositiveIntegerField()
    iso_week = models.PositiveSmallIntegerField()
    subject = models.CharField(max_length=300)
    data = models.JSONField(default=dict, help_text="What the digest says, for the public page.")
    html = models.TextField(help_text="Email HTML with recipient placeholders.")
    text = models.TextField(help_text="Email plain text with recipient placeholders.")
    meeting_count = models.PositiveIntegerField(default=0)
    built_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-iso_year", "-iso_week"]
        constraints = [
            models.UniqueConstraint(fields=["council", "iso_year", "iso_week"], name="digest_per_week"),
        ]

    @property
    def week_label(self) -> str:
        return f"{self.iso_year}-W{self.iso_week:02d}"

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.iso_year, self.iso_week, 1)

    def __str__(self) -> str:
        sunday = self.monday + dt.timedelta(days=6)
        return f"Week of {self.monday.day} {self.monday:%B %Y} to {sunday.day} {sunday:%B %Y}"

    def get_absolute_url(self) -> str:
        return reverse("weekly_digest", args=[self.council.slug, self.week_label])


class EmailSend(models.Model):
    """The send ledger. ``key`` is unique per purpose and recipient, e.g. ``digest:12:345``."""

    class Kind(models.TextChoices):
        CONFIRM = "confirm"
        DIGEST = "digest"
        ALERT = "alert"
        WELCOME = "welcome"

    class Status(models.TextChoices):
        PENDING = "pending"
        SENT = "sent"
        FAILED = "failed"  # gave up after the last retry; last_error says why
        SKIPPED = "skipped"  # the recipient unsubscribed before it went out

    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    to_email = models.EmailField(max_length=254)
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.CASCADE, related_name="sends"
    )
    digest = models.ForeignKey(Digest, null=True, blank=True, on_delete=models.CASCADE, related_name="sends")
    # Digest bodies live on the Digest (one copy for thousands of recipients); other kinds carry their own.
    subject = models.CharField(max_length=300, blank=True)
    text = models.TextField(blank=True)
    html = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.key} ({self.status})"


class SupportRequest(models.Model):
    class Kind(models.TextChoices):
        RESIDENT = "resident"
        PROFESSIONAL = "professional"
        COUNCIL = "council", "Council representative"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    email = models.EmailField(max_length=254)
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="support_requests")
    message = models.TextField(blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} request for {self.council.name}"


class CostEntry(models.Model):
    """Measured cost of one stage of processing one meeting, so the demand planner can budget."""

    class Stage(models.TextChoices):
        CRAWL = "crawl"
        EXTRACT = "extract"
        SUMMARY = "summary"

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="cost_entries")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="cost_entries"
    )
    stage = models.CharField(max_length=10, choices=Stage.choices)
    engine = models.CharField(max_length=40)
    seconds = models.FloatField(default=0)
    tokens = models.PositiveIntegerField(default=0)
    cost_gbp = models.DecimalField(max_digits=10, decimal_places=4)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "cost entries"


class SupportOverride(models.Model):
    """An admin's decision that beats the demand planner for one council."""

    council = models.OneToOneField(Council, on_delete=models.CASCADE, related_name="support_override")
    support = models.CharField(
        max_length=10, choices=[("full", "full"), ("limited", "limited"), ("off", "off")]
    )
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.council.name}: {self.support}"
