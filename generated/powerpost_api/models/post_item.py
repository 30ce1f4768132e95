from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..models.post_item_status import PostItemStatus
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

_Platform_BY_VALUE = enum_index(Platform)
_PostItemStatus_BY_VALUE = enum_index(PostItemStatus)
_PostType_BY_VALUE = enum_index(PostType)

T = TypeVar("T", bound="PostItem")


@_attrs_define
class PostItem:
    """One item of a post, published to one platform."""

    item_id: str
    """ The item's id (use it for analytics). """

    post_type: PostType | str
    """ A `PostType`, or a post type this client does not know yet (kept as a string). """

    status: PostItemStatus | str
    """ A `PostItemStatus`, or a status this client does not know yet (kept as a string). """

    platform: Platform | str | None = None
    """ The item's platform, derived from `post_type`. Optional: only one published example of a post item
    shows it. One of `Platform` or a platform this client does not know yet.
     """

    content: str | None = None
    """ The caption. """

    title: str | None = None
    """ The title (YouTube). """

    media_ids: list[str] | None = None
    """ Attached media (`null` accepted). """

    platform_post_id: str | None = None
    """ The platform's id of the published item, once posted. """

    error: JobError | None = None
    """ Why the item failed to publish, on a failed item; absent or `null` otherwise. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["item_id"] = self.item_id
        field_dict["post_type"] = (
            self.post_type.value if isinstance(self.post_type, Enum) else self.post_type
        )
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        if self.platform is not None:
            field_dict["platform"] = (
                self.platform.value
                if isinstance(self.platform, Enum)
                else self.platform
            )
        if self.content is not None:
            field_dict["content"] = self.content
        if self.title is not None:
            field_dict["title"] = self.title
        if self.media_ids is not None:
            field_dict["media_ids"] = self.media_ids
        if self.platform_post_id is not None:
            field_dict["platform_post_id"] = self.platform_post_id
        if self.error is not None:
            field_dict["error"] = (
                self.error.to_dict() if isinstance(self.error, JobError) else self.error
            )
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
                item_id = src_dict["item_id"]
                if type(item_id) is not str:
                    raise TypeError

                post_type = src_dict["post_type"]
                post_type = _PostType_BY_VALUE[post_type]

                status = src_dict["status"]
                status = _PostItemStatus_BY_VALUE[status]

                platform = src_get("platform")
                if platform is not None:
                    platform = _Platform_BY_VALUE[platform]
                elif "platform" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

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

                media_ids = src_get("media_ids")
                if media_ids is not None:
                    if type(media_ids) is not list:
                        raise TypeError
                elif "media_ids" not in src_dict:
                    src_absent += 1

                platform_post_id = src_get("platform_post_id")
                if platform_post_id is not None:
                    if type(platform_post_id) is not str:
                        raise TypeError
                elif "platform_post_id" not in src_dict:
                    src_absent += 1

                error = src_get("error")
                if error is not None:
                    if type(error) is not dict:
                        raise TypeError
                elif "error" not in src_dict:
                    src_absent += 1

                if len(src_dict) != 9 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if media_ids is not None:
                    media_ids = [
                        x if isinstance(x, str) else deviation(x, _at + "/media_ids", i)
                        for i, x in enumerate(media_ids)
                    ]

                if error is not None:
                    error = JobError.from_dict(error, _at + "/error")

                return cls(
                    item_id,
                    post_type,
                    status,
                    platform,
                    content,
                    title,
                    media_ids,
                    platform_post_id,
                    error,
                )
        d = dict(src_dict)
        _item_id = d.pop("item_id", UNSET)
        item_id: Any
        if isinstance(_item_id, str):
            item_id = _item_id
        else:
            item_id = deviation(_item_id, _at, "item_id")
        _post_type = d.pop("post_type", UNSET)
        post_type: Any
        post_type = (
            _PostType_BY_VALUE.get(_post_type) if isinstance(_post_type, str) else None
        )
        if post_type is not None:
            pass
        else:
            post_type = enum_deviation(_post_type, _at, "post_type")
        _status = d.pop("status", UNSET)
        status: Any
        status = (
            _PostItemStatus_BY_VALUE.get(_status) if isinstance(_status, str) else None
        )
        if status is not None:
            pass
        else:
            status = enum_deviation(_status, _at, "status")
        _platform = d.pop("platform", UNSET)
        platform: Any
        platform = (
            _Platform_BY_VALUE.get(_platform) if isinstance(_platform, str) else None
        )
        if platform is not None:
            pass
        elif _platform is UNSET:
            platform = None
        else:
            platform = enum_deviation(_platform, _at, "platform")
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
        elif _title is None:
            title = None
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
        elif _media_ids is None:
            media_ids = None
        else:
            media_ids = deviation(_media_ids, _at, "media_ids")
        _platform_post_id = d.pop("platform_post_id", UNSET)
        platform_post_id: Any
        if _platform_post_id is UNSET:
            platform_post_id = None
        elif isinstance(_platform_post_id, str):
            platform_post_id = _platform_post_id
        elif _platform_post_id is None:
            platform_post_id = None
        else:
            platform_post_id = deviation(_platform_post_id, _at, "platform_post_id")
        _error = d.pop("error", UNSET)
        error: Any
        if _error is UNSET:
            error = None
        elif isinstance(_error, dict):
            error = JobError.from_dict(_error, _at + "/error")
        elif isinstance(_error, JobError):
            error = _error
        elif _error is None:
            error = None
        else:
            error = deviation(_error, _at, "error")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        post_item = cls(
            item_id,
            post_type,
            status,
            platform,
            content,
            title,
            media_ids,
            platform_post_id,
            error,
        )
        post_item.additional_properties = d
        return post_item

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
    "item_id",
    "post_type",
    "status",
    "platform",
    "content",
    "title",
    "media_ids",
    "platform_post_id",
    "error",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.job_error import JobError  # noqa: E402
