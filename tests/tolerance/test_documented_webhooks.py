"""The documented webhook deliveries parse with every field readable; new fields and values are kept."""

from __future__ import annotations

import json
from typing import Any

import pytest
from powerpost import parse_event
from powerpost_api.models import GenerationCompletedEvent, GenerationOutputs

from tests.tolerance.test_documented_responses import assert_readable

COMPLETED: dict[str, Any] = {
    "event": "generation.completed",
    "timestamp": "2026-01-10T18:35:00Z",
    "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
    "data": {
        "generation_id": "660f9500-f30c-52e5-b827-557766551111",
        "status": "completed",
        "outputs": {"tiktok": "...", "instagram": "..."},
    },
}
FAILED: dict[str, Any] = {
    "event": "generation.failed",
    "timestamp": "2026-01-10T18:35:00Z",
    "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
    "data": {
        "generation_id": "660f9500-f30c-52e5-b827-557766551111",
        "status": "failed",
        "error_code": "GENERATION_FAILED",
        "error_message": "Failed to generate content",
    },
}


@pytest.mark.parametrize("delivery", [COMPLETED, FAILED], ids=["completed", "failed"])
def test_documented_delivery_parses_with_every_field_readable(delivery: dict[str, Any]) -> None:
    event = parse_event(json.dumps(delivery).encode())
    assert_readable(event, delivery)


def test_new_fields_and_values_in_a_delivery_are_kept() -> None:
    delivery = {
        **COMPLETED,
        "attempt": 2,
        "data": {**COMPLETED["data"], "status": "archived", "outputs": {"threads": "new platform"}},
    }
    event = parse_event(json.dumps(delivery).encode())
    assert isinstance(event, GenerationCompletedEvent)
    assert event.additional_properties == {"attempt": 2}
    assert event.data.status == "archived"
    assert isinstance(event.data.outputs, GenerationOutputs)
    assert event.data.outputs.additional_properties == {"threads": "new platform"}
