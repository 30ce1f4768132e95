from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCalendarEntryRequest")


@_attrs_define
class UpdateCalendarEntryRequest:
    """The fields to change (at least one). `null` clears `description` or `scheduled_time`."""

    title: str | Unset = UNSET
    """ New title. """
    description: None | str | Unset = UNSET
    """ New details, or `null` to clear. """
    scheduled_date: datetime.date | Unset = UNSET
    """ New day, `YYYY-MM-DD`. """
    scheduled_time: None | str | Unset = UNSET
    """ New time `HH:MM`, or `null` to clear. """
    platforms: list[Platform] | Unset = UNSET
    """ Replaces the whole list. """
    status: str | Unset = UNSET
    """ New planning status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scheduled_date: str | Unset = UNSET
        if not isinstance(self.scheduled_date, Unset):
            scheduled_date = self.scheduled_date.isoformat()

        scheduled_time: None | str | Unset
        if isinstance(self.scheduled_time, Unset):
            scheduled_time = UNSET
        else:
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
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if scheduled_date is not UNSET:
            field_dict["scheduled_date"] = scheduled_date
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
        title = d.pop("title", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _scheduled_date = d.pop("scheduled_date", UNSET)
        scheduled_date: datetime.date | Unset
        if isinstance(_scheduled_date, Unset):
            scheduled_date = UNSET
        else:
            scheduled_date = datetime.date.fromisoformat(_scheduled_date)

        def _parse_scheduled_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_time = _parse_scheduled_time(d.pop("scheduled_time", UNSET))

        _platforms = d.pop("platforms", UNSET)
        platforms: list[Platform] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = Platform(platforms_item_data)

                platforms.append(platforms_item)

        status = d.pop("status", UNSET)

        update_calendar_entry_request = cls(
            title=title,
            description=description,
            scheduled_date=scheduled_date,
            scheduled_time=scheduled_time,
            platforms=platforms,
            status=status,
        )

        update_calendar_entry_request.additional_properties = d
        return update_calendar_entry_request

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
