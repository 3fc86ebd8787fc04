"""The meeting page, with its cited summary, and an item's timeline across meetings."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import cache_page

from councilwatch.web.councils import models as db
from councilwatch.web.site import meeting_page
from councilwatch.web.site.timeline import timeline


def get_meeting(slug: str, pk: int) -> db.Meeting:
    # The slug must match too: /councils/a/meetings/<b's meeting>/ is a 404, not b's meeting under a's name.
    return get_object_or_404(
        db.Meeting.objects.select_related("council", "committee"), pk=pk, council__slug=slug
    )


# The page carries no form and no per-visitor content, so one cached copy serves everyone; ten minutes is
# short next to how often a meeting's minutes or summary change.
@cache_page(600)
def meeting(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    found = get_meeting(slug, pk)
    page = meeting_page.build(found)
    return render(
        request,
        "site/meeting.html",
        {
            "page": page,
            "meeting": found,
            "council": found.council,
            "now": timezone.now(),
        },
    )


def item_timeline(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    item = get_object_or_404(
        db.AgendaItem.objects.select_related("meeting", "meeting__council", "meeting__committee"),
        pk=pk,
        meeting__council__slug=slug,
    )
    entries = timeline(item)
    decisions: dict[int, list[db.Decision]] = {}
    for decision in db.Decision.objects.filter(item_id__in=[e.item.pk for e in entries]):
        decisions.setdefault(decision.item_id, []).append(decision)
    rows = [(entry, decisions.get(entry.item.pk, [])) for entry in entries]
    return render(
        request,
        "site/timeline.html",
        {"item": item, "council": item.meeting.council, "rows": rows},
    )
