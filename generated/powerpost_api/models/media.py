from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_MediaType_BY_VALUE = enum_index(MediaType)

T = TypeVar("T", bound="Media")


@_attrs_define
class Media:
    """A stored image or video."""

    media_id: str
    """ The media's id, to use in generations and posts. """

    type_: MediaType | str
    """ A `MediaType`, or a kind this client does not know yet (kept as a string). """

    file_name: str
    """ The uploaded file's name. """

    file_size: int
    """ Size in bytes. """

    created_at: datetime.datetime
    """ When it was uploaded. """

    mime_type: str | None = None
    """ MIME type detected from the content, e.g. `image/jpeg`. Optional: PowerPost's upload page documents
    no response body, and the one published example of it is the only one that shows this field.
     """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["media_id"] = self.media_id
        field_dict["type"] = (
            self.type_.value if isinstance(self.type_, Enum) else self.type_
        )
        field_dict["file_name"] = self.file_name
        field_dict["file_size"] = self.file_size
        field_dict["created_at"] = (
            self.created_at.isoformat()
            if isinstance(self.created_at, datetime.date)
            else self.created_at
        )
        if self.mime_type is not None:
            field_dict["mime_type"] = self.mime_type
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
                media_id = src_dict["media_id"]
                if type(media_id) is not str:
                    raise TypeError

                type_ = src_dict["type"]
                type_ = _MediaType_BY_VALUE[type_]

                file_name = src_dict["file_name"]
                if type(file_name) is not str:
                    raise TypeError

                file_size = src_dict["file_size"]
                if type(file_size) is not int:
                    raise TypeError

                created_at = src_dict["created_at"]
                created_at = datetime.datetime.fromisoformat(created_at)

                mime_type = src_get("mime_type")
                if mime_type is not None:
                    if type(mime_type) is not str:
                        raise TypeError
                elif "mime_type" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                if len(src_dict) != 6 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    media_id,
                    type_,
                    file_name,
                    file_size,
                    created_at,
                    mime_type,
                )
        d = dict(src_dict)
        _media_id = d.pop("media_id", UNSET)
        media_id: Any
        if isinstance(_media_id, str):
            media_id = _media_id
        else:
            media_id = deviation(_media_id, _at, "media_id")
        _type_ = d.pop("type", UNSET)
        type_: Any
        type_ = _MediaType_BY_VALUE.get(_type_) if isinstance(_type_, str) else None
        if type_ is not None:
            pass
        else:
            type_ = enum_deviation(_type_, _at, "type")
        _file_name = d.pop("file_name", UNSET)
        file_name: Any
        if isinstance(_file_name, str):
            file_name = _file_name
        else:
            file_name = deviation(_file_name, _at, "file_name")
        _file_size = d.pop("file_size", UNSET)
        file_size: Any
        if isinstance(_file_size, int) and not isinstance(_file_size, bool):
            file_size = _file_size
        else:
            file_size = deviation(_file_size, _at, "file_size")
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
        _mime_type = d.pop("mime_type", UNSET)
        mime_type: Any
        if _mime_type is UNSET:
            mime_type = None
        elif isinstance(_mime_type, str):
            mime_type = _mime_type
        else:
            mime_type = deviation(_mime_type, _at, "mime_type")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        media = cls(
            media_id,
            type_,
            file_name,
            file_size,
            created_at,
            mime_type,
        )
        media.additional_properties = d
        return media

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
    "media_id",
    "type_",
    "file_name",
    "file_size",
    "created_at",
    "mime_type",
)
