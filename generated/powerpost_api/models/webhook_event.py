from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType

if TYPE_CHECKING:
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """The envelope of every webhook delivery. `event` names the type; unknown types may appear and should be
    accepted. PowerPost signs deliveries with the workspace's webhook secret, but the scheme is not public,
    so this spec (and the SDK) does not describe or verify it.

    """

    event: str | WebhookEventType
    """ The event type, e.g. `generation.completed`; one of `WebhookEventType` or a type this client does not know
    yet. """
    timestamp: datetime.datetime
    """ When the event happened. """
    workspace_id: str
    """ The workspace it concerns. """
    data: WebhookEventData
    """ The event's payload. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str
        if isinstance(self.event, WebhookEventType):
            event = self.event.value
        else:
            event = self.event

        timestamp = self.timestamp.isoformat()

        workspace_id = self.workspace_id

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "timestamp": timestamp,
                "workspace_id": workspace_id,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_event_data import WebhookEventData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_event(data: object) -> str | WebhookEventType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_0 = WebhookEventType(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WebhookEventType, data)

        event = _parse_event(d.pop("event"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        workspace_id = d.pop("workspace_id")

        data = WebhookEventData.from_dict(d.pop("data"))

        webhook_event = cls(
            event=event,
            timestamp=timestamp,
            workspace_id=workspace_id,
            data=data,
        )

        webhook_event.additional_properties = d
        return webhook_event

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
