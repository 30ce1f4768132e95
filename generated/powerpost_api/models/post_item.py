from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..models.post_item_status import PostItemStatus
from ..models.post_type import PostType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_error import JobError


T = TypeVar("T", bound="PostItem")


@_attrs_define
class PostItem:
    """One item of a post, published to one platform."""

    item_id: str
    """ The item's id (use it for analytics). """
    post_type: PostType | str
    """ A `PostType`, or a post type this client does not know yet (kept as a string). """
    platform: Platform | str
    """ A `Platform`, or a platform this client does not know yet (kept as a string). """
    status: PostItemStatus | str
    """ A `PostItemStatus`, or a status this client does not know yet (kept as a string). """
    content: str | Unset = UNSET
    """ The caption. """
    title: None | str | Unset = UNSET
    """ The title (YouTube). """
    media_ids: list[str] | Unset = UNSET
    """ Attached media. """
    platform_post_id: None | str | Unset = UNSET
    """ The platform's id of the published item, once posted. """
    error: JobError | Unset = UNSET
    """ Why a job failed (on `GET` of a failed caption, image or video job). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        post_type: str
        if isinstance(self.post_type, PostType):
            post_type = self.post_type.value
        else:
            post_type = self.post_type

        platform: str
        if isinstance(self.platform, Platform):
            platform = self.platform.value
        else:
            platform = self.platform

        status: str
        if isinstance(self.status, PostItemStatus):
            status = self.status.value
        else:
            status = self.status

        content = self.content

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        media_ids: list[str] | Unset = UNSET
        if not isinstance(self.media_ids, Unset):
            media_ids = self.media_ids

        platform_post_id: None | str | Unset
        if isinstance(self.platform_post_id, Unset):
            platform_post_id = UNSET
        else:
            platform_post_id = self.platform_post_id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "post_type": post_type,
                "platform": platform,
                "status": status,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if title is not UNSET:
            field_dict["title"] = title
        if media_ids is not UNSET:
            field_dict["media_ids"] = media_ids
        if platform_post_id is not UNSET:
            field_dict["platform_post_id"] = platform_post_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_error import JobError  # noqa: PLC0415

        d = dict(src_dict)
        item_id = d.pop("item_id")

        def _parse_post_type(data: object) -> PostType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_post_type_value_type_0 = PostType(data)

                return componentsschemas_post_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostType | str, data)

        post_type = _parse_post_type(d.pop("post_type"))

        def _parse_platform(data: object) -> Platform | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_platform_value_type_0 = Platform(data)

                return componentsschemas_platform_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Platform | str, data)

        platform = _parse_platform(d.pop("platform"))

        def _parse_status(data: object) -> PostItemStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_post_item_status_value_type_0 = PostItemStatus(data)

                return componentsschemas_post_item_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostItemStatus | str, data)

        status = _parse_status(d.pop("status"))

        content = d.pop("content", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        media_ids = cast(list[str], d.pop("media_ids", UNSET))

        def _parse_platform_post_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform_post_id = _parse_platform_post_id(d.pop("platform_post_id", UNSET))

        _error = d.pop("error", UNSET)
        error: JobError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = JobError.from_dict(_error)

        post_item = cls(
            item_id=item_id,
            post_type=post_type,
            platform=platform,
            status=status,
            content=content,
            title=title,
            media_ids=media_ids,
            platform_post_id=platform_post_id,
            error=error,
        )

        post_item.additional_properties = d
        return post_item

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
