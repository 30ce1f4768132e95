"""Every documented example request goes through both clients and reaches the wire unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import respx
import yaml

from tests.overlays.conftest import Harness

from .wire import answer_every_body_call, call, sent_json

ROOT = Path(__file__).resolve().parents[2]


def spec_examples() -> list[tuple[str, str, dict[str, Any]]]:
    """(operationId, example name, body) of every JSON request example in the spec."""
    spec = yaml.safe_load((ROOT / "spec" / "powerpost.yaml").read_text(encoding="utf-8"))
    found = []
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            media = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if media is None:
                continue
            examples = {name: ex["value"] for name, ex in media.get("examples", {}).items()}
            if "example" in media:
                examples["example"] = media["example"]
            found += [(operation["operationId"], name, body) for name, body in examples.items()]
    return found


# The shapes of PowerPost's documentation pages' own request examples (API reference and input types).
DOCS_PAGES: list[tuple[str, str, dict[str, Any]]] = [
    ("generate_content", "text", {"prompt": "We shipped dark mode", "post_types":
        ["instagram-reel", "tiktok-video", "x-post"], "research_mode": "regular"}),
    ("generate_content", "images", {"media_ids": ["a1b2c3d4-...", "e5f6g7h8-..."], "prompt": "Backstage",
        "post_types": ["instagram-feed", "facebook-post"], "research_mode": "regular"}),
    ("generate_content", "video", {"media_ids": ["f9g0h1i2-..."], "prompt": "Key insights",
        "post_types": ["tiktok-video", "youtube-short", "x-post"], "research_mode": "deep"}),
    ("create_post", "from a generation", {"generation_id": "550e8400-e29b-41d4-a716-446655440000", "items": [
        {"post_type": "instagram-reel", "media_ids": ["img-001-abcd-efgh"]},
        {"post_type": "tiktok-video", "media_ids": ["img-001-abcd-efgh"]}]}),
    ("generate_video", "text to video", {"prompt": "A golden retriever in a field", "size": "landscape",
        "duration": 5, "model": "kling-3.0-pro", "has_audio": False}),
    ("create_calendar_entry", "calendar", {"title": "Product launch", "description": "Everywhere",
        "scheduled_date": "2026-03-25", "scheduled_time": "14:00", "platforms": ["instagram", "x"]}),
    ("update_calendar_entry", "clear", {"scheduled_time": "16:30", "description": None}),
]  # fmt: skip

EXAMPLES = spec_examples() + DOCS_PAGES


def test_the_spec_has_an_example_for_every_body_call() -> None:
    assert {operation for operation, _, _ in spec_examples()} == {
        "generate_content",
        "generate_image",
        "generate_video",
        "create_post",
        "create_calendar_entry",
        "update_calendar_entry",
    }


@pytest.mark.parametrize(("operation_id", "name", "body"), EXAMPLES, ids=[f"{o}:{n}" for o, n, _ in EXAMPLES])
def test_documented_example_is_sent_as_written(
    api: Harness, router: respx.Router, operation_id: str, name: str, body: dict[str, Any]
) -> None:
    route = answer_every_body_call(router)[operation_id]
    call(api, operation_id, body)
    assert sent_json(route) == body
