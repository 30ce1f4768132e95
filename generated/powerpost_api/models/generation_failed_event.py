from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_failed_event_event import GenerationFailedEventEvent

if TYPE_CHECKING:
    from ..models.generation_failed_data import GenerationFailedData


T = TypeVar("T", bound="GenerationFailedEvent")


@_attrs_define
class GenerationFailedEvent:
    """`generation.failed`: a caption generation failed."""

    event: GenerationFailedEventEvent
    """ The event type. """
    timestamp: datetime.datetime
    """ When it happened. """
    workspace_id: str
    """ The workspace. """
    data: GenerationFailedData
    """ Payload of `generation.failed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

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
        from ..models.generation_failed_data import GenerationFailedData  # noqa: PLC0415

        d = dict(src_dict)
        event = GenerationFailedEventEvent(d.pop("event"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        workspace_id = d.pop("workspace_id")

        data = GenerationFailedData.from_dict(d.pop("data"))

        generation_failed_event = cls(
            event=event,
            timestamp=timestamp,
            workspace_id=workspace_id,
            data=data,
        )

        generation_failed_event.additional_properties = d
        return generation_failed_event

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
