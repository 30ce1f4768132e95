"""Required keys and basic types are checked before sending, naming the field by its path."""

from __future__ import annotations

import datetime
from typing import Any

import powerpost
import pytest
import respx
from powerpost_api.models import Platform, PostType

from tests.overlays.conftest import Harness

from .wire import answer_every_body_call, call, sent_json

# (operation, body, field named, text of the message)
REFUSED: list[tuple[str, Any, str | None, str]] = [
    (
        "generate_content",
        {"prompt": "Dark mode", "post_types": "x-post", "research_mode": "regular"},
        "post_types",
        "must be a list, not str 'x-post'; write ['x-post']",
    ),
    ("generate_content", {"prompt": "Dark mode", "research_mode": "regular"}, "post_types", "is required"),
    (
        "generate_content",
        {"prompt": 42, "post_types": ["x-post"], "research_mode": "regular"},
        "prompt",
        "must be a string, not int 42",
    ),
    ("create_post", {"items": [{"content": "hi"}]}, "items[0].post_type", "is required"),
    (
        "create_post",
        {"items": [{"post_type": "x-post", "media_ids": "m1"}]},
        "items[0].media_ids",
        "must be a list",
    ),
    ("create_post", {"items": {"post_type": "x-post"}}, "items", "must be a list, not dict"),
    ("create_post", {"items": ["x-post"]}, "items[0]", "must be an object"),
    ("generate_video", {"prompt": "A dog", "duration": "5"}, "duration", "must be an integer, not str '5'"),
    ("generate_video", {"prompt": "A dog", "duration": 5.0}, "duration", "must be an integer, not float 5.0"),
    ("generate_video", {"prompt": "A dog", "duration": True}, "duration", "must be an integer, not bool"),
    (
        "generate_video",
        {"prompt": "A dog", "duration": 5, "has_audio": "yes"},
        "has_audio",
        "must be true or false",
    ),
    ("generate_image", {"prompt": "A desk", "quantity": None}, "quantity", "cannot be None"),
    (
        "create_calendar_entry",
        {"title": "Launch", "scheduled_date": 20260325},
        "scheduled_date",
        "must be a date",
    ),
    (
        "create_calendar_entry",
        {"title": "Launch", "scheduled_date": "2026-03-25", "scheduled_time": datetime.time(14, 0, 30)},
        "scheduled_time",
        "HH:MM",
    ),
    ("generate_content", "prompt=hi", None, "expected a GenerateContentRequest or a dict, got str"),
    # Conditional requirements the spec states (`if`/`then`):
    (
        "generate_content",
        {"post_types": ["x-post"], "research_mode": "regular"},
        "prompt",
        "is required (unless 'media_ids' is given)",
    ),
    ("generate_image", {"size": "square"}, "prompt", "is required (unless 'generation_id' is given)"),
    (
        "create_post",
        {"items": [{"post_type": "x-post", "content": "hi"}, {"post_type": "threads-post"}]},
        "items[1].content",
        "is required (unless 'generation_id' is given)",
    ),
    (
        "create_post",
        {"generation_id": "g1", "items": [{"post_type": PostType.YOUTUBE_SHORT}]},
        "items[0].title",
        "is required when post_type is 'youtube-short'",
    ),
]


@pytest.mark.parametrize(("operation_id", "body", "field", "text"), REFUSED, ids=[r[3][:30] for r in REFUSED])
def test_a_certain_mistake_is_refused_before_sending(
    api: Harness, router: respx.Router, operation_id: str, body: Any, field: str | None, text: str
) -> None:
    route = answer_every_body_call(router)[operation_id]
    with pytest.raises(powerpost.RequestValidationError) as caught:
        call(api, operation_id, body)
    assert caught.value.field == field
    assert text in str(caught.value)
    assert route.call_count == 0


def test_python_natives_become_json(api: Harness, router: respx.Router) -> None:
    routes = answer_every_body_call(router)
    call(
        api,
        "create_calendar_entry",
        {
            "title": "Launch",
            "scheduled_date": datetime.date(2026, 3, 25),
            "scheduled_time": datetime.time(14, 5),
            "platforms": (Platform.INSTAGRAM, "x"),
        },
    )
    assert sent_json(routes["create_calendar_entry"]) == {
        "title": "Launch",
        "scheduled_date": "2026-03-25",
        "scheduled_time": "14:05",
        "platforms": ["instagram", "x"],
    }
    call(api, "update_calendar_entry", {"scheduled_date": datetime.datetime(2026, 4, 1, 9, 30)})
    assert sent_json(routes["update_calendar_entry"]) == {"scheduled_date": "2026-04-01"}
    call(api, "create_post", {"items": [{"post_type": PostType.YOUTUBE_SHORT, "title": "T", "content": "c"}]})
    assert sent_json(routes["create_post"])["items"][0]["post_type"] == "youtube-short"


def test_null_clears_where_the_spec_allows_it(api: Harness, router: respx.Router) -> None:
    route = answer_every_body_call(router)["update_calendar_entry"]
    call(api, "update_calendar_entry", {"description": None, "scheduled_time": None})
    assert sent_json(route) == {"description": None, "scheduled_time": None}


def test_lengths_and_patterns_are_left_to_the_server(api: Harness, router: respx.Router) -> None:
    # PowerPost has changed limits before (prompt 500 -> 2,000 characters): only the server knows today's.
    route = answer_every_body_call(router)["generate_content"]
    body = {
        "prompt": "x" * 2500,
        "post_types": ["x-post"],
        "research_mode": "regular",
        "source_urls": ["http://a"],
    }
    call(api, "generate_content", body)
    assert sent_json(route) == body


def test_calendar_range_takes_dates_and_datetimes(api: Harness, router: respx.Router) -> None:
    route = router.get("/calendar/entries").respond(200, json={"entries": []})
    api.run(api.client.calendar.list(datetime.date(2026, 3, 1), datetime.datetime(2026, 3, 31, 23, 59)))
    params = route.calls[0].request.url.params
    assert (params["start_date"], params["end_date"]) == ("2026-03-01", "2026-03-31")


def test_conditions_met_send_the_body(api: Harness, router: respx.Router) -> None:
    routes = answer_every_body_call(router)
    from_generation = {"generation_id": "g1", "items": [{"post_type": "youtube-video", "title": "Dark mode"}]}
    call(api, "create_post", from_generation)
    assert sent_json(routes["create_post"]) == from_generation
    call(api, "generate_image", {"generation_id": "g1"})
    assert sent_json(routes["generate_image"]) == {"generation_id": "g1"}
