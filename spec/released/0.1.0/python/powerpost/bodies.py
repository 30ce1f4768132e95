"""Accept request bodies as generated models or as plain mappings, checked before anything is sent."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar

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
        return model.from_dict(body)
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
