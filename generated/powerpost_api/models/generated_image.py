from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratedImage")


@_attrs_define
class GeneratedImage:
    """One generated image, stored as media."""

    media_id: str
    """ Use this id in posts. """
    url: str
    """ Preview URL; expires after 7 days. """
    width: int
    """ Width in pixels. """
    height: int
    """ Height in pixels. """
    thumbnail_url: str | Unset = UNSET
    """ Thumbnail preview URL; expires after 7 days. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        url = self.url

        width = self.width

        height = self.height

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "url": url,
                "width": width,
                "height": height,
            }
        )
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_id = d.pop("media_id")

        url = d.pop("url")

        width = d.pop("width")

        height = d.pop("height")

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        generated_image = cls(
            media_id=media_id,
            url=url,
            width=width,
            height=height,
            thumbnail_url=thumbnail_url,
        )

        generated_image.additional_properties = d
        return generated_image

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
