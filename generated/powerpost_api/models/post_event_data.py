from __future__ import annotations

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

T = TypeVar("T", bound="PostEventData")


@_attrs_define
class PostEventData:
    """Payload of `post.published` and `post.failed`. PowerPost does not publish these payloads; only the
    post's id and status are required.

    """

    post_id: str
    """ The post. """

    status: PostStatus | str
    """ A `PostStatus`, or a status this client does not know yet (kept as a string). """

    error_code: str | None = None
    """ `post.failed` only: why, e.g. `PUBLISH_FAILED`. """

    error_message: str | None = None
    """ `post.failed` only: human-readable explanation. """

    items: list[PostItem] | None = None
    """ The items with their final statuses, if sent. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["post_id"] = self.post_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code
        if self.error_message is not None:
            field_dict["error_message"] = self.error_message
        if self.items is not None:
            field_dict["items"] = (
                [(x.to_dict() if isinstance(x, PostItem) else x) for x in self.items]
                if isinstance(self.items, list)
                else self.items
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

                error_code = src_get("error_code")
                if error_code is not None:
                    if type(error_code) is not str:
                        raise TypeError
                elif "error_code" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                error_message = src_get("error_message")
                if error_message is not None:
                    if type(error_message) is not str:
                        raise TypeError
                elif "error_message" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                items = src_get("items")
                if items is not None:
                    if type(items) is not list:
                        raise TypeError
                elif "items" not in src_dict:
                    src_absent += 1

                if len(src_dict) != 5 - src_absent:
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
                    error_code,
                    error_message,
                    items,
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
        _error_code = d.pop("error_code", UNSET)
        error_code: Any
        if _error_code is UNSET:
            error_code = None
        elif isinstance(_error_code, str):
            error_code = _error_code
        else:
            error_code = deviation(_error_code, _at, "error_code")
        _error_message = d.pop("error_message", UNSET)
        error_message: Any
        if _error_message is UNSET:
            error_message = None
        elif isinstance(_error_message, str):
            error_message = _error_message
        else:
            error_message = deviation(_error_message, _at, "error_message")
        _items = d.pop("items", UNSET)
        items: Any
        if _items is UNSET:
            items = None
        elif isinstance(_items, list):
            items = [
                PostItem.from_dict(x, f"{_at + '/items'}/{i}")
                if isinstance(x, dict)
                else deviation(x, _at + "/items", i)
                for i, x in enumerate(_items)
            ]
        elif _items is None:
            items = None
        else:
            items = deviation(_items, _at, "items")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        post_event_data = cls(
            post_id,
            status,
            error_code,
            error_message,
            items,
        )
        post_event_data.additional_properties = d
        return post_event_data

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
    "error_code",
    "error_message",
    "items",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.post_item import PostItem  # noqa: E402
