"""Variants of a documented response, derived from the spec: what the real API may send instead.

Each variant walks the example next to its spec schema and says whether it deviates from the spec (then the
SDK's strict mode must refuse it) or is still a valid response (strict mode must accept it).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "powerpost.yaml"
UNKNOWN_ENUM_VALUE = "zz-value-from-the-future"
UNKNOWN_FIELD = "zz_field_from_the_future"
UNKNOWN_FIELD_VALUE: dict[str, Any] = {"nested": [1, "two"], "flag": True}

with SPEC_PATH.open(encoding="utf-8") as _fh:
    SPEC: dict[str, Any] = yaml.safe_load(_fh)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s (and a lone `allOf`) to the schema itself."""
    while True:
        if "$ref" in schema:
            schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
        elif list(schema) in (["allOf"], ["allOf", "description"]) and len(schema["allOf"]) == 1:
            schema = schema["allOf"][0]
        else:
            return schema


def alternatives(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The resolved alternatives of an `anyOf`, or the schema itself."""
    schema = resolve(schema)
    if "anyOf" in schema:
        return [resolve(alt) for alt in schema["anyOf"]]
    return [schema]


def types_of(schema: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for alt in alternatives(schema):
        kind = alt.get("type")
        if isinstance(kind, list):
            found.update(kind)
        elif isinstance(kind, str):
            found.add(kind)
        elif "enum" in alt:
            found.add("string")
    return found


def nullable(schema: dict[str, Any]) -> bool:
    return "null" in types_of(schema)


def object_schema(schema: dict[str, Any]) -> dict[str, Any] | None:
    for alt in alternatives(schema):
        if alt.get("type") == "object" or "properties" in alt:
            return alt
    return None


def array_items(schema: dict[str, Any]) -> dict[str, Any] | None:
    for alt in alternatives(schema):
        if "items" in alt:
            items: dict[str, Any] = alt["items"]
            return items
    return None


def open_enum(schema: dict[str, Any]) -> bool:
    """An `anyOf` of a listed enum and a plain string: new values must be kept."""
    alts = alternatives(schema)
    return any("enum" in alt for alt in alts) and any(
        alt.get("type") == "string" and "enum" not in alt for alt in alts
    )


def properties(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    obj = object_schema(schema) or {}
    return obj.get("properties", {}), set(obj.get("required", []))


@attrs.frozen
class Variant:
    """A body the SDK must read; `deviates` says whether strict mode must refuse it."""

    name: str
    body: dict[str, Any]
    deviates: bool
    changed: int


def _walk(
    value: Any, schema: dict[str, Any], visit: Callable[[dict[str, Any], dict[str, Any]], bool]
) -> bool:
    """Call `visit(obj, schema)` on every object (parents first, then what the visit left of their
    children); True if any visit deviated."""
    deviated = False
    if isinstance(value, dict):
        deviated |= visit(value, schema)
        props, _ = properties(schema)
        for key, child in list(value.items()):
            if key in props:
                deviated |= _walk(child, props[key], visit)
    elif isinstance(value, list):
        items = array_items(schema)
        if items is not None:
            for child in value:
                deviated |= _walk(child, items, visit)
    return deviated


def variants(body: dict[str, Any], schema_name: str) -> Iterator[Variant]:
    """Every variant of `body` the SDK must survive."""
    schema = SCHEMAS[schema_name]

    # Every optional field absent, at every level: still valid.
    stripped = copy.deepcopy(body)
    count = 0

    def strip(obj: dict[str, Any], sch: dict[str, Any]) -> bool:
        nonlocal count
        props, required = properties(sch)
        for key in list(obj):
            if key in props and key not in required:
                del obj[key]
                count += 1
        return False

    yield Variant("optional-absent", stripped, _walk(stripped, schema, strip), count)

    # Every optional field null, at every level: a deviation where the spec does not allow null.
    nulled = copy.deepcopy(body)
    count = 0

    def null(obj: dict[str, Any], sch: dict[str, Any]) -> bool:
        nonlocal count
        props, required = properties(sch)
        deviated = False
        for key in list(obj):
            if key in props and key not in required:
                obj[key] = None
                count += 1
                deviated |= not nullable(props[key])
        return deviated

    yield Variant("optional-null", nulled, _walk(nulled, schema, null), count)

    # An unknown value in every open enum (strings and lists of strings).
    renamed = copy.deepcopy(body)
    count = 0

    def rename(obj: dict[str, Any], sch: dict[str, Any]) -> bool:
        nonlocal count
        props, _ = properties(sch)
        for key, value in list(obj.items()):
            if key not in props:
                continue
            if isinstance(value, str) and open_enum(props[key]):
                obj[key] = UNKNOWN_ENUM_VALUE
                count += 1
            items = array_items(props[key])
            if isinstance(value, list) and items is not None and open_enum(items):
                obj[key] = [UNKNOWN_ENUM_VALUE if isinstance(v, str) else v for v in value]
                count += len(value)
        return False

    _walk(renamed, schema, rename)
    if count:
        yield Variant("unknown-enum", renamed, True, count)

    # An unknown field in every object.
    extended = copy.deepcopy(body)
    count = 0

    def extend(obj: dict[str, Any], sch: dict[str, Any]) -> bool:
        nonlocal count
        obj[UNKNOWN_FIELD] = copy.deepcopy(UNKNOWN_FIELD_VALUE)
        count += 1
        return True

    yield Variant("unknown-field", extended, _walk(extended, schema, extend), count)

    # A fraction wherever the spec says number: valid.
    fractions = copy.deepcopy(body)
    count = 0

    def fraction(obj: dict[str, Any], sch: dict[str, Any]) -> bool:
        nonlocal count
        props, _ = properties(sch)
        for key, value in list(obj.items()):
            if key in props and "number" in types_of(props[key]) and isinstance(value, int | float):
                obj[key] = value + 0.5
                count += 1
        return False

    _walk(fractions, schema, fraction)
    if count:
        yield Variant("fraction", fractions, False, count)

    # Every required field of the top object missing, and every scalar of another type: deviations.
    _, required = properties(schema)
    missing = {k: v for k, v in body.items() if k not in required}
    yield Variant("required-missing", missing, True, len(required))
    mistyped = {
        k: ([v] if isinstance(v, str | int | float | bool) else "not-a-container") for k, v in body.items()
    }
    yield Variant("type-mismatch", mistyped, True, len(body))
