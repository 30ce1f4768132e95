"""The spec side: api-smart-diff's classified changes, adjusted to what this SDK tolerates.

api-smart-diff (pinned in package.json) compares the dereferenced documents and knows which side of the wire
each schema is on: narrowing a request or widening a response is breaking for a generic client. This SDK is
more tolerant than a generic client when it reads responses, so a few response-side changes are reclassified
(`RESPONSE_RULES`); request-side changes keep the tool's verdict. The rules are listed in
spec/released/README.md.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypedDict

import yaml

from .changes import Change, Section, Severity

SPEC_DIFF_SCRIPT = Path(__file__).with_name("spec_diff.mjs")
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
# Webhooks are moved into `paths` under this prefix (see `webhooks_as_responses`).
WEBHOOK_PREFIX = "webhook:"
COMBINATORS = frozenset({"anyOf", "oneOf", "allOf"})
PROSE = frozenset({"description", "summary", "example", "examples"})
# Objects whose keys are names chosen by the spec's author, not OpenAPI or JSON Schema keywords.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "paths",
        "webhooks",
        "responses",
        "headers",
        "content",
        "links",
        "callbacks",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "pathItems",
        "variables",
        "mapping",
        "encoding",
    }
)

# The rule names, as printed next to a change they reclassified.
RULE_ENUM = "SDK keeps unknown enum values as strings"
RULE_OPTIONAL = "SDK reads an absent response field as unset"
RULE_NULLABLE = "SDK reads null and wider types in responses"
RULE_MODEL_REMOVED = "removes a generated model class"
RULE_ATTRIBUTE_REMOVED = "removes an attribute of a generated model"
RULE_TYPE_CHANGED = "changes the type of a generated model attribute"
RULE_SUCCESS_GONE = "removes a success response the SDK parses"
RULE_TOLERANT = "SDK reads wider responses: it returns what it can read"
# Response-side breaks that the tolerant reader does not absorb.
RESPONSE_BREAKS = frozenset({RULE_ATTRIBUTE_REMOVED, RULE_TYPE_CHANGED, RULE_SUCCESS_GONE})
RULE_REQUIRED_PARAMETER = "a call without the new required parameter is refused"
RULE_KEY_REMOVED = "the SDK refuses body keys the spec does not know"
RULE_OPERATION_ID = "renames the generated function"
RULE_UNCLASSIFIED = "the diff tool could not classify it: treated as breaking until a person decides"

Document = dict[str, Any]


class ToolDiff(TypedDict):
    """One change as api-smart-diff reports it (large values are replaced by "[…]")."""

    action: str
    path: list[str | int]
    type: str
    before: Any
    after: Any


class SpecDiffError(RuntimeError):
    """The diff tool could not run (Node or api-smart-diff missing, or a document it cannot read)."""


def load_document(path: Path) -> Document:
    """Read an OpenAPI document (YAML or JSON)."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise SpecDiffError(f"{path} is not an OpenAPI document")
    return document


def webhooks_as_responses(document: Document) -> Document:
    """Move each webhook into `paths`, its payload as a 200 response.

    api-smart-diff does not look into OpenAPI 3.1 `webhooks`. The SDK *receives* webhook payloads
    (`powerpost.parse_event`), so for a client they are responses: moving them there lets the tool
    classify their changes with the response-side rules.
    """
    moved = copy.deepcopy(document)
    paths: dict[str, Any] = moved.setdefault("paths", {})
    for name, item in (moved.pop("webhooks", None) or {}).items():
        for method, operation in item.items():
            if method not in HTTP_METHODS or not isinstance(operation, dict):
                continue
            payload = operation.get("requestBody", {})
            paths.setdefault(f"{WEBHOOK_PREFIX}{name}", {})[method] = {
                "operationId": operation.get("operationId", name),
                "responses": {"200": {**payload, "description": "webhook payload"}},
            }
    return moved


