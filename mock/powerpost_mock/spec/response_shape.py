"""Answering in the minimal shape the spec allows: every response body cut down to what its schema requires.

The real API may leave out any field the spec calls optional, or send `null` where the spec allows it; the
full answers the mock builds hide that from the SDK's tests. In a minimal shape each body is walked along
its response schema (following `$ref`, `allOf`, `anyOf`/`oneOf`, `items`, `additionalProperties`) and:

* a required property stays (its value cut down in turn);
* an optional property goes, or becomes `null` when its schema allows `null`:
  `minimal-absent` leaves every optional property out, `minimal-null` sends `null` for every nullable one,
  and `minimal` mixes both: of an object's optional nullable properties, in the schema's order, the first,
  third, ... are `null` and the others absent, so that one run meets both cases and every run the same;
* a property the schema does not declare goes when the object declares its properties, and stays when the
  object is a free-form map (no `properties`) or declares `additionalProperties`.

The schemas are read from the spec at start, so a spec that relaxes a `required` list makes the minimal
answer smaller with no change here. Error envelopes are cut the same way: they keep `code` and `message`.

    shaper = ResponseShaper(spec)
    shaper.shape("minimal", "get_credits", 200, {"balance": 50, "currency": "credits"})
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

FULL = "full"
MINIMAL = "minimal"
MINIMAL_ABSENT = "minimal-absent"
MINIMAL_NULL = "minimal-null"
SHAPES: tuple[str, ...] = (FULL, MINIMAL, MINIMAL_ABSENT, MINIMAL_NULL)
SHAPE_ENV = "POWERPOST_MOCK_SHAPE"
_SPEC_URI = "urn:powerpost:response-shape"
_DROP = object()


def check_shape(value: str) -> str:
    """`value` when it names a shape, else a `ValueError` listing the shapes."""
    if value not in SHAPES:
        raise ValueError(f"shape: '{value}' is not one of {', '.join(SHAPES)}")
    return value


def shape_from_env(environ: Mapping[str, str] | None = None) -> str:
    """The shape named by `POWERPOST_MOCK_SHAPE`, else `full` (used when the settings name none)."""
    env = os.environ if environ is None else environ
    return check_shape(env.get(SHAPE_ENV, "").strip() or FULL)


class ResponseShaper:
    """Cuts response bodies down to the shape asked for, along the response schemas of the spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._resolver = self._registry.resolver(base_uri=_SPEC_URI)
        self._validators: dict[int, Draft202012Validator] = {}
        self._views: dict[int, tuple[dict[str, Any], set[str], Any, bool, frozenset[str]]] = {}
        self.by_operation: dict[tuple[str, int], Any] = {}
        self.by_status: dict[int, Any] = {}
        for item in spec.get("paths", {}).values():
            for operation in item.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                for status, response in operation.get("responses", {}).items():
                    if not str(status).isdigit():
                        continue
                    schema = (
                        self._deref(response).get("content", {}).get("application/json", {}).get("schema")
                    )
                    if schema is not None:
                        self.by_operation[(operation["operationId"], int(status))] = schema
                        self.by_status.setdefault(int(status), schema)

    def schema_for(self, operation_id: str | None, status: int) -> Any:
        """The JSON schema of the answer of `operation_id` with `status` (any operation's when unknown)."""
        if operation_id is not None and (operation_id, status) in self.by_operation:
            return self.by_operation[(operation_id, status)]
        return self.by_status.get(status)

    def shape(self, shape: str, operation_id: str | None, status: int, body: Any) -> Any:
        """`body` in `shape` (a new value; `body` itself is never changed). Full answers come back as is."""
        if shape == FULL:
            return body
        schema = self.schema_for(operation_id, status)
        if schema is None:
            return body
        return self._cut(shape, schema, body)

    # -- the walk ------------------------------------------------------------------------------

    def _deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self._spec
            for part in str(node["$ref"]).lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _validator(self, node: Any) -> Draft202012Validator:
        found = self._validators.get(id(node))
        if found is None:
            found = Draft202012Validator(node, registry=self._registry, _resolver=self._resolver)
            self._validators[id(node)] = found
        return found

    def _cut(self, shape: str, node: Any, value: Any) -> Any:
        node = self._deref(node)
        if not isinstance(node, dict) or value is None or not isinstance(value, dict | list):
            return value
        for keyword in ("anyOf", "oneOf"):
            if keyword in node:
                return self._cut_alternatives(shape, node, node[keyword], value)
        if isinstance(value, list):
            items = node.get("items")
            return [self._cut(shape, items, element) for element in value] if items is not None else value
        return self._cut_object(shape, node, value)

    def _cut_alternatives(self, shape: str, node: Any, branches: list[Any], value: Any) -> Any:
        # The first branch the value matches whose cut still satisfies the whole schema (a cut value could
        # match two `oneOf` branches); the value stays as it came when none does.
        whole = self._validator(node)
        for branch in branches:
            if not self._validator(self._deref(branch)).is_valid(value):
                continue
            cut = self._cut(shape, branch, value)
            if whole.is_valid(cut):
                return cut
        return value

    def _object_view(self, node: dict[str, Any]) -> tuple[dict[str, Any], set[str], Any, bool]:
        """Properties, required names, additionalProperties and whether properties are declared, with the
        members of `allOf` merged in."""
        properties: dict[str, Any] = dict(node.get("properties", {}))
        required: set[str] = set(node.get("required", []))
        extra: Any = node.get("additionalProperties")
        declared = "properties" in node
        for member in node.get("allOf", []):
            sub_properties, sub_required, sub_extra, sub_declared = self._object_view(self._deref(member))
            properties.update(sub_properties)
            required |= sub_required
            extra = sub_extra if extra is None else extra
            declared = declared or sub_declared
        return properties, required, extra, declared

    def nulled_in_mixed_shape(self, node: Any) -> frozenset[str]:
        """The optional properties of object schema `node` that the `minimal` shape sends as `null`."""
        return self._view(self._deref(node))[4]

    def _view(self, node: dict[str, Any]) -> tuple[dict[str, Any], set[str], Any, bool, frozenset[str]]:
        found = self._views.get(id(node))
        if found is None:
            properties, required, extra, declared = self._object_view(node)
            nullable = [n for n, p in properties.items() if n not in required and self._nullable(p)]
            found = (properties, required, extra, declared, frozenset(nullable[::2]))
            self._views[id(node)] = found
        return found

    def _cut_object(self, shape: str, node: dict[str, Any], value: dict[str, Any]) -> Any:
        properties, required, extra, declared, nulled = self._view(node)
        condition = node.get("if")
        if condition is not None and self._validator(condition).is_valid(value):
            # A conditional requirement (`if`/`then`) that holds for this value keeps its fields too.
            required = required | set(self._deref(node.get("then", {})).get("required", []))
        out: dict[str, Any] = {}
        for name, item in value.items():
            if name in properties:
                kept = (
                    self._cut(shape, properties[name], item)
                    if name in required
                    else self._optional(shape, name in nulled, properties[name])
                )
            elif isinstance(extra, dict):
                kept = self._cut(shape, extra, item)
            elif extra is True or not declared:
                kept = item
            else:
                kept = _DROP
            if kept is not _DROP:
                out[name] = kept
        return out

    def _optional(self, shape: str, nulled_when_mixed: bool, node: Any) -> Any:
        if shape == MINIMAL_NULL and self._nullable(node):
            return None
        if shape == MINIMAL and nulled_when_mixed:
            return None
        return _DROP

    def _nullable(self, node: Any) -> bool:
        node = self._deref(node)
        if not isinstance(node, dict):
            return False
        kind = node.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind) or node.get("nullable") is True:
            return True
        if None in node.get("enum", [0]) or ("const" in node and node["const"] is None):
            return True
        branches = [*node.get("anyOf", []), *node.get("oneOf", [])]
        if any(self._nullable(branch) for branch in branches):
            return True
        return bool(node.get("allOf")) and all(self._nullable(member) for member in node["allOf"])
