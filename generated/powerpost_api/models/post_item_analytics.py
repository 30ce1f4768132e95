from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..models.post_item_status import PostItemStatus
from ..models.post_type import PostType

if TYPE_CHECKING:
    from ..models.post_metrics import PostMetrics


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
    metrics: None | PostMetrics
    """ `null` until the item has been posted and its metrics fetched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_metrics import PostMetrics  # noqa: PLC0415

        post_item_id = self.post_item_id

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

        metrics: dict[str, Any] | None
        if isinstance(self.metrics, PostMetrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "post_item_id": post_item_id,
                "post_type": post_type,
                "platform": platform,
                "status": status,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_metrics import PostMetrics  # noqa: PLC0415

        d = dict(src_dict)
        post_item_id = d.pop("post_item_id")

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

        def _parse_metrics(data: object) -> None | PostMetrics:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = PostMetrics.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostMetrics, data)

        metrics = _parse_metrics(d.pop("metrics"))

        post_item_analytics = cls(
            post_item_id=post_item_id,
            post_type=post_type,
            platform=platform,
            status=status,
            metrics=metrics,
        )

        post_item_analytics.additional_properties = d
        return post_item_analytics

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
