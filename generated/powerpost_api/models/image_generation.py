from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
from ..models.image_model import ImageModel
from ..models.image_size import ImageSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generated_image import GeneratedImage
    from ..models.job_error import JobError


T = TypeVar("T", bound="ImageGeneration")


@_attrs_define
class ImageGeneration:
    """An image generation."""

    image_generation_id: str
    """ The job's id. """
    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """
    size: ImageSize | str
    """ An `ImageSize`, or one this client does not know yet (kept as a string). """
    quantity: int
    """ Images requested. """
    created_at: datetime.datetime
    """ When the job started. """
    prompt: None | str | Unset = UNSET
    """ The prompt used, if any. """
    model: ImageModel | str | Unset = UNSET
    """ An `ImageModel`, or one this client does not know yet (kept as a string). """
    generation_id: None | str | Unset = UNSET
    """ The caption generation illustrated (post mode). """
    credits_used: int | Unset = UNSET
    """ Credits charged after refunds. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ When it reached a final status. """
    images: list[GeneratedImage] | Unset = UNSET
    """ The images made so far (all of them once completed; the successful ones on a partial failure). """
    error: JobError | Unset = UNSET
    """ Why a job failed (on `GET` of a failed caption, image or video job). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_generation_id = self.image_generation_id

        status: str
        if isinstance(self.status, GenerationStatus):
            status = self.status.value
        else:
            status = self.status

        size: str
        if isinstance(self.size, ImageSize):
            size = self.size.value
        else:
            size = self.size

        quantity = self.quantity

        created_at = self.created_at.isoformat()

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ImageModel):
            model = self.model.value
        else:
            model = self.model

        generation_id: None | str | Unset
        if isinstance(self.generation_id, Unset):
            generation_id = UNSET
        else:
            generation_id = self.generation_id

        credits_used = self.credits_used

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_generation_id": image_generation_id,
                "status": status,
                "size": size,
                "quantity": quantity,
                "created_at": created_at,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model is not UNSET:
            field_dict["model"] = model
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if images is not UNSET:
            field_dict["images"] = images
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generated_image import GeneratedImage  # noqa: PLC0415
        from ..models.job_error import JobError  # noqa: PLC0415

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

        def _parse_size(data: object) -> ImageSize | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_image_size_value_type_0 = ImageSize(data)

                return componentsschemas_image_size_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageSize | str, data)

        size = _parse_size(d.pop("size"))

        quantity = d.pop("quantity")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_model(data: object) -> ImageModel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_image_model_value_type_0 = ImageModel(data)

                return componentsschemas_image_model_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageModel | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_generation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generation_id = _parse_generation_id(d.pop("generation_id", UNSET))

        credits_used = d.pop("credits_used", UNSET)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _images = d.pop("images", UNSET)
        images: list[GeneratedImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = GeneratedImage.from_dict(images_item_data)

                images.append(images_item)

        _error = d.pop("error", UNSET)
        error: JobError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = JobError.from_dict(_error)

        image_generation = cls(
            image_generation_id=image_generation_id,
            status=status,
            size=size,
            quantity=quantity,
            created_at=created_at,
            prompt=prompt,
            model=model,
            generation_id=generation_id,
            credits_used=credits_used,
            completed_at=completed_at,
            images=images,
            error=error,
        )

        image_generation.additional_properties = d
        return image_generation

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
