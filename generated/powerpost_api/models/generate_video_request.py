from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_video_request_duration import GenerateVideoRequestDuration
from ..models.video_model import VideoModel
from ..models.video_size import VideoSize
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_GenerateVideoRequestDuration_BY_VALUE = enum_index(GenerateVideoRequestDuration)
_VideoModel_BY_VALUE = enum_index(VideoModel)
_VideoSize_BY_VALUE = enum_index(VideoSize)

T = TypeVar("T", bound="GenerateVideoRequest")


@_attrs_define
class GenerateVideoRequest:
    """What video to generate."""

    prompt: str
    """ What happens in the video. The maximum depends on the model (2,500 / 3,000 / 1,000). """

    duration: GenerateVideoRequestDuration | int
    """ Seconds; must be one the model offers (kling and runway 5 or 10, veo 4 or 8). """

    size: VideoSize | str | None = VideoSize.LANDSCAPE
    """ `landscape` (16:9) or `portrait` (9:16). """

    model: VideoModel | str | None = VideoModel.KLING_3_0_PRO
    """ `kling-3.0-pro` (Kling 3.0 Pro), `veo-3.1` (Google Veo 3.1), `runway-gen-4.5` (Runway Gen-4.5, no audio).
    """

    has_audio: bool | None = False
    """ Generate sound (not with `runway-gen-4.5`). """

    enhance_prompt: bool | None = False
    """ Let the AI rewrite the prompt first. """

    source_image: str | None = None
    """ Media id of an uploaded image to start from (image-to-video). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["prompt"] = self.prompt
        field_dict["duration"] = (
            self.duration.value if isinstance(self.duration, Enum) else self.duration
        )
        if self.size is not None:
            field_dict["size"] = (
                self.size.value if isinstance(self.size, Enum) else self.size
            )
        if self.model is not None:
            field_dict["model"] = (
                self.model.value if isinstance(self.model, Enum) else self.model
            )
        if self.has_audio is not None:
            field_dict["has_audio"] = self.has_audio
        if self.enhance_prompt is not None:
            field_dict["enhance_prompt"] = self.enhance_prompt
        if self.source_image is not None:
            field_dict["source_image"] = self.source_image
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        d = dict(src_dict)
        _prompt = d.pop("prompt", UNSET)
        prompt: Any
        if isinstance(_prompt, str):
            prompt = _prompt
        else:
            prompt = deviation(_prompt, _at, "prompt")
        _duration = d.pop("duration", UNSET)
        duration: Any
        duration = (
            _GenerateVideoRequestDuration_BY_VALUE.get(_duration)
            if isinstance(_duration, int)
            else None
        )
        if duration is not None:
            pass
        else:
            duration = enum_deviation(_duration, _at, "duration")
        _size = d.pop("size", UNSET)
        size: Any
        size = _VideoSize_BY_VALUE.get(_size) if isinstance(_size, str) else None
        if size is not None:
            pass
        elif _size is UNSET:
            size = None
        else:
            size = enum_deviation(_size, _at, "size")
        _model = d.pop("model", UNSET)
        model: Any
        model = _VideoModel_BY_VALUE.get(_model) if isinstance(_model, str) else None
        if model is not None:
            pass
        elif _model is UNSET:
            model = None
        else:
            model = enum_deviation(_model, _at, "model")
        _has_audio = d.pop("has_audio", UNSET)
        has_audio: Any
        if _has_audio is UNSET:
            has_audio = None
        elif isinstance(_has_audio, bool):
            has_audio = _has_audio
        else:
            has_audio = deviation(_has_audio, _at, "has_audio")
        _enhance_prompt = d.pop("enhance_prompt", UNSET)
        enhance_prompt: Any
        if _enhance_prompt is UNSET:
            enhance_prompt = None
        elif isinstance(_enhance_prompt, bool):
            enhance_prompt = _enhance_prompt
        else:
            enhance_prompt = deviation(_enhance_prompt, _at, "enhance_prompt")
        _source_image = d.pop("source_image", UNSET)
        source_image: Any
        if _source_image is UNSET:
            source_image = None
        elif isinstance(_source_image, str):
            source_image = _source_image
        else:
            source_image = deviation(_source_image, _at, "source_image")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        generate_video_request = cls(
            prompt,
            duration,
            size,
            model,
            has_audio,
            enhance_prompt,
            source_image,
        )
        generate_video_request.additional_properties = d
        return generate_video_request

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
    "duration",
    "size",
    "model",
    "has_audio",
    "enhance_prompt",
    "source_image",
)
