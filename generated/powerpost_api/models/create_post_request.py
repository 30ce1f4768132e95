from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_post_item import CreatePostItem


T = TypeVar("T", bound="CreatePostRequest")


@_attrs_define
class CreatePostRequest:
    """A new draft post. Without `generation_id`, every item needs `content`."""

    items: list[CreatePostItem]
    """ One item per post type (1–12). """
    generation_id: str | Unset = UNSET
    """ A completed caption generation to fill the items' content from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        generation_id = self.generation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_post_item import CreatePostItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CreatePostItem.from_dict(items_item_data)

            items.append(items_item)

        generation_id = d.pop("generation_id", UNSET)

        create_post_request = cls(
            items=items,
            generation_id=generation_id,
        )

        create_post_request.additional_properties = d
        return create_post_request

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
