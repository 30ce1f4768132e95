"""Every one of the 18 operations, sync and async: a reset in the middle of a 200 body is a typed error."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import powerpost
import pytest

from tests.hostile.conftest import Driver
from tests.hostile.server import hostile, reset_mid_body

GENERATE = {"prompt": "We shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452")

CALLS: dict[str, Callable[[Any], Any]] = {
    "get_credits": lambda c: c.account.get_credits(),
    "upload_media": lambda c: c.media.upload(io.BytesIO(PNG), type="image", file_name="a.png"),
    "generate_content": lambda c: c.content.generate(GENERATE),
    "list_generations": lambda c: c.content.list(limit=5),
    "get_generation": lambda c: c.content.get("g1"),
    "generate_image": lambda c: c.images.generate({"prompt": "a cat"}),
    "get_image_generation": lambda c: c.images.get("i1"),
    "generate_video": lambda c: c.videos.generate({"prompt": "a cat", "duration": 5}),
    "get_video_generation": lambda c: c.videos.get("v1"),
    "create_post": lambda c: c.posts.create({"items": [{"post_type": "x-post", "content": "hi"}]}),
    "get_post": lambda c: c.posts.get("p1"),
    "publish_post": lambda c: c.posts.publish("p1"),
    "get_post_item_analytics": lambda c: c.analytics.get("it1"),
    "list_calendar_entries": lambda c: c.calendar.list("2026-01-01", "2026-01-31"),
    "create_calendar_entry": lambda c: c.calendar.create({"title": "t", "scheduled_date": "2026-01-05"}),
    "get_calendar_entry": lambda c: c.calendar.get("e1"),
    "update_calendar_entry": lambda c: c.calendar.update("e1", {"title": "u"}),
    "delete_calendar_entry": lambda c: c.calendar.delete("e1"),
}


@pytest.mark.parametrize("operation", sorted(CALLS))
def test_reset_mid_body_is_a_typed_connection_error(drive: Callable[..., Driver], operation: str) -> None:
    with hostile(reset_mid_body(b'{"padding": "' + b"x" * 64 + b'"}')) as server:
        client = drive(server, max_retries=0)
        try:
            with pytest.raises(powerpost.APIConnectionError) as caught:
                client.call(CALLS[operation])
        except powerpost.RequestValidationError as exc:  # a body this SDK version refuses before sending
            pytest.skip(f"request body refused before sending: {exc}")
    assert caught.value.request_id == "req_reset"
    assert caught.value.outcome_unknown is True
    assert len(server.seen) == 1
