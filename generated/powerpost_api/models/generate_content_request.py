from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_type import PostType
from ..models.research_mode import ResearchMode
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_PostType_BY_VALUE = enum_index(PostType)
_ResearchMode_BY_VALUE = enum_index(ResearchMode)

T = TypeVar("T", bound="GenerateContentRequest")


@_attrs_define
class GenerateContentRequest:
    """What to write captions for. Send `prompt`, `media_ids` or both (without `media_ids`, `prompt` is required)."""

    post_types: list[PostType | str]
    """ The formats to write for; one caption is written per platform among them. """

    research_mode: ResearchMode | str
    """ `regular`, or `deep` (more research, costs more). """

    prompt: str | None = None
    """ What the post is about (3–2,000 characters). Required unless `media_ids` is given. """

    media_ids: list[str] | None = None
    """ Uploaded media to write about; up to 10 images, or exactly one video, never a mix. """

    writing_style_id: str | None = None
    """ A writing style set up in the dashboard for this workspace. """

    cta_text: str | None = None
    """ A call to action to work into the captions (at most 100 characters). """

    source_urls: list[str] | None = None
    """ Up to 10 `https://` pages to research. Private and internal addresses (loopback, private ranges,
    link-local, `localhost`) are silently dropped; each kept URL adds cost; a failed scrape is refunded.
     """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["post_types"] = (
            [(x.value if isinstance(x, Enum) else x) for x in self.post_types]
            if isinstance(self.post_types, list)
            else self.post_types
        )
        field_dict["research_mode"] = (
            self.research_mode.value
            if isinstance(self.research_mode, Enum)
            else self.research_mode
        )
        if self.prompt is not None:
            field_dict["prompt"] = self.prompt
        if self.media_ids is not None:
            field_dict["media_ids"] = self.media_ids
        if self.writing_style_id is not None:
            field_dict["writing_style_id"] = self.writing_style_id
        if self.cta_text is not None:
            field_dict["cta_text"] = self.cta_text
        if self.source_urls is not None:
            field_dict["source_urls"] = self.source_urls
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        d = dict(src_dict)
        _post_types = d.pop("post_types", UNSET)
        post_types: Any
        if isinstance(_post_types, list):
            # Every item a value the enum lists: one lookup each (only a str equals a str key). Otherwise (a
            # value this client does not know yet, or not a string) item by item, keeping and reporting each.
            try:
                post_types = [_PostType_BY_VALUE[x] for x in _post_types]
            except (KeyError, TypeError):
                post_types = [
                    _post_types_m
                    if (
                        _post_types_m := _PostType_BY_VALUE.get(x)
                        if isinstance(x, str)
                        else None
                    )
                    is not None
                    else enum_deviation(x, _at + "/post_types", i)
                    for i, x in enumerate(_post_types)
                ]
        else:
            post_types = deviation(_post_types, _at, "post_types")
        _research_mode = d.pop("research_mode", UNSET)
        research_mode: Any
        research_mode = (
            _ResearchMode_BY_VALUE.get(_research_mode)
            if isinstance(_research_mode, str)
            else None
        )
        if research_mode is not None:
            pass
        else:
            research_mode = enum_deviation(_research_mode, _at, "research_mode")
        _prompt = d.pop("prompt", UNSET)
        prompt: Any
        if _prompt is UNSET:
            prompt = None
        elif isinstance(_prompt, str):
            prompt = _prompt
        else:
            prompt = deviation(_prompt, _at, "prompt")
        _media_ids = d.pop("media_ids", UNSET)
        media_ids: Any
        if _media_ids is UNSET:
            media_ids = None
        elif isinstance(_media_ids, list):
            media_ids = [
                x if isinstance(x, str) else deviation(x, _at + "/media_ids", i)
                for i, x in enumerate(_media_ids)
            ]
        else:
            media_ids = deviation(_media_ids, _at, "media_ids")
        _writing_style_id = d.pop("writing_style_id", UNSET)
        writing_style_id: Any
        if _writing_style_id is UNSET:
            writing_style_id = None
        elif isinstance(_writing_style_id, str):
            writing_style_id = _writing_style_id
        else:
            writing_style_id = deviation(_writing_style_id, _at, "writing_style_id")
        _cta_text = d.pop("cta_text", UNSET)
        cta_text: Any
        if _cta_text is UNSET:
            cta_text = None
        elif isinstance(_cta_text, str):
            cta_text = _cta_text
        else:
            cta_text = deviation(_cta_text, _at, "cta_text")
        _source_urls = d.pop("source_urls", UNSET)
        source_urls: Any
        if _source_urls is UNSET:
            source_urls = None
        elif isinstance(_source_urls, list):
            source_urls = [
                x if isinstance(x, str) else deviation(x, _at + "/source_urls", i)
                for i, x in enumerate(_source_urls)
            ]
        else:
            source_urls = deviation(_source_urls, _at, "source_urls")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        generate_content_request = cls(
            post_types,
            research_mode,
            prompt,
            media_ids,
            writing_style_id,
            cta_text,
            source_urls,
        )
        generate_content_request.additional_properties = d
        return generate_content_request

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
    "post_types",
    "research_mode",
    "prompt",
    "media_ids",
    "writing_style_id",
    "cta_text",
    "source_urls",
)
