"""Every example in the spec validates against its own schema, so the reference never shows a wrong shape."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.spec.conftest import SPEC_PATH

SPEC_URI = "urn:powerpost-spec"


def pointer(parts: tuple[str, ...]) -> str:
    """A JSON pointer to `parts` (escaping `~` and `/` as RFC 6901 says)."""
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def walk_examples(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, example value) for every example next to a schema."""
    if isinstance(node, dict):
        if "schema" in node and isinstance(node["schema"], dict):
            schema_ptr = pointer((*parts, "schema"))
            if "example" in node:
                yield pointer(parts), schema_ptr, node["example"]
            for name, example in node.get("examples", {}).items():
                if "value" in example:
                    yield pointer((*parts, "examples", name)), schema_ptr, example["value"]
        for key, value in node.items():
            yield from walk_examples(value, (*parts, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk_examples(value, (*parts, str(index)))


def validator_for(spec: dict[str, Any], schema_ptr: str) -> Draft202012Validator:
    """A validator for the schema at `schema_ptr`, resolving the spec's own `$ref`s and checking formats."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_ptr}"}, registry=registry, format_checker=FormatChecker()
    )


def all_examples() -> list[tuple[str, str, Any]]:
    import yaml

    with SPEC_PATH.open(encoding="utf-8") as fh:
        return list(walk_examples(yaml.safe_load(fh)))


EXAMPLES = all_examples()


def test_the_spec_has_many_examples() -> None:
    # 18 success responses, 9 request bodies, 10 error responses and some parameters at least.
    assert len(EXAMPLES) >= 40


@pytest.mark.parametrize(("where", "schema_ptr", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_matches_its_schema(spec: dict[str, Any], where: str, schema_ptr: str, example: Any) -> None:
    validator = validator_for(spec, schema_ptr)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(example)]
    assert not errors, f"{where}: {errors}"


def test_a_wrong_example_would_be_caught(spec: dict[str, Any]) -> None:
    """The check itself can fail: a string where the schema wants an integer is reported."""
    validator = validator_for(spec, "/components/schemas/CreditBalance")
    assert list(validator.iter_errors({"balance": "forty-seven"}))
