"""ModernGov's words for meeting status and attendance, mapped onto our enums."""

from __future__ import annotations

from councilwatch.core.models import Attendance, MeetingStatus

_STATUS_WORDS: tuple[tuple[str, MeetingStatus], ...] = (
    ("cancel", MeetingStatus.CANCELLED),
    ("postpone", MeetingStatus.POSTPONED),
    # A meeting "moved"/"rearranged" to another date will not happen at this one.
    ("moved", MeetingStatus.POSTPONED),
    ("rearrange", MeetingStatus.POSTPONED),
    ("resched", MeetingStatus.POSTPONED),
    ("not confirmed", MeetingStatus.PROVISIONAL),
    ("unconfirmed", MeetingStatus.PROVISIONAL),
    ("provisional", MeetingStatus.PROVISIONAL),
    ("draft", MeetingStatus.PROVISIONAL),
    ("confirm", MeetingStatus.CONFIRMED),
)


def meeting_status(text: str | None) -> MeetingStatus:
    """ "Confirmed" → CONFIRMED, "Cancelled" → CANCELLED …; anything else UNKNOWN (never a guess)."""
    lowered = " ".join((text or "").split()).lower()
    for word, status in _STATUS_WORDS:
        if word in lowered:
            return status
    return MeetingStatus.UNKNOWN


def attendance(text: str | None) -> Attendance:
    """Present, "Present as substitute", Apologies, "Apologies, sent substitute", Absent, Expected,
    "In attendance" (officers and visiting members)."""
    lowered = " ".join((text or "").split()).lower()
    if lowered.startswith("in attendance") or lowered == "attended":
        return Attendance.IN_ATTENDANCE
    if lowered.startswith("present"):
        return Attendance.PRESENT
    if lowered.startswith("apolog"):
        return Attendance.APOLOGIES
    if lowered.startswith("absent"):
        return Attendance.ABSENT
    if lowered.startswith("expected"):
        return Attendance.EXPECTED
    return Attendance.UNKNOWN
