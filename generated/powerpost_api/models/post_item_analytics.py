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

T = TypeVar("T", bound="PostItemAnalytics")


@_attrs_define
class PostItemAnalytics:
    """Analytics of one post item."""

    post_item_id: str
    """ The item's id. """

    post_type: PostType | str
    """ A `PostType`, or a post type this client does not know yet (kept as a string). """

    platform: Platform | str
    """ A `Platform`, or a platform this client does not know yet (kept as a string). """

    status: PostItemStatus | str
    """ A `PostItemStatus`, or a status this client does not know yet (kept as a string). """

    metrics: PostMetrics | None
    """ `null` until the item has been posted and its metrics fetched. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["post_item_id"] = self.post_item_id
        field_dict["post_type"] = (
            self.post_type.value if isinstance(self.post_type, Enum) else self.post_type
        )
        field_dict["platform"] = (
            self.platform.value if isinstance(self.platform, Enum) else self.platform
        )
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        field_dict["metrics"] = (
            self.metrics.to_dict()
            if isinstance(self.metrics, PostMetrics)
            else self.metrics
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        # Fast path: a plain dict holding only the spec's keys, each value of its type, read straight.
        if type(src_dict) is dict:
            try:
                post_item_id = src_dict["post_item_id"]
                if type(post_item_id) is not str:
                    raise TypeError

                post_type = src_dict["post_type"]
                post_type = _PostType_BY_VALUE[post_type]

                platform = src_dict["platform"]
                platform = _Platform_BY_VALUE[platform]

                status = src_dict["status"]
                status = _PostItemStatus_BY_VALUE[status]

                metrics = src_dict["metrics"]
                if metrics is not None:
                    if type(metrics) is not dict:
                        raise TypeError

                if len(src_dict) != 5:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if metrics is not None:
                    metrics = PostMetrics.from_dict(metrics, _at + "/metrics")

                return cls(
                    post_item_id,
                    post_type,
                    platform,
                    status,
                    metrics,
                )
        d = dict(src_dict)
        _post_item_id = d.pop("post_item_id", UNSET)
        post_item_id: Any
        if isinstance(_post_item_id, str):
            post_item_id = _post_item_id
        else:
            post_item_id = deviation(_post_item_id, _at, "post_item_id")
        _post_type = d.pop("post_type", UNSET)
        post_type: Any
        post_type = (
            _PostType_BY_VALUE.get(_post_type) if isinstance(_post_type, str) else None
        )
        if post_type is not None:
            pass
        else:
            post_type = enum_deviation(_post_type, _at, "post_type")
        _platform = d.pop("platform", UNSET)
        platform: Any
        platform = (
            _Platform_BY_VALUE.get(_platform) if isinstance(_platform, str) else None
        )
        if platform is not None:
            pass
        else:
            platform = enum_deviation(_platform, _at, "platform")
        _status = d.pop("status", UNSET)
        status: Any
        status = (
            _PostItemStatus_BY_VALUE.get(_status) if isinstance(_status, str) else None
        )
        if status is not None:
            pass
        else:
            status = enum_deviation(_status, _at, "status")
        _metrics = d.pop("metrics", UNSET)
        metrics: Any
        if isinstance(_metrics, dict):
            metrics = PostMetrics.from_dict(_metrics, _at + "/metrics")
        elif isinstance(_metrics, PostMetrics):
            metrics = _metrics
        elif _metrics is None:
            metrics = None
        else:
            metrics = deviation(_metrics, _at, "metrics")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        post_item_analytics = cls(
            post_item_id,
            post_type,
            platform,
            status,
            metrics,
        )
        post_item_analytics.additional_properties = d
        return post_item_analytics

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
    "post_item_id",
    "post_type",
    "platform",
    "status",
    "metrics",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.post_metrics import PostMetrics  # noqa: E402
