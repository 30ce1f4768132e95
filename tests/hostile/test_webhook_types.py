"""`parse_event` checks the types of required fields: a wrong-typed one is a WebhookParseError."""

from __future__ import annotations

from typing import Any

import powerpost
import pytest
from powerpost import parse_event

GOOD: dict[str, Any] = {
    "event": "generation.completed",
    "timestamp": "2026-01-10T18:35:00Z",
    "workspace_id": "ws_1",
    "data": {"generation_id": "g1", "status": "completed", "outputs": {"x": "hello"}},
}


def _with(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    document = {**GOOD, "data": dict(GOOD["data"])}
    target: dict[str, Any] = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


def test_the_documented_event_parses() -> None:
    assert parse_event(GOOD).workspace_id == "ws_1"


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("workspace_id",), 12345),
        (("workspace_id",), None),
        (("data", "generation_id"), [1, 2]),
        (("data", "generation_id"), {"id": "g1"}),
        (("timestamp",), 1736534100),
        (("data",), "not an object"),
        (("data",), ["g1"]),
    ],
)
def test_wrong_typed_required_field_is_a_parse_error(path: tuple[str, ...], value: Any) -> None:
    with pytest.raises(powerpost.WebhookParseError) as caught:
        parse_event(_with(path, value))
    assert path[-1] in str(caught.value)


def test_wrong_typed_field_of_a_failed_event_is_a_parse_error() -> None:
    event = {
        "event": "generation.failed",
        "timestamp": "2026-01-10T18:35:00Z",
        "workspace_id": "ws_1",
        "data": {"generation_id": "g1", "status": "failed", "error_code": 7, "error_message": "boom"},
    }
    with pytest.raises(powerpost.WebhookParseError):
        parse_event(event)


def test_unknown_fields_and_unknown_events_stay_accepted() -> None:
    assert parse_event({**GOOD, "extra": [1, 2]}).workspace_id == "ws_1"
    assert parse_event({**GOOD, "event": "video_generation.completed", "workspace_id": 5}).event == (
        "video_generation.completed"
    )
