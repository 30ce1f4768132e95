"""Simple schemas of the spec (the path ids, the query parameters) compiled into plain Python predicates.

jsonschema spends about 40 µs on a path id (a `$ref` lookup, a validator descent per keyword); a schema made
only of `type`, length, bound, pattern and format rules and a string `enum` compiles at start into a few
closures that decide in about a microsecond. A predicate only ever answers "valid": a value it refuses
goes on to jsonschema, which stays the authority and writes the message, so a refusal reads the same as
before. Any other keyword makes `compile_simple` return None and the schema is left to jsonschema.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema import Draft202012Validator

from .schema_semantics import STRICT_FORMAT_CHECKER, ecma_regex

Predicate = Callable[[Any], bool]

# Keywords that never make a value invalid.
_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
    }
)
_TYPE_CHECKER = Draft202012Validator.TYPE_CHECKER
_FORMAT_CHECKER = STRICT_FORMAT_CHECKER
_BOUNDS: dict[str, Callable[[Any, Any], bool]] = {
    "minimum": operator.ge,
    "maximum": operator.le,
    "exclusiveMinimum": operator.gt,
    "exclusiveMaximum": operator.lt,
}


def _is_number(value: Any) -> bool:
    return bool(_TYPE_CHECKER.is_type(value, "number"))


def _type_test(kind: str) -> Predicate:
    if kind == "string":  # the common case, without the type checker's lookup
        return lambda value: isinstance(value, str)
    return lambda value: bool(_TYPE_CHECKER.is_type(value, kind))


def _string_test(keyword: str, rule: Any) -> Predicate:
    # As in JSON Schema, a string rule says nothing about a value that is not a string.
    if keyword == "minLength":
        return lambda value: not isinstance(value, str) or len(value) >= rule
    if keyword == "maxLength":
        return lambda value: not isinstance(value, str) or len(value) <= rule
    if keyword == "pattern":
        search = ecma_regex(rule).search
        return lambda value: not isinstance(value, str) or search(value) is not None
    return lambda value: _FORMAT_CHECKER.conforms(value, rule)


def _bound_test(keyword: str, rule: Any) -> Predicate:
    compare = _BOUNDS[keyword]
    return lambda value: not _is_number(value) or compare(value, rule)


def _keyword_test(keyword: str, rule: Any) -> Predicate | None:
    if keyword == "type":
        return _type_test(rule) if isinstance(rule, str) else None
    if keyword in ("minLength", "maxLength") and isinstance(rule, int):
        return _string_test(keyword, rule)
    if keyword in ("pattern", "format") and isinstance(rule, str):
        return _string_test(keyword, rule)
    if keyword in _BOUNDS and _is_number(rule):
        return _bound_test(keyword, rule)
    if keyword == "enum" and isinstance(rule, list) and all(isinstance(v, str) for v in rule):
        allowed = frozenset(rule)
        return lambda value: isinstance(value, str) and value in allowed
    return None


def _all_of(tests: list[Predicate]) -> Predicate:
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests
        return lambda value: first(value) and second(value)
    if len(tests) == 3:  # a path id: type, minLength, maxLength
        first, second, third = tests
        return lambda value: first(value) and second(value) and third(value)
    frozen = tuple(tests)
    return lambda value: all(test(value) for test in frozen)


def compile_simple(schema: Any) -> Predicate | None:
    """A predicate equivalent to `schema` for every value, or None when the schema is not simple.

    `schema` must already be resolved (no `$ref` left); an empty schema accepts everything."""
    if not isinstance(schema, Mapping):
        return None
    tests: list[Predicate] = []
    for keyword, rule in schema.items():
        if keyword in _ANNOTATIONS or keyword.startswith("x-"):
            continue
        test = _keyword_test(keyword, rule)
        if test is None:
            return None
        tests.append(test)
    return _all_of(tests) if tests else lambda value: True
