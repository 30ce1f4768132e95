from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarEntry")


@_attrs_define
class CalendarEntry:
    """A planning note on the content calendar."""

    entry_id: str
    """ The entry's id. """
    title: str
    """ What is planned. """
    scheduled_date: datetime.date
    """ The day, `YYYY-MM-DD`. """
    platforms: list[Platform | str]
    """ Platforms the entry is for. """
    created_at: datetime.datetime
    """ When it was created. """
    updated_at: datetime.datetime
    """ When it last changed. """
    description: None | str | Unset = UNSET
    """ Details. """
    scheduled_time: None | str | Unset = UNSET
    """ The time, `HH:MM` (24-hour). """
    status: None | str | Unset = UNSET
    """ A planning status such as `planned`, if set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        title = self.title

        scheduled_date = self.scheduled_date.isoformat()

        platforms = []
        for platforms_item_data in self.platforms:
            platforms_item: str
            if isinstance(platforms_item_data, Platform):
                platforms_item = platforms_item_data.value
            else:
                platforms_item = platforms_item_data
            platforms.append(platforms_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scheduled_time: None | str | Unset
        if isinstance(self.scheduled_time, Unset):
            scheduled_time = UNSET
        else:
            scheduled_time = self.scheduled_time

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry_id": entry_id,
                "title": title,
                "scheduled_date": scheduled_date,
                "platforms": platforms,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scheduled_time is not UNSET:
            field_dict["scheduled_time"] = scheduled_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entry_id = d.pop("entry_id")

        title = d.pop("title")

        scheduled_date = datetime.date.fromisoformat(d.pop("scheduled_date"))

        platforms = []
        _platforms = d.pop("platforms")
        for platforms_item_data in _platforms:

            def _parse_platforms_item(data: object) -> Platform | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_platform_value_type_0 = Platform(data)

                    return componentsschemas_platform_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Platform | str, data)

            platforms_item = _parse_platforms_item(platforms_item_data)

            platforms.append(platforms_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_scheduled_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_time = _parse_scheduled_time(d.pop("scheduled_time", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        calendar_entry = cls(
            entry_id=entry_id,
            title=title,
            scheduled_date=scheduled_date,
            platforms=platforms,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            scheduled_time=scheduled_time,
            status=status,
        )

        calendar_entry.additional_properties = d
        return calendar_entry

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
