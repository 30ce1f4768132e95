from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
from ..models.video_model import VideoModel
from ..models.video_size import VideoSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generated_video import GeneratedVideo
    from ..models.job_error import JobError


T = TypeVar("T", bound="VideoGeneration")


@_attrs_define
class VideoGeneration:
    """A video generation."""

    video_generation_id: str
    """ The job's id. """
    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """
    prompt: str
    """ The prompt. """
    size: str | VideoSize
    """ A `VideoSize`, or one this client does not know yet (kept as a string). """
    duration: int
    """ Requested length in seconds. """
    has_audio: bool
    """ Whether sound was requested. """
    model: str | VideoModel
    """ A `VideoModel`, or one this client does not know yet (kept as a string). """
    created_at: datetime.datetime
    """ When the job started. """
    source_image: None | str | Unset = UNSET
    """ The starting image's media id, if any. """
    credits_used: int | Unset = UNSET
    """ Credits charged (0 once refunded after a failure). """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ When it reached a final status. """
    video: GeneratedVideo | None | Unset = UNSET
    """ The video once completed; `null` before. """
    error: JobError | Unset = UNSET
    """ Why a job failed (on `GET` of a failed caption, image or video job). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.generated_video import GeneratedVideo  # noqa: PLC0415

        video_generation_id = self.video_generation_id

        status: str
        if isinstance(self.status, GenerationStatus):
            status = self.status.value
        else:
            status = self.status

        prompt = self.prompt

        size: str
        if isinstance(self.size, VideoSize):
            size = self.size.value
        else:
            size = self.size

        duration = self.duration

        has_audio = self.has_audio

        model: str
        if isinstance(self.model, VideoModel):
            model = self.model.value
        else:
            model = self.model

        created_at = self.created_at.isoformat()

        source_image: None | str | Unset
        if isinstance(self.source_image, Unset):
            source_image = UNSET
        else:
            source_image = self.source_image

        credits_used = self.credits_used

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, GeneratedVideo):
            video = self.video.to_dict()
        else:
            video = self.video

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_generation_id": video_generation_id,
                "status": status,
                "prompt": prompt,
                "size": size,
                "duration": duration,
                "has_audio": has_audio,
                "model": model,
                "created_at": created_at,
            }
        )
        if source_image is not UNSET:
            field_dict["source_image"] = source_image
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if video is not UNSET:
            field_dict["video"] = video
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generated_video import GeneratedVideo  # noqa: PLC0415
        from ..models.job_error import JobError  # noqa: PLC0415

        d = dict(src_dict)
        video_generation_id = d.pop("video_generation_id")

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

        prompt = d.pop("prompt")

        def _parse_size(data: object) -> str | VideoSize:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_video_size_value_type_0 = VideoSize(data)

                return componentsschemas_video_size_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoSize, data)

        size = _parse_size(d.pop("size"))

        duration = d.pop("duration")

        has_audio = d.pop("has_audio")

        def _parse_model(data: object) -> str | VideoModel:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_video_model_value_type_0 = VideoModel(data)

                return componentsschemas_video_model_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoModel, data)

        model = _parse_model(d.pop("model"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_source_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_image = _parse_source_image(d.pop("source_image", UNSET))

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

        def _parse_video(data: object) -> GeneratedVideo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = GeneratedVideo.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneratedVideo | None | Unset, data)

        video = _parse_video(d.pop("video", UNSET))

        _error = d.pop("error", UNSET)
        error: JobError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = JobError.from_dict(_error)

        video_generation = cls(
            video_generation_id=video_generation_id,
            status=status,
            prompt=prompt,
            size=size,
            duration=duration,
            has_audio=has_audio,
            model=model,
            created_at=created_at,
            source_image=source_image,
            credits_used=credits_used,
            completed_at=completed_at,
            video=video,
            error=error,
        )

        video_generation.additional_properties = d
        return video_generation

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
