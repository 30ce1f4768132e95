from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_type import PostType
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_PostType_BY_VALUE = enum_index(PostType)

T = TypeVar("T", bound="CreatePostItem")


@_attrs_define
class CreatePostItem:
    """One item of a new post, for one post type."""

    post_type: PostType | str
    """ A publishing format on a platform. Post types of one platform share that platform's caption.
    `instagram-feed`, `instagram-reel`, `instagram-story` (instagram); `tiktok-video`, `tiktok-photos`
    (tiktok); `youtube-video`, `youtube-short` (youtube); `x-post` (x); `facebook-post`, `facebook-reel`,
    `facebook-story` (facebook); `linkedin-post` (linkedin, personal profile).
     """

    content: str | None = None
    """ The caption. Required unless the post has `generation_id` (then it overrides the generated caption). """

    title: str | None = None
    """ Video title; required for `youtube-video` and `youtube-short`. """

    media_ids: list[str] | None = None
    """ Uploaded or generated media to attach. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["post_type"] = (
            self.post_type.value if isinstance(self.post_type, Enum) else self.post_type
        )
        if self.content is not None:
            field_dict["content"] = self.content
        if self.title is not None:
            field_dict["title"] = self.title
        if self.media_ids is not None:
            field_dict["media_ids"] = self.media_ids
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
                post_type = src_dict["post_type"]
                post_type = _PostType_BY_VALUE[post_type]

                content = src_get("content")
                if content is not None:
                    if type(content) is not str:
                        raise TypeError
                elif "content" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                title = src_get("title")
                if title is not None:
                    if type(title) is not str:
                        raise TypeError
                elif "title" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                media_ids = src_get("media_ids")
                if media_ids is not None:
                    if type(media_ids) is not list:
                        raise TypeError
                elif "media_ids" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                if len(src_dict) != 4 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if media_ids is not None:
                    media_ids = [
                        x if isinstance(x, str) else deviation(x, _at + "/media_ids", i)
                        for i, x in enumerate(media_ids)
                    ]

                return cls(
                    post_type,
                    content,
                    title,
                    media_ids,
                )
        d = dict(src_dict)
        _post_type = d.pop("post_type", UNSET)
        post_type: Any
        post_type = (
            _PostType_BY_VALUE.get(_post_type) if isinstance(_post_type, str) else None
        )
        if post_type is not None:
            pass
        else:
            post_type = enum_deviation(_post_type, _at, "post_type")
        _content = d.pop("content", UNSET)
        content: Any
        if _content is UNSET:
            content = None
        elif isinstance(_content, str):
            content = _content
        else:
            content = deviation(_content, _at, "content")
        _title = d.pop("title", UNSET)
        title: Any
        if _title is UNSET:
            title = None
        elif isinstance(_title, str):
            title = _title
        else:
            title = deviation(_title, _at, "title")
        _media_ids = d.pop("media_ids", UNSET)
        media_ids: Any
        if _media_ids is UNSET:
            media_ids = None
        elif isinstance(_media_ids, list):
            media_ids = [
                x if isinstance(x, str) else deviation(x, _at + "/media_ids", i)
                for i, x in enumerate(_media_ids)
            ]
        else:
            media_ids = deviation(_media_ids, _at, "media_ids")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        create_post_item = cls(
            post_type,
            content,
            title,
            media_ids,
        )
        create_post_item.additional_properties = d
        return create_post_item

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
    "post_type",
    "content",
    "title",
    "media_ids",
)
