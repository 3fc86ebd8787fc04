"""Home page, the council finder, and a council's own page (full or limited support)."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from councilwatch.web.councils import models as db
from councilwatch.web.site import elsewhere
from councilwatch.web.site.visibility import council_filter

RECENT_MEETINGS = 40
UPCOMING_MEETINGS = 40


def public_councils():
    # Demo councils are fictional: reachable by URL, listed only where there is nothing real to show.
    return db.Council.objects.filter(council_filter())


def home(request: HttpRequest) -> HttpResponse:
    full = public_councils().filter(Q(support="full") | Q(demo=True)).order_by("-demo", "name")
    return render(
        request,
        "site/home.html",
        {"full_councils": full, "council_total": public_councils().count()},
    )


def council_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:100]
    councils = public_councils().order_by("name")
    if query:
        councils = councils.filter(Q(name__icontains=query) | Q(code__iexact=query) | Q(slug__iexact=query))
    return render(
        request,
        "site/council_list.html",
        {"councils": councils, "query": query, "council_total": public_councils().count()},
    )


def _by_committee(meetings) -> list[tuple[db.Committee, list[db.Meeting]]]:
    groups: dict[int, tuple[db.Committee, list[db.Meeting]]] = {}
    for meeting in meetings:
        groups.setdefault(meeting.committee_id, (meeting.committee, []))[1].append(meeting)
    return sorted(groups.values(), key=lambda group: group[0].title.lower())


def council_page(request: HttpRequest, slug: str) -> HttpResponse:
    council = get_object_or_404(db.Council, slug=slug)
    now = timezone.now()
    meetings = db.Meeting.objects.filter(council=council).select_related("committee")
    upcoming = list(meetings.filter(starts_at__gte=now).order_by("starts_at")[:UPCOMING_MEETINGS])
    recent = list(meetings.filter(starts_at__lt=now).order_by("-starts_at")[:RECENT_MEETINGS])
    context = {
        "council": council,
        "upcoming": upcoming,
        "recent": recent,
        "upcoming_by_committee": _by_committee(upcoming),
        "recent_by_committee": _by_committee(recent),
    }
    # The fictional demo council is always shown in full: its whole point is to show what summaries look like.
    if council.support != "full" and not council.demo:
        context["waiting"] = elsewhere.waiting_count(council)
        return render(request, "site/council_limited.html", context)
    summarised = set(db.Summary.objects.filter(meeting__in=recent).values_list("meeting_id", flat=True))
    context.update(
        summarised=summarised,
        digests=elsewhere.digests(council),
        decisions=db.Decision.objects.filter(council=council).select_related("meeting", "meeting__committee")[
            :10
        ],
        topics=db.Topic.objects.filter(meetings__meeting__council=council)
        .annotate(meeting_count=Count("meetings"))
        .order_by("-meeting_count", "name")[:20],
    )
    return render(request, "site/council.html", context)
