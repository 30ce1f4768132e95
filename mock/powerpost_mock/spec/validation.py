"""JSON Schema validation against the spec's own components (2020-12, one referencing registry).

Validators are compiled once at start, each on its schema already looked up (a `$ref` to the schema would
be resolved again on every call); simple schemas also get a plain Python predicate (`simple_schemas`).
A failure becomes a message that names the field and the rule, e.g. `body.prompt: 'ab' is too short
(minLength 3)`.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..errors import validation_error
from .schema_semantics import STRICT_FORMAT_CHECKER, SpecValidator
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
        validator: Draft202012Validator = SpecValidator(
            resolved.contents,
            registry=self.registry,
            format_checker=STRICT_FORMAT_CHECKER,
            _resolver=resolved.resolver,
        )
        return validator

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


# Deeper than any PowerPost body (the deepest is 4 levels); far below the parser's recursion limit.
MAX_JSON_DEPTH = 32


def printable(text: str) -> str:
    """`text` safe to put in a UTF-8 answer: a lone surrogate becomes its `\\udxxx` escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _bad_string(text: str) -> str | None:
    """Why `text` cannot be stored, or None: a lone surrogate cannot be encoded as UTF-8, so it could
    be neither stored nor echoed. (NUL is valid JSON text and PowerPost documents no rule against it: it
    is kept and echoed as `\\u0000`.)"""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"contains a lone surrogate (U+{ord(text[exc.start]):04X}); strings must be valid Unicode"
    return None


def check_json_text(value: Any, prefix: str) -> None:
    """Raise 400 VALIDATION_ERROR, naming the field, for nesting deeper than `MAX_JSON_DEPTH` or a string
    (value or key) that is not valid Unicode (see `_bad_string`). Iterative, so no depth can crash it."""
    stack: list[tuple[Any, str, int]] = [(value, prefix, 0)]
    while stack:
        node, where, depth = stack.pop()
        if isinstance(node, str):
            problem = _bad_string(node)
            if problem:
                raise validation_error(f"{where}: {problem}")
        elif isinstance(node, dict | list):
            if depth >= MAX_JSON_DEPTH:
                raise validation_error(f"{where}: nested deeper than {MAX_JSON_DEPTH} levels")
            if isinstance(node, list):
                stack.extend((item, f"{where}.{i}", depth + 1) for i, item in enumerate(node))
                continue
            for key, item in node.items():
                name = f"{where}.{printable(key)}"
                problem = _bad_string(key)
                if problem:
                    raise validation_error(f"{name}: the key {problem}")
                stack.append((item, name, depth + 1))


def _refuse_constant(name: str) -> Any:
    # JSON has no NaN or Infinity; Python's parser accepts them unless told otherwise.
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"number {text[:40]} is out of range")
    return value


def parse_json(raw: bytes, prefix: str = "body") -> Any:
    """The JSON value of `raw`, or 400 VALIDATION_ERROR: malformed JSON, NaN/Infinity, a number out of
    range, nesting deeper than MAX_JSON_DEPTH, a lone surrogate in any string."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite_float)
    except RecursionError:
        raise validation_error(f"{prefix}: nested deeper than {MAX_JSON_DEPTH} levels") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise validation_error(f"{prefix}: malformed JSON ({exc})") from None
    check_json_text(value, prefix)
    return value
