"""Accept request bodies as generated models or as plain mappings, checked before anything is sent."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar

from powerpost_api.types import reset_drift_hook, set_drift_hook

from .drift import Drift, Recorder
from .errors import RequestValidationError


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)

_BAD_VALUE = re.compile(r"^(?P<value>.+) is not a valid (?P<enum>\w+)$")


def coerce_body(body: M | Mapping[str, Any], model: type[M]) -> M:
    """Return `body` as `model`; a mapping is converted with `model.from_dict`.

    A missing field, a bad enum value or a wrong type raises `RequestValidationError` naming the field.
    """
    if isinstance(body, model):
        return body
    if not isinstance(body, Mapping):
        raise RequestValidationError(
            f"{model.__name__}: expected a {model.__name__} or a mapping, got {type(body).__name__}"
        )
    try:
        # The models' from_dict keeps whatever differs from the spec; here each difference is refused.
        recorder = Recorder(model.__name__)
        token = set_drift_hook(recorder)
        try:
            result = model.from_dict(body)
        finally:
            reset_drift_hook(token)
    except KeyError as exc:
        field = str(exc.args[0]) if exc.args else None
        raise RequestValidationError(
            f"{model.__name__}: required field {field!r} is missing", field=field
        ) from exc
    except (ValueError, TypeError, AttributeError) as exc:
        found = _BAD_VALUE.match(str(exc))
        field = _locate(body, found.group("value")) if found else None
        where = f"field {field!r}" if field else "a field"
        raise RequestValidationError(f"{model.__name__}: {where} is invalid: {exc}", field=field) from exc
    _refuse_drift(model.__name__, recorder.found)
    return result


def _locate(document: Any, shown: str, path: str = "") -> str | None:
    """The dotted path of the value whose repr is `shown` (the text an enum's ValueError quotes)."""
    if isinstance(document, Mapping):
        for key, value in document.items():
            found = _locate(value, shown, f"{path}.{key}" if path else str(key))
            if found:
                return found
        return None
    if isinstance(document, list | tuple):
        for index, value in enumerate(document):
            found = _locate(value, shown, f"{path}[{index}]")
            if found:
                return found
        return None
    return path if path and repr(document) == shown else None


def _refuse_drift(name: str, found: list[Drift]) -> None:
    """Raise for the first deviation other than an extra key (extra keys are sent as they are)."""
    for item in found:
        if item.kind == "unknown_field":
            continue
        field = _field_path(item.pointer)
        if item.kind == "missing":
            raise RequestValidationError(f"{name}: required field {field!r} is missing", field=field)
        raise RequestValidationError(
            f"{name}: field {field!r} is invalid ({item.kind.replace('_', ' ')}: {item.detail})", field=field
        )


def _field_path(pointer: str) -> str:
    """`/items/0/post_type` -> `items[0].post_type`."""
    path = ""
    for part in pointer.strip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        path += f"[{part}]" if part.isdigit() else (f".{part}" if path else part)
    return path
