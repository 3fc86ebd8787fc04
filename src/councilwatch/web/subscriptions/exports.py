"""CSV and JSON export of decisions, for professional subscribers signed in with their Django account."""

from __future__ import annotations

import csv
import datetime as dt
import itertools

from django.contrib.auth.decorators import login_required
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseForbidden,
    JsonResponse,
    StreamingHttpResponse,
)

from councilwatch.web.councils.models import Decision
from councilwatch.web.subscriptions import links
from councilwatch.web.subscriptions.models import Subscriber

MAX_ROWS = 50_000
FIELDS = ["date", "council", "committee", "item", "outcome", "text", "meeting_url", "citations"]


class _Echo:
    def write(self, value: str) -> str:
        return value


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _query(request: HttpRequest):
    """Decisions filtered by ?council=slug&since=YYYY-MM-DD&until=…; ValueError for a bad date."""
    query = Decision.objects.select_related("council", "meeting__committee", "item").order_by(
        "-meeting_date", "meeting_id", "ordinal"
    )
    if council := request.GET.get("council"):
        query = query.filter(council__slug=council)
    if since := _date(request.GET.get("since")):
        query = query.filter(meeting_date__gte=since)
    if until := _date(request.GET.get("until")):
        query = query.filter(meeting_date__lte=until)
    return query[:MAX_ROWS]


def _rows(query):
    for d in query.iterator():
        yield {
            "date": d.meeting_date.isoformat(),
            "council": d.council.name,
            "committee": d.meeting.committee.title,
            "item": d.item.title if d.item else "",
            "outcome": d.outcome,
            "text": d.text,
            "meeting_url": links.meeting_url(d.council.slug, d.meeting_id),
            "citations": " ".join(str(c) for c in d.citations),
        }


def _professional(request: HttpRequest) -> bool:
    subscriber = Subscriber.objects.filter(user=request.user).first()
    return bool(subscriber and subscriber.professional and subscriber.active)


@login_required
def export_decisions(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in {"csv", "json"}:
        raise Http404("Exports are csv or json.")
    if not _professional(request):
        return HttpResponseForbidden("Exports are part of the professional plan.", content_type="text/plain")
    try:
        query = _query(request)
    except ValueError:
        return HttpResponse("Dates must be written YYYY-MM-DD.", status=400, content_type="text/plain")
    if fmt == "json":
        return JsonResponse({"decisions": list(_rows(query))})
    writer = csv.DictWriter(_Echo(), fieldnames=FIELDS)
    lines = itertools.chain([writer.writeheader()], (writer.writerow(row) for row in _rows(query)))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="decisions.csv"'
    return response
