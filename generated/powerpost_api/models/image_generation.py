from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
from ..models.image_model import ImageModel
from ..models.image_size import ImageSize
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_GenerationStatus_BY_VALUE = enum_index(GenerationStatus)
_ImageModel_BY_VALUE = enum_index(ImageModel)
_ImageSize_BY_VALUE = enum_index(ImageSize)

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

    prompt: str | None = None
    """ The prompt used, if any. """

    model: ImageModel | str | None = None
    """ An `ImageModel`, or one this client does not know yet (kept as a string). """

    generation_id: str | None = None
    """ The caption generation illustrated (post mode). """

    credits_used: float | None = None
    """ Credits charged after refunds; a number, like the balance. """

    completed_at: datetime.datetime | None = None
    """ When it reached a final status. """

    images: list[GeneratedImage] | None = None
    """ The images made so far (all of them once completed; the successful ones on a partial failure);
    absent or `null` while the job runs.
     """

    error: JobError | None = None
    """ Why the job failed, on a failed job; absent or `null` otherwise. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["image_generation_id"] = self.image_generation_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        field_dict["size"] = (
            self.size.value if isinstance(self.size, Enum) else self.size
        )
        field_dict["quantity"] = self.quantity
        field_dict["created_at"] = (
            self.created_at.isoformat()
            if isinstance(self.created_at, datetime.date)
            else self.created_at
        )
        if self.prompt is not None:
            field_dict["prompt"] = self.prompt
        if self.model is not None:
            field_dict["model"] = (
                self.model.value if isinstance(self.model, Enum) else self.model
            )
        if self.generation_id is not None:
            field_dict["generation_id"] = self.generation_id
        if self.credits_used is not None:
            field_dict["credits_used"] = self.credits_used
        if self.completed_at is not None:
            field_dict["completed_at"] = (
                self.completed_at.isoformat()
                if isinstance(self.completed_at, datetime.date)
                else self.completed_at
            )
        if self.images is not None:
            field_dict["images"] = (
                [
                    (x.to_dict() if isinstance(x, GeneratedImage) else x)
                    for x in self.images
                ]
                if isinstance(self.images, list)
                else self.images
            )
        if self.error is not None:
            field_dict["error"] = (
                self.error.to_dict() if isinstance(self.error, JobError) else self.error
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        # Fast path: a plain dict holding only the spec's keys, each value of its type, read straight.
        if type(src_dict) is dict:
            src_get = src_dict.get
            src_absent = 0  # how many of the optional keys are missing
            try:
                image_generation_id = src_dict["image_generation_id"]
                if type(image_generation_id) is not str:
                    raise TypeError

                status = src_dict["status"]
                status = _GenerationStatus_BY_VALUE[status]

                size = src_dict["size"]
                size = _ImageSize_BY_VALUE[size]

                quantity = src_dict["quantity"]
                if type(quantity) is not int:
                    raise TypeError

                created_at = src_dict["created_at"]
                created_at = datetime.datetime.fromisoformat(created_at)

                prompt = src_get("prompt")
                if prompt is not None:
                    if type(prompt) is not str:
                        raise TypeError
                elif "prompt" not in src_dict:
                    src_absent += 1

                model = src_get("model")
                if model is not None:
                    model = _ImageModel_BY_VALUE[model]
                elif "model" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                generation_id = src_get("generation_id")
                if generation_id is not None:
                    if type(generation_id) is not str:
                        raise TypeError
                elif "generation_id" not in src_dict:
                    src_absent += 1

                credits_used = src_get("credits_used")
                if credits_used is not None:
                    if (
                        type(credits_used) is not float
                        and type(credits_used) is not int
                    ):
                        raise TypeError
                elif "credits_used" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                completed_at = src_get("completed_at")
                if completed_at is not None:
                    completed_at = datetime.datetime.fromisoformat(completed_at)
                elif "completed_at" not in src_dict:
                    src_absent += 1

                images = src_get("images")
                if images is not None:
                    if type(images) is not list:
                        raise TypeError
                elif "images" not in src_dict:
                    src_absent += 1

                error = src_get("error")
                if error is not None:
                    if type(error) is not dict:
                        raise TypeError
                elif "error" not in src_dict:
                    src_absent += 1

                if len(src_dict) != 12 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if images is not None:
                    images = [
                        GeneratedImage.from_dict(x, f"{_at + '/images'}/{i}")
                        if isinstance(x, dict)
                        else deviation(x, _at + "/images", i)
                        for i, x in enumerate(images)
                    ]

                if error is not None:
                    error = JobError.from_dict(error, _at + "/error")

                return cls(
                    image_generation_id,
                    status,
                    size,
                    quantity,
                    created_at,
                    prompt,
                    model,
                    generation_id,
                    credits_used,
                    completed_at,
                    images,
                    error,
                )
        d = dict(src_dict)
        _image_generation_id = d.pop("image_generation_id", UNSET)
        image_generation_id: Any
        if isinstance(_image_generation_id, str):
            image_generation_id = _image_generation_id
        else:
            image_generation_id = deviation(
                _image_generation_id, _at, "image_generation_id"
            )
        _status = d.pop("status", UNSET)
        status: Any
        status = (
            _GenerationStatus_BY_VALUE.get(_status)
            if isinstance(_status, str)
            else None
        )
        if status is not None:
            pass
        else:
            status = enum_deviation(_status, _at, "status")
        _size = d.pop("size", UNSET)
        size: Any
        size = _ImageSize_BY_VALUE.get(_size) if isinstance(_size, str) else None
        if size is not None:
            pass
        else:
            size = enum_deviation(_size, _at, "size")
        _quantity = d.pop("quantity", UNSET)
        quantity: Any
        if isinstance(_quantity, int) and not isinstance(_quantity, bool):
            quantity = _quantity
        else:
            quantity = deviation(_quantity, _at, "quantity")
        _created_at = d.pop("created_at", UNSET)
        created_at: Any
        if isinstance(_created_at, str):
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                created_at = deviation(_created_at, _at, "created_at")
        elif isinstance(_created_at, datetime.datetime):
            created_at = _created_at
        else:
            created_at = deviation(_created_at, _at, "created_at")
        _prompt = d.pop("prompt", UNSET)
        prompt: Any
        if _prompt is UNSET:
            prompt = None
        elif isinstance(_prompt, str):
            prompt = _prompt
        elif _prompt is None:
            prompt = None
        else:
            prompt = deviation(_prompt, _at, "prompt")
        _model = d.pop("model", UNSET)
        model: Any
        model = _ImageModel_BY_VALUE.get(_model) if isinstance(_model, str) else None
        if model is not None:
            pass
        elif _model is UNSET:
            model = None
        else:
            model = enum_deviation(_model, _at, "model")
        _generation_id = d.pop("generation_id", UNSET)
        generation_id: Any
        if _generation_id is UNSET:
            generation_id = None
        elif isinstance(_generation_id, str):
            generation_id = _generation_id
        elif _generation_id is None:
            generation_id = None
        else:
            generation_id = deviation(_generation_id, _at, "generation_id")
        _credits_used = d.pop("credits_used", UNSET)
        credits_used: Any
        if _credits_used is UNSET:
            credits_used = None
        elif isinstance(_credits_used, (int, float)) and not isinstance(
            _credits_used, bool
        ):
            credits_used = _credits_used
        else:
            credits_used = deviation(_credits_used, _at, "credits_used")
        _completed_at = d.pop("completed_at", UNSET)
        completed_at: Any
        if _completed_at is UNSET:
            completed_at = None
        elif isinstance(_completed_at, str):
            try:
                completed_at = datetime.datetime.fromisoformat(_completed_at)
            except ValueError:
                completed_at = deviation(_completed_at, _at, "completed_at")
        elif isinstance(_completed_at, datetime.datetime):
            completed_at = _completed_at
        elif _completed_at is None:
            completed_at = None
        else:
            completed_at = deviation(_completed_at, _at, "completed_at")
        _images = d.pop("images", UNSET)
        images: Any
        if _images is UNSET:
            images = None
        elif isinstance(_images, list):
            images = [
                GeneratedImage.from_dict(x, f"{_at + '/images'}/{i}")
                if isinstance(x, dict)
                else deviation(x, _at + "/images", i)
                for i, x in enumerate(_images)
            ]
        elif _images is None:
            images = None
        else:
            images = deviation(_images, _at, "images")
        _error = d.pop("error", UNSET)
        error: Any
        if _error is UNSET:
            error = None
        elif isinstance(_error, dict):
            error = JobError.from_dict(_error, _at + "/error")
        elif isinstance(_error, JobError):
            error = _error
        elif _error is None:
            error = None
        else:
            error = deviation(_error, _at, "error")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        image_generation = cls(
            image_generation_id,
            status,
            size,
            quantity,
            created_at,
            prompt,
            model,
            generation_id,
            credits_used,
            completed_at,
            images,
            error,
        )
        image_generation.additional_properties = d
        return image_generation

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
    "image_generation_id",
    "status",
    "size",
    "quantity",
    "created_at",
    "prompt",
    "model",
    "generation_id",
    "credits_used",
    "completed_at",
    "images",
    "error",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.generated_image import GeneratedImage  # noqa: E402
from ..models.job_error import JobError  # noqa: E402
