from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostMetrics")


@_attrs_define
class PostMetrics:
    """An item's metrics as last fetched from the platform."""

    views: int
    """ Views or impressions, whichever the platform reports. """
    likes: int
    """ Likes or reactions. """
    comments: int
    """ Comments. """
    fetched_at: datetime.datetime
    """ When they were fetched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        views = self.views

        likes = self.likes

        comments = self.comments

        fetched_at = self.fetched_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "views": views,
                "likes": likes,
                "comments": comments,
                "fetched_at": fetched_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        views = d.pop("views")

        likes = d.pop("likes")

        comments = d.pop("comments")

        fetched_at = datetime.datetime.fromisoformat(d.pop("fetched_at"))

        post_metrics = cls(
            views=views,
            likes=likes,
            comments=comments,
            fetched_at=fetched_at,
        )

        post_metrics.additional_properties = d
        return post_metrics

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
