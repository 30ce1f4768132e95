"""The spec's operations, indexed once at start: route lookup by dict (static paths) or a few compiled
patterns (templated paths), each with its scope, workspace need and pre-compiled validators (parameters
with simple schemas also get a fast predicate)."""

from __future__ import annotations

import re
from typing import Any

import attrs
from jsonschema import Draft202012Validator

from .validation import SchemaCheck, SchemaCompiler

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@attrs.frozen
class ParamSpec:
    """One path or query parameter: how to coerce the raw text and what to validate it with."""

    name: str
    location: str
    required: bool
    kind: str
    check: SchemaCheck


@attrs.frozen
class Operation:
    """Everything the dispatcher needs to know about one operation of the spec."""

    operation_id: str
    method: str
    path: str
    scope: str
    # `x-powerpost-side-effect`: none, idempotent, creates, spends or publishes (what a repeat does).
    side_effect: str
    needs_workspace: bool
    path_params: tuple[ParamSpec, ...]
    query_params: dict[str, ParamSpec]
    required_query: tuple[str, ...]
    body_media_type: str | None
    body_required: bool
    body_validator: Draft202012Validator | None


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (`#/a/b`) once; other nodes come back unchanged."""
    if isinstance(node, dict) and set(node) == {"$ref"}:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return resolve(spec, target)
    return node


def _pointer(*parts: str | int) -> str:
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _param_kind(spec: dict[str, Any], schema: Any) -> str:
    resolved = resolve(spec, schema)
    kind = resolved.get("type", "string") if isinstance(resolved, dict) else "string"
    return kind if isinstance(kind, str) else "string"


class OperationIndex:
    """All operations of the spec, keyed for O(1) lookup."""

    def __init__(self, spec: dict[str, Any], compiler: SchemaCompiler) -> None:
        self.by_id: dict[str, Operation] = {}
        self.static: dict[str, dict[str, Operation]] = {}
        self.templated: list[tuple[re.Pattern[str], dict[str, Operation]]] = []
        global_security = spec.get("security", [])
        for path, item in spec.get("paths", {}).items():
            methods: dict[str, Operation] = {}
            for method in HTTP_METHODS:
                if method in item:
                    op = self._build(spec, compiler, path, method, item, global_security)
                    methods[method.upper()] = op
                    self.by_id[op.operation_id] = op
            if "{" in path:
                pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(path))
                self.templated.append((re.compile(pattern), methods))
            else:
                self.static[path] = methods

    @staticmethod
    def _build(
        spec: dict[str, Any],
        compiler: SchemaCompiler,
        path: str,
        method: str,
        item: dict[str, Any],
        global_security: list[dict[str, Any]],
    ) -> Operation:
        raw = item[method]
        security = raw.get("security", global_security)
        needs_workspace = bool(security) and all("WorkspaceId" in req for req in security)
        params: list[ParamSpec] = []
        for where, plist in (("paths", item.get("parameters", [])), ("op", raw.get("parameters", []))):
            for index, ref in enumerate(plist):
                param = resolve(spec, ref)
                if set(ref) == {"$ref"}:
                    pointer = str(ref["$ref"]) + "/schema"
                elif where == "paths":
                    pointer = _pointer("paths", path, "parameters", index, "schema")
                else:
                    pointer = _pointer("paths", path, method, "parameters", index, "schema")
                params.append(
                    ParamSpec(
                        name=param["name"],
                        location=param["in"],
                        required=bool(param.get("required", False)),
                        kind=_param_kind(spec, param.get("schema", {})),
                        check=compiler.compile_check(pointer),
                    )
                )
        body = raw.get("requestBody")
        media_type: str | None = None
        body_validator = None
        if body:
            media_type, _ = next(iter(body["content"].items()))
            body_validator = compiler.compile(
                _pointer("paths", path, method, "requestBody", "content", media_type, "schema")
            )
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=path,
            scope=str(raw.get("x-powerpost-scope", "")),
            side_effect=str(raw.get("x-powerpost-side-effect", "")),
            needs_workspace=needs_workspace,
            path_params=tuple(p for p in params if p.location == "path"),
            query_params={p.name: p for p in params if p.location == "query"},
            required_query=tuple(p.name for p in params if p.location == "query" and p.required),
            body_media_type=media_type,
            body_required=bool(body and body.get("required", False)),
            body_validator=body_validator,
        )

    def repeat_unsafe(self) -> frozenset[str]:
        """The operations a repeat could duplicate (`creates`, `spends`, `publishes`), from the spec."""
        return frozenset(
            op.operation_id for op in self.by_id.values() if op.side_effect not in ("none", "idempotent")
        )

    def match(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """The operations (by method) of the spec path matching a request path, and its path values."""
        methods = self.static.get(path)
        if methods is not None:
            return methods, {}
        for pattern, candidates in self.templated:
            found = pattern.fullmatch(path)
            if found:
                return candidates, found.groupdict()
        return None

    def scopes(self) -> list[str]:
        """Every scope some operation needs, in spec order."""
        return list(dict.fromkeys(op.scope for op in self.by_id.values() if op.scope))
