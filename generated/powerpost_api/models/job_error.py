from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    deviation,
    json_text,
    short_repr,
    unknown_fields,
)

T = TypeVar("T", bound="JobError")


@_attrs_define
class JobError:
    """Why a job failed (on `GET` of a failed caption, image or video job)."""

    code: str
    """ `GENERATION_FAILED`, `IMAGE_GENERATION_FAILED`, `VIDEO_GENERATION_FAILED`, or another code. """

    message: str
    """ Human-readable explanation. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        # Fast path: a plain dict holding only the spec's keys, each value of its type, read straight.
        if type(src_dict) is dict:
            try:
                code = src_dict["code"]
                if type(code) is not str:
                    raise TypeError

                message = src_dict["message"]
                if type(message) is not str:
                    raise TypeError

                if len(src_dict) != 2:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    code,
                    message,
                )
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: Any
        if isinstance(_code, str):
            code = _code
        else:
            code = deviation(_code, _at, "code")
        _message = d.pop("message", UNSET)
        message: Any
        if isinstance(_message, str):
            message = _message
        else:
            message = deviation(_message, _at, "message")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        job_error = cls(
            code,
            message,
        )
        job_error.additional_properties = d
        return job_error

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
    "code",
    "message",
)
