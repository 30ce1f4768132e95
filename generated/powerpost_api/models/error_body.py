from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """What went wrong. May carry fields beyond those listed."""

    code: ErrorCode | str
    """ Machine-readable code; one of `ErrorCode` or a code this client does not know yet. """
    message: str
    """ Human-readable explanation. """
    retry_after: int | Unset = UNSET
    """ 429 only. Seconds to wait before retrying (camelCase, as PowerPost sends it). """
    required_scope: str | Unset = UNSET
    """ `INSUFFICIENT_SCOPE` only: the scope the operation needs, e.g. `posts:publish`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str
        if isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        message = self.message

        retry_after = self.retry_after

        required_scope = self.required_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if retry_after is not UNSET:
            field_dict["retryAfter"] = retry_after
        if required_scope is not UNSET:
            field_dict["required_scope"] = required_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> ErrorCode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_0 = ErrorCode(data)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorCode | str, data)

        code = _parse_code(d.pop("code"))

        message = d.pop("message")

        retry_after = d.pop("retryAfter", UNSET)

        required_scope = d.pop("required_scope", UNSET)

        error_body = cls(
            code=code,
            message=message,
            retry_after=retry_after,
            required_scope=required_scope,
        )

        error_body.additional_properties = d
        return error_body

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
