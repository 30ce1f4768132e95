from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_model import ImageModel
from ..models.image_size import ImageSize
from ..models.post_type import PostType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateImageRequest")


@_attrs_define
class GenerateImageRequest:
    """What image to generate. `prompt` is required unless `generation_id` is given."""

    prompt: str | Unset = UNSET
    """ What to draw (at most 2,000 characters). Optional in post mode. """
    size: ImageSize | Unset = ImageSize.SQUARE
    """ `square` (1:1), `feed` (4:5), `portrait` (9:16), `landscape` (16:9). """
    quantity: int | Unset = 1
    """ How many images (1–4). """
    model: ImageModel | Unset = ImageModel.FLUX2_FLEX
    """ `flux2-flex` (FLUX.2 Flex: multi-reference, fine control), `ideogram-3` (text rendering, logos),
    `gpt-image-1.5` (photorealism; no `feed` size), `nano-banana-2` (speed, good text).
     """
    enhance_prompt: bool | Unset = False
    """ Let the AI rewrite the prompt first. """
    style_images: list[str] | Unset = UNSET
    """ Media ids of up to 4 uploaded reference images (reference mode). """
    generation_id: str | Unset = UNSET
    """ A completed caption generation to illustrate (post mode). """
    source_post_type: PostType | Unset = UNSET
    """ A publishing format on a platform. Post types of one platform share that platform's caption.
    `instagram-feed`, `instagram-reel`, `instagram-story` (instagram); `tiktok-video`, `tiktok-photos`
    (tiktok); `youtube-video`, `youtube-short` (youtube); `x-post` (x); `facebook-post`, `facebook-reel`,
    `facebook-story` (facebook); `linkedin-post` (linkedin, personal profile).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        quantity = self.quantity

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        enhance_prompt = self.enhance_prompt

        style_images: list[str] | Unset = UNSET
        if not isinstance(self.style_images, Unset):
            style_images = self.style_images

        generation_id = self.generation_id

        source_post_type: str | Unset = UNSET
        if not isinstance(self.source_post_type, Unset):
            source_post_type = self.source_post_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if size is not UNSET:
            field_dict["size"] = size
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if model is not UNSET:
            field_dict["model"] = model
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if style_images is not UNSET:
            field_dict["style_images"] = style_images
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if source_post_type is not UNSET:
            field_dict["source_post_type"] = source_post_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        _size = d.pop("size", UNSET)
        size: ImageSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = ImageSize(_size)

        quantity = d.pop("quantity", UNSET)

        _model = d.pop("model", UNSET)
        model: ImageModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ImageModel(_model)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        style_images = cast(list[str], d.pop("style_images", UNSET))

        generation_id = d.pop("generation_id", UNSET)

        _source_post_type = d.pop("source_post_type", UNSET)
        source_post_type: PostType | Unset
        if isinstance(_source_post_type, Unset):
            source_post_type = UNSET
        else:
            source_post_type = PostType(_source_post_type)

        generate_image_request = cls(
            prompt=prompt,
            size=size,
            quantity=quantity,
            model=model,
            enhance_prompt=enhance_prompt,
            style_images=style_images,
            generation_id=generation_id,
            source_post_type=source_post_type,
        )

        generate_image_request.additional_properties = d
        return generate_image_request

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
