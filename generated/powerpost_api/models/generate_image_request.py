from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_model import ImageModel
from ..models.image_size import ImageSize
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

_ImageModel_BY_VALUE = enum_index(ImageModel)
_ImageSize_BY_VALUE = enum_index(ImageSize)
_PostType_BY_VALUE = enum_index(PostType)

T = TypeVar("T", bound="GenerateImageRequest")


@_attrs_define
class GenerateImageRequest:
    """What image to generate. `prompt` is required unless `generation_id` is given."""

    prompt: str | None = None
    """ What to draw (at most 2,000 characters). Optional in post mode. """

    size: ImageSize | str | None = ImageSize.SQUARE
    """ `square` (1:1), `feed` (4:5), `portrait` (9:16), `landscape` (16:9). """

    quantity: int | None = 1
    """ How many images (1–4). """

    model: ImageModel | str | None = ImageModel.FLUX2_FLEX
    """ `flux2-flex` (FLUX.2 Flex: multi-reference, fine control), `ideogram-3` (text rendering, logos),
    `gpt-image-1.5` (photorealism; no `feed` size), `nano-banana-2` (speed, good text).
     """

    enhance_prompt: bool | None = False
    """ Let the AI rewrite the prompt first. """

    style_images: list[str] | None = None
    """ Media ids of up to 4 uploaded reference images (reference mode). """

    generation_id: str | None = None
    """ A completed caption generation to illustrate (post mode). """

    source_post_type: PostType | str | None = None
    """ A publishing format on a platform. Post types of one platform share that platform's caption.
    `instagram-feed`, `instagram-reel`, `instagram-story` (instagram); `tiktok-video`, `tiktok-photos`
    (tiktok); `youtube-video`, `youtube-short` (youtube); `x-post` (x); `facebook-post`, `facebook-reel`,
    `facebook-story` (facebook); `linkedin-post` (linkedin, personal profile).
     """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.prompt is not None:
            field_dict["prompt"] = self.prompt
        if self.size is not None:
            field_dict["size"] = (
                self.size.value if isinstance(self.size, Enum) else self.size
            )
        if self.quantity is not None:
            field_dict["quantity"] = self.quantity
        if self.model is not None:
            field_dict["model"] = (
                self.model.value if isinstance(self.model, Enum) else self.model
            )
        if self.enhance_prompt is not None:
            field_dict["enhance_prompt"] = self.enhance_prompt
        if self.style_images is not None:
            field_dict["style_images"] = self.style_images
        if self.generation_id is not None:
            field_dict["generation_id"] = self.generation_id
        if self.source_post_type is not None:
            field_dict["source_post_type"] = (
                self.source_post_type.value
                if isinstance(self.source_post_type, Enum)
                else self.source_post_type
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        d = dict(src_dict)
        _prompt = d.pop("prompt", UNSET)
        prompt: Any
        if _prompt is UNSET:
            prompt = None
        elif isinstance(_prompt, str):
            prompt = _prompt
        else:
            prompt = deviation(_prompt, _at, "prompt")
        _size = d.pop("size", UNSET)
        size: Any
        size = _ImageSize_BY_VALUE.get(_size) if isinstance(_size, str) else None
        if size is not None:
            pass
        elif _size is UNSET:
            size = None
        else:
            size = enum_deviation(_size, _at, "size")
        _quantity = d.pop("quantity", UNSET)
        quantity: Any
        if _quantity is UNSET:
            quantity = None
        elif isinstance(_quantity, int) and not isinstance(_quantity, bool):
            quantity = _quantity
        else:
            quantity = deviation(_quantity, _at, "quantity")
        _model = d.pop("model", UNSET)
        model: Any
        model = _ImageModel_BY_VALUE.get(_model) if isinstance(_model, str) else None
        if model is not None:
            pass
        elif _model is UNSET:
            model = None
        else:
            model = enum_deviation(_model, _at, "model")
        _enhance_prompt = d.pop("enhance_prompt", UNSET)
        enhance_prompt: Any
        if _enhance_prompt is UNSET:
            enhance_prompt = None
        elif isinstance(_enhance_prompt, bool):
            enhance_prompt = _enhance_prompt
        else:
            enhance_prompt = deviation(_enhance_prompt, _at, "enhance_prompt")
        _style_images = d.pop("style_images", UNSET)
        style_images: Any
        if _style_images is UNSET:
            style_images = None
        elif isinstance(_style_images, list):
            style_images = [
                x if isinstance(x, str) else deviation(x, _at + "/style_images", i)
                for i, x in enumerate(_style_images)
            ]
        else:
            style_images = deviation(_style_images, _at, "style_images")
        _generation_id = d.pop("generation_id", UNSET)
        generation_id: Any
        if _generation_id is UNSET:
            generation_id = None
        elif isinstance(_generation_id, str):
            generation_id = _generation_id
        else:
            generation_id = deviation(_generation_id, _at, "generation_id")
        _source_post_type = d.pop("source_post_type", UNSET)
        source_post_type: Any
        source_post_type = (
            _PostType_BY_VALUE.get(_source_post_type)
            if isinstance(_source_post_type, str)
            else None
        )
        if source_post_type is not None:
            pass
        elif _source_post_type is UNSET:
            source_post_type = None
        else:
            source_post_type = enum_deviation(
                _source_post_type, _at, "source_post_type"
            )
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        generate_image_request = cls(
            prompt,
            size,
            quantity,
            model,
            enhance_prompt,
            style_images,
            generation_id,
            source_post_type,
        )
        generate_image_request.additional_properties = d
        return generate_image_request

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
    "prompt",
    "size",
    "quantity",
    "model",
    "enhance_prompt",
    "style_images",
    "generation_id",
    "source_post_type",
)