def without_prose(value: Any, *, names: bool = False) -> Any:
    """A copy without descriptions, summaries and examples, which change no client.

    Dropping them also keeps the tool's output clean: it folds a schema's sibling `description` into an
    `allOf`, so `$ref: X` becoming `anyOf: [$ref: X, null]` with a new description would read as three
    structural changes instead of "may now be null". `names` marks a map whose keys are names (`properties`,
    `paths`, …), where a key called `description` is a field, not prose.
    """
    if isinstance(value, list):
        return [without_prose(item) for item in value]
    if not isinstance(value, dict):
        return value
    return {
        key: without_prose(item, names=not names and key in NAME_MAPS)
        for key, item in value.items()
        if names or key not in PROSE
    }


def run_spec_diff(
    pairs: Sequence[tuple[Document, Document]], *, cwd: Path | None = None
) -> list[list[ToolDiff]]:
    """Run api-smart-diff once over every (before, after) pair; webhooks are moved first."""
    node = shutil.which("node")
    if node is None:
        raise SpecDiffError("node is not on PATH: install Node.js and run `make node`")
    prepared = [[without_prose(webhooks_as_responses(doc)) for doc in pair] for pair in pairs]
    payload = json.dumps({"pairs": prepared})
    completed = subprocess.run(  # noqa: S603 (our own script, no shell)
        [node, str(SPEC_DIFF_SCRIPT)],
        input=payload,
        capture_output=True,
        text=True,
        cwd=cwd or SPEC_DIFF_SCRIPT.parent,
        timeout=600,
        check=False,
    )
    if completed.returncode != 0:
        raise SpecDiffError(
            f"api-smart-diff failed ({completed.returncode}): {completed.stderr.strip()[-2000:]}"
        )
    results: list[list[ToolDiff]] = json.loads(completed.stdout)
    return results


def spec_changes(before: Document, after: Document, diffs: Sequence[ToolDiff]) -> list[Change]:
    """Turn the tool's changes into classified, described `Change`s (component-level echoes dropped)."""
    changes = {change for diff in diffs if (change := classify(diff, before, after)) is not None}
    # A removed field also leaves the `required` list; the removal says it all.
    removed = {c.where for c in changes if c.what == "field removed"}
    changes = {
        c
        for c in changes
        if not (
            c.what.startswith("field `") and c.what.endswith("became optional") and _field_where(c) in removed
        )
    }
    return sorted(changes, key=lambda c: (not c.breaking, c.where, c.what))


def _field_where(change: Change) -> str:
    field = change.what.split("`")[1]
    if change.where.endswith("`"):
        parent = change.where[: change.where.rindex("`", 0, len(change.where) - 1)]
        return f"{parent}`{change.where.rsplit('`', 2)[1]}.{field}`"
    return f"{change.where} `{field}`"


def compare_specs(before: Document, after: Document) -> list[Change]:
    """The classified changes from `before` to `after` (one tool run)."""
    (diffs,) = run_spec_diff([(before, after)])
    return spec_changes(before, after, diffs)


# ------------------------------------------------------------------------------------------- classification


def classify(diff: ToolDiff, before: Document, after: Document) -> Change | None:
    """Classify one tool change for this SDK; None for changes that only echo another one."""
    path = diff["path"]
    if not path:
        return None
    if path[0] == "components":
        return _component_change(diff)
    if path[0] != "paths" or len(path) < 2:
        return _top_level_change(diff)
    if len(path) == 2:
        return _path_item_change(diff)
    if str(path[2]) not in HTTP_METHODS:  # path-level `parameters`, `servers`, …: every operation of the path
        return _inside_operation(diff, f"every operation of {path[1]}", path[2:], before, after)
    operation = _operation_label(str(path[1]), str(path[2]), before, after)
    if len(path) == 3:
        verb = {"add": "added", "remove": "removed"}.get(diff["action"], "replaced")
        return _change(diff, operation, f"operation {verb}")
    return _inside_operation(diff, operation, path[3:], before, after)


