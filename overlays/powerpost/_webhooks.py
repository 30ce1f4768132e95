"""Parse a webhook delivery body into a typed event.

The six documented events become their generated models; an event PowerPost adds later becomes an
`UnknownEvent` instead of an error (the spec's event types are open). Signatures are not verified:
PowerPost signs deliveries, but does not publish the signing scheme.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs
import powerpost_api.models
from powerpost_api.models import (
    GenerationCompletedEvent,
    GenerationFailedEvent,
    ImageGenerationCompletedEvent,
    ImageGenerationFailedEvent,
    PostFailedEvent,
    PostPublishedEvent,
)

from ._drift import recording
from ._errors import WebhookParseError

__all__ = ["Event", "UnknownEvent", "parse_event"]


@attrs.frozen
class UnknownEvent:
    """An event type this SDK does not know yet, kept as received."""

    event: str
    timestamp: datetime.datetime | None
    workspace_id: str | None
    data: dict[str, Any]
    raw: dict[str, Any]


Event = (
    GenerationCompletedEvent
    | GenerationFailedEvent
    | ImageGenerationCompletedEvent
    | ImageGenerationFailedEvent
    | PostPublishedEvent
    | PostFailedEvent
    | UnknownEvent
)

_KNOWN: dict[str, Any] = {
    "generation.completed": GenerationCompletedEvent,
    "generation.failed": GenerationFailedEvent,
    "image_generation.completed": ImageGenerationCompletedEvent,
    "image_generation.failed": ImageGenerationFailedEvent,
    "post.published": PostPublishedEvent,
    "post.failed": PostFailedEvent,
}


def _timestamp(value: object) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


@functools.cache
def _hints(model: type) -> dict[str, Any]:
    # The generated modules import their nested models under TYPE_CHECKING only.
    return typing.get_type_hints(model, localns=vars(powerpost_api.models))


def _is_unset(hint: Any) -> bool:
    return getattr(hint, "__name__", "") == "Unset"


def _members(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _fits(hint: Any, value: object) -> bool:
    """Whether a JSON value can be the field of type `hint` (shallow: nested models are checked apart)."""
    if hint is Any:
        return True
    members = _members(hint)
    if len(members) > 1:
        return any(_fits(member, value) for member in members if not _is_unset(member))
    origin = typing.get_origin(hint)
    if origin is list:
        return isinstance(value, list)
    if origin is dict or hint is dict:
        return isinstance(value, Mapping)
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint in (str, datetime.datetime, datetime.date) or (
        isinstance(hint, type) and issubclass(hint, enum.Enum)
    ):
        return isinstance(value, str)
    if isinstance(hint, type) and attrs.has(hint):
        return isinstance(value, Mapping)
    return True


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
    }.get(type(value), type(value).__name__)


def _type_problem(model: type, document: Mapping[str, Any], path: str = "") -> str | None:
    """The first required field of `model` whose value has the wrong JSON type, described; else None."""
    hints = _hints(model)
    for field in attrs.fields(model):
        hint = hints.get(field.name)
        if field.name == "additional_properties" or hint is None or any(map(_is_unset, _members(hint))):
            continue
        key = field.name if field.name in document else field.name.rstrip("_")
        if key not in document:
            continue  # a missing field is reported by the model's own parser
        value = document[key]
        where = f"{path}.{key}" if path else key
        if not _fits(hint, value):
            return f"field {where!r} has the wrong type ({_json_type(value)})"
        nested = [m for m in _members(hint) if isinstance(m, type) and attrs.has(m)]
        if nested and isinstance(value, Mapping):
            problem = _type_problem(nested[0], value, where)
            if problem:
                return problem
    return None


def parse_event(body: bytes | str | Mapping[str, Any]) -> Event:
    """Turn a delivery body (raw bytes, text or decoded JSON) into a typed event.

    Raises `WebhookParseError` when the body is not JSON, not an object, has no `event`, or when a
    known event is missing a required field or has one of the wrong type (`"workspace_id": 12345`).
    """
    if isinstance(body, Mapping):
        document: object = dict(body)
    else:
        try:
            document = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise WebhookParseError(f"Webhook body is not JSON: {exc}") from exc
        except RecursionError as exc:
            raise WebhookParseError("Webhook body is JSON nested too deeply to decode") from exc
    if not isinstance(document, dict):
        raise WebhookParseError(f"Webhook body must be a JSON object, got {type(document).__name__}")
    event = document.get("event")
    if not isinstance(event, str):
        raise WebhookParseError("Webhook body has no string `event` field")
    model = _KNOWN.get(event)
    if model is None:
        data = document.get("data")
        workspace_id = document.get("workspace_id")
        return UnknownEvent(
            event=event,
            timestamp=_timestamp(document.get("timestamp")),
            workspace_id=workspace_id if isinstance(workspace_id, str) else None,
            data=data if isinstance(data, dict) else {},
            raw=document,
        )
    problem = _type_problem(model, document)
    if problem is not None:
        raise WebhookParseError(f"{event} event: {problem}")
    try:
        with recording(event) as recorder:
            parsed: Event = model.from_dict(document)
    except KeyError as exc:
        raise WebhookParseError(f"{event} event is missing the field {exc.args[0]!r}") from exc
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise WebhookParseError(f"{event} event has an invalid value: {exc}") from exc
    # The models keep what differs from the spec; an event missing a field or with a wrong value is refused
    # (new fields and new enum values are kept).
    for item in recorder.found:
        if item.kind == "missing":
            raise WebhookParseError(f"{event} event is missing the field {item.pointer!r}")
        if item.kind in ("null", "type_mismatch"):
            raise WebhookParseError(f"{event} event has an invalid value at {item.pointer!r}: {item.detail}")
    return parsed
