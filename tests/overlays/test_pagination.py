"""Pagination: iterate every generation across pages, lazily, with filters."""

from __future__ import annotations

import httpx
import powerpost
import pytest

from .conftest import Harness, generation


def _pages(request: httpx.Request) -> httpx.Response:
    cursor = request.url.params.get("cursor")
    pages = {
        None: ([generation("g1"), generation("g2")], "c2"),
        "c2": ([generation("g3"), generation("g4")], "c3"),
        "c3": ([generation("g5")], None),
    }
    items, next_cursor = pages[cursor]
    return httpx.Response(
        200, json={"data": items, "next_cursor": next_cursor, "has_more": next_cursor is not None}
    )


def test_iterates_across_three_pages_with_filters(api: Harness) -> None:
    route = api.router.get("/content/generations").mock(side_effect=_pages)
    ids = [g.generation_id for g in api.collect(api.client.content.iter(status="completed", page_size=2))]
    assert ids == ["g1", "g2", "g3", "g4", "g5"]
    assert route.call_count == 3
    params = [call.request.url.params for call in route.calls]
    assert [p.get("cursor") for p in params] == [None, "c2", "c3"]
    assert all(p["status"] == "completed" and p["limit"] == "2" for p in params)


def test_pages_are_fetched_lazily(api: Harness) -> None:
    route = api.router.get("/content/generations").mock(side_effect=_pages)
    first_two = api.collect(api.client.content.iter(), limit=2)
    assert len(first_two) == 2
    assert route.call_count == 1


def test_a_repeated_cursor_stops_instead_of_looping(api: Harness) -> None:
    api.router.get("/content/generations").respond(
        200, json={"data": [generation()], "next_cursor": "same", "has_more": True}
    )
    with pytest.raises(powerpost.UnexpectedResponseError):
        api.collect(api.client.content.iter())


def test_one_page_list(api: Harness) -> None:
    api.router.get("/content/generations").mock(side_effect=_pages)
    page = api.run(api.client.content.list(limit=2))
    assert page.has_more
    assert page.next_cursor == "c2"
    assert len(page.data) == 2


def test_status_filter_newer_than_the_sdk_is_sent_and_a_non_string_refused(api: Harness) -> None:
    route = api.router.get("/content/generations").mock(side_effect=_pages)
    api.collect(api.client.content.iter(status="archived"))
    sent = route.call_count
    assert sent >= 1
    assert {call.request.url.params["status"] for call in route.calls} == {"archived"}
    with pytest.raises(powerpost.RequestValidationError):
        api.collect(api.client.content.iter(status=5))
    assert route.call_count == sent
