from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_status import PostStatus
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_PostStatus_BY_VALUE = enum_index(PostStatus)

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

    generation_id: str | None = None
    """ The caption generation it was filled from, if any. """

    published_at: datetime.datetime | None = None
    """ When publishing finished. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["post_id"] = self.post_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        field_dict["created_at"] = (
            self.created_at.isoformat()
            if isinstance(self.created_at, datetime.date)
            else self.created_at
        )
        field_dict["items"] = (
            [(x.to_dict() if isinstance(x, PostItem) else x) for x in self.items]
            if isinstance(self.items, list)
            else self.items
        )
        if self.generation_id is not None:
            field_dict["generation_id"] = self.generation_id
        if self.published_at is not None:
            field_dict["published_at"] = (
                self.published_at.isoformat()
                if isinstance(self.published_at, datetime.date)
                else self.published_at
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
                post_id = src_dict["post_id"]
                if type(post_id) is not str:
                    raise TypeError

                status = src_dict["status"]
                status = _PostStatus_BY_VALUE[status]

                created_at = src_dict["created_at"]
                created_at = datetime.datetime.fromisoformat(created_at)

                items = src_dict["items"]
                if type(items) is not list:
                    raise TypeError

                generation_id = src_get("generation_id")
                if generation_id is not None:
                    if type(generation_id) is not str:
                        raise TypeError
                elif "generation_id" not in src_dict:
                    src_absent += 1

                published_at = src_get("published_at")
                if published_at is not None:
                    published_at = datetime.datetime.fromisoformat(published_at)
                elif "published_at" not in src_dict:
                    src_absent += 1

                if len(src_dict) != 6 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if items is not None:
                    items = [
                        PostItem.from_dict(x, f"{_at + '/items'}/{i}")
                        if isinstance(x, dict)
                        else deviation(x, _at + "/items", i)
                        for i, x in enumerate(items)
                    ]

                return cls(
                    post_id,
                    status,
                    created_at,
                    items,
                    generation_id,
                    published_at,
                )
        d = dict(src_dict)
        _post_id = d.pop("post_id", UNSET)
        post_id: Any
        if isinstance(_post_id, str):
            post_id = _post_id
        else:
            post_id = deviation(_post_id, _at, "post_id")
        _status = d.pop("status", UNSET)
        status: Any
        status = _PostStatus_BY_VALUE.get(_status) if isinstance(_status, str) else None
        if status is not None:
            pass
        else:
            status = enum_deviation(_status, _at, "status")
        _created_at = d.pop("created_at", UNSET)
        created_at: Any
        if isinstance(_created_at, str):
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                created_at = deviation(_created_at, _at, "created_at")
        elif isinstance(_created_at, datetime.datetime):
            created_at = _created_at
        else:
            created_at = deviation(_created_at, _at, "created_at")
        _items = d.pop("items", UNSET)
        items: Any
        if isinstance(_items, list):
            items = [
                PostItem.from_dict(x, f"{_at + '/items'}/{i}")
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
        elif _generation_id is None:
            generation_id = None
        else:
            generation_id = deviation(_generation_id, _at, "generation_id")
        _published_at = d.pop("published_at", UNSET)
        published_at: Any
        if _published_at is UNSET:
            published_at = None
        elif isinstance(_published_at, str):
            try:
                published_at = datetime.datetime.fromisoformat(_published_at)
            except ValueError:
                published_at = deviation(_published_at, _at, "published_at")
        elif isinstance(_published_at, datetime.datetime):
            published_at = _published_at
        elif _published_at is None:
            published_at = None
        else:
            published_at = deviation(_published_at, _at, "published_at")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        post = cls(
            post_id,
            status,
            created_at,
            items,
            generation_id,
            published_at,
        )
        post.additional_properties = d
        return post

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
    "post_id",
    "status",
    "created_at",
    "items",
    "generation_id",
    "published_at",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.post_item import PostItem  # noqa: E402
