from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType

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
    mime_type: str
    """ MIME type detected from the content, e.g. `image/jpeg`. """
    created_at: datetime.datetime
    """ When it was uploaded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        type_: str
        if isinstance(self.type_, MediaType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        file_name = self.file_name

        file_size = self.file_size

        mime_type = self.mime_type

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "type": type_,
                "file_name": file_name,
                "file_size": file_size,
                "mime_type": mime_type,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_id = d.pop("media_id")

        def _parse_type_(data: object) -> MediaType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_media_type_value_type_0 = MediaType(data)

                return componentsschemas_media_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaType | str, data)

        type_ = _parse_type_(d.pop("type"))

        file_name = d.pop("file_name")

        file_size = d.pop("file_size")

        mime_type = d.pop("mime_type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        media = cls(
            media_id=media_id,
            type_=type_,
            file_name=file_name,
            file_size=file_size,
            mime_type=mime_type,
            created_at=created_at,
        )

        media.additional_properties = d
        return media

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
