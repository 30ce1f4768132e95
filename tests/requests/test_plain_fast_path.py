"""The fast path of the check before sending (`PLAIN`, straight-line code per body) agrees with the full
check: whenever it answers, the full check finds no problem and sends the same JSON; it leaves to the full
check every body with a problem or a Python native to convert; and the usual plain bodies take it."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from powerpost._request_shape import Shape, check
from powerpost._request_shapes import BODIES, PLAIN

from tests.requests.test_shape_properties import values, with_rules_met

ODD_VALUES = st.sampled_from(
    [None, 0, 1.5, True, "x", [], ["x"], [1], {}, {"zz": 1}, datetime.date(2026, 3, 25), ("a",)]
)


def _agrees(operation: str, body: Any) -> Any:
    """What the fast path answers, after checking it against the full check."""
    fast = PLAIN[operation](body)
    sent, problems = check(BODIES[operation], body)
    if fast is not None:
        assert problems == []
        assert fast == sent
        assert list(fast) == list(sent)  # the same key order on the wire
    return fast


def _mutate(shape: Shape, body: Any, data: st.DataObject) -> Any:
    """`body` with one value somewhere replaced by an odd one, or a key added or removed."""
    if not isinstance(body, dict):
        return data.draw(ODD_VALUES)
    key = data.draw(st.sampled_from(sorted(body))) if body else "zz_new"
    action = data.draw(st.sampled_from(["replace", "descend", "drop", "add"])) if body else "add"
    changed = dict(body)
    if action == "drop":
        del changed[key]
    elif action == "add":
        added = data.draw(st.sampled_from(["zz_new", "media_ids", "date", key + "s"]))
        changed[added] = data.draw(ODD_VALUES)
    elif action == "descend" and isinstance(body[key], list) and body[key]:
        child = shape.fields[key].items or Shape("any")
        changed[key] = [_mutate(child, item, data) for item in body[key]]
    elif action == "descend" and isinstance(body[key], dict):
        changed[key] = _mutate(shape.fields[key], body[key], data)
    else:
        changed[key] = data.draw(ODD_VALUES)
    return changed


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), operation=st.sampled_from(sorted(BODIES)))
def test_a_valid_plain_body_takes_the_fast_path(data: st.DataObject, operation: str) -> None:
    body = with_rules_met(BODIES[operation], data.draw(values(BODIES[operation])))
    assert _agrees(operation, body) == body


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), operation=st.sampled_from(sorted(BODIES)))
def test_the_fast_path_never_passes_what_the_full_check_refuses(data: st.DataObject, operation: str) -> None:
    shape = BODIES[operation]
    body = _mutate(shape, with_rules_met(shape, data.draw(values(shape))), data)
    _agrees(operation, body)


@pytest.mark.parametrize(
    ("operation", "body"),
    [
        ("generate_content", {"prompt": "p", "post_types": ["x-post"], "research_mode": "regular"}),
        ("generate_content", {"media_ids": ["m"], "post_types": ["threads-post"], "research_mode": "deep"}),
        ("create_post", {"generation_id": "g", "items": [{"post_type": "x-post", "media_ids": ["m"]}]}),
        ("create_post", {"items": [{"post_type": "youtube-short", "title": "t", "content": "c"}]}),
        ("update_calendar_entry", {"description": None, "scheduled_time": None}),
        ("generate_video", {"prompt": "p", "duration": 8}),
    ],
)
def test_usual_bodies_take_the_fast_path(operation: str, body: dict[str, Any]) -> None:
    assert _agrees(operation, body) == body


@pytest.mark.parametrize(
    ("operation", "body"),
    [
        ("generate_content", {"prompt": "p", "post_types": "x-post", "research_mode": "regular"}),
        ("generate_content", {"post_types": ["x-post"], "research_mode": "regular"}),
        ("create_post", {"items": [{"post_type": "youtube-short", "content": "c"}]}),
        ("create_post", {"items": [{"post_type": "x-post"}]}),
        ("create_post", {"media_ids": ["m"], "items": [{"post_type": "x-post", "content": "c"}]}),
        ("create_calendar_entry", {"title": "t", "scheduled_date": datetime.date(2026, 3, 25)}),
        ("generate_video", {"prompt": "p", "duration": True}),
        ("generate_video", {"prompt": None, "duration": 8}),
    ],
)
def test_problems_and_natives_are_left_to_the_full_check(operation: str, body: dict[str, Any]) -> None:
    assert _agrees(operation, body) is None
