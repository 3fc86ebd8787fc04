"""Rows the public site owns: reports of errors in a machine-written summary, kept for review."""

from __future__ import annotations

from django.db import models

from councilwatch.web.councils.models import Meeting


class ErrorReport(models.Model):
    class Status(models.TextChoices):
        NEW = "new"
        CONFIRMED = "confirmed"  # the summary was wrong; it has been or will be corrected
        REJECTED = "rejected"  # the summary matched its sources

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="error_reports")
    # The sentence as shown when the report was made: summaries are rewritten, so an index would drift.
    sentence = models.TextField(blank=True)
    message = models.TextField()
    email = models.EmailField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Report on {self.meeting} ({self.status})"
