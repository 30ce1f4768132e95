from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_Platform_BY_VALUE = enum_index(Platform)

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

    platforms: list[Platform | str] | None
    """ Platforms the entry is for. Every documented example shows the list, but an entry may be created
    without platforms and the docs do not promise a list then: `null` is accepted.
     """

    created_at: datetime.datetime
    """ When it was created. """

    updated_at: datetime.datetime
    """ When it last changed. """

    description: str | None = None
    """ Details. """

    scheduled_time: str | None = None
    """ The time, `HH:MM` (24-hour). """

    status: str | None = None
    """ A planning status such as `planned`, if set. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["entry_id"] = self.entry_id
        field_dict["title"] = self.title
        field_dict["scheduled_date"] = (
            self.scheduled_date.isoformat()
            if isinstance(self.scheduled_date, datetime.date)
            else self.scheduled_date
        )
        field_dict["platforms"] = (
            [(x.value if isinstance(x, Enum) else x) for x in self.platforms]
            if isinstance(self.platforms, list)
            else self.platforms
        )
        field_dict["created_at"] = (
            self.created_at.isoformat()
            if isinstance(self.created_at, datetime.date)
            else self.created_at
        )
        field_dict["updated_at"] = (
            self.updated_at.isoformat()
            if isinstance(self.updated_at, datetime.date)
            else self.updated_at
        )
        if self.description is not None:
            field_dict["description"] = self.description
        if self.scheduled_time is not None:
            field_dict["scheduled_time"] = self.scheduled_time
        if self.status is not None:
            field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        # Fast path: a plain dict holding only the spec's keys, each value of its type, read straight.
        if type(src_dict) is dict:
            src_get = src_dict.get
            src_absent = 0  # how many of the optional keys are missing
            try:
                entry_id = src_dict["entry_id"]
                if type(entry_id) is not str:
                    raise TypeError

                title = src_dict["title"]
                if type(title) is not str:
                    raise TypeError

                scheduled_date = src_dict["scheduled_date"]
                scheduled_date = datetime.date.fromisoformat(scheduled_date)

                platforms = src_dict["platforms"]
                if platforms is not None:
                    if type(platforms) is not list:
                        raise TypeError

                created_at = src_dict["created_at"]
                created_at = datetime.datetime.fromisoformat(created_at)

                updated_at = src_dict["updated_at"]
                updated_at = datetime.datetime.fromisoformat(updated_at)

                description = src_get("description")
                if description is not None:
                    if type(description) is not str:
                        raise TypeError
                elif "description" not in src_dict:
                    src_absent += 1

                scheduled_time = src_get("scheduled_time")
                if scheduled_time is not None:
                    if type(scheduled_time) is not str:
                        raise TypeError
                elif "scheduled_time" not in src_dict:
                    src_absent += 1

                status = src_get("status")
                if status is not None:
                    if type(status) is not str:
                        raise TypeError
                elif "status" not in src_dict:
                    src_absent += 1

                if len(src_dict) != 9 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if platforms is not None:
                    # Every item a value the enum lists: one lookup each (only a str equals a str key). Otherwise (a
                    # value this client does not know yet, or not a string) item by item, keeping and reporting each.
                    try:
                        platforms = [_Platform_BY_VALUE[x] for x in platforms]
                    except (KeyError, TypeError):
                        platforms = [
                            platforms_m
                            if (
                                platforms_m := _Platform_BY_VALUE.get(x)
                                if isinstance(x, str)
                                else None
                            )
                            is not None
                            else enum_deviation(x, _at + "/platforms", i)
                            for i, x in enumerate(platforms)
                        ]

                return cls(
                    entry_id,
                    title,
                    scheduled_date,
                    platforms,
                    created_at,
                    updated_at,
                    description,
                    scheduled_time,
                    status,
                )
        d = dict(src_dict)
        _entry_id = d.pop("entry_id", UNSET)
        entry_id: Any
        if isinstance(_entry_id, str):
            entry_id = _entry_id
        else:
            entry_id = deviation(_entry_id, _at, "entry_id")
        _title = d.pop("title", UNSET)
        title: Any
        if isinstance(_title, str):
            title = _title
        else:
            title = deviation(_title, _at, "title")
        _scheduled_date = d.pop("scheduled_date", UNSET)
        scheduled_date: Any
        if isinstance(_scheduled_date, str):
            try:
                scheduled_date = datetime.date.fromisoformat(_scheduled_date)
            except ValueError:
                scheduled_date = deviation(_scheduled_date, _at, "scheduled_date")
        elif isinstance(_scheduled_date, datetime.date):
            scheduled_date = _scheduled_date
        else:
            scheduled_date = deviation(_scheduled_date, _at, "scheduled_date")
        _platforms = d.pop("platforms", UNSET)
        platforms: Any
        if isinstance(_platforms, list):
            # Every item a value the enum lists: one lookup each (only a str equals a str key). Otherwise (a
            # value this client does not know yet, or not a string) item by item, keeping and reporting each.
            try:
                platforms = [_Platform_BY_VALUE[x] for x in _platforms]
            except (KeyError, TypeError):
                platforms = [
                    _platforms_m
                    if (
                        _platforms_m := _Platform_BY_VALUE.get(x)
                        if isinstance(x, str)
                        else None
                    )
                    is not None
                    else enum_deviation(x, _at + "/platforms", i)
                    for i, x in enumerate(_platforms)
                ]
        elif _platforms is None:
            platforms = None
        else:
            platforms = deviation(_platforms, _at, "platforms")
        _created_at = d.pop("created_at", UNSET)
        created_at: Any
        if isinstance(_created_at, str):
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                created_at = deviation(_created_at, _at, "created_at")
        elif isinstance(_created_at, datetime.datetime):
            created_at = _created_at
        else:
            created_at = deviation(_created_at, _at, "created_at")
        _updated_at = d.pop("updated_at", UNSET)
        updated_at: Any
        if isinstance(_updated_at, str):
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except ValueError:
                updated_at = deviation(_updated_at, _at, "updated_at")
        elif isinstance(_updated_at, datetime.datetime):
            updated_at = _updated_at
        else:
            updated_at = deviation(_updated_at, _at, "updated_at")
        _description = d.pop("description", UNSET)
        description: Any
        if _description is UNSET:
            description = None
        elif isinstance(_description, str):
            description = _description
        elif _description is None:
            description = None
        else:
            description = deviation(_description, _at, "description")
        _scheduled_time = d.pop("scheduled_time", UNSET)
        scheduled_time: Any
        if _scheduled_time is UNSET:
            scheduled_time = None
        elif isinstance(_scheduled_time, str):
            scheduled_time = _scheduled_time
        elif _scheduled_time is None:
            scheduled_time = None
        else:
            scheduled_time = deviation(_scheduled_time, _at, "scheduled_time")
        _status = d.pop("status", UNSET)
        status: Any
        if _status is UNSET:
            status = None
        elif isinstance(_status, str):
            status = _status
        elif _status is None:
            status = None
        else:
            status = deviation(_status, _at, "status")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        calendar_entry = cls(
            entry_id,
            title,
            scheduled_date,
            platforms,
            created_at,
            updated_at,
            description,
            scheduled_time,
            status,
        )
        calendar_entry.additional_properties = d
        return calendar_entry

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
    "entry_id",
    "title",
    "scheduled_date",
    "platforms",
    "created_at",
    "updated_at",
    "description",
    "scheduled_time",
    "status",
)
