"""Parse a webhook delivery body into a typed event.

The events the spec documents become their generated models; an event PowerPost adds later becomes an
`UnknownEvent` instead of an error (the spec's event types are open). Signatures are not verified:
PowerPost signs deliveries, but does not publish the signing scheme.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

import attrs

from ._drift import recording
from ._errors import WebhookParseError
from ._webhook_events import EVENT_MODELS, KnownEvent

__all__ = ["Event", "UnknownEvent", "parse_event"]


@attrs.frozen
class UnknownEvent:
    """An event type this SDK does not know yet, kept as received."""

    event: str
    timestamp: datetime.datetime | None
    workspace_id: str | None
    data: dict[str, Any]
    raw: dict[str, Any]


Event = KnownEvent | UnknownEvent
"""A parsed delivery: the generated model of a documented event (`_webhook_events.py`, generated from the
spec's `webhooks:`), or `UnknownEvent`."""


def _timestamp(value: object) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
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
    model = EVENT_MODELS.get(event)
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
