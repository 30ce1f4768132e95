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

T = TypeVar("T", bound="GeneratedImage")


@_attrs_define
class GeneratedImage:
    """One generated image, stored as media."""

    media_id: str
    """ Use this id in posts. """

    url: str
    """ Preview URL; expires after 7 days. """

    thumbnail_url: str | None = None
    """ Thumbnail preview URL; expires after 7 days. """

    width: int | None = None
    """ Width in pixels. Optional: only one published example of an image shows it. """

    height: int | None = None
    """ Height in pixels. Optional: only one published example of an image shows it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["media_id"] = self.media_id
        field_dict["url"] = self.url
        if self.thumbnail_url is not None:
            field_dict["thumbnail_url"] = self.thumbnail_url
        if self.width is not None:
            field_dict["width"] = self.width
        if self.height is not None:
            field_dict["height"] = self.height
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

                url = src_dict["url"]
                if type(url) is not str:
                    raise TypeError

                thumbnail_url = src_get("thumbnail_url")
                if thumbnail_url is not None:
                    if type(thumbnail_url) is not str:
                        raise TypeError
                elif "thumbnail_url" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                width = src_get("width")
                if width is not None:
                    if type(width) is not int:
                        raise TypeError
                elif "width" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                height = src_get("height")
                if height is not None:
                    if type(height) is not int:
                        raise TypeError
                elif "height" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                if len(src_dict) != 5 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    media_id,
                    url,
                    thumbnail_url,
                    width,
                    height,
                )
        d = dict(src_dict)
        _media_id = d.pop("media_id", UNSET)
        media_id: Any
        if isinstance(_media_id, str):
            media_id = _media_id
        else:
            media_id = deviation(_media_id, _at, "media_id")
        _url = d.pop("url", UNSET)
        url: Any
        if isinstance(_url, str):
            url = _url
        else:
            url = deviation(_url, _at, "url")
        _thumbnail_url = d.pop("thumbnail_url", UNSET)
        thumbnail_url: Any
        if _thumbnail_url is UNSET:
            thumbnail_url = None
        elif isinstance(_thumbnail_url, str):
            thumbnail_url = _thumbnail_url
        else:
            thumbnail_url = deviation(_thumbnail_url, _at, "thumbnail_url")
        _width = d.pop("width", UNSET)
        width: Any
        if _width is UNSET:
            width = None
        elif isinstance(_width, int) and not isinstance(_width, bool):
            width = _width
        else:
            width = deviation(_width, _at, "width")
        _height = d.pop("height", UNSET)
        height: Any
        if _height is UNSET:
            height = None
        elif isinstance(_height, int) and not isinstance(_height, bool):
            height = _height
        else:
            height = deviation(_height, _at, "height")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        generated_image = cls(
            media_id,
            url,
            thumbnail_url,
            width,
            height,
        )
        generated_image.additional_properties = d
        return generated_image

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
    "url",
    "thumbnail_url",
    "width",
    "height",
)
