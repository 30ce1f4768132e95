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

T = TypeVar("T", bound="CreditBalance")


@_attrs_define
class CreditBalance:
    """The account's credit balance."""

    balance: float
    """ Credits left. Shared by every workspace of the account. PowerPost documents the balance as a
    number (its examples are whole numbers), so a fraction is accepted.
     """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["balance"] = self.balance
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _at: str = "") -> T:
        """Parse a JSON object, keeping whatever differs from the spec (see `types.deviation`).

        `_at` is the object's JSON pointer in the whole document, used only in drift reports.
        """
        # Fast path: a plain dict holding only the spec's keys, each value of its type, read straight.
        if type(src_dict) is dict:
            try:
                balance = src_dict["balance"]
                if type(balance) is not float and type(balance) is not int:
                    raise TypeError

                if len(src_dict) != 1:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                return cls(
                    balance,
                )
        d = dict(src_dict)
        _balance = d.pop("balance", UNSET)
        balance: Any
        if isinstance(_balance, (int, float)) and not isinstance(_balance, bool):
            balance = _balance
        else:
            balance = deviation(_balance, _at, "balance")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        credit_balance = cls(
            balance,
        )
        credit_balance.additional_properties = d
        return credit_balance

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


_FIELDS = ("balance",)
