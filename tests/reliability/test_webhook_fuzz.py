"""Hypothesis fuzzes `powerpost._webhooks.parse_event`: any body gives a typed event or WebhookParseError."""

from __future__ import annotations

import json
from typing import Any

import powerpost
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from powerpost._webhooks import UnknownEvent, parse_event

KNOWN_EVENTS = [
    "generation.completed",
    "generation.failed",
    "image_generation.completed",
    "image_generation.failed",
    "post.published",
    "post.failed",
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=15,
)
data_keys = st.sampled_from(
    [
        "generation_id",
        "image_generation_id",
        "post_id",
        "status",
        "outputs",
        "images",
        "error_code",
        "error_message",
        "items",
        "credits_used",
        "platforms",
    ]
)
envelopes = st.fixed_dictionaries(
    {"event": st.one_of(st.sampled_from(KNOWN_EVENTS), st.text(max_size=25), json_values)},
    optional={
        "timestamp": st.one_of(st.just("2026-01-10T18:35:00Z"), st.text(max_size=30), json_values),
        "workspace_id": st.one_of(st.text(max_size=20), json_values),
        "data": st.one_of(st.dictionaries(data_keys, json_values, max_size=6), json_values),
    },
)
FUZZ = settings(max_examples=300, deadline=None, derandomize=True)


def _parse(body: bytes | str | dict[str, Any]) -> object:
    try:
        return parse_event(body)
    except Exception as exc:  # the property under test is the type of whatever is raised
        return exc


def _assert_typed(outcome: object) -> None:
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, powerpost.WebhookParseError), f"{type(outcome).__name__}: {outcome!r}"
        assert isinstance(outcome, powerpost.PowerPostError)


@FUZZ
@given(body=st.one_of(st.binary(max_size=200), st.text(max_size=200)))
def test_arbitrary_bytes_and_text(body: bytes | str) -> None:
    """Garbage in raw form is refused as WebhookParseError (or parsed, if it happens to be an event)."""
    _assert_typed(_parse(body))


@FUZZ
@given(envelope=envelopes, as_bytes=st.booleans())
def test_hostile_envelopes(envelope: dict[str, Any], as_bytes: bool) -> None:
    """Envelopes with known or unknown events and arbitrary data, as bytes or as a decoded mapping."""
    body: bytes | dict[str, Any] = json.dumps(envelope).encode() if as_bytes else envelope
    outcome = _parse(body)
    _assert_typed(outcome)
    event = envelope["event"]
    if isinstance(event, str) and event not in KNOWN_EVENTS:
        assert isinstance(outcome, UnknownEvent), (
            "an unknown event type must not be an error (event types are open)"
        )
        assert outcome.event == event


@settings(max_examples=100, deadline=None, derandomize=True)
@given(generation_id=st.text(min_size=1, max_size=40), caption=st.text(max_size=60))
def test_valid_completed_events_parse_to_their_model(generation_id: str, caption: str) -> None:
    """The positive side: a well-formed generation.completed keeps its id and outputs."""
    body = {
        "event": "generation.completed",
        "timestamp": "2026-01-10T18:35:00Z",
        "workspace_id": "ws_1",
        "data": {"generation_id": generation_id, "status": "completed", "outputs": {"x": caption}},
    }
    outcome = parse_event(json.dumps(body))
    assert type(outcome).__name__ == "GenerationCompletedEvent"
    assert outcome.data.generation_id == generation_id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="deep-nesting"),
        pytest.param(b'{"event": ' * 50_000, id="deep-unclosed"),
        pytest.param("\ud800", id="lone-surrogate"),
        pytest.param(b"\xff\xfe\x00", id="bad-utf8"),
    ],
)
def test_pathological_bodies(body: bytes | str) -> None:
    """Bodies built to break decoders (recursion depth, surrogates, invalid UTF-8) are typed errors too."""
    _assert_typed(_parse(body))
