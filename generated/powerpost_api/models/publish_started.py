from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_status import PostStatus

T = TypeVar("T", bound="PublishStarted")


@_attrs_define
class PublishStarted:
    """Publishing that has started."""

    post_id: str
    """ The post's id. """
    status: PostStatus | str
    """ A `PostStatus`, or a status this client does not know yet (kept as a string). """
    credits_used: int
    """ Credits for publishing every item; failed items are refunded. """
    status_url: str
    """ Relative URL to poll, `/api/v1/posts/{id}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_id = self.post_id

        status: str
        if isinstance(self.status, PostStatus):
            status = self.status.value
        else:
            status = self.status

        credits_used = self.credits_used

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "post_id": post_id,
                "status": status,
                "credits_used": credits_used,
                "status_url": status_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        credits_used = d.pop("credits_used")

        status_url = d.pop("status_url")

        publish_started = cls(
            post_id=post_id,
            status=status,
            credits_used=credits_used,
            status_url=status_url,
        )

        publish_started.additional_properties = d
        return publish_started

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
