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

T = TypeVar("T", bound="GenerationOutputs")


@_attrs_define
class GenerationOutputs:
    """One caption per platform, keyed by platform (not post type). Strings with hashtags included, except
    `youtube`. A platform this client does not know yet appears in `additional_properties`.

    """

    instagram: str | None = None
    """ Instagram caption. """

    tiktok: str | None = None
    """ TikTok caption. """

    youtube: YoutubeCaption | None = None
    """ YouTube's title and description (`null` accepted, as the docs do not promise an object). """

    x: str | None = None
    """ X post text. """

    facebook: str | None = None
    """ Facebook caption. """

    linkedin: str | None = None
    """ LinkedIn post text. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not list, as they came. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.instagram is not None:
            field_dict["instagram"] = self.instagram
        if self.tiktok is not None:
            field_dict["tiktok"] = self.tiktok
        if self.youtube is not None:
            field_dict["youtube"] = (
                self.youtube.to_dict()
                if isinstance(self.youtube, YoutubeCaption)
                else self.youtube
            )
        if self.x is not None:
            field_dict["x"] = self.x
        if self.facebook is not None:
            field_dict["facebook"] = self.facebook
        if self.linkedin is not None:
            field_dict["linkedin"] = self.linkedin
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
                instagram = src_get("instagram")
                if instagram is not None:
                    if type(instagram) is not str:
                        raise TypeError
                elif "instagram" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                tiktok = src_get("tiktok")
                if tiktok is not None:
                    if type(tiktok) is not str:
                        raise TypeError
                elif "tiktok" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                youtube = src_get("youtube")
                if youtube is not None:
                    if type(youtube) is not dict:
                        raise TypeError
                elif "youtube" not in src_dict:
                    src_absent += 1

                x = src_get("x")
                if x is not None:
                    if type(x) is not str:
                        raise TypeError
                elif "x" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                facebook = src_get("facebook")
                if facebook is not None:
                    if type(facebook) is not str:
                        raise TypeError
                elif "facebook" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                linkedin = src_get("linkedin")
                if linkedin is not None:
                    if type(linkedin) is not str:
                        raise TypeError
                elif "linkedin" not in src_dict:
                    src_absent += 1
                else:
                    raise TypeError  # null where the spec allows none

                if len(src_dict) != 6 - src_absent:
                    raise TypeError  # a key the spec does not list
            except (KeyError, TypeError, ValueError):
                pass  # not the usual case: the careful path below reads (and reports) it
            else:
                if youtube is not None:
                    youtube = YoutubeCaption.from_dict(youtube, _at + "/youtube")

                return cls(
                    instagram,
                    tiktok,
                    youtube,
                    x,
                    facebook,
                    linkedin,
                )
        d = dict(src_dict)
        _instagram = d.pop("instagram", UNSET)
        instagram: Any
        if _instagram is UNSET:
            instagram = None
        elif isinstance(_instagram, str):
            instagram = _instagram
        else:
            instagram = deviation(_instagram, _at, "instagram")
        _tiktok = d.pop("tiktok", UNSET)
        tiktok: Any
        if _tiktok is UNSET:
            tiktok = None
        elif isinstance(_tiktok, str):
            tiktok = _tiktok
        else:
            tiktok = deviation(_tiktok, _at, "tiktok")
        _youtube = d.pop("youtube", UNSET)
        youtube: Any
        if _youtube is UNSET:
            youtube = None
        elif isinstance(_youtube, dict):
            youtube = YoutubeCaption.from_dict(_youtube, _at + "/youtube")
        elif isinstance(_youtube, YoutubeCaption):
            youtube = _youtube
        elif _youtube is None:
            youtube = None
        else:
            youtube = deviation(_youtube, _at, "youtube")
        _x = d.pop("x", UNSET)
        x: Any
        if _x is UNSET:
            x = None
        elif isinstance(_x, str):
            x = _x
        else:
            x = deviation(_x, _at, "x")
        _facebook = d.pop("facebook", UNSET)
        facebook: Any
        if _facebook is UNSET:
            facebook = None
        elif isinstance(_facebook, str):
            facebook = _facebook
        else:
            facebook = deviation(_facebook, _at, "facebook")
        _linkedin = d.pop("linkedin", UNSET)
        linkedin: Any
        if _linkedin is UNSET:
            linkedin = None
        elif isinstance(_linkedin, str):
            linkedin = _linkedin
        else:
            linkedin = deviation(_linkedin, _at, "linkedin")
        if d:
            unknown_fields(d, _at)
        # Positional, in the order the class declares its fields (required ones first): cheaper to match.
        generation_outputs = cls(
            instagram,
            tiktok,
            youtube,
            x,
            facebook,
            linkedin,
        )
        generation_outputs.additional_properties = d
        return generation_outputs

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
    "instagram",
    "tiktok",
    "youtube",
    "x",
    "facebook",
    "linkedin",
)

# Imported last, once, rather than on every call: models may refer to each other, and by now this
# module's class exists for any model that imports it back.
from ..models.youtube_caption import YoutubeCaption  # noqa: E402
