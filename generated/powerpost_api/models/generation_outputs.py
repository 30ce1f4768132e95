from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.youtube_caption import YoutubeCaption


T = TypeVar("T", bound="GenerationOutputs")


@_attrs_define
class GenerationOutputs:
    """One caption per platform, keyed by platform (not post type). Strings with hashtags included, except
    `youtube`. A platform this client does not know yet appears in `additional_properties`.

    """

    instagram: str | Unset = UNSET
    """ Instagram caption. """
    tiktok: str | Unset = UNSET
    """ TikTok caption. """
    youtube: YoutubeCaption | Unset = UNSET
    """ YouTube's caption, which has a title. """
    x: str | Unset = UNSET
    """ X post text. """
    facebook: str | Unset = UNSET
    """ Facebook caption. """
    linkedin: str | Unset = UNSET
    """ LinkedIn post text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instagram = self.instagram

        tiktok = self.tiktok

        youtube: dict[str, Any] | Unset = UNSET
        if not isinstance(self.youtube, Unset):
            youtube = self.youtube.to_dict()

        x = self.x

        facebook = self.facebook

        linkedin = self.linkedin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instagram is not UNSET:
            field_dict["instagram"] = instagram
        if tiktok is not UNSET:
            field_dict["tiktok"] = tiktok
        if youtube is not UNSET:
            field_dict["youtube"] = youtube
        if x is not UNSET:
            field_dict["x"] = x
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.youtube_caption import YoutubeCaption  # noqa: PLC0415

        d = dict(src_dict)
        instagram = d.pop("instagram", UNSET)

        tiktok = d.pop("tiktok", UNSET)

        _youtube = d.pop("youtube", UNSET)
        youtube: YoutubeCaption | Unset
        if isinstance(_youtube, Unset):
            youtube = UNSET
        else:
            youtube = YoutubeCaption.from_dict(_youtube)

        x = d.pop("x", UNSET)

        facebook = d.pop("facebook", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        generation_outputs = cls(
            instagram=instagram,
            tiktok=tiktok,
            youtube=youtube,
            x=x,
            facebook=facebook,
            linkedin=linkedin,
        )

        generation_outputs.additional_properties = d
        return generation_outputs

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
