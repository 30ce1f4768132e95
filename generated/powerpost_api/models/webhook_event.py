from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_WebhookEventType_BY_VALUE = enum_index(WebhookEventType)

T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """The envelope of every webhook delivery. `event` names the type; unknown types may appear and should be
    accepted. PowerPost signs deliveries with the workspace's webhook secret, but the scheme is not public,
    so this spec (and the SDK) does not describe or verify it.

    """

    event: WebhookEventType | str
    """ The event type, e.g. `generation.completed`; one of `WebhookEventType` or a type this client does not know
    yet. """

    timestamp: datetime.datetime
    """ When the event happened. """

    workspace_id: str
    """ The workspace it concerns. """

    data: WebhookEventData
    """ The event's payload. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["event"] = (
            self.event.value if isinstance(self.event, Enum) else self.event
        )
        field_dict["timestamp"] = (
            self.timestamp.isoformat()
            if isinstance(self.timestamp, datetime.date)
            else self.timestamp
        )
        field_dict["workspace_id"] = self.workspace_id
        field_dict["data"] = (
            self.data.to_dict()
            if isinstance(self.data, WebhookEventData)
            else self.data
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        # Fast path: a plain dict holding only the spec's keys, each value of its type, read straight.
        if type(src_dict) is dict:
            try:
                event = src_dict["event"]
                event = _WebhookEventType_BY_VALUE[event]

                timestamp = src_dict["timestamp"]
                timestamp = datetime.datetime.fromisoformat(timestamp)

                workspace_id = src_dict["workspace_id"]
                if type(workspace_id) is not str:
                    raise TypeError

                data = src_dict["data"]
                if type(data) is not dict:
                    raise TypeError

                if len(src_dict) != 4:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if data is not None:
                    data = WebhookEventData.from_dict(data, _at + "/data")

                return cls(
                    event,
                    timestamp,
                    workspace_id,
                    data,
                )
        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: Any
        event = (
            _WebhookEventType_BY_VALUE.get(_event) if isinstance(_event, str) else None
        )
        if event is not None:
            pass
        else:
            event = enum_deviation(_event, _at, "event")
        _timestamp = d.pop("timestamp", UNSET)
        timestamp: Any
        if isinstance(_timestamp, str):
            try:
                timestamp = datetime.datetime.fromisoformat(_timestamp)
            except ValueError:
                timestamp = deviation(_timestamp, _at, "timestamp")
        elif isinstance(_timestamp, datetime.datetime):
            timestamp = _timestamp
        else:
            timestamp = deviation(_timestamp, _at, "timestamp")
        _workspace_id = d.pop("workspace_id", UNSET)
        workspace_id: Any
        if isinstance(_workspace_id, str):
            workspace_id = _workspace_id
        else:
            workspace_id = deviation(_workspace_id, _at, "workspace_id")
        _data = d.pop("data", UNSET)
        data: Any
        if isinstance(_data, dict):
            data = WebhookEventData.from_dict(_data, _at + "/data")
        elif isinstance(_data, WebhookEventData):
            data = _data
        else:
            data = deviation(_data, _at, "data")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        webhook_event = cls(
            event,
            timestamp,
            workspace_id,
            data,
        )
        webhook_event.additional_properties = d
        return webhook_event

    def __repr__(self) -> str:
        return short_repr(self, _FIELDS, self.additional_properties)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def to_json(self, indent: int | None = None) -> str:
        """`to_dict()` as JSON text, with any field newer than the spec: `model.to_json(indent=2)`."""
        return json_text(self.to_dict(), indent)


_FIELDS = (
    "event",
    "timestamp",
    "workspace_id",
    "data",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.webhook_event_data import WebhookEventData  # noqa: E402
