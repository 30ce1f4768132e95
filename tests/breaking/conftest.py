"""Fixtures of the breaking-change tests: the released baseline, and every spec mutation diffed in one run."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools.breaking.baseline import Baseline, latest_baseline
from tools.breaking.changes import Change
from tools.breaking.spec_changes import Document, load_document, run_spec_diff, spec_changes

ROOT = Path(__file__).resolve().parents[2]
RELEASED_DIR = ROOT / "spec" / "released"


def _schemas(document: Document) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def unchanged(document: Document) -> None:
    del document  # the released spec itself


def remove_operation(document: Document) -> None:
    del document["paths"]["/account/credits"]["get"]


def require_optional_request_field(document: Document) -> None:
    _schemas(document)["GenerateContentRequest"]["required"].append("cta_text")


def remove_response_field(document: Document) -> None:
    started = _schemas(document)["GenerationStarted"]
    del started["properties"]["status_url"]
    started["required"].remove("status_url")


def narrow_request_enum(document: Document) -> None:
    _schemas(document)["ResearchMode"]["enum"].remove("deep")


def add_response_enum_value(document: Document) -> None:
    _schemas(document)["PostItemStatus"]["enum"].append("scheduled")


def add_optional_request_field(document: Document) -> None:
    _schemas(document)["GenerateContentRequest"]["properties"]["tone"] = {"type": "string", "maxLength": 50}


def add_operation(document: Document) -> None:
    document["paths"]["/account/usage"] = copy.deepcopy(document["paths"]["/account/credits"])
    document["paths"]["/account/usage"]["get"]["operationId"] = "get_usage"


def make_response_field_optional(document: Document) -> None:
    _schemas(document)["GenerationStarted"]["required"].remove("status_url")


def make_optional_response_object_nullable(document: Document) -> None:
    outputs = {"anyOf": [{"$ref": "#/components/schemas/GenerationOutputs"}, {"type": "null"}]}
    _schemas(document)["Generation"]["properties"]["outputs"] = outputs


def make_optional_response_object_nullable_with_description(document: Document) -> None:
    # How the spec writes a nullable object: the tool sees `$ref` replaced by an `anyOf` with a sibling text.
    error = {"anyOf": [{"$ref": "#/components/schemas/JobError"}, {"type": "null"}], "description": "Why."}
    _schemas(document)["Generation"]["properties"]["error"] = error


def add_required_path_parameter(document: Document) -> None:
    item = document["paths"]["/account/credits"]
    item["parameters"] = [{"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}]


def add_required_query_parameter(document: Document) -> None:
    parameter = {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    document["paths"]["/content/generations"]["get"]["parameters"].append(parameter)


def drop_response_constraint(document: Document) -> None:
    del _schemas(document)["GenerationStarted"]["properties"]["credits_used"]["minimum"]


def change_response_field_type(document: Document) -> None:
    _schemas(document)["GenerationStarted"]["properties"]["status_url"]["type"] = "integer"


def remove_optional_request_field(document: Document) -> None:
    del _schemas(document)["GenerateContentRequest"]["properties"]["cta_text"]


def remove_webhook_payload_field(document: Document) -> None:
    del _schemas(document)["PostEventData"]["properties"]["error_code"]


def widen_request_enum(document: Document) -> None:
    _schemas(document)["ImageModel"]["enum"].append("flux3")


def edit_descriptions_only(document: Document) -> None:
    document["paths"]["/account/credits"]["get"]["summary"] = "The account's credits"
    _schemas(document)["CreditBalance"]["description"] = "Credits left."


def remove_response_field_named_description(document: Document) -> None:
    caption = _schemas(document)["YoutubeCaption"]
    del caption["properties"]["description"]
    caption["required"].remove("description")


SPEC_MUTATIONS: dict[str, Callable[[Document], None]] = {
    fn.__name__: fn
    for fn in (
        unchanged,
        remove_operation,
        require_optional_request_field,
        remove_response_field,
        narrow_request_enum,
        add_response_enum_value,
        add_optional_request_field,
        add_operation,
        make_response_field_optional,
        make_optional_response_object_nullable,
        make_optional_response_object_nullable_with_description,
        change_response_field_type,
        drop_response_constraint,
        add_required_path_parameter,
        add_required_query_parameter,
        remove_optional_request_field,
        remove_webhook_payload_field,
        widen_request_enum,
        edit_descriptions_only,
        remove_response_field_named_description,
    )
}


@pytest.fixture(scope="session")
def baseline() -> Baseline:
    """The latest released baseline committed in the repository."""
    return latest_baseline(RELEASED_DIR)


@pytest.fixture(scope="session")
def released_spec(baseline: Baseline) -> Document:
    """The released spec, parsed."""
    return load_document(baseline.spec)


@pytest.fixture(scope="session")
def mutation_changes(released_spec: Document) -> dict[str, list[Change]]:
    """Each spec mutation's classified changes; one Node process diffs them all."""
    mutated: dict[str, Document] = {}
    for name, mutate in SPEC_MUTATIONS.items():
        document = copy.deepcopy(released_spec)
        mutate(document)
        mutated[name] = document
    results = run_spec_diff([(released_spec, document) for document in mutated.values()])
    return {
        name: spec_changes(released_spec, mutated[name], diffs)
        for name, diffs in zip(mutated, results, strict=True)
    }
