"""Rows for what councils publish. Every row parsed from a council's site is keyed by council + the site's
own external id, so re-crawling updates in place and never duplicates (see ``store.py``)."""

from __future__ import annotations

from django.db import models

from councilwatch.core import models as core


def _choices(enum: type) -> list[tuple[str, str]]:
    return [(member.value, member.value.replace("_", " ")) for member in enum]


class Council(models.Model):
    slug = models.CharField(max_length=80, unique=True)
    code = models.CharField(max_length=40, db_index=True)
    name = models.CharField(max_length=200)
    nation = models.CharField(max_length=40, blank=True)
    gss = models.CharField(max_length=12, blank=True)
    platform = models.CharField(max_length=20, choices=_choices(core.Platform))
    base_url = models.URLField(max_length=300, blank=True)
    disabled = models.BooleanField(default=False)
    end_date = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    demo = models.BooleanField(default=False, help_text="Fictional council for the demo; hidden from lists.")
    support = models.CharField(max_length=10, choices=_choices(core.Support), default=core.Support.LIMITED)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Committee(models.Model):
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="committees")
    external_id = models.CharField(max_length=40)
    title = models.CharField(max_length=300)
    category = models.CharField(max_length=200, blank=True)
    deleted = models.BooleanField(default=False)
    expired = models.BooleanField(default=False)

    class Meta:
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["council", "external_id"], name="committee_external_id")
        ]

    def __str__(self) -> str:
        return self.title


class Meeting(models.Model):
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="meetings")
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="meetings")
    external_id = models.CharField(max_length=40)
    starts_at = models.DateTimeField(db_index=True)
    status = models.CharField(max_length=20, choices=_choices(core.MeetingStatus))
    location = models.CharField(max_length=300, blank=True)
    agenda_published = models.BooleanField(default=False)
    minutes_published = models.BooleanField(default=False)
    decisions_published = models.BooleanField(default=False)
    url = models.URLField(max_length=500, blank=True)
    content_hash = models.CharField(
        max_length=64, help_text="Hash of the parsed meeting; unchanged → skipped."
    )
    indexed_hash = models.CharField(
        max_length=64, blank=True, help_text="content_hash when minutes were indexed."
    )
    first_seen = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_at"]
        constraints = [models.UniqueConstraint(fields=["council", "external_id"], name="meeting_external_id")]

    def __str__(self) -> str:
        return f"{self.committee.title} {self.starts_at:%Y-%m-%d}"


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    external_id = models.CharField(max_length=40)
    order = models.PositiveIntegerField()
    display_number = models.CharField(max_length=20, blank=True)
    internal_number = models.CharField(max_length=20, blank=True)
    title = models.CharField(max_length=500)
    agenda_html = models.TextField(blank=True)
    minutes_html = models.TextField(blank=True)
    restricted = models.BooleanField(default=False)
    is_decision = models.BooleanField(default=False)
    minutes_number = models.CharField(max_length=20, blank=True)
    url = models.URLField(max_length=500, blank=True)

    class Meta:
        ordering = ["meeting", "order"]
        constraints = [models.UniqueConstraint(fields=["meeting", "external_id"], name="item_external_id")]

    def __str__(self) -> str:
        return f"{self.display_number} {self.title}".strip()


class Document(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        RESTRICTED = "restricted"
        FAILED = "failed"  # could not be downloaded; reason says why

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="documents")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="documents")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    external_id = models.CharField(max_length=200)
    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=20, choices=_choices(core.DocumentKind))
    url = models.URLField(max_length=1000)
    restricted = models.BooleanField(default=False)
    published_on = models.DateField(null=True, blank=True)
    # Filled by the extraction stage: an ExtractStatus value or one of Status above.
    status = models.CharField(max_length=20, default=Status.PENDING)
    reason = models.CharField(max_length=500, blank=True)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    pages = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["meeting", "kind", "title"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "external_id"], name="document_external_id")
        ]

    def __str__(self) -> str:
        return self.title


