from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import (
    UNSET,
    deviation,
    enum_deviation,
    enum_index,
    json_text,
    short_repr,
    unknown_fields,
)

_ErrorCode_BY_VALUE = enum_index(ErrorCode)

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """What went wrong. May carry fields beyond those listed."""

    code: ErrorCode | str
    """ Machine-readable code; one of `ErrorCode` or a code this client does not know yet. """

    message: str
    """ Human-readable explanation. """

    retry_after: int | None = None
    """ 429 only. Seconds to wait before retrying (camelCase, as PowerPost sends it). """

    required_scope: str | None = None
    """ `INSUFFICIENT_SCOPE` only: the scope the operation needs, e.g. `posts:publish`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = (
            self.code.value if isinstance(self.code, Enum) else self.code
        )
        field_dict["message"] = self.message
        if self.retry_after is not None:
            field_dict["retryAfter"] = self.retry_after
        if self.required_scope is not None:
            field_dict["required_scope"] = self.required_scope
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
                code = src_dict["code"]
                code = _ErrorCode_BY_VALUE[code]

                message = src_dict["message"]
                if type(message) is not str:
                    raise TypeError

                retry_after = src_get("retryAfter")
                if retry_after is not None:
                    if type(retry_after) is not int:
                        raise TypeError
                elif "retryAfter" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                required_scope = src_get("required_scope")
                if required_scope is not None:
                    if type(required_scope) is not str:
                        raise TypeError
                elif "required_scope" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                if len(src_dict) != 4 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    code,
                    message,
                    retry_after,
                    required_scope,
                )
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: Any
        code = _ErrorCode_BY_VALUE.get(_code) if isinstance(_code, str) else None
        if code is not None:
            pass
        else:
            code = enum_deviation(_code, _at, "code")
        _message = d.pop("message", UNSET)
        message: Any
        if isinstance(_message, str):
            message = _message
        else:
            message = deviation(_message, _at, "message")
        _retry_after = d.pop("retryAfter", UNSET)
        retry_after: Any
        if _retry_after is UNSET:
            retry_after = None
        elif isinstance(_retry_after, int) and not isinstance(_retry_after, bool):
            retry_after = _retry_after
        else:
            retry_after = deviation(_retry_after, _at, "retryAfter")
        _required_scope = d.pop("required_scope", UNSET)
        required_scope: Any
        if _required_scope is UNSET:
            required_scope = None
        elif isinstance(_required_scope, str):
            required_scope = _required_scope
        else:
            required_scope = deviation(_required_scope, _at, "required_scope")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        error_body = cls(
            code,
            message,
            retry_after,
            required_scope,
        )
        error_body.additional_properties = d
        return error_body

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
    "retry_after",
    "required_scope",
)
