from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    deviation,
    json_text,
    short_repr,
    unknown_fields,
)

T = TypeVar("T", bound="CalendarEntryList")


@_attrs_define
class CalendarEntryList:
    """The entries of a date range, by date and time."""

    entries: list[CalendarEntry]
    """ The entries. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["entries"] = (
            [(x.to_dict() if isinstance(x, CalendarEntry) else x) for x in self.entries]
            if isinstance(self.entries, list)
            else self.entries
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
                entries = src_dict["entries"]
                if type(entries) is not list:
                    raise TypeError

                if len(src_dict) != 1:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if entries is not None:
                    entries = [
                        CalendarEntry.from_dict(x, f"{_at + '/entries'}/{i}")
                        if isinstance(x, dict)
                        else deviation(x, _at + "/entries", i)
                        for i, x in enumerate(entries)
                    ]

                return cls(
                    entries,
                )
        d = dict(src_dict)
        _entries = d.pop("entries", UNSET)
        entries: Any
        if isinstance(_entries, list):
            entries = [
                CalendarEntry.from_dict(x, f"{_at + '/entries'}/{i}")
                if isinstance(x, dict)
                else deviation(x, _at + "/entries", i)
                for i, x in enumerate(_entries)
            ]
        else:
            entries = deviation(_entries, _at, "entries")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        calendar_entry_list = cls(
            entries,
        )
        calendar_entry_list.additional_properties = d
        return calendar_entry_list

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


_FIELDS = ("entries",)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.calendar_entry import CalendarEntry  # noqa: E402
