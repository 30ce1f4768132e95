"""Check, before sending, that a request body can be encoded as JSON; name the field when it cannot.

httpx encodes a JSON body with `json.dumps(..., ensure_ascii=False, allow_nan=False)` and UTF-8. A lone
surrogate (`"\\ud800"`, which UTF-8 cannot carry), NaN or infinity, a value JSON has no type for, or
nesting deeper than the interpreter's recursion limit all fail there, after the call started, as an
exception that says nothing about the request. This check runs first, on the same encoder, and turns
the failure into `RequestEncodingError(field=...)`; nothing is sent.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from ._errors import RequestEncodingError

# Deeper than any PowerPost body (they are 4 levels at most) and well inside Python's recursion limit.
MAX_DEPTH = 100

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def check_call_body(kwargs: Mapping[str, Any]) -> None:
    """Raise `RequestEncodingError` when the call's `body=` argument cannot be sent as JSON."""
    body = kwargs.get("body")
    to_dict = getattr(body, "to_dict", None)
    if to_dict is None:
        return
    try:
        document = to_dict()
    except RecursionError:
        raise RequestEncodingError(
            f"{type(body).__name__}: the body is nested too deeply to encode", field=None
        ) from None
    check_document(document, type(body).__name__)


def check_before_send(kwargs: Mapping[str, Any]) -> None:
    """`check_call_body` for the bodies httpx does not encode as JSON (multipart forms); others pass.

    A JSON body is encoded by httpx, on this same encoder, while the request is built and before anything
    is sent; a failure there reaches the caller's error handling, which calls `check_call_body` to name
    the field. Checking it here as well would encode every body twice.
    """
    if hasattr(kwargs.get("body"), "to_multipart"):
        check_call_body(kwargs)


def check_text(value: str, field: str) -> None:
    """Raise `RequestEncodingError` when a text sent outside a JSON body (a file name) is not UTF-8."""
    problem = _problem(value)
    if problem is not None:
        raise RequestEncodingError(f"field {field!r} cannot be sent: {problem}", field=field)


def check_document(document: Any, what: str = "body") -> None:
    """Raise `RequestEncodingError` when `document` cannot be encoded exactly as httpx will encode it."""
    try:
        _encode(document).encode("utf-8")
    except (ValueError, TypeError, RecursionError) as exc:
        field, reason = _locate(document)
        where = f"field {field!r}" if field else "the body"
        raise RequestEncodingError(f"{what}: {where} cannot be sent as JSON: {reason}", field=field) from exc


def _join(path: str, key: object) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _problem(value: Any) -> str | None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"{exc.reason} at index {exc.start} ({value[exc.start : exc.end]!r} is a lone surrogate)"
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a JSON number"
    if value is None or isinstance(value, bool | int | float | dict | list | tuple):
        return None
    return f"a {type(value).__name__} is not a JSON value"


def _locate(document: Any) -> tuple[str | None, str]:
    """The path of the first value that cannot be encoded, and why (iterative: depth is the enemy)."""
    stack: list[tuple[str, Any, int]] = [("", document, 0)]
    while stack:
        path, value, depth = stack.pop()
        if depth > MAX_DEPTH:
            shown = path if len(path) <= 60 else path[:60] + "…"
            return _top(path), f"nested more than {MAX_DEPTH} levels deep (at {shown})"
        problem = _problem(value)
        if problem is not None:
            return path or None, problem
        if isinstance(value, dict):
            children: list[tuple[str, Any, int]] = []
            for key, item in value.items():
                if isinstance(key, str) and _problem(key) is not None:
                    return _join(path, key.encode("utf-8", "backslashreplace").decode()), "a key is not UTF-8"
                children.append((_join(path, key), item, depth + 1))
            stack.extend(reversed(children))
        elif isinstance(value, list | tuple):
            stack.extend(reversed([(_join(path, i), item, depth + 1) for i, item in enumerate(value)]))
    return None, "the encoder refused it"


def _top(path: str) -> str | None:
    """The top-level field of a dotted/indexed path: `metadata[0][0]…` → `metadata`."""
    head = path.split(".", 1)[0].split("[", 1)[0]
    return head or None
