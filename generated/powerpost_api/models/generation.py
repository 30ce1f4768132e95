from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
from ..models.platform import Platform
from ..models.post_type import PostType
from ..models.research_mode import ResearchMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_outputs import GenerationOutputs
    from ..models.job_error import JobError


T = TypeVar("T", bound="Generation")


@_attrs_define
class Generation:
    """A caption generation. List items leave out `outputs`."""

    generation_id: str
    """ The job's id. """
    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """
    post_types: list[PostType | str]
    """ The requested post types. """
    platforms: list[Platform | str]
    """ The platforms captions are written for (derived from `post_types`). """
    research_mode: ResearchMode | str
    """ A `ResearchMode`, or one this client does not know yet (kept as a string). """
    credits_used: int
    """ Credits charged (0 once refunded after a failure). """
    created_at: datetime.datetime
    """ When the job started. """
    prompt: None | str | Unset = UNSET
    """ The prompt, or `null` when the captions were written from media only. """
    media_ids: list[str] | Unset = UNSET
    """ The input media, if any. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ When it reached a final status. """
    outputs: GenerationOutputs | Unset = UNSET
    """ One caption per platform, keyed by platform (not post type). Strings with hashtags included, except
    `youtube`. A platform this client does not know yet appears in `additional_properties`.
     """
    error: JobError | Unset = UNSET
    """ Why a job failed (on `GET` of a failed caption, image or video job). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_id = self.generation_id

        status: str
        if isinstance(self.status, GenerationStatus):
            status = self.status.value
        else:
            status = self.status

        post_types = []
        for post_types_item_data in self.post_types:
            post_types_item: str
            if isinstance(post_types_item_data, PostType):
                post_types_item = post_types_item_data.value
            else:
                post_types_item = post_types_item_data
            post_types.append(post_types_item)

        platforms = []
        for platforms_item_data in self.platforms:
            platforms_item: str
            if isinstance(platforms_item_data, Platform):
                platforms_item = platforms_item_data.value
            else:
                platforms_item = platforms_item_data
            platforms.append(platforms_item)

        research_mode: str
        if isinstance(self.research_mode, ResearchMode):
            research_mode = self.research_mode.value
        else:
            research_mode = self.research_mode

        credits_used = self.credits_used

        created_at = self.created_at.isoformat()

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        media_ids: list[str] | Unset = UNSET
        if not isinstance(self.media_ids, Unset):
            media_ids = self.media_ids

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation_id": generation_id,
                "status": status,
                "post_types": post_types,
                "platforms": platforms,
                "research_mode": research_mode,
                "credits_used": credits_used,
                "created_at": created_at,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if media_ids is not UNSET:
            field_dict["media_ids"] = media_ids
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generation_outputs import GenerationOutputs  # noqa: PLC0415
        from ..models.job_error import JobError  # noqa: PLC0415

        d = dict(src_dict)
        generation_id = d.pop("generation_id")

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

        post_types = []
        _post_types = d.pop("post_types")
        for post_types_item_data in _post_types:

            def _parse_post_types_item(data: object) -> PostType | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_post_type_value_type_0 = PostType(data)

                    return componentsschemas_post_type_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(PostType | str, data)

            post_types_item = _parse_post_types_item(post_types_item_data)

            post_types.append(post_types_item)

        platforms = []
        _platforms = d.pop("platforms")
        for platforms_item_data in _platforms:

            def _parse_platforms_item(data: object) -> Platform | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_platform_value_type_0 = Platform(data)

                    return componentsschemas_platform_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Platform | str, data)

            platforms_item = _parse_platforms_item(platforms_item_data)

            platforms.append(platforms_item)

        def _parse_research_mode(data: object) -> ResearchMode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_research_mode_value_type_0 = ResearchMode(data)

                return componentsschemas_research_mode_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResearchMode | str, data)

        research_mode = _parse_research_mode(d.pop("research_mode"))

        credits_used = d.pop("credits_used")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        media_ids = cast(list[str], d.pop("media_ids", UNSET))

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

        _outputs = d.pop("outputs", UNSET)
        outputs: GenerationOutputs | Unset
        if isinstance(_outputs, Unset):
            outputs = UNSET
        else:
            outputs = GenerationOutputs.from_dict(_outputs)

        _error = d.pop("error", UNSET)
        error: JobError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = JobError.from_dict(_error)

        generation = cls(
            generation_id=generation_id,
            status=status,
            post_types=post_types,
            platforms=platforms,
            research_mode=research_mode,
            credits_used=credits_used,
            created_at=created_at,
            prompt=prompt,
            media_ids=media_ids,
            completed_at=completed_at,
            outputs=outputs,
            error=error,
        )

        generation.additional_properties = d
        return generation

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
