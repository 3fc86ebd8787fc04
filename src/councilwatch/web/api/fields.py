"""One description per API resource drives both the JSON it returns and its OpenAPI schema.

Each :class:`Field` says how to read a value from a row, its JSON Schema, and whether the value is
**official** (published by the council on its own site, copied as published) or **machine-generated**
(made by councilwatch: our ids and links, extracted text, outcomes, summaries, topics). Because the
serializer and the schema come from the same list, the OpenAPI document cannot drift from the responses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from django.http import HttpRequest

LONDON = ZoneInfo("Europe/London")
OFFICIAL = "official"
MACHINE = "machine_generated"

Schema = dict[str, Any]

STRING: Schema = {"type": "string"}
INTEGER: Schema = {"type": "integer"}
BOOLEAN: Schema = {"type": "boolean"}
NUMBER: Schema = {"type": "number"}
DATE: Schema = {"type": "string", "format": "date"}
DATETIME: Schema = {"type": "string", "format": "date-time"}
URI: Schema = {"type": "string", "format": "uri"}


def nullable(schema: Schema) -> Schema:
    """JSON Schema 2020-12 (OpenAPI 3.1) spelling of "this or null"."""
    if "$ref" in schema:
        return {"oneOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def array(items: Schema) -> Schema:
    return {"type": "array", "items": items}


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


@dataclass(frozen=True, slots=True)
class Context:
    """What a serializer needs besides the row: the request, to make absolute links."""

    request: HttpRequest

    def absolute(self, path: str) -> str:
        return self.request.build_absolute_uri(path)


def london_iso(moment: dt.datetime | None) -> str | None:
    """An aware time as ISO 8601 with the London offset (+00:00 or +01:00), as people there read it."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LONDON)
    return moment.astimezone(LONDON).isoformat()


def iso_date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def strings(values: object) -> list[str]:
    """A stored list of ids as strings; anything that is not a list becomes an empty one."""
    if not isinstance(values, list | tuple):
        return []
    return [str(v) for v in values if isinstance(v, str | int) and not isinstance(v, bool)]


Getter = Callable[[Any, Context], Any]


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    schema: Schema
    official: bool
    get: Getter
    description: str
    nested: Resource | None = None  # arrays/objects of another resource: provenance goes one level down


def attr(name: str) -> Getter:
    return lambda row, _ctx: getattr(row, name)


def official(name: str, schema: Schema, description: str, get: Getter | None = None) -> Field:
    return Field(name, schema, True, get or attr(name), description)


def machine(name: str, schema: Schema, description: str, get: Getter | None = None) -> Field:
    return Field(name, schema, False, get or attr(name), description)


@dataclass(frozen=True, slots=True)
class Resource:
    schema_name: str
    description: str
    fields: tuple[Field, ...]
    # Loads what the fields need for a whole page at once (one query, not one per row); optional.
    prepare: Callable[[list[Any]], None] | None = None

    def serialize(self, row: Any, ctx: Context) -> dict[str, Any]:
        return {f.name: f.get(row, ctx) for f in self.fields}

    def serialize_all(self, rows: Any, ctx: Context) -> list[dict[str, Any]]:
        rows = list(rows)
        if self.prepare is not None:
            self.prepare(rows)
        return [self.serialize(row, ctx) for row in rows]

    def provenance(self, prefix: str = "") -> dict[str, list[str]]:
        """Every field name, once, under ``official`` or ``machine_generated`` (nested ones as ``a[].b``)."""
        marks: dict[str, list[str]] = {OFFICIAL: [], MACHINE: []}
        for f in self.fields:
            marks[OFFICIAL if f.official else MACHINE].append(prefix + f.name)
            if f.nested is not None:
                inner = f.nested.provenance(f"{prefix}{f.name}[].")
                marks[OFFICIAL] += inner[OFFICIAL]
                marks[MACHINE] += inner[MACHINE]
        return marks

    def json_schema(self) -> Schema:
        properties = {
            f.name: {
                **f.schema,
                "description": f.description,
                "x-provenance": OFFICIAL if f.official else MACHINE,
            }
            for f in self.fields
        }
        return {
            "type": "object",
            "description": self.description,
            "properties": properties,
            "required": [f.name for f in self.fields],
            "additionalProperties": False,
        }
