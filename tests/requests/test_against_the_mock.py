"""Over real HTTP against the stateful mock: documented bodies with Python natives are accepted, and a value
the spec does not list reaches the server, whose answer (the mock checks the spec strictly) is the user's."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import powerpost
import pytest
from powerpost import PowerPost
from powerpost_mock import MockSettings, run_in_thread


@pytest.fixture(scope="module")
def pp() -> Iterator[PowerPost]:
    with (
        run_in_thread(MockSettings()) as running,
        PowerPost(running.api_key, running.workspace_id, running.base_url, max_retries=0) as client,
    ):
        yield client


def test_natives_and_typed_dicts_go_through_the_mock(pp: PowerPost) -> None:
    entry = pp.calendar.create(
        {
            "title": "Product launch",
            "scheduled_date": datetime.date(2026, 3, 25),
            "scheduled_time": datetime.time(14, 0),
            "platforms": ["instagram", "x"],
        }
    )
    assert str(entry.scheduled_date) == "2026-03-25"
    assert entry.scheduled_time == "14:00"
    changed = pp.calendar.update(entry.entry_id, {"scheduled_time": None, "description": None})
    assert changed.scheduled_time is None


def test_an_unknown_post_type_is_sent_and_judged_by_the_server(pp: PowerPost) -> None:
    with pytest.raises(powerpost.ValidationError) as caught:
        pp.posts.create({"items": [{"post_type": "threads-post", "content": "Dark mode is here"}]})
    assert caught.value.status_code == 400
    assert caught.value.request_id
