"""Request models: a value newer than the SDK is sent as is; a field the caller did not set is never sent."""

from __future__ import annotations

import datetime

from powerpost_api.models import (
    CreateCalendarEntryRequest,
    GenerateContentRequest,
    GenerateImageRequest,
    GenerateVideoRequest,
    ImageModel,
    Platform,
    PostType,
    ResearchMode,
    UpdateCalendarEntryRequest,
)


def test_enum_fields_take_plain_strings_newer_than_the_sdk() -> None:
    body = GenerateContentRequest(
        prompt="hello there", post_types=["threads-post", PostType.X_POST], research_mode="turbo"
    ).to_dict()
    assert body == {
        "prompt": "hello there",
        "post_types": ["threads-post", "x-post"],
        "research_mode": "turbo",
    }
    assert type(body["post_types"][1]) is str
    image = GenerateImageRequest(
        prompt="a cat", model="flux3-pro", size=None, quantity=None, enhance_prompt=None
    )
    assert image.to_dict() == {"prompt": "a cat", "model": "flux3-pro"}
    video = GenerateVideoRequest(
        prompt="a dog", duration=12, model=None, size=None, has_audio=None, enhance_prompt=None
    )
    assert video.to_dict() == {"prompt": "a dog", "duration": 12}


def test_defaults_are_sent_and_unset_fields_are_not() -> None:
    body = GenerateImageRequest(prompt="a cat").to_dict()
    assert body == {
        "prompt": "a cat",
        "size": "square",
        "quantity": 1,
        "model": "flux2-flex",
        "enhance_prompt": False,
    }
    assert None not in body.values()
    assert GenerateImageRequest(prompt="x", model=ImageModel.IDEOGRAM_3).to_dict()["model"] == "ideogram-3"


def test_a_mapping_body_keeps_an_unknown_enum_value_and_omits_what_it_lacks() -> None:
    request = GenerateContentRequest.from_dict(
        {"prompt": "hello there", "post_types": ["bluesky-post"], "research_mode": ResearchMode.DEEP}
    )
    assert request.to_dict() == {
        "prompt": "hello there",
        "post_types": ["bluesky-post"],
        "research_mode": "deep",
    }


def test_patch_sends_null_only_when_asked_to_clear() -> None:
    assert UpdateCalendarEntryRequest(title="New").to_dict() == {"title": "New"}
    assert UpdateCalendarEntryRequest(description=None).to_dict() == {"description": None}
    from_mapping = UpdateCalendarEntryRequest.from_dict({"scheduled_time": None, "title": "T"})
    assert from_mapping.to_dict() == {"title": "T", "scheduled_time": None}
    assert repr(UpdateCalendarEntryRequest(title="New")) == "UpdateCalendarEntryRequest(title='New')"


def test_dates_accept_python_dates_and_platforms_accept_strings() -> None:
    entry = CreateCalendarEntryRequest(
        title="Launch", scheduled_date=datetime.date(2026, 3, 25), platforms=[Platform.X, "threads"]
    )
    assert entry.to_dict() == {
        "title": "Launch",
        "scheduled_date": "2026-03-25",
        "platforms": ["x", "threads"],
    }
    parsed = CreateCalendarEntryRequest.from_dict(
        {"title": "Launch", "scheduled_date": datetime.date(2026, 3, 25)}
    )
    assert parsed.to_dict() == {"title": "Launch", "scheduled_date": "2026-03-25"}
