from __future__ import annotations

import datetime
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
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["views"] = self.views
        field_dict["likes"] = self.likes
        field_dict["comments"] = self.comments
        field_dict["fetched_at"] = (
            self.fetched_at.isoformat()
            if isinstance(self.fetched_at, datetime.date)
            else self.fetched_at
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
                views = src_dict["views"]
                if type(views) is not int:
                    raise TypeError

                likes = src_dict["likes"]
                if type(likes) is not int:
                    raise TypeError

                comments = src_dict["comments"]
                if type(comments) is not int:
                    raise TypeError

                fetched_at = src_dict["fetched_at"]
                fetched_at = datetime.datetime.fromisoformat(fetched_at)

                if len(src_dict) != 4:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    views,
                    likes,
                    comments,
                    fetched_at,
                )
        d = dict(src_dict)
        _views = d.pop("views", UNSET)
        views: Any
        if isinstance(_views, int) and not isinstance(_views, bool):
            views = _views
        else:
            views = deviation(_views, _at, "views")
        _likes = d.pop("likes", UNSET)
        likes: Any
        if isinstance(_likes, int) and not isinstance(_likes, bool):
            likes = _likes
        else:
            likes = deviation(_likes, _at, "likes")
        _comments = d.pop("comments", UNSET)
        comments: Any
        if isinstance(_comments, int) and not isinstance(_comments, bool):
            comments = _comments
        else:
            comments = deviation(_comments, _at, "comments")
        _fetched_at = d.pop("fetched_at", UNSET)
        fetched_at: Any
        if isinstance(_fetched_at, str):
            try:
                fetched_at = datetime.datetime.fromisoformat(_fetched_at)
            except ValueError:
                fetched_at = deviation(_fetched_at, _at, "fetched_at")
        elif isinstance(_fetched_at, datetime.datetime):
            fetched_at = _fetched_at
        else:
            fetched_at = deviation(_fetched_at, _at, "fetched_at")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        post_metrics = cls(
            views,
            likes,
            comments,
            fetched_at,
        )
        post_metrics.additional_properties = d
        return post_metrics

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
    "views",
    "likes",
    "comments",
    "fetched_at",
)
