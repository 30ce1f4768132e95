from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus

if TYPE_CHECKING:
    from ..models.generation_outputs import GenerationOutputs


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

    def to_dict(self) -> dict[str, Any]:
        generation_id = self.generation_id

        status: str
        if isinstance(self.status, GenerationStatus):
            status = self.status.value
        else:
            status = self.status

        outputs = self.outputs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation_id": generation_id,
                "status": status,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generation_outputs import GenerationOutputs  # noqa: PLC0415

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

        outputs = GenerationOutputs.from_dict(d.pop("outputs"))

        generation_completed_data = cls(
            generation_id=generation_id,
            status=status,
            outputs=outputs,
        )

        generation_completed_data.additional_properties = d
        return generation_completed_data

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