def _tool_severity(diff: ToolDiff) -> Severity:
    kind = diff["type"]
    if kind == "breaking" or kind == "unclassified":
        return "breaking"
    if kind == "deprecated":
        return "deprecated"
    if kind == "annotation":
        return "docs"
    return "non-breaking"


def _section(action: str, severity: Severity) -> Section:
    if severity == "deprecated":
        return "Deprecated"
    return {"add": "Added", "remove": "Removed"}.get(action, "Changed")  # type: ignore[return-value]


def _change(
    diff: ToolDiff,
    where: str,
    what: str,
    severity: Severity | None = None,
    rule: str = "",
    section: Section | None = None,
) -> Change:
    chosen = severity or _tool_severity(diff)
    if severity is None and diff["type"] == "unclassified":
        rule = RULE_UNCLASSIFIED
    return Change("spec", chosen, section or _section(diff["action"], chosen), where, what, rule)


def _component_change(diff: ToolDiff) -> Change | None:
    path = diff["path"]
    # Every component is reached through an operation or a webhook, where its changes are reported with their
    # side of the wire; only a whole schema coming or going matters here: it is a generated model class.
    if len(path) != 3 or path[1] != "schemas":
        return None
    name = str(path[2])
    if diff["action"] == "remove":
        where = f"schema {name}"
        return _change(diff, where, "schema removed", "breaking", RULE_MODEL_REMOVED)
    if diff["action"] == "add":
        return _change(diff, f"schema {name}", "schema added", "non-breaking")
    return None


def _top_level_change(diff: ToolDiff) -> Change | None:
    where = ".".join(str(p) for p in diff["path"]) or "document"
    return _change(diff, where, _verb_phrase(diff, "value"))


def _path_item_change(diff: ToolDiff) -> Change:
    path_key = str(diff["path"][1])
    value = diff["after"] if diff["action"] == "add" else diff["before"]
    methods = sorted(k.upper() for k in value if k in HTTP_METHODS) if isinstance(value, dict) else []
    where = f"{'/'.join(methods) or 'path'} {path_key}"
    if path_key.startswith(WEBHOOK_PREFIX):
        where = f"webhook {path_key.removeprefix(WEBHOOK_PREFIX)}"
    verb = {"add": "added", "remove": "removed"}.get(diff["action"], "replaced")
    return _change(diff, where, f"{'operation' if methods else 'path'} {verb}")


def _operation_label(path_key: str, method: str, before: Document, after: Document) -> str:
    if path_key.startswith(WEBHOOK_PREFIX):
        return f"webhook {path_key.removeprefix(WEBHOOK_PREFIX)}"
    for document in (after, before):
        operation = document.get("paths", {}).get(path_key, {}).get(method)
        if isinstance(operation, dict) and operation.get("operationId"):
            return f"{method.upper()} {path_key} ({operation['operationId']})"
    return f"{method.upper()} {path_key}"


def _inside_operation(
    diff: ToolDiff, operation: str, rest: list[str | int], before: Document, after: Document
) -> Change | None:
    part = rest[0]
    if part == "requestBody":
        return _schema_change(diff, f"{operation} request body", "request", _after_schema(rest[1:]))
    if part == "responses" and len(rest) >= 2:
        label = "payload" if operation.startswith("webhook ") else f"response {rest[1]}"
        tail = rest[2:]
        success = str(rest[1]).startswith("2")
        if success and diff["action"] == "remove" and (not tail or (tail[0] == "content" and len(tail) == 2)):
            what = "removed" if not tail else f"media type `{tail[1]}` removed"
            return _change(diff, f"{operation} {label}", what, "breaking", RULE_SUCCESS_GONE)
        if tail[:1] == ["headers"] and len(tail) >= 2:
            return _schema_change(diff, f"{operation} {label} header `{tail[1]}`", "response", tail[2:])
        return _schema_change(diff, f"{operation} {label}", "response", _after_schema(rest[2:]))
    if rest == ["parameters"] and diff["action"] == "add":
        return _parameters_added(diff, operation, after)
    if part == "parameters" and len(rest) >= 2:
        name = _parameter_name(diff, rest[1], before, after)
        return _schema_change(diff, f"{operation} parameter {name}", "request", _after_schema(rest[2:]))
    if part == "operationId" and diff["action"] == "replace":
        what = f"operationId `{diff['before']}` → `{diff['after']}`"
        return _change(diff, operation, what, "breaking", RULE_OPERATION_ID)
    return _change(diff, operation, _verb_phrase(diff, ".".join(str(p) for p in rest)))


