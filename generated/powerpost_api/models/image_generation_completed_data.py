from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
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

T = TypeVar("T", bound="ImageGenerationCompletedData")


@_attrs_define
class ImageGenerationCompletedData:
    """Payload of `image_generation.completed`."""

    image_generation_id: str
    """ The image generation. """

    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """

    images: list[GeneratedImage] | None = None
    """ The images (the documented payload is cut off after the id, so nothing more is promised). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["image_generation_id"] = self.image_generation_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
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

                images = src_get("images")
                if images is not None:
                    if type(images) is not list:
                        raise TypeError
                elif "images" not in src_dict:
                    src_absent += 1

                if len(src_dict) != 3 - src_absent:
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

                return cls(
                    image_generation_id,
                    status,
                    images,
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
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        image_generation_completed_data = cls(
            image_generation_id,
            status,
            images,
        )
        image_generation_completed_data.additional_properties = d
        return image_generation_completed_data

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
    "images",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.generated_image import GeneratedImage  # noqa: E402
