"""Webhook deliveries parse into typed events; unknown events are kept; malformed bodies fail clearly."""

from __future__ import annotations

import json
from typing import Any

import powerpost
import pytest
from powerpost._webhooks import UnknownEvent, parse_event
from powerpost_api.models import (
    GenerationCompletedEvent,
    GenerationFailedEvent,
    ImageGenerationCompletedEvent,
    ImageGenerationFailedEvent,
    PostFailedEvent,
    PostPublishedEvent,
)

POST_DATA = {
    "post_id": "p1",
    "status": "published",
    "items": [{"item_id": "i1", "post_type": "x-post", "platform": "x", "status": "posted"}],
}
EVENTS: list[tuple[str, dict[str, Any], type]] = [
    (
        "generation.completed",
        {"generation_id": "g1", "status": "completed", "outputs": {"x": "hi"}},
        GenerationCompletedEvent,
    ),
    (
        "generation.failed",
        {"generation_id": "g1", "status": "failed", "error_code": "GENERATION_FAILED", "error_message": "no"},
        GenerationFailedEvent,
    ),
    (
        "image_generation.completed",
        {"image_generation_id": "i1", "status": "completed"},
        ImageGenerationCompletedEvent,
    ),
    (
        "image_generation.failed",
        {"image_generation_id": "i1", "status": "failed", "error_code": "X", "error_message": "no"},
        ImageGenerationFailedEvent,
    ),
    ("post.published", POST_DATA, PostPublishedEvent),
    ("post.failed", {**POST_DATA, "status": "failed"}, PostFailedEvent),
]


def _envelope(event: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"event": event, "timestamp": "2026-01-10T18:35:00Z", "workspace_id": "ws1", "data": data}


@pytest.mark.parametrize(("event", "data", "model"), EVENTS, ids=[e[0] for e in EVENTS])
@pytest.mark.parametrize("encoding", ["bytes", "str", "mapping"])
def test_documented_events_parse_to_their_models(
    event: str, data: dict[str, Any], model: type, encoding: str
) -> None:
    document = _envelope(event, data)
    body: Any = {"bytes": json.dumps(document).encode(), "str": json.dumps(document), "mapping": document}[
        encoding
    ]
    parsed = parse_event(body)
    assert type(parsed) is model
    assert parsed.workspace_id == "ws1"


def test_unknown_event_is_kept_not_rejected() -> None:
    parsed = parse_event(json.dumps(_envelope("video_generation.completed", {"video_generation_id": "v1"})))
    assert isinstance(parsed, UnknownEvent)
    assert parsed.event == "video_generation.completed"
    assert parsed.data == {"video_generation_id": "v1"}
    assert parsed.timestamp is not None
    assert parsed.timestamp.year == 2026


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b'{"timestamp": "2026-01-10T18:35:00Z"}',
        json.dumps(_envelope("generation.completed", {"status": "completed"})).encode(),
        json.dumps({**_envelope("post.published", POST_DATA), "timestamp": "yesterday"}).encode(),
        b"\xff\xfe",
    ],
    ids=["not-json", "array", "no-event", "missing-field", "bad-timestamp", "bad-bytes"],
)
def test_malformed_body_raises_a_typed_error(body: bytes) -> None:
    with pytest.raises(powerpost.WebhookParseError):
        parse_event(body)


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000 + b"]" * 100_000, "[" * 100_000 + "]" * 100_000, b'{"event": ' * 50_000],
    ids=["deep-bytes", "deep-text", "deep-unclosed"],
)
def test_json_nested_too_deeply_is_a_parse_error(body: bytes | str) -> None:
    with pytest.raises(powerpost.WebhookParseError, match="nested too deeply"):
        parse_event(body)
