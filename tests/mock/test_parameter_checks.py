"""Path and query parameters: fast predicates compiled from the spec agree with jsonschema, and refusals
still name the parameter and the rule."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from powerpost_mock import create_app
from powerpost_mock.spec.simple_schemas import compile_simple
from starlette.applications import Starlette

from .conftest import assert_error

# Simple schemas of the kinds the compiler handles, beyond those the spec uses today.
EXTRA_SIMPLE: list[dict[str, Any]] = [
    {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
    {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1.5},
    {"type": "string", "pattern": "^[a-z]{2,4}$", "description": "two to four letters"},
    {"type": "string", "format": "date"},
    {"type": "string", "minLength": 2, "maxLength": 6, "pattern": "^[a-z]+$"},
    {"enum": ["pending", "processing"]},
    {"type": "boolean"},
    {"minLength": 2},
    {},
]
NOT_SIMPLE: list[dict[str, Any]] = [
    {"type": ["string", "null"]},
    {"$ref": "#/components/schemas/GenerationStatus"},
    {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    {"type": "object", "properties": {"a": {"type": "string"}}},
    {"type": "integer", "multipleOf": 5},
    {"enum": ["a", 1]},
]
# The edges of every rule above and in the spec, checked every run (random values rarely land on them).
EDGES: list[Any] = [
    *("g" * n for n in (0, 1, 2, 6, 7, 199, 200, 201, 512, 513)),
    *(0, 1, 2, 20, 99, 100, 101, -1, 0.0, 1.0, 1.5, 1.50001, 100.0, 100.5, True, False, None),
    *("pending", "processing", "done", "2026-02-28", "2026-02-30", "2026-2-28", "abcdef", "abc1", "AB"),
    ["pending"],
    {"a": 1},
]
VALUES = st.one_of(
    st.text(max_size=260),
    st.text(alphabet="abcdefgh-0123456789", min_size=8, max_size=12),
    st.integers(min_value=-5, max_value=205),
    st.floats(allow_nan=False, min_value=-3, max_value=3),
    st.booleans(),
    st.none(),
    st.sampled_from(["pending", "processing", "done", "2026-02-30", "2026-11-28", "", "ab", "abcde"]),
)


def _parameter_schemas(app: Starlette) -> list[tuple[str, Any]]:
    index = app.state.mock.index
    found = []
    for op in index.by_id.values():
        for param in (*op.path_params, *op.query_params.values()):
            found.append((f"{op.operation_id}.{param.name}", param.check))
    return found


_SPEC_CHECKS = _parameter_schemas(create_app())


def test_every_parameter_of_the_spec_has_a_fast_check() -> None:
    """The spec's path ids and query parameters are all simple: none is left on the slow path."""
    assert len(_SPEC_CHECKS) >= 10
    assert [name for name, check in _SPEC_CHECKS if check.fast is None] == []


@pytest.mark.parametrize("schema", NOT_SIMPLE, ids=str)
def test_schemas_beyond_the_simple_rules_stay_with_jsonschema(schema: dict[str, Any]) -> None:
    assert compile_simple(schema) is None


def test_predicates_agree_with_jsonschema_on_every_edge() -> None:
    for value in EDGES:
        for name, check in _SPEC_CHECKS:
            assert check.fast(value) == check.validator.is_valid(value), (name, value)
        for schema in EXTRA_SIMPLE:
            predicate = compile_simple(schema)
            assert predicate is not None, schema
            validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
            assert predicate(value) == validator.is_valid(value), (schema, value)


@settings(max_examples=300, deadline=None)
@given(value=VALUES)
def test_spec_parameter_predicates_agree_with_jsonschema(value: Any) -> None:
    for name, check in _SPEC_CHECKS:
        assert check.fast(value) == check.validator.is_valid(value), (name, value)


@settings(max_examples=300, deadline=None)
@given(value=VALUES)
def test_compiled_predicates_agree_with_jsonschema(value: Any) -> None:
    for schema in EXTRA_SIMPLE:
        predicate = compile_simple(schema)
        assert predicate is not None, schema
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        assert predicate(value) == validator.is_valid(value), (schema, value)


@pytest.mark.parametrize(
    ("path", "operation_id", "expected"),
    [
        ("/content/generations/" + "g" * 201, "get_generation", ("path.generation_id", "maxLength 200")),
        ("/posts/" + "p" * 201, "get_post", ("path.post_id", "maxLength 200")),
        ("/content/generations?limit=0", "list_generations", ("query.limit", "minimum 1")),
        ("/content/generations?limit=101", "list_generations", ("query.limit", "maximum 100")),
        ("/content/generations?status=done", "list_generations", ("query.status", "(enum)")),
        ("/content/generations?cursor=", "list_generations", ("query.cursor", "minLength 1")),
        ("/calendar/entries?start_date=2026-02-30", "list_calendar_entries", ("query.start_date", "format")),
    ],
)
async def test_a_refused_parameter_is_named_with_its_rule(
    client: httpx.AsyncClient, path: str, operation_id: str, expected: tuple[str, str]
) -> None:
    error = assert_error(await client.get(path), operation_id, 400, "VALIDATION_ERROR")
    where, rule = expected
    assert error["message"].startswith(where + ": ")
    assert rule in error["message"]


async def test_valid_parameters_pass(client: httpx.AsyncClient) -> None:
    listed = await client.get("/content/generations?limit=100&status=completed")
    assert listed.status_code == 200
    calendar = await client.get("/calendar/entries?start_date=2026-02-28&end_date=2026-03-01")
    assert calendar.status_code == 200
    missing = await client.get("/content/generations/" + "g" * 200)
    assert missing.status_code == 404
