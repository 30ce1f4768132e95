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

T = TypeVar("T", bound="CreatePostRequest")


@_attrs_define
class CreatePostRequest:
    """A new draft post. Without `generation_id`, every item needs `content`."""

    items: list[CreatePostItem]
    """ One item per post type (1–12). """

    generation_id: str | None = None
    """ A completed caption generation to fill the items' content from. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["items"] = (
            [(x.to_dict() if isinstance(x, CreatePostItem) else x) for x in self.items]
            if isinstance(self.items, list)
            else self.items
        )
        if self.generation_id is not None:
            field_dict["generation_id"] = self.generation_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: Any
        if isinstance(_items, list):
            items = [
                CreatePostItem.from_dict(x, f"{_at + '/items'}/{i}")
                if isinstance(x, dict)
                else deviation(x, _at + "/items", i)
                for i, x in enumerate(_items)
            ]
        else:
            items = deviation(_items, _at, "items")
        _generation_id = d.pop("generation_id", UNSET)
        generation_id: Any
        if _generation_id is UNSET:
            generation_id = None
        elif isinstance(_generation_id, str):
            generation_id = _generation_id
        else:
            generation_id = deviation(_generation_id, _at, "generation_id")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        create_post_request = cls(
            items,
            generation_id,
        )
        create_post_request.additional_properties = d
        return create_post_request

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
    "items",
    "generation_id",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.create_post_item import CreatePostItem  # noqa: E402
