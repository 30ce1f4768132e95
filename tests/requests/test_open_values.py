"""Values the server owns are sent even when this SDK does not know them: the server judges, not the SDK."""

from __future__ import annotations

from typing import Any

import powerpost
import pytest
import respx
from powerpost_api.models import CreatePostItem, CreatePostRequest, PostType

from tests.overlays.conftest import Harness

from .wire import answer_every_body_call, call, sent_json

# One body per operation, each with a value newer than the spec in every field whose values the server owns.
NEWER_THAN_THE_SDK: list[tuple[str, dict[str, Any]]] = [
    (
        "generate_content",
        {"prompt": "Dark mode", "post_types": ["threads-post", "x-post"], "research_mode": "ultra"},
    ),
    (
        "generate_image",
        {"prompt": "A desk", "model": "flux3-pro", "size": "ultrawide", "source_post_type": "threads-post"},
    ),
    ("generate_video", {"prompt": "A dog", "duration": 6, "model": "sora-3", "size": "square"}),
    ("create_post", {"items": [{"post_type": "threads-post", "content": "Dark mode is here"}]}),
    (
        "create_calendar_entry",
        {"title": "Launch", "scheduled_date": "2026-03-25", "platforms": ["threads", "x"], "status": "idea"},
    ),
    ("update_calendar_entry", {"platforms": ["bluesky"]}),
]


@pytest.mark.parametrize(("operation_id", "body"), NEWER_THAN_THE_SDK, ids=[o for o, _ in NEWER_THAN_THE_SDK])
def test_a_value_the_spec_does_not_list_is_sent_as_given(
    api: Harness, router: respx.Router, operation_id: str, body: dict[str, Any]
) -> None:
    route = answer_every_body_call(router)[operation_id]
    call(api, operation_id, body)
    assert route.call_count == 1
    assert sent_json(route) == body


def test_the_server_judges_an_unknown_value_and_its_answer_reaches_the_user(
    api: Harness, router: respx.Router
) -> None:

    route = router.post("/posts").respond(
        400, json={"error": {"code": "VALIDATION_ERROR", "message": "Unknown post_type: threads-post"}}
    )
    with pytest.raises(powerpost.ValidationError, match="threads-post"):
        call(api, "create_post", {"items": [{"post_type": "threads-post", "content": "hi"}]})
    assert route.call_count == 1


def test_enum_members_and_strings_mix_in_one_body(api: Harness, router: respx.Router) -> None:
    route = answer_every_body_call(router)["generate_content"]
    call(
        api,
        "generate_content",
        {"prompt": "Dark mode", "post_types": [PostType.X_POST, "threads-post"], "research_mode": "deep"},
    )
    assert sent_json(route)["post_types"] == ["x-post", "threads-post"]


def test_model_instances_keep_working(api: Harness, router: respx.Router) -> None:
    route = answer_every_body_call(router)["create_post"]
    model = CreatePostRequest(items=[CreatePostItem(post_type=PostType.X_POST, content="hi")])
    call(api, "create_post", model)
    assert sent_json(route) == {"items": [{"post_type": "x-post", "content": "hi"}]}


def test_a_model_nested_in_a_dict_is_sent_as_its_json(api: Harness, router: respx.Router) -> None:
    route = answer_every_body_call(router)["create_post"]
    call(api, "create_post", {"items": [CreatePostItem(post_type=PostType.X_POST, content="hi")]})
    assert sent_json(route) == {"items": [{"post_type": "x-post", "content": "hi"}]}
