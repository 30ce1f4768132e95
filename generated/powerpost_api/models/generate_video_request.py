from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_video_request_duration import GenerateVideoRequestDuration
from ..models.video_model import VideoModel
from ..models.video_size import VideoSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateVideoRequest")


@_attrs_define
class GenerateVideoRequest:
    """What video to generate."""

    prompt: str
    """ What happens in the video. The maximum depends on the model (2,500 / 3,000 / 1,000). """
    duration: GenerateVideoRequestDuration
    """ Seconds; must be one the model offers (kling and runway 5 or 10, veo 4 or 8). """
    size: VideoSize | Unset = VideoSize.LANDSCAPE
    """ `landscape` (16:9) or `portrait` (9:16). """
    model: VideoModel | Unset = VideoModel.KLING_3_0_PRO
    """ `kling-3.0-pro` (Kling 3.0 Pro), `veo-3.1` (Google Veo 3.1), `runway-gen-4.5` (Runway Gen-4.5, no audio).
    """
    has_audio: bool | Unset = False
    """ Generate sound (not with `runway-gen-4.5`). """
    enhance_prompt: bool | Unset = False
    """ Let the AI rewrite the prompt first. """
    source_image: str | Unset = UNSET
    """ Media id of an uploaded image to start from (image-to-video). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration.value

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        has_audio = self.has_audio

        enhance_prompt = self.enhance_prompt

        source_image = self.source_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if model is not UNSET:
            field_dict["model"] = model
        if has_audio is not UNSET:
            field_dict["has_audio"] = has_audio
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if source_image is not UNSET:
            field_dict["source_image"] = source_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration = GenerateVideoRequestDuration(d.pop("duration"))

        _size = d.pop("size", UNSET)
        size: VideoSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = VideoSize(_size)

        _model = d.pop("model", UNSET)
        model: VideoModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = VideoModel(_model)

        has_audio = d.pop("has_audio", UNSET)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        source_image = d.pop("source_image", UNSET)

        generate_video_request = cls(
            prompt=prompt,
            duration=duration,
            size=size,
            model=model,
            has_audio=has_audio,
            enhance_prompt=enhance_prompt,
            source_image=source_image,
        )

        generate_video_request.additional_properties = d
        return generate_video_request

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