def _parameters_added(diff: ToolDiff, operation: str, after: Document) -> Change:
    """An operation without parameters gains some (the tool calls it non-breaking even if one is required)."""
    parameters = diff["after"]
    if not isinstance(parameters, list):  # too large to pass through: read them from the document
        path_key, method = str(diff["path"][1]), str(diff["path"][2])
        item = after.get("paths", {}).get(path_key, {})
        parameters = [*item.get("parameters", []), *item.get(method, {}).get("parameters", [])]
    resolved = [_resolve_local(after, parameter) for parameter in parameters]
    required = [p.get("name", "?") for p in resolved if isinstance(p, dict) and p.get("required")]
    names = ", ".join(f"`{p.get('name', '?')}`" for p in resolved if isinstance(p, dict))
    if required:
        what = f"parameters {names} added; required: {', '.join(f'`{name}`' for name in required)}"
        return _change(diff, operation, what, "breaking", RULE_REQUIRED_PARAMETER)
    return _change(diff, operation, f"parameters {names} added", "non-breaking")


def _after_schema(rest: list[str | int]) -> list[str | int]:
    """Drop `content/<media type>/schema` so what remains is a path inside the schema."""
    if len(rest) >= 3 and rest[0] == "content" and rest[2] == "schema":
        return rest[3:]
    if rest[:1] == ["schema"]:
        return rest[1:]
    return rest


def _parameter_name(diff: ToolDiff, index: str | int, before: Document, after: Document) -> str:
    for value in (diff["after"], diff["before"]):
        if isinstance(value, dict) and "name" in value:
            return f"{value.get('in', '')} `{value['name']}`".strip()
    method_path = diff["path"][1:3]
    document = before if diff["action"] == "remove" else after
    path_item = document.get("paths", {}).get(str(method_path[0]), {})
    operation = path_item.get(str(method_path[1]), {}) if isinstance(path_item, dict) else {}
    parameters = operation.get("parameters", []) if isinstance(operation, dict) else []
    if str(method_path[1]) == "parameters" and isinstance(path_item, dict):
        parameters = path_item.get("parameters", [])
    if isinstance(index, int) and index < len(parameters):
        parameter = _resolve_local(document, parameters[index])
        if isinstance(parameter, dict) and "name" in parameter:
            return f"{parameter.get('in', '')} `{parameter['name']}`".strip()
    return f"#{index}"


def _resolve_local(document: Document, value: Any) -> Any:
    for _ in range(10):
        if not (
            isinstance(value, dict) and isinstance(value.get("$ref"), str) and value["$ref"].startswith("#/")
        ):
            return value
        target: Any = document
        for key in value["$ref"][2:].split("/"):
            target = target.get(key, {}) if isinstance(target, dict) else {}
        value = target
    return value


def _schema_change(diff: ToolDiff, where: str, side: str, rest: list[str | int]) -> Change | None:
    field: list[str] = []
    index = 0
    while index < len(rest):
        step = rest[index]
        if step == "properties" and index + 1 < len(rest):
            field.append(str(rest[index + 1]))
            index += 2
        elif step == "items":
            field.append("[]")
            index += 1
        elif step in COMBINATORS and index + 1 < len(rest) and isinstance(rest[index + 1], int):
            if index + 2 == len(rest):  # the alternative itself came or went
                break
            index += 2
        else:
            break
    tail = rest[index:]
    name = ".".join(field).replace(".[]", "[]") or "body"
    if field:
        where = f"{where} `{name}`"
    return _describe_schema_change(diff, where, side, tail, bool(field))


