from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCalendarEntryRequest")


@_attrs_define
class CreateCalendarEntryRequest:
    """A new calendar entry."""

    title: str
    """ What is planned (at most 500 characters). """
    scheduled_date: datetime.date
    """ The day, `YYYY-MM-DD`. """
    description: str | Unset = UNSET
    """ Details (at most 5,000 characters). """
    scheduled_time: str | Unset = UNSET
    """ The time, `HH:MM` (24-hour). """
    platforms: list[Platform] | Unset = UNSET
    """ Platforms the entry is for. """
    status: str | Unset = UNSET
    """ A free-form planning status, such as `planned`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        scheduled_date = self.scheduled_date.isoformat()

        description = self.description

        scheduled_time = self.scheduled_time

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.value
                platforms.append(platforms_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "scheduled_date": scheduled_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scheduled_time is not UNSET:
            field_dict["scheduled_time"] = scheduled_time
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        scheduled_date = datetime.date.fromisoformat(d.pop("scheduled_date"))

        description = d.pop("description", UNSET)

        scheduled_time = d.pop("scheduled_time", UNSET)

        _platforms = d.pop("platforms", UNSET)
        platforms: list[Platform] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = Platform(platforms_item_data)

                platforms.append(platforms_item)

        status = d.pop("status", UNSET)

        create_calendar_entry_request = cls(
            title=title,
            scheduled_date=scheduled_date,
            description=description,
            scheduled_time=scheduled_time,
            platforms=platforms,
            status=status,
        )

        create_calendar_entry_request.additional_properties = d
        return create_calendar_entry_request

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
