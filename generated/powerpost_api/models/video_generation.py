from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
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

_GenerationStatus_BY_VALUE = enum_index(GenerationStatus)
_VideoModel_BY_VALUE = enum_index(VideoModel)
_VideoSize_BY_VALUE = enum_index(VideoSize)

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

    size: VideoSize | str
    """ A `VideoSize`, or one this client does not know yet (kept as a string). """

    duration: int
    """ Requested length in seconds. """

    model: VideoModel | str
    """ A `VideoModel`, or one this client does not know yet (kept as a string). """

    created_at: datetime.datetime
    """ When the job started. """

    has_audio: bool | None = None
    """ Whether sound was requested. Optional: only one published example of a video job shows it. """

    source_image: str | None = None
    """ The starting image's media id, if any. """

    credits_used: float | None = None
    """ Credits charged (0 once refunded after a failure); a number, like the balance. """

    completed_at: datetime.datetime | None = None
    """ When it reached a final status. """

    video: GeneratedVideo | None = None
    """ The video once completed; `null` before. """

    error: JobError | None = None
    """ Why the job failed, on a failed job; absent or `null` otherwise. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["video_generation_id"] = self.video_generation_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        field_dict["prompt"] = self.prompt
        field_dict["size"] = (
            self.size.value if isinstance(self.size, Enum) else self.size
        )
        field_dict["duration"] = self.duration
        field_dict["model"] = (
            self.model.value if isinstance(self.model, Enum) else self.model
        )
        field_dict["created_at"] = (
            self.created_at.isoformat()
            if isinstance(self.created_at, datetime.date)
            else self.created_at
        )
        if self.has_audio is not None:
            field_dict["has_audio"] = self.has_audio
        if self.source_image is not None:
            field_dict["source_image"] = self.source_image
        if self.credits_used is not None:
            field_dict["credits_used"] = self.credits_used
        if self.completed_at is not None:
            field_dict["completed_at"] = (
                self.completed_at.isoformat()
                if isinstance(self.completed_at, datetime.date)
                else self.completed_at
            )
        if self.video is not None:
            field_dict["video"] = (
                self.video.to_dict()
                if isinstance(self.video, GeneratedVideo)
                else self.video
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
                video_generation_id = src_dict["video_generation_id"]
                if type(video_generation_id) is not str:
                    raise TypeError

                status = src_dict["status"]
                status = _GenerationStatus_BY_VALUE[status]

                prompt = src_dict["prompt"]
                if type(prompt) is not str:
                    raise TypeError

                size = src_dict["size"]
                size = _VideoSize_BY_VALUE[size]

                duration = src_dict["duration"]
                if type(duration) is not int:
                    raise TypeError

                model = src_dict["model"]
                model = _VideoModel_BY_VALUE[model]

                created_at = src_dict["created_at"]
                created_at = datetime.datetime.fromisoformat(created_at)

                has_audio = src_get("has_audio")
                if has_audio is not None:
                    if type(has_audio) is not bool:
                        raise TypeError
                elif "has_audio" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                source_image = src_get("source_image")
                if source_image is not None:
                    if type(source_image) is not str:
                        raise TypeError
                elif "source_image" not in src_dict:
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

                video = src_get("video")
                if video is not None:
                    if type(video) is not dict:
                        raise TypeError
                elif "video" not in src_dict:
                    src_absent += 1

                error = src_get("error")
                if error is not None:
                    if type(error) is not dict:
                        raise TypeError
                elif "error" not in src_dict:
                    src_absent += 1

                if len(src_dict) != 13 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if video is not None:
                    video = GeneratedVideo.from_dict(video, _at + "/video")

                if error is not None:
                    error = JobError.from_dict(error, _at + "/error")

                return cls(
                    video_generation_id,
                    status,
                    prompt,
                    size,
                    duration,
                    model,
                    created_at,
                    has_audio,
                    source_image,
                    credits_used,
                    completed_at,
                    video,
                    error,
                )
        d = dict(src_dict)
        _video_generation_id = d.pop("video_generation_id", UNSET)
        video_generation_id: Any
        if isinstance(_video_generation_id, str):
            video_generation_id = _video_generation_id
        else:
            video_generation_id = deviation(
                _video_generation_id, _at, "video_generation_id"
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
        _prompt = d.pop("prompt", UNSET)
        prompt: Any
        if isinstance(_prompt, str):
            prompt = _prompt
        else:
            prompt = deviation(_prompt, _at, "prompt")
        _size = d.pop("size", UNSET)
        size: Any
        size = _VideoSize_BY_VALUE.get(_size) if isinstance(_size, str) else None
        if size is not None:
            pass
        else:
            size = enum_deviation(_size, _at, "size")
        _duration = d.pop("duration", UNSET)
        duration: Any
        if isinstance(_duration, int) and not isinstance(_duration, bool):
            duration = _duration
        else:
            duration = deviation(_duration, _at, "duration")
        _model = d.pop("model", UNSET)
        model: Any
        model = _VideoModel_BY_VALUE.get(_model) if isinstance(_model, str) else None
        if model is not None:
            pass
        else:
            model = enum_deviation(_model, _at, "model")
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
        _has_audio = d.pop("has_audio", UNSET)
        has_audio: Any
        if _has_audio is UNSET:
            has_audio = None
        elif isinstance(_has_audio, bool):
            has_audio = _has_audio
        else:
            has_audio = deviation(_has_audio, _at, "has_audio")
        _source_image = d.pop("source_image", UNSET)
        source_image: Any
        if _source_image is UNSET:
            source_image = None
        elif isinstance(_source_image, str):
            source_image = _source_image
        elif _source_image is None:
            source_image = None
        else:
            source_image = deviation(_source_image, _at, "source_image")
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
        _video = d.pop("video", UNSET)
        video: Any
        if _video is UNSET:
            video = None
        elif isinstance(_video, dict):
            video = GeneratedVideo.from_dict(_video, _at + "/video")
        elif isinstance(_video, GeneratedVideo):
            video = _video
        elif _video is None:
            video = None
        else:
            video = deviation(_video, _at, "video")
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
        video_generation = cls(
            video_generation_id,
            status,
            prompt,
            size,
            duration,
            model,
            created_at,
            has_audio,
            source_image,
            credits_used,
            completed_at,
            video,
            error,
        )
        video_generation.additional_properties = d
        return video_generation

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
    "video_generation_id",
    "status",
    "prompt",
    "size",
    "duration",
    "model",
    "created_at",
    "has_audio",
    "source_image",
    "credits_used",
    "completed_at",
    "video",
    "error",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.generated_video import GeneratedVideo  # noqa: E402
from ..models.job_error import JobError  # noqa: E402
