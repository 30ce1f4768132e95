from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_status import PostStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_item import PostItem


T = TypeVar("T", bound="Post")


@_attrs_define
class Post:
    """A post and its items."""

    post_id: str
    """ The post's id. """
    status: PostStatus | str
    """ A `PostStatus`, or a status this client does not know yet (kept as a string). """
    created_at: datetime.datetime
    """ When it was created. """
    items: list[PostItem]
    """ The items, one per post type. """
    generation_id: None | str | Unset = UNSET
    """ The caption generation it was filled from, if any. """
    published_at: datetime.datetime | None | Unset = UNSET
    """ When publishing finished. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_id = self.post_id

        status: str
        if isinstance(self.status, PostStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        generation_id: None | str | Unset
        if isinstance(self.generation_id, Unset):
            generation_id = UNSET
        else:
            generation_id = self.generation_id

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "post_id": post_id,
                "status": status,
                "created_at": created_at,
                "items": items,
            }
        )
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if published_at is not UNSET:
            field_dict["published_at"] = published_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_item import PostItem  # noqa: PLC0415

        d = dict(src_dict)
        post_id = d.pop("post_id")

        def _parse_status(data: object) -> PostStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_post_status_value_type_0 = PostStatus(data)

                return componentsschemas_post_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostStatus | str, data)

        status = _parse_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PostItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_generation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generation_id = _parse_generation_id(d.pop("generation_id", UNSET))

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        post = cls(
            post_id=post_id,
            status=status,
            created_at=created_at,
            items=items,
            generation_id=generation_id,
            published_at=published_at,
        )

        post.additional_properties = d
        return post

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
