"""The OpenAPI 3.1 document, built from the same listings and resources that serve the responses."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse

from councilwatch.web.api import params as p
from councilwatch.web.api.listings import LISTINGS, MEETINGS, Listing
from councilwatch.web.api.ocd import EVENT_SCHEMA, OCD_FILTERS
from councilwatch.web.api.resources import ATTENDEE, DOCUMENT, ITEM
from councilwatch.web.api.summaries import EXTRA_SCHEMAS
from councilwatch.web.api.views import api_view, json_response

PREFIX = "/api/v1"
JSON = "application/json"

PROVENANCE = {
    "type": "object",
    "description": (
        "Every field of the record, once: copied from the council's site, or made by councilwatch."
    ),
    "properties": {
        "official": {"type": "array", "items": {"type": "string"}},
        "machine_generated": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["official", "machine_generated"],
    "additionalProperties": False,
}
ERROR = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "status": {"type": "integer"},
                "message": {"type": "string"},
                "parameter": {"type": ["string", "null"]},
            },
            "required": ["status", "message", "parameter"],
            "additionalProperties": False,
        }
    },
    "required": ["error"],
    "additionalProperties": False,
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": schema}}}


def _errors(*statuses: int) -> dict[str, Any]:
    words = {
        400: "A parameter is not valid; the message says which and why.",
        404: "Not found (an id, or the council named in a filter).",
    }
    return {str(s): _json(_ref("Error"), words[s]) for s in statuses}


def _page_of(item: dict[str, Any], with_provenance: bool = True) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "count": {"type": "integer", "minimum": 0},
        "page": {"type": "integer", "minimum": 1},
        "page_size": {"type": "integer", "minimum": 1},
        "next": {"type": ["string", "null"], "format": "uri"},
        "previous": {"type": ["string", "null"], "format": "uri"},
        "results": {"type": "array", "items": item},
    }
    if with_provenance:
        properties["provenance"] = _ref("Provenance")
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _query(f: p.Filter) -> dict[str, Any]:
    return {
        "name": f.name,
        "in": "query",
        "required": False,
        "description": f.description,
        "schema": f.schema,
    }


PAGING = [
    {
        "name": "page",
        "in": "query",
        "required": False,
        "description": "Page number, from 1.",
        "schema": {"type": "integer", "minimum": 1, "maximum": p.MAX_PAGE, "default": 1},
    },
    {
        "name": "page_size",
        "in": "query",
        "required": False,
        "description": "Rows per page.",
        "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": p.MAX_PAGE_SIZE,
            "default": p.DEFAULT_PAGE_SIZE,
        },
    },
]


def _list_path(listing: Listing) -> dict[str, Any]:
    return {
        "get": {
            "operationId": f"list_{listing.name}",
            "summary": f"{listing.title}, newest first where dated.",
            "tags": [listing.name],
            "parameters": [_query(f) for f in listing.filters] + PAGING,
            "responses": {
                "200": _json(_page_of(_ref(listing.resource.schema_name)), "One page."),
                **_errors(400, 404),
            },
        }
    }


def _detail_path(listing: Listing) -> dict[str, Any]:
    envelope = {
        "type": "object",
        "properties": {"data": _ref(listing.detail.schema_name), "provenance": _ref("Provenance")},
        "required": ["data", "provenance"],
        "additionalProperties": False,
    }
    return {
        "get": {
            "operationId": f"get_{listing.one}",
            "summary": f"One {listing.one} by its stable id.",
            "tags": [listing.name],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": listing.id_schema}],
            "responses": {"200": _json(envelope, "The record."), **_errors(404)},
        }
    }


def document() -> dict[str, Any]:
    schemas: dict[str, Any] = {
        "Provenance": PROVENANCE,
        "Error": ERROR,
        "OcdEvent": EVENT_SCHEMA,
        **EXTRA_SCHEMAS,
    }
    for resource in (ATTENDEE, ITEM, DOCUMENT):
        schemas[resource.schema_name] = resource.json_schema()
    paths: dict[str, Any] = {}
    for listing in LISTINGS:
        schemas[listing.resource.schema_name] = listing.resource.json_schema()
        schemas[listing.detail.schema_name] = listing.detail.json_schema()
        paths[f"{PREFIX}/{listing.name}"] = _list_path(listing)
        paths[f"{PREFIX}/{listing.name}/{{id}}"] = _detail_path(listing)
    paths[f"{PREFIX}/ocd/events"] = {
        "get": {
            "operationId": "list_ocd_events",
            "summary": "Meetings as Open Civic Data events.",
            "tags": ["ocd"],
            "parameters": [_query(f) for f in MEETINGS.filters if f.name in OCD_FILTERS] + PAGING,
            "responses": {
                "200": _json(_page_of(_ref("OcdEvent"), with_provenance=False), "One page."),
                **_errors(400, 404),
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "councilwatch API",
            "version": "1",
            "description": (
                "Read-only data about UK council meetings. Fields are marked `x-provenance: official` "
                "(copied from the council's own site) or `x-provenance: machine_generated` (made by "
                "councilwatch), and "
                "every response lists them under `provenance`. Ids are stable: councils by slug, everything "
                "else by number, with the council site's own id as `external_id`. Times are Europe/London."
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


@api_view
def openapi_json(request: HttpRequest) -> HttpResponse:
    p.unknown(request.GET, set())
    return json_response(document())
