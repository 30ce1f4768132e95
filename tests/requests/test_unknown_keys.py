"""A key the spec does not know is refused before sending, with the key the user most likely meant."""

from __future__ import annotations

from typing import Any

import powerpost
import pytest
import respx

from tests.overlays.conftest import Harness

from .wire import answer_every_body_call, call

# (operation, body, the field named, text the suggestion must hold)
MISPLACED: list[tuple[str, dict[str, Any], str, str]] = [
    (
        "create_post",
        {"generation_id": "g1", "media_ids": ["m1"], "items": [{"post_type": "instagram-feed"}]},
        "media_ids",
        "did you mean 'items[].media_ids'",
    ),
    (
        "create_calendar_entry",
        {"title": "Launch", "scheduled_date": "2026-03-25", "time": "14:00"},
        "time",
        "did you mean 'scheduled_time'",
    ),
    ("create_calendar_entry", {"title": "Launch", "date": "2026-03-25"}, "date", "'scheduled_date'"),
    (
        "create_calendar_entry",
        {"title": "Launch", "scheduled_date": "2026-03-25", "platform": "x"},
        "platform",
        "did you mean 'platforms'",
    ),
    (
        "generate_content",
        {"prompt": "Dark mode", "post_type": ["x-post"], "research_mode": "regular"},
        "post_type",
        "did you mean 'post_types'",
    ),
    (
        "create_post",
        {"items": [{"post_type": "x-post", "content": "hi", "generation_id": "g1"}]},
        "items[0].generation_id",
        "did you mean 'generation_id'",
    ),
    (
        "create_post",
        {"items": [{"post_type": "x-post", "caption": "hi"}]},
        "items[0].caption",
        "known keys here: 'post_type', 'content', 'title', 'media_ids'",
    ),
    ("generate_video", {"prompt": "A dog", "duration": 5, "audio": True}, "audio", "'has_audio'"),
    ("update_calendar_entry", {"titel": "New"}, "titel", "did you mean 'title'"),
]


@pytest.mark.parametrize(
    ("operation_id", "body", "field", "suggestion"), MISPLACED, ids=[m[2] for m in MISPLACED]
)
def test_unknown_key_is_refused_before_sending_with_a_suggestion(
    api: Harness, router: respx.Router, operation_id: str, body: dict[str, Any], field: str, suggestion: str
) -> None:
    route = answer_every_body_call(router)[operation_id]
    with pytest.raises(powerpost.RequestValidationError) as caught:
        call(api, operation_id, body)
    assert caught.value.field == field
    assert suggestion in str(caught.value)
    assert "extra_body=" in str(caught.value)
    assert route.call_count == 0


def test_every_problem_is_listed_at_once(api: Harness, router: respx.Router) -> None:
    route = answer_every_body_call(router)["create_calendar_entry"]
    with pytest.raises(powerpost.RequestValidationError) as caught:
        call(api, "create_calendar_entry", {"title": "Launch", "date": "2026-03-25", "time": "14:00"})
    message = str(caught.value)
    assert "3 problems" in message
    for part in ("date: unknown key", "time: unknown key", "scheduled_date: is required"):
        assert part in message
    assert route.call_count == 0