def _describe_schema_change(
    diff: ToolDiff, where: str, side: str, tail: list[str | int], has_field: bool
) -> Change | None:
    change = _schema_verdict(diff, where, side, tail, has_field)
    if change is None or side != "response" or not change.breaking or change.rule in RESPONSE_BREAKS:
        return change
    # The SDK's reader is tolerant: in its default mode it never refuses a 2xx JSON object and returns what it
    # can read. On the response side only a removed field, a changed type or a removed success response take
    # away something user code reads; the tool's other response-side breaks are widenings (and its structural
    # echoes of them, such as a `$ref` turned into `anyOf: [$ref, null]`).
    rule = RULE_TOLERANT if change.rule in ("", RULE_UNCLASSIFIED) else change.rule
    return replace(change, severity="non-breaking", rule=rule)


def _schema_verdict(
    diff: ToolDiff, where: str, side: str, tail: list[str | int], has_field: bool
) -> Change | None:
    action = diff["action"]
    response = side == "response"
    if not tail:
        what = {"add": "field added", "remove": "field removed"}.get(action, "schema replaced")
        if not has_field:
            what = {"add": "added", "remove": "removed"}.get(action, "replaced")
        elif action == "remove":
            # Whatever the tool says of an optional field: the model attribute or the accepted key goes.
            return _change(
                diff, where, what, "breaking", RULE_ATTRIBUTE_REMOVED if response else RULE_KEY_REMOVED
            )
        return _change(diff, where, what)
    head = tail[0]
    if head == "required" and len(tail) == 2:
        field = diff["after"] if action == "add" else diff["before"]
        what = f"field `{field}` became {'required' if action == 'add' else 'optional'}"
        if response and action == "remove":
            return _change(diff, where, what, "non-breaking", RULE_OPTIONAL, section="Changed")
        return _change(diff, where, what, section="Changed")
    if head == "enum" and len(tail) == 2:
        value = diff["after"] if action == "add" else diff["before"]
        what = f"value `{value}` {'added' if action == 'add' else 'removed'}"
        if response and action == "add":
            return _change(diff, where, what, "non-breaking", RULE_ENUM)
        return _change(diff, where, what)
    if head in COMBINATORS and len(tail) == 2:
        if action == "add" and diff["after"] == {"type": "null"}:
            what = "may now be null"
            return _change(
                diff, where, what, "non-breaking" if response else None, RULE_NULLABLE if response else ""
            )
        return _change(diff, where, f"{head} alternative {'added' if action == 'add' else 'removed'}")
    if head == "type" and len(tail) == 1 and action == "replace":
        what = f"type `{_compact(diff['before'])}` → `{_compact(diff['after'])}`"
        if response and _types_widened(diff["before"], diff["after"]):
            return _change(diff, where, what, "non-breaking", RULE_NULLABLE)
        if response:
            return _change(diff, where, what, "breaking", RULE_TYPE_CHANGED)
        return _change(diff, where, what)
    return _change(diff, where, _verb_phrase(diff, ".".join(str(p) for p in tail)))


def _types_widened(before: Any, after: Any) -> bool:
    """Whether every type allowed before is still allowed (`integer` is read as a `number`)."""

    def as_set(value: Any) -> set[str]:
        return (
            {value}
            if isinstance(value, str)
            else {str(v) for v in value}
            if isinstance(value, list)
            else set()
        )

    old, new = as_set(before), as_set(after)
    if "number" in new:
        new.add("integer")
    return bool(old) and old <= new


def _verb_phrase(diff: ToolDiff, what: str) -> str:
    action = diff["action"]
    if action == "add":
        return f"`{what}` added ({_compact(diff['after'])})"
    if action == "remove":
        return f"`{what}` removed (was {_compact(diff['before'])})"
    return f"`{what}`: {_compact(diff['before'])} → {_compact(diff['after'])}"


def _compact(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"
