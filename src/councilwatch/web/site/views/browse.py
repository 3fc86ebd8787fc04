"""Topics and decisions across all councils."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from councilwatch.web.councils import models as db
from councilwatch.web.site.display import outcome_label
from councilwatch.web.site.visibility import council_filter

PER_PAGE = 25


def topic_list(request: HttpRequest) -> HttpResponse:
    topics = (
        db.Topic.objects.filter(council_filter("meetings__meeting__council__"))
        .annotate(meeting_count=Count("meetings"))
        .order_by("name")
    )
    return render(request, "site/topic_list.html", {"topics": topics})


def topic_page(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(db.Topic, slug=slug)
    links = (
        db.MeetingTopic.objects.filter(topic=topic)
        .select_related("meeting", "meeting__council", "meeting__committee")
        .order_by("-meeting__starts_at")
    )
    page = Paginator(links, PER_PAGE).get_page(request.GET.get("page"))
    decisions = (
        db.Decision.objects.filter(meeting__topics__topic=topic)
        .select_related("meeting", "meeting__council", "meeting__committee")
        .distinct()[:10]
    )
    return render(request, "site/topic.html", {"topic": topic, "page": page, "decisions": decisions})


def decision_list(request: HttpRequest) -> HttpResponse:
    outcome = request.GET.get("outcome", "").strip()[:20]
    council_slug = request.GET.get("council", "").strip()[:80]
    topic_slug = request.GET.get("topic", "").strip()[:80]
    decisions = db.Decision.objects.select_related(
        "meeting", "meeting__council", "meeting__committee", "item"
    )
    if outcome:
        decisions = decisions.filter(outcome=outcome)
    if council_slug:
        decisions = decisions.filter(council__slug=council_slug)
    else:
        decisions = decisions.filter(council_filter("council__"))
    if topic_slug:
        decisions = decisions.filter(meeting__topics__topic__slug=topic_slug).distinct()
    page = Paginator(decisions, PER_PAGE).get_page(request.GET.get("page"))
    outcomes = sorted(set(db.Decision.objects.values_list("outcome", flat=True)))
    councils = (
        db.Council.objects.filter(council_filter(), decisions__isnull=False).distinct().order_by("name")
    )
    topics = db.Topic.objects.filter(meetings__isnull=False).distinct().order_by("name")
    filters = request.GET.copy()
    filters.pop("page", None)
    return render(
        request,
        "site/decisions.html",
        {
            "page": page,
            "outcome_choices": [(value, outcome_label(value)) for value in outcomes],
            "councils": councils,
            "topics": topics,
            "chosen": {"outcome": outcome, "council": council_slug, "topic": topic_slug},
            "filter_query": filters.urlencode(),
        },
    )
