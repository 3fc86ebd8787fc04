"""The OpenAPI document is valid 3.1 and describes the real responses exactly."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from tests.web.api.helpers import get_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def spec(client) -> dict:
    return get_json(client, "/api/v1/openapi.json")


def _response_schema(spec: dict, path: str, status: str = "200") -> dict:
    return spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


def _check(spec: dict, path: str, body: dict, status: str = "200") -> None:
    # Carry the components along so "#/components/..." references resolve inside the one schema.
    schema = {**_response_schema(spec, path, status), "components": spec["components"]}
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = list(validator.iter_errors(body))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_the_document_is_valid_openapi_3_1(spec) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_every_field_in_the_schema_carries_its_provenance(spec) -> None:
    for name in (
        "Council",
        "Committee",
        "Meeting",
        "MeetingDetail",
        "Item",
        "Document",
        "Decision",
        "Summary",
    ):
        properties = spec["components"]["schemas"][name]["properties"]
        assert properties
        assert {p["x-provenance"] for p in properties.values()} <= {"official", "machine_generated"}


@pytest.mark.parametrize(
    "name",
    ["councils", "committees", "meetings", "items", "documents", "decisions", "summaries", "ocd/events"],
)
def test_real_list_responses_match_the_schema(client, world, spec, name) -> None:
    path = f"/api/v1/{name}"
    body = get_json(client, path, page_size=2)
    assert body["results"]
    _check(spec, path, body)
    if name != "ocd/events":
        first = body["results"][0]
        key = first["id"] if "id" in first else first["meeting"]
        _check(spec, f"{path}/{{id}}", get_json(client, f"{path}/{key}"))


def test_error_responses_match_the_schema(client, world, spec) -> None:
    _check(spec, "/api/v1/meetings", get_json(client, "/api/v1/meetings", 400, page="x"), "400")
    _check(spec, "/api/v1/meetings/{id}", get_json(client, "/api/v1/meetings/0", 404), "404")


def test_a_drifting_response_would_be_caught(client, world, spec) -> None:
    body = get_json(client, "/api/v1/meetings")
    body["results"][0]["surprise"] = 1
    with pytest.raises(AssertionError):
        _check(spec, "/api/v1/meetings", body)
