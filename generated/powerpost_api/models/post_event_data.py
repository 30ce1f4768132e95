from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_status import PostStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_item import PostItem


T = TypeVar("T", bound="PostEventData")


@_attrs_define
class PostEventData:
    """Payload of `post.published` and `post.failed`."""

    post_id: str
    """ The post. """
    status: PostStatus | str
    """ A `PostStatus`, or a status this client does not know yet (kept as a string). """
    items: list[PostItem]
    """ The items with their final statuses. """
    error_code: str | Unset = UNSET
    """ `post.failed` only: why, e.g. `PUBLISH_FAILED`. """
    error_message: str | Unset = UNSET
    """ `post.failed` only: human-readable explanation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_id = self.post_id

        status: str
        if isinstance(self.status, PostStatus):
            status = self.status.value
        else:
            status = self.status

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        error_code = self.error_code

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "post_id": post_id,
                "status": status,
                "items": items,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

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

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PostItem.from_dict(items_item_data)

            items.append(items_item)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        post_event_data = cls(
            post_id=post_id,
            status=status,
            items=items,
            error_code=error_code,
            error_message=error_message,
        )

        post_event_data.additional_properties = d
        return post_event_data

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
