from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    deviation,
    short_repr,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.calendar_entry import CalendarEntry


T = TypeVar("T", bound="CalendarEntryList")


@_attrs_define
class CalendarEntryList:
    """The entries of a date range, by date and time."""

    entries: list[CalendarEntry]
    """ The entries. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.calendar_entry import CalendarEntry  # noqa: PLC0415

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
        from ..models.calendar_entry import CalendarEntry  # noqa: PLC0415

        d = dict(src_dict)
        _entries = d.pop("entries", UNSET)
        entries: Any
        if isinstance(_entries, list):
            _entries_l: list[Any] = []
            for _entries_n, _entries_i in enumerate(_entries):
                if isinstance(_entries_i, dict):
                    _entries_i_p = CalendarEntry.from_dict(
                        _entries_i, (_at + "/entries") + "/" + str(_entries_n)
                    )
                elif isinstance(_entries_i, CalendarEntry):
                    _entries_i_p = _entries_i
                else:
                    _entries_i_p = deviation(_entries_i, (_at + "/entries"), _entries_n)
                _entries_l.append(_entries_i_p)
            entries = _entries_l
        else:
            entries = deviation(_entries, _at, "entries")
        if d:
            unknown_fields(d, _at)
        calendar_entry_list = cls(
            entries=entries,
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


_FIELDS = ("entries",)
