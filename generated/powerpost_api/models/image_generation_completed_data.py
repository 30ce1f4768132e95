from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generated_image import GeneratedImage


T = TypeVar("T", bound="ImageGenerationCompletedData")


@_attrs_define
class ImageGenerationCompletedData:
    """Payload of `image_generation.completed`."""

    image_generation_id: str
    """ The image generation. """
    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """
    images: list[GeneratedImage] | Unset = UNSET
    """ The images. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_generation_id = self.image_generation_id

        status: str
        if isinstance(self.status, GenerationStatus):
            status = self.status.value
        else:
            status = self.status

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_generation_id": image_generation_id,
                "status": status,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generated_image import GeneratedImage  # noqa: PLC0415

        d = dict(src_dict)
        image_generation_id = d.pop("image_generation_id")

        def _parse_status(data: object) -> GenerationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_generation_status_value_type_0 = GenerationStatus(
                    data
                )

                return componentsschemas_generation_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationStatus | str, data)

        status = _parse_status(d.pop("status"))

        _images = d.pop("images", UNSET)
        images: list[GeneratedImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = GeneratedImage.from_dict(images_item_data)

                images.append(images_item)

        image_generation_completed_data = cls(
            image_generation_id=image_generation_id,
            status=status,
            images=images,
        )

        image_generation_completed_data.additional_properties = d
        return image_generation_completed_data

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
