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

T = TypeVar("T", bound="GenerationStarted")


@_attrs_define
class GenerationStarted:
    """A caption job that has started."""

    generation_id: str
    """ The job's id. """

    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """

    credits_used: float
    """ Credits charged for the job (a number: fractions are accepted, as for the balance). """

    status_url: str
    """ Relative URL to poll, `/api/v1/content/generations/{id}`. """

    remaining_credits: float | None = None
    """ The balance after the charge (a number, like the balance). Optional: only one documented example of a job
    start shows it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["generation_id"] = self.generation_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        field_dict["credits_used"] = self.credits_used
        field_dict["status_url"] = self.status_url
        if self.remaining_credits is not None:
            field_dict["remaining_credits"] = self.remaining_credits
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

                credits_used = src_dict["credits_used"]
                if type(credits_used) is not float and type(credits_used) is not int:
                    raise TypeError

                status_url = src_dict["status_url"]
                if type(status_url) is not str:
                    raise TypeError

                remaining_credits = src_get("remaining_credits")
                if remaining_credits is not None:
                    if (
                        type(remaining_credits) is not float
                        and type(remaining_credits) is not int
                    ):
                        raise TypeError
                elif "remaining_credits" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                if len(src_dict) != 5 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    generation_id,
                    status,
                    credits_used,
                    status_url,
                    remaining_credits,
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
        _credits_used = d.pop("credits_used", UNSET)
        credits_used: Any
        if isinstance(_credits_used, (int, float)) and not isinstance(
            _credits_used, bool
        ):
            credits_used = _credits_used
        else:
            credits_used = deviation(_credits_used, _at, "credits_used")
        _status_url = d.pop("status_url", UNSET)
        status_url: Any
        if isinstance(_status_url, str):
            status_url = _status_url
        else:
            status_url = deviation(_status_url, _at, "status_url")
        _remaining_credits = d.pop("remaining_credits", UNSET)
        remaining_credits: Any
        if _remaining_credits is UNSET:
            remaining_credits = None
        elif isinstance(_remaining_credits, (int, float)) and not isinstance(
            _remaining_credits, bool
        ):
            remaining_credits = _remaining_credits
        else:
            remaining_credits = deviation(_remaining_credits, _at, "remaining_credits")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        generation_started = cls(
            generation_id,
            status,
            credits_used,
            status_url,
            remaining_credits,
        )
        generation_started.additional_properties = d
        return generation_started

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
    "credits_used",
    "status_url",
    "remaining_credits",
)
