"""JSON Schema validation against the spec's own components (2020-12, one referencing registry).

Validators are compiled once at start, each on its schema already looked up (a `$ref` to the schema would
be resolved again on every call); simple schemas also get a plain Python predicate (`simple_schemas`).
A failure becomes a message that names the field and the rule, e.g. `body.prompt: 'ab' is too short
(minLength 3)`.
"""

from __future__ import annotations

from typing import Any

import attrs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import validation_error
from .simple_schemas import Predicate, compile_simple

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


@attrs.frozen
class SchemaCheck:
    """One schema of the spec, ready to check values: its validator and, for a simple schema, a fast
    predicate that lets valid values through without jsonschema."""

    validator: Draft202012Validator
    fast: Predicate | None

    def __call__(self, instance: Any, prefix: str) -> None:
        """Raise 400 VALIDATION_ERROR, named after `prefix`, when `instance` does not conform."""
        if self.fast is not None and self.fast(instance):
            return
        check(self.validator, instance, prefix)


class SchemaCompiler:
    """Makes validators for schemas inside the spec; `$ref`s resolve against the whole document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._resolver = self.registry.resolver(base_uri=SPEC_URI)

    def _lookup(self, pointer: str) -> Any:
        """The schema at `pointer`, following `$ref`-only schemas to what they name."""
        resolved = self._resolver.lookup(f"{SPEC_URI}{pointer}")
        while isinstance(resolved.contents, dict) and set(resolved.contents) == {"$ref"}:
            resolved = resolved.resolver.lookup(resolved.contents["$ref"])
        return resolved

    def compile(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at JSON pointer `pointer` (`#/...`) inside the spec, so that every
        `$ref` in it resolves against the spec itself."""
        resolved = self._lookup(pointer)
        # `_resolver` is how jsonschema itself validates a looked-up subschema (see its `$ref` keyword):
        # the schema's own `$ref`s still resolve against the spec, and the lookup is not redone per call.
        return Draft202012Validator(
            resolved.contents,
            registry=self.registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
            _resolver=resolved.resolver,
        )

    def compile_check(self, pointer: str) -> SchemaCheck:
        """The validator of `compile` plus, when the schema is simple, its fast predicate."""
        return SchemaCheck(self.compile(pointer), compile_simple(self._lookup(pointer).contents))

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
