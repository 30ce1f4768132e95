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

T = TypeVar("T", bound="YoutubeCaption")


@_attrs_define
class YoutubeCaption:
    """YouTube's caption, which has a title."""

    title: str
    """ The video title. """

    description: str
    """ The video description, hashtags included. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["title"] = self.title
        field_dict["description"] = self.description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        # Fast path: a plain dict holding only the spec's keys, each value of its type, read straight.
        if type(src_dict) is dict:
            try:
                title = src_dict["title"]
                if type(title) is not str:
                    raise TypeError

                description = src_dict["description"]
                if type(description) is not str:
                    raise TypeError

                if len(src_dict) != 2:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    title,
                    description,
                )
        d = dict(src_dict)
        _title = d.pop("title", UNSET)
        title: Any
        if isinstance(_title, str):
            title = _title
        else:
            title = deviation(_title, _at, "title")
        _description = d.pop("description", UNSET)
        description: Any
        if isinstance(_description, str):
            description = _description
        else:
            description = deviation(_description, _at, "description")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        youtube_caption = cls(
            title,
            description,
        )
        youtube_caption.additional_properties = d
        return youtube_caption

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
    "title",
    "description",
)
