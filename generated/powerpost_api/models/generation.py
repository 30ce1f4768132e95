from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
from ..models.platform import Platform
from ..models.post_type import PostType
from ..models.research_mode import ResearchMode
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
_Platform_BY_VALUE = enum_index(Platform)
_PostType_BY_VALUE = enum_index(PostType)
_ResearchMode_BY_VALUE = enum_index(ResearchMode)

T = TypeVar("T", bound="Generation")


@_attrs_define
class Generation:
    """A caption generation. List items leave out `outputs`. Required are the fields every documented
    example shows (list items and the quickstart's completed generation); `post_types` is never shown in
    a documented response, so it is optional.

    """

    generation_id: str
    """ The job's id. """

    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """

    platforms: list[Platform | str]
    """ The platforms captions are written for (derived from `post_types`). """

    research_mode: ResearchMode | str
    """ A `ResearchMode`, or one this client does not know yet (kept as a string). """

    credits_used: float
    """ Credits charged (0 once refunded after a failure); a number, like the balance. """

    created_at: datetime.datetime
    """ When the job started. """

    prompt: str | None = None
    """ The prompt, or `null` when the captions were written from media only. """

    media_ids: list[str] | None = None
    """ The input media, if any (`null` accepted). """

    post_types: list[PostType | str] | None = None
    """ The requested post types. Optional and nullable: no documented generation response shows it.
     """

    completed_at: datetime.datetime | None = None
    """ When it reached a final status. """

    outputs: GenerationOutputs | None = None
    """ The captions once completed; absent or `null` before (the docs promise no object while processing). """

    error: JobError | None = None
    """ Why the job failed, on a failed job; absent or `null` otherwise. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["generation_id"] = self.generation_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        field_dict["platforms"] = (
            [(x.value if isinstance(x, Enum) else x) for x in self.platforms]
            if isinstance(self.platforms, list)
            else self.platforms
        )
        field_dict["research_mode"] = (
            self.research_mode.value
            if isinstance(self.research_mode, Enum)
            else self.research_mode
        )
        field_dict["credits_used"] = self.credits_used
        field_dict["created_at"] = (
            self.created_at.isoformat()
            if isinstance(self.created_at, datetime.date)
            else self.created_at
        )
        if self.prompt is not None:
            field_dict["prompt"] = self.prompt
        if self.media_ids is not None:
            field_dict["media_ids"] = self.media_ids
        if self.post_types is not None:
            field_dict["post_types"] = (
                [(x.value if isinstance(x, Enum) else x) for x in self.post_types]
                if isinstance(self.post_types, list)
                else self.post_types
            )
        if self.completed_at is not None:
            field_dict["completed_at"] = (
                self.completed_at.isoformat()
                if isinstance(self.completed_at, datetime.date)
                else self.completed_at
            )
        if self.outputs is not None:
            field_dict["outputs"] = (
                self.outputs.to_dict()
                if isinstance(self.outputs, GenerationOutputs)
                else self.outputs
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
                generation_id = src_dict["generation_id"]
                if type(generation_id) is not str:
                    raise TypeError

                status = src_dict["status"]
                status = _GenerationStatus_BY_VALUE[status]

                platforms = src_dict["platforms"]
                if type(platforms) is not list:
                    raise TypeError

                research_mode = src_dict["research_mode"]
                research_mode = _ResearchMode_BY_VALUE[research_mode]

                credits_used = src_dict["credits_used"]
                if type(credits_used) is not float and type(credits_used) is not int:
                    raise TypeError

                created_at = src_dict["created_at"]
                created_at = datetime.datetime.fromisoformat(created_at)

                prompt = src_get("prompt")
                if prompt is not None:
                    if type(prompt) is not str:
                        raise TypeError
                elif "prompt" not in src_dict:
                    src_absent += 1

                media_ids = src_get("media_ids")
                if media_ids is not None:
                    if type(media_ids) is not list:
                        raise TypeError
                elif "media_ids" not in src_dict:
                    src_absent += 1

                post_types = src_get("post_types")
                if post_types is not None:
                    if type(post_types) is not list:
                        raise TypeError
                elif "post_types" not in src_dict:
                    src_absent += 1

                completed_at = src_get("completed_at")
                if completed_at is not None:
                    completed_at = datetime.datetime.fromisoformat(completed_at)
                elif "completed_at" not in src_dict:
                    src_absent += 1

                outputs = src_get("outputs")
                if outputs is not None:
                    if type(outputs) is not dict:
                        raise TypeError
                elif "outputs" not in src_dict:
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
                if platforms is not None:
                    # Every item a value the enum lists: one lookup each (only a str equals a str key). Otherwise (a
                    # value this client does not know yet, or not a string) item by item, keeping and reporting each.
                    try:
                        platforms = [_Platform_BY_VALUE[x] for x in platforms]
                    except (KeyError, TypeError):
                        platforms = [
                            platforms_m
                            if (
                                platforms_m := _Platform_BY_VALUE.get(x)
                                if isinstance(x, str)
                                else None
                            )
                            is not None
                            else enum_deviation(x, _at + "/platforms", i)
                            for i, x in enumerate(platforms)
                        ]

                if media_ids is not None:
                    media_ids = [
                        x if isinstance(x, str) else deviation(x, _at + "/media_ids", i)
                        for i, x in enumerate(media_ids)
                    ]

                if post_types is not None:
                    # Every item a value the enum lists: one lookup each (only a str equals a str key). Otherwise (a
                    # value this client does not know yet, or not a string) item by item, keeping and reporting each.
                    try:
                        post_types = [_PostType_BY_VALUE[x] for x in post_types]
                    except (KeyError, TypeError):
                        post_types = [
                            post_types_m
                            if (
                                post_types_m := _PostType_BY_VALUE.get(x)
                                if isinstance(x, str)
                                else None
                            )
                            is not None
                            else enum_deviation(x, _at + "/post_types", i)
                            for i, x in enumerate(post_types)
                        ]

                if outputs is not None:
                    outputs = GenerationOutputs.from_dict(outputs, _at + "/outputs")

                if error is not None:
                    error = JobError.from_dict(error, _at + "/error")

                return cls(
                    generation_id,
                    status,
                    platforms,
                    research_mode,
                    credits_used,
                    created_at,
                    prompt,
                    media_ids,
                    post_types,
                    completed_at,
                    outputs,
                    error,
                )
        d = dict(src_dict)
        _generation_id = d.pop("generation_id", UNSET)
        generation_id: Any
        if isinstance(_generation_id, str):
            generation_id = _generation_id
        else:
            generation_id = deviation(_generation_id, _at, "generation_id")
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
        _platforms = d.pop("platforms", UNSET)
        platforms: Any
        if isinstance(_platforms, list):
            # Every item a value the enum lists: one lookup each (only a str equals a str key). Otherwise (a
            # value this client does not know yet, or not a string) item by item, keeping and reporting each.
            try:
                platforms = [_Platform_BY_VALUE[x] for x in _platforms]
            except (KeyError, TypeError):
                platforms = [
                    _platforms_m
                    if (
                        _platforms_m := _Platform_BY_VALUE.get(x)
                        if isinstance(x, str)
                        else None
                    )
                    is not None
                    else enum_deviation(x, _at + "/platforms", i)
                    for i, x in enumerate(_platforms)
                ]
        else:
            platforms = deviation(_platforms, _at, "platforms")
        _research_mode = d.pop("research_mode", UNSET)
        research_mode: Any
        research_mode = (
            _ResearchMode_BY_VALUE.get(_research_mode)
            if isinstance(_research_mode, str)
            else None
        )
        if research_mode is not None:
            pass
        else:
            research_mode = enum_deviation(_research_mode, _at, "research_mode")
        _credits_used = d.pop("credits_used", UNSET)
        credits_used: Any
        if isinstance(_credits_used, (int, float)) and not isinstance(
            _credits_used, bool
        ):
            credits_used = _credits_used
        else:
            credits_used = deviation(_credits_used, _at, "credits_used")
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
        _media_ids = d.pop("media_ids", UNSET)
        media_ids: Any
        if _media_ids is UNSET:
            media_ids = None
        elif isinstance(_media_ids, list):
            media_ids = [
                x if isinstance(x, str) else deviation(x, _at + "/media_ids", i)
                for i, x in enumerate(_media_ids)
            ]
        elif _media_ids is None:
            media_ids = None
        else:
            media_ids = deviation(_media_ids, _at, "media_ids")
        _post_types = d.pop("post_types", UNSET)
        post_types: Any
        if _post_types is UNSET:
            post_types = None
        elif isinstance(_post_types, list):
            # Every item a value the enum lists: one lookup each (only a str equals a str key). Otherwise (a
            # value this client does not know yet, or not a string) item by item, keeping and reporting each.
            try:
                post_types = [_PostType_BY_VALUE[x] for x in _post_types]
            except (KeyError, TypeError):
                post_types = [
                    _post_types_m
                    if (
                        _post_types_m := _PostType_BY_VALUE.get(x)
                        if isinstance(x, str)
                        else None
                    )
                    is not None
                    else enum_deviation(x, _at + "/post_types", i)
                    for i, x in enumerate(_post_types)
                ]
        elif _post_types is None:
            post_types = None
        else:
            post_types = deviation(_post_types, _at, "post_types")
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
        _outputs = d.pop("outputs", UNSET)
        outputs: Any
        if _outputs is UNSET:
            outputs = None
        elif isinstance(_outputs, dict):
            outputs = GenerationOutputs.from_dict(_outputs, _at + "/outputs")
        elif isinstance(_outputs, GenerationOutputs):
            outputs = _outputs
        elif _outputs is None:
            outputs = None
        else:
            outputs = deviation(_outputs, _at, "outputs")
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
        generation = cls(
            generation_id,
            status,
            platforms,
            research_mode,
            credits_used,
            created_at,
            prompt,
            media_ids,
            post_types,
            completed_at,
            outputs,
            error,
        )
        generation.additional_properties = d
        return generation

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
    "generation_id",
    "status",
    "platforms",
    "research_mode",
    "credits_used",
    "created_at",
    "prompt",
    "media_ids",
    "post_types",
    "completed_at",
    "outputs",
    "error",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.generation_outputs import GenerationOutputs  # noqa: E402
from ..models.job_error import JobError  # noqa: E402
