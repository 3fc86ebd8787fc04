"""The API's views: plain Django, JSON out, GET only.

Responses escape ``<``, ``>`` and ``&`` inside JSON strings (as ``\\u003c`` …) so that scraped text can never
be read as markup, even by a client that sniffs. Every response, errors included, is JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_page
from django.views.decorators.csrf import csrf_exempt

from councilwatch.web.api import params as p
from councilwatch.web.api.fields import Context
from councilwatch.web.api.listings import LISTINGS, Listing

JSON_TYPE = "application/json"
_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_response(data: Any, status: int = 200) -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)
    response = HttpResponse(body, status=status, content_type=f"{JSON_TYPE}; charset=utf-8")
    # Open data: any site may read it from a browser. No cookies are involved, so no credentials are allowed.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def error_response(error: p.ApiError) -> HttpResponse:
    body = {"error": {"status": error.status, "message": error.message, "parameter": error.parameter}}
    return json_response(body, status=error.status)


View = Callable[..., HttpResponse]


def api_view(view: View) -> View:
    """GET/HEAD only; ApiError becomes a JSON error; optional per-view cache.

    ``COUNCILWATCH_API_CACHE_SECONDS`` (default 0: off) caches whole responses for that long.
    """

    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            response = error_response(
                p.ApiError(405, f"{request.method} is not allowed; this API is read-only")
            )
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return view(request, *args, **kwargs)
        except p.ApiError as error:
            return error_response(error)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    seconds = int(getattr(settings, "COUNCILWATCH_API_CACHE_SECONDS", 0) or 0)
    cached = cache_page(seconds)(wrapped) if seconds > 0 else wrapped
    # Nothing here reads cookies or changes state, so CSRF protection has nothing to guard; exempting lets
    # a stray POST get the API's own JSON 405 instead of an HTML 403 page.
    return csrf_exempt(cached)


def page_link(request: HttpRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def paginated(
    request: HttpRequest, rows: QuerySet, serialize: Callable[[list[Any]], list[dict[str, Any]]]
) -> dict[str, Any]:
    """One page of ``rows`` as the list envelope (count, page, page_size, next, previous, results)."""
    page, size = p.paging(request.GET)
    count = rows.count()
    start = (page - 1) * size
    return {
        "count": count,
        "page": page,
        "page_size": size,
        "next": page_link(request, page + 1) if start + size < count else None,
        "previous": page_link(request, page - 1) if page > 1 else None,
        "results": serialize(list(rows[start : start + size])) if start < count else [],
    }


def list_view(listing: Listing) -> View:
    def view(request: HttpRequest) -> HttpResponse:
        query = request.GET
        p.unknown(query, listing.known_parameters())
        p.paging(query)  # bad paging is reported before any filter runs a query
        rows = p.public_only(listing.rows(), query, listing.council_path)
        for f in listing.filters:
            rows = f.apply(rows, query)
        ctx = Context(request)
        body = paginated(request, rows, lambda page: listing.resource.serialize_all(page, ctx))
        return json_response({**body, "provenance": listing.resource.provenance()})

    view.__name__ = f"{listing.name}_list"
    return api_view(view)


def detail_view(listing: Listing) -> View:
    def view(request: HttpRequest, key: str) -> HttpResponse:
        p.unknown(request.GET, set())
        if listing.id_schema.get("type") == "integer":
            if not (key.isascii() and key.isdigit()) or len(key) > 12:
                raise p.ApiError(404, f"no {listing.one} with id {key!r}")
            lookup: Any = int(key)
        else:
            lookup = key.lower()
        row = listing.detail_rows().filter(**{listing.lookup: lookup}).first()
        if row is None:
            raise p.ApiError(404, f"no {listing.one} with id {key!r}")
        (data,) = listing.detail.serialize_all([row], Context(request))
        return json_response({"data": data, "provenance": listing.detail.provenance()})

    view.__name__ = f"{listing.one}_detail"
    return api_view(view)


@api_view
def index(request: HttpRequest) -> HttpResponse:
    """Where everything is."""
    p.unknown(request.GET, set())
    links = {listing.name: request.build_absolute_uri(reverse(f"api:{listing.name}")) for listing in LISTINGS}
    links["openapi"] = request.build_absolute_uri(reverse("api:openapi"))
    links["ocd_events"] = request.build_absolute_uri(reverse("api:ocd_events"))
    return json_response(
        {
            "name": "councilwatch API",
            "version": "1",
            "links": links,
            "provenance_note": (
                "Each response lists its fields under provenance.official (copied from the council's own "
                "site) or provenance.machine_generated (made by councilwatch: ids, links, extracted "
                "text, outcomes, summaries, topics)."
            ),
        }
    )
