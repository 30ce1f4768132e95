from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus

T = TypeVar("T", bound="GenerationStarted")


@_attrs_define
class GenerationStarted:
    """A caption job that has started."""

    generation_id: str
    """ The job's id. """
    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """
    credits_used: int
    """ Credits charged for the job. """
    remaining_credits: int
    """ The balance after the charge. """
    status_url: str
    """ Relative URL to poll, `/api/v1/content/generations/{id}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_id = self.generation_id

        status: str
        if isinstance(self.status, GenerationStatus):
            status = self.status.value
        else:
            status = self.status

        credits_used = self.credits_used

        remaining_credits = self.remaining_credits

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation_id": generation_id,
                "status": status,
                "credits_used": credits_used,
                "remaining_credits": remaining_credits,
                "status_url": status_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        credits_used = d.pop("credits_used")

        remaining_credits = d.pop("remaining_credits")

        status_url = d.pop("status_url")

        generation_started = cls(
            generation_id=generation_id,
            status=status,
            credits_used=credits_used,
            remaining_credits=remaining_credits,
            status_url=status_url,
        )

        generation_started.additional_properties = d
        return generation_started

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
