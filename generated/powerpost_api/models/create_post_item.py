from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_type import PostType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePostItem")


@_attrs_define
class CreatePostItem:
    """One item of a new post, for one post type."""

    post_type: PostType
    """ A publishing format on a platform. Post types of one platform share that platform's caption.
    `instagram-feed`, `instagram-reel`, `instagram-story` (instagram); `tiktok-video`, `tiktok-photos`
    (tiktok); `youtube-video`, `youtube-short` (youtube); `x-post` (x); `facebook-post`, `facebook-reel`,
    `facebook-story` (facebook); `linkedin-post` (linkedin, personal profile).
     """
    content: str | Unset = UNSET
    """ The caption. Required unless the post has `generation_id` (then it overrides the generated caption). """
    title: str | Unset = UNSET
    """ Video title; required for `youtube-video` and `youtube-short`. """
    media_ids: list[str] | Unset = UNSET
    """ Uploaded or generated media to attach. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_type = self.post_type.value

        content = self.content

        title = self.title

        media_ids: list[str] | Unset = UNSET
        if not isinstance(self.media_ids, Unset):
            media_ids = self.media_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "post_type": post_type,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if title is not UNSET:
            field_dict["title"] = title
        if media_ids is not UNSET:
            field_dict["media_ids"] = media_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        post_type = PostType(d.pop("post_type"))

        content = d.pop("content", UNSET)

        title = d.pop("title", UNSET)

        media_ids = cast(list[str], d.pop("media_ids", UNSET))

        create_post_item = cls(
            post_type=post_type,
            content=content,
            title=title,
            media_ids=media_ids,
        )

        create_post_item.additional_properties = d
        return create_post_item

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
