"""Search across every council's minutes and reports, through the search API."""

from __future__ import annotations

import datetime as dt

import nh3
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe

from councilwatch.web.councils import models as db
from councilwatch.web.site.display import DOCUMENT_KIND_LABELS
from councilwatch.web.site.visibility import council_filter

PER_PAGE = 20


class BadFilter(ValueError):
    pass


def _date(value: str, label: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadFilter(f"The {label} date must look like 2024-06-26.") from None


def _snippet(html: str):
    # The API escapes snippets already; keeping only <mark> here means a bug there cannot become XSS here.
    return mark_safe(nh3.clean(html or "", tags={"mark"}, attributes={}))


def hit_title(hit) -> str:
    """What a result is, in words: an item, a committee, or a passage of a document or of the minutes."""
    if hit.kind == "meeting":
        return f"{hit.committee_title} meetings"
    if hit.kind == "item" or not (hit.document_title or hit.item_title):
        return hit.item_title or hit.committee_title
    if hit.document_title:
        return f"{hit.document_title}, page {hit.page}" if hit.page else hit.document_title
    return f"Minutes: {hit.item_title}"


def hit_kind(hit) -> str:
    if hit.kind == "meeting":
        return "Committee"
    if hit.kind == "item":
        return "Agenda item"
    return DOCUMENT_KIND_LABELS.get(hit.document_kind, "Minutes") if hit.document_kind else "Minutes"


def search_page(request: HttpRequest) -> HttpResponse:
    from councilwatch.web.search.api import SearchError, search

    query = request.GET.get("q", "").strip()[:300]
    council = request.GET.get("council", "").strip()[:80]
    kinds = [k for k in request.GET.getlist("kind") if k in DOCUMENT_KIND_LABELS]
    try:
        page_number = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page_number = 1
    context: dict = {
        "query": query,
        "council": council,
        "kinds": kinds,
        "since": request.GET.get("since", "")[:10],
        "until": request.GET.get("until", "")[:10],
        "kind_choices": list(DOCUMENT_KIND_LABELS.items()),
        "councils": db.Council.objects.filter(council_filter(), passages__isnull=False)
        .distinct()
        .order_by("name"),
        "page_number": page_number,
    }
    status = 200
    if query:
        try:
            since = _date(context["since"], "from")
            until = _date(context["until"], "to")
            result = search(
                query,
                council=council or None,
                since=since,
                until=until,
                document_kinds=kinds,
                limit=PER_PAGE,
                offset=(page_number - 1) * PER_PAGE,
            )
        except (BadFilter, SearchError) as error:
            context["error"] = str(error)
            status = 400
        else:
            context["total"] = result.total
            context["hits"] = [
                (hit, hit_title(hit), hit_kind(hit), _snippet(hit.snippet)) for hit in result.hits
            ]
            context["has_next"] = page_number * PER_PAGE < result.total
            context["has_previous"] = page_number > 1
            base = request.GET.copy()
            base.pop("page", None)
            context["base_query"] = base.urlencode()
            slugs = dict(
                db.Council.objects.filter(code__in={h.council_code for h in result.hits}).values_list(
                    "code", "slug"
                )
            )
            context["slugs"] = slugs
    return render(request, "site/search.html", context, status=status)
