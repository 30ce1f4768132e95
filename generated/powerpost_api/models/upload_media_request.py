from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.media_type import MediaType
from ..types import (
    UNSET,
    File,
    Unset,
    deviation,
    enum_deviation,
    enum_index,
    short_repr,
    unknown_fields,
)

_MediaType_BY_VALUE = enum_index(MediaType)

T = TypeVar("T", bound="UploadMediaRequest")


@_attrs_define
class UploadMediaRequest:
    """A file to upload, as `multipart/form-data`."""

    file: File
    """ The file. JPEG, PNG or WebP up to 10 MB for images; MP4, MOV or WebM up to 500 MB for videos. """

    type_: MediaType | str
    """ Kind of media. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["file"] = self.file
        field_dict["type"] = (
            self.type_.value if isinstance(self.type_, Enum) else self.type_
        )
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.file is not None and not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))
        if self.type_ is not None and not isinstance(self.type_, Unset):
            files.append(
                (
                    "type",
                    (
                        None,
                        str(
                            (
                                self.type_.value
                                if isinstance(self.type_, Enum)
                                else self.type_
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )
        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))
        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: Any
        if True:
            file = _file
        else:
            file = deviation(_file, _at, "file")
        _type_ = d.pop("type", UNSET)
        type_: Any
        type_ = _MediaType_BY_VALUE.get(_type_) if isinstance(_type_, str) else None
        if type_ is not None:
            pass
        else:
            type_ = enum_deviation(_type_, _at, "type")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        upload_media_request = cls(
            file,
            type_,
        )
        upload_media_request.additional_properties = d
        return upload_media_request

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


_FIELDS = (
    "file",
    "type_",
)