class Attendee(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendees")
    name = models.CharField(max_length=200)
    member_id = models.CharField(max_length=40, blank=True)
    role = models.CharField(max_length=200, blank=True)
    attendance = models.CharField(max_length=20, choices=_choices(core.Attendance))
    party = models.CharField(max_length=100, blank=True)
    ward = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["meeting", "name"]
        constraints = [models.UniqueConstraint(fields=["meeting", "name"], name="attendee_per_meeting")]

    def __str__(self) -> str:
        return self.name


class FetchRecord(models.Model):
    """Validators for conditional GET, and where the last body sits in the raw store."""

    url = models.TextField()
    url_hash = models.CharField(max_length=64, unique=True)
    sha256 = models.CharField(max_length=64)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    fetched_at = models.DateTimeField(auto_now=True)


class CrawlRun(models.Model):
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="crawl_runs")
    since = models.DateField()
    until = models.DateField()
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    report = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-started_at"]


class CommitteeCrawlState(models.Model):
    """Which committees a run has finished, so an interrupted crawl resumes where it stopped."""

    run = models.ForeignKey(CrawlRun, on_delete=models.CASCADE, related_name="committee_states")
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="crawl_states")
    done_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["run", "committee"], name="committee_done_once")]


class RegistryLoad(models.Model):
    """Fingerprint of the registry last loaded, so start-up skips the load when nothing changed."""

    fingerprint = models.CharField(max_length=64)
    loaded_at = models.DateTimeField(auto_now=True)


class Passage(models.Model):
    """A citable span: of a document (with its page) or of an item's minutes (page is null).

    ``council``, ``meeting`` and ``committee`` are copied from the parent so search filters need no joins.
    """

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="passages")
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="passages")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="passages")
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.CASCADE, related_name="passages"
    )
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="passages"
    )
    ordinal = models.PositiveIntegerField()
    page = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20, choices=_choices(core.PassageKind))
    number = models.CharField(max_length=20, blank=True)
    heading_path = models.JSONField(default=list, blank=True)
    text = models.TextField()
    char_start = models.PositiveIntegerField(default=0)
    char_end = models.PositiveIntegerField(default=0)
    meeting_date = models.DateField(db_index=True)
    document_kind = models.CharField(max_length=20, blank=True)  # "" for minutes passages

    class Meta:
        ordering = ["meeting", "document", "item", "ordinal"]
        indexes = [models.Index(fields=["document", "ordinal"]), models.Index(fields=["item", "ordinal"])]

    def __str__(self) -> str:
        return self.text[:80]


class DocumentOverlap(models.Model):
    """A reports pack's pages that repeat a paper: the paper's passages serve both, stored once."""

    pack = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="repeats")
    paper = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="repeated_in")
    first_page = models.PositiveIntegerField()
    last_page = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["pack", "paper"], name="overlap_once")]


class Summary(models.Model):
    """A verified, machine-written summary of one meeting.

    ``data`` follows the `councilwatch brief --json` contract (overview, items with sentences and decisions,
    attendees, topics), with passage ids that are Passage primary keys as strings. Only sentences that passed
    the verifier are kept; ``stats`` records how many were dropped, tokens and cost.
    """

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="summary")
    engine = models.CharField(max_length=40)
    data = models.JSONField(default=dict)
    stats = models.JSONField(default=dict, blank=True)
    input_hash = models.CharField(
        max_length=64, help_text="Hash of the passages summarised; unchanged → kept."
    )
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Summary of {self.meeting}"


class Topic(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class MeetingTopic(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="meetings")
    score = models.FloatField()

    class Meta:
        ordering = ["-score"]
        constraints = [models.UniqueConstraint(fields=["meeting", "topic"], name="meeting_topic_once")]


class Decision(models.Model):
    """A RESOLVED clause with its real outcome (noted, approved, deferred …), citing its passages."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="decisions")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="decisions"
    )
    ordinal = models.PositiveIntegerField()
    outcome = models.CharField(max_length=20, db_index=True)
    recommended_to = models.CharField(max_length=120, blank=True)
    text = models.TextField()
    citations = models.JSONField(default=list)  # Passage ids as strings
    meeting_date = models.DateField(db_index=True)

    class Meta:
        ordering = ["-meeting_date", "meeting", "ordinal"]
        constraints = [models.UniqueConstraint(fields=["meeting", "ordinal"], name="decision_ordinal")]
