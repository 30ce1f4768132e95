"""`extra_body=` sends keys newer than this SDK on purpose: merged into the JSON body as given, unchecked."""

from __future__ import annotations

import io
import math
from typing import Any

import powerpost
import pytest
import respx
from powerpost_api.models import GenerateContentRequest, PostType, ResearchMode

from tests.overlays.conftest import Harness

from .wire import answer_every_body_call, call, sent_json

BODIES: dict[str, dict[str, Any]] = {
    "generate_content": {"prompt": "Dark mode", "post_types": ["x-post"], "research_mode": "regular"},
    "generate_image": {"prompt": "A desk"},
    "generate_video": {"prompt": "A dog", "duration": 5},
    "create_post": {"items": [{"post_type": "x-post", "content": "hi"}]},
    "create_calendar_entry": {"title": "Launch", "scheduled_date": "2026-03-25"},
    "update_calendar_entry": {"title": "Launch day"},
}


@pytest.mark.parametrize("operation_id", list(BODIES))
def test_every_body_call_sends_extra_body(api: Harness, router: respx.Router, operation_id: str) -> None:
    route = answer_every_body_call(router)[operation_id]
    extra = {"schedule_at": "2026-04-01T09:00:00Z", "options": {"nested": [1, 2]}}
    call(api, operation_id, BODIES[operation_id], extra_body=extra)
    assert sent_json(route) == {**BODIES[operation_id], **extra}


def test_extra_body_wins_over_the_body_and_goes_with_a_model(api: Harness, router: respx.Router) -> None:
    route = answer_every_body_call(router)["generate_content"]
    model = GenerateContentRequest(
        prompt="Dark mode", post_types=[PostType.X_POST], research_mode=ResearchMode.DEEP
    )
    call(api, "generate_content", model, extra_body={"research_mode": "ultra", "tone": "playful"})
    assert sent_json(route) == {
        "prompt": "Dark mode",
        "post_types": ["x-post"],
        "research_mode": "ultra",
        "tone": "playful",
    }


def test_a_key_refused_in_the_body_is_accepted_in_extra_body(api: Harness, router: respx.Router) -> None:
    route = answer_every_body_call(router)["create_post"]
    body = {"items": [{"post_type": "x-post", "content": "hi"}]}
    with pytest.raises(powerpost.RequestValidationError):
        call(api, "create_post", {**body, "scheduled_at": "2026-04-01T09:00:00Z"})
    call(api, "create_post", body, extra_body={"scheduled_at": "2026-04-01T09:00:00Z"})
    assert sent_json(route)["scheduled_at"] == "2026-04-01T09:00:00Z"
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("extra", "text"),
    [
        ({"when": object()}, "extra_body['when'] is not JSON"),
        ({"ratio": math.nan}, "is not JSON"),
        ([1], "dict"),
    ],
)
def test_extra_body_that_is_not_json_is_refused_before_sending(
    api: Harness, router: respx.Router, extra: object, text: str
) -> None:
    route = answer_every_body_call(router)["generate_image"]
    with pytest.raises(powerpost.RequestValidationError, match="extra_body") as caught:
        call(api, "generate_image", {"prompt": "A desk"}, extra_body=extra)
    assert text in str(caught.value)
    assert route.call_count == 0


MEDIA = {
    "media_id": "m1",
    "type": "image",
    "file_name": "launch.png",
    "file_size": 72,
    "mime_type": "image/png",
    "created_at": "2026-01-10T18:30:00Z",
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_upload_sends_extra_form_fields_and_refuses_non_strings(api: Harness, router: respx.Router) -> None:
    route = router.post("/media/upload").respond(200, json=MEDIA)
    extra = {"alt_text": "A desk"}
    api.run(api.client.media.upload(io.BytesIO(PNG), file_name="launch.png", extra_body=extra))
    assert b'name="alt_text"\r\n\r\nA desk' in route.calls[0].request.content
    assert b'name="type"\r\n\r\nimage' in route.calls[0].request.content
    with pytest.raises(powerpost.RequestValidationError, match="form fields are strings"):
        api.run(api.client.media.upload(io.BytesIO(PNG), file_name="launch.png", extra_body={"n": 1}))
    assert route.call_count == 1
