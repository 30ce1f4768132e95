"""JSON Schema validation against the spec's own components (2020-12, one referencing registry).

Validators are compiled once at start; a failure becomes a message that names the field and the rule,
e.g. `body.prompt: 'ab' is too short (minLength 3)`.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import validation_error

SPEC_URI = "urn:powerpost:spec"
_SCALAR_RULES = {
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "pattern",
    "minProperties",
    "maxProperties",
    "format",
    "type",
    "multipleOf",
}


class SchemaCompiler:
    """Makes validators for schemas inside the spec; `$ref`s resolve against the whole document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)

    def compile(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at JSON pointer `pointer` (`#/...`) inside the spec, so that every
        `$ref` in it resolves against the spec itself."""
        return Draft202012Validator(
            {"$ref": f"{SPEC_URI}{pointer}"},
            registry=self.registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )

    def for_component(self, name: str) -> Draft202012Validator:
        """A validator for `#/components/schemas/<name>`."""
        return self.compile(f"#/components/schemas/{name}")


def describe(error: ValidationError, prefix: str) -> str:
    """`<location>: <what is wrong> (<rule> <limit>)`."""
    parts = [prefix, *(str(p) for p in error.absolute_path)]
    location = ".".join(p for p in parts if p)
    rule = str(error.validator)
    if rule in _SCALAR_RULES:
        return f"{location}: {error.message} ({rule} {error.validator_value})"
    return f"{location}: {error.message} ({rule})"


def check(validator: Draft202012Validator, instance: Any, prefix: str) -> None:
    """Raise 400 VALIDATION_ERROR when `instance` does not conform."""
    if validator.is_valid(instance):
        return
    error = best_match(validator.iter_errors(instance))
    if error is not None:
        raise validation_error(describe(error, prefix))
