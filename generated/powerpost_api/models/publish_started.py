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

T = TypeVar("T", bound="PublishStarted")


@_attrs_define
class PublishStarted:
    """Publishing that has started."""

    post_id: str
    """ The post's id. """

    status: PostStatus | str
    """ A `PostStatus`, or a status this client does not know yet (kept as a string). """

    credits_used: float
    """ Credits for publishing every item; failed items are refunded. A number, like the balance. """

    status_url: str | None = None
    """ Relative URL to poll, `/api/v1/posts/{id}`. Optional: only one published example of a publish start shows
    it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["post_id"] = self.post_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        field_dict["credits_used"] = self.credits_used
        if self.status_url is not None:
            field_dict["status_url"] = self.status_url
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

                credits_used = src_dict["credits_used"]
                if type(credits_used) is not float and type(credits_used) is not int:
                    raise TypeError

                status_url = src_get("status_url")
                if status_url is not None:
                    if type(status_url) is not str:
                        raise TypeError
                elif "status_url" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                if len(src_dict) != 4 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    post_id,
                    status,
                    credits_used,
                    status_url,
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
        _credits_used = d.pop("credits_used", UNSET)
        credits_used: Any
        if isinstance(_credits_used, (int, float)) and not isinstance(
            _credits_used, bool
        ):
            credits_used = _credits_used
        else:
            credits_used = deviation(_credits_used, _at, "credits_used")
        _status_url = d.pop("status_url", UNSET)
        status_url: Any
        if _status_url is UNSET:
            status_url = None
        elif isinstance(_status_url, str):
            status_url = _status_url
        else:
            status_url = deviation(_status_url, _at, "status_url")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        publish_started = cls(
            post_id,
            status,
            credits_used,
            status_url,
        )
        publish_started.additional_properties = d
        return publish_started

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
    "credits_used",
    "status_url",
)
