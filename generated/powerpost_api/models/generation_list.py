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

T = TypeVar("T", bound="GenerationList")


@_attrs_define
class GenerationList:
    """One page of caption generations, newest first."""

    data: list[Generation]
    """ The generations of this page, without `outputs`. """

    has_more: bool
    """ Whether another page follows. """

    next_cursor: str | None = None
    """ Pass as `cursor` for the next page; `null` (or absent) on the last page. Optional: the docs show it
    only on a page that has a next one, where it is required (`has_more: true`).
     """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = (
            [(x.to_dict() if isinstance(x, Generation) else x) for x in self.data]
            if isinstance(self.data, list)
            else self.data
        )
        field_dict["has_more"] = self.has_more
        if self.next_cursor is not None:
            field_dict["next_cursor"] = self.next_cursor
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
                data = src_dict["data"]
                if type(data) is not list:
                    raise TypeError

                has_more = src_dict["has_more"]
                if type(has_more) is not bool:
                    raise TypeError

                next_cursor = src_get("next_cursor")
                if next_cursor is not None:
                    if type(next_cursor) is not str:
                        raise TypeError
                elif "next_cursor" not in src_dict:
                    src_absent += 1

                if len(src_dict) != 3 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if data is not None:
                    data = [
                        Generation.from_dict(x, f"{_at + '/data'}/{i}")
                        if isinstance(x, dict)
                        else deviation(x, _at + "/data", i)
                        for i, x in enumerate(data)
                    ]

                return cls(
                    data,
                    has_more,
                    next_cursor,
                )
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: Any
        if isinstance(_data, list):
            data = [
                Generation.from_dict(x, f"{_at + '/data'}/{i}")
                if isinstance(x, dict)
                else deviation(x, _at + "/data", i)
                for i, x in enumerate(_data)
            ]
        else:
            data = deviation(_data, _at, "data")
        _has_more = d.pop("has_more", UNSET)
        has_more: Any
        if isinstance(_has_more, bool):
            has_more = _has_more
        else:
            has_more = deviation(_has_more, _at, "has_more")
        _next_cursor = d.pop("next_cursor", UNSET)
        next_cursor: Any
        if _next_cursor is UNSET:
            next_cursor = None
        elif isinstance(_next_cursor, str):
            next_cursor = _next_cursor
        elif _next_cursor is None:
            next_cursor = None
        else:
            next_cursor = deviation(_next_cursor, _at, "next_cursor")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        generation_list = cls(
            data,
            has_more,
            next_cursor,
        )
        generation_list.additional_properties = d
        return generation_list

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
    "data",
    "has_more",
    "next_cursor",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.generation import Generation  # noqa: E402
