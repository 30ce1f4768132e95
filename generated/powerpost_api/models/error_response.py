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

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The envelope of every error response."""

    error: ErrorBody
    """ What went wrong. May carry fields beyond those listed. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["error"] = (
            self.error.to_dict() if isinstance(self.error, ErrorBody) else self.error
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        # Fast path: a plain dict holding only the spec's keys, each value of its type, read straight.
        if type(src_dict) is dict:
            try:
                error = src_dict["error"]
                if type(error) is not dict:
                    raise TypeError

                if len(src_dict) != 1:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if error is not None:
                    error = ErrorBody.from_dict(error, _at + "/error")

                return cls(
                    error,
                )
        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: Any
        if isinstance(_error, dict):
            error = ErrorBody.from_dict(_error, _at + "/error")
        elif isinstance(_error, ErrorBody):
            error = _error
        else:
            error = deviation(_error, _at, "error")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        error_response = cls(
            error,
        )
        error_response.additional_properties = d
        return error_response

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


_FIELDS = ("error",)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.error_body import ErrorBody  # noqa: E402
