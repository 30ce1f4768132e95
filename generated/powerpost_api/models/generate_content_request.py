from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_type import PostType
from ..models.research_mode import ResearchMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateContentRequest")


@_attrs_define
class GenerateContentRequest:
    """What to write captions for. Send `prompt`, `media_ids` or both (without `media_ids`, `prompt` is required)."""

    post_types: list[PostType]
    """ The formats to write for; one caption is written per platform among them. """
    research_mode: ResearchMode
    """ `regular`, or `deep` (more research, costs more). """
    prompt: str | Unset = UNSET
    """ What the post is about (3–2,000 characters). Required unless `media_ids` is given. """
    media_ids: list[str] | Unset = UNSET
    """ Uploaded media to write about; up to 10 images, or exactly one video, never a mix. """
    writing_style_id: str | Unset = UNSET
    """ A writing style set up in the dashboard for this workspace. """
    cta_text: str | Unset = UNSET
    """ A call to action to work into the captions (at most 100 characters). """
    source_urls: list[str] | Unset = UNSET
    """ Up to 10 `https://` pages to research. Private and internal addresses (loopback, private ranges,
    link-local, `localhost`) are silently dropped; each kept URL adds cost; a failed scrape is refunded.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_types = []
        for post_types_item_data in self.post_types:
            post_types_item = post_types_item_data.value
            post_types.append(post_types_item)

        research_mode = self.research_mode.value

        prompt = self.prompt

        media_ids: list[str] | Unset = UNSET
        if not isinstance(self.media_ids, Unset):
            media_ids = self.media_ids

        writing_style_id = self.writing_style_id

        cta_text = self.cta_text

        source_urls: list[str] | Unset = UNSET
        if not isinstance(self.source_urls, Unset):
            source_urls = self.source_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "post_types": post_types,
                "research_mode": research_mode,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if media_ids is not UNSET:
            field_dict["media_ids"] = media_ids
        if writing_style_id is not UNSET:
            field_dict["writing_style_id"] = writing_style_id
        if cta_text is not UNSET:
            field_dict["cta_text"] = cta_text
        if source_urls is not UNSET:
            field_dict["source_urls"] = source_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        post_types = []
        _post_types = d.pop("post_types")
        for post_types_item_data in _post_types:
            post_types_item = PostType(post_types_item_data)

            post_types.append(post_types_item)

        research_mode = ResearchMode(d.pop("research_mode"))

        prompt = d.pop("prompt", UNSET)

        media_ids = cast(list[str], d.pop("media_ids", UNSET))

        writing_style_id = d.pop("writing_style_id", UNSET)

        cta_text = d.pop("cta_text", UNSET)

        source_urls = cast(list[str], d.pop("source_urls", UNSET))

        generate_content_request = cls(
            post_types=post_types,
            research_mode=research_mode,
            prompt=prompt,
            media_ids=media_ids,
            writing_style_id=writing_style_id,
            cta_text=cta_text,
            source_urls=source_urls,
        )

        generate_content_request.additional_properties = d
        return generate_content_request

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
