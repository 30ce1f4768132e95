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

T = TypeVar("T", bound="GenerationCompletedData")


@_attrs_define
class GenerationCompletedData:
    """Payload of `generation.completed`."""

    generation_id: str
    """ The caption generation. """

    status: GenerationStatus | str
    """ A `GenerationStatus`, or a status this client does not know yet (kept as a string). """

    outputs: GenerationOutputs
    """ One caption per platform, keyed by platform (not post type). Strings with hashtags included, except
    `youtube`. A platform this client does not know yet appears in `additional_properties`.
     """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["generation_id"] = self.generation_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, Enum) else self.status
        )
        field_dict["outputs"] = (
            self.outputs.to_dict()
            if isinstance(self.outputs, GenerationOutputs)
            else self.outputs
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
                generation_id = src_dict["generation_id"]
                if type(generation_id) is not str:
                    raise TypeError

                status = src_dict["status"]
                status = _GenerationStatus_BY_VALUE[status]

                outputs = src_dict["outputs"]
                if type(outputs) is not dict:
                    raise TypeError

                if len(src_dict) != 3:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if outputs is not None:
                    outputs = GenerationOutputs.from_dict(outputs, _at + "/outputs")

                return cls(
                    generation_id,
                    status,
                    outputs,
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
        _outputs = d.pop("outputs", UNSET)
        outputs: Any
        if isinstance(_outputs, dict):
            outputs = GenerationOutputs.from_dict(_outputs, _at + "/outputs")
        elif isinstance(_outputs, GenerationOutputs):
            outputs = _outputs
        else:
            outputs = deviation(_outputs, _at, "outputs")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        generation_completed_data = cls(
            generation_id,
            status,
            outputs,
        )
        generation_completed_data.additional_properties = d
        return generation_completed_data

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
    "outputs",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.generation_outputs import GenerationOutputs  # noqa: E402
