"""Page objects of `content.list`: navigation, lazy walks and the safety nets, on both clients.

One body per scenario: `api.run` awaits what the async client returns, `api.collect` drains a sync or an
async iterator, so each test checks `SyncCursorPage` and `AsyncPaginator`/`AsyncCursorPage` alike.
"""

from __future__ import annotations

from typing import Any

import httpx
import powerpost
import pytest
from powerpost import _page_base
from powerpost.types import AsyncCursorPage, AsyncPaginator, Generation, GenerationList, SyncCursorPage

from tests.overlays.conftest import Harness, generation

PATH = "/content/generations"
PAGES: dict[str | None, tuple[list[str], str | None]] = {
    None: (["g1", "g2"], "c2"),
    "c2": (["g3", "g4"], "c3"),
    "c3": (["g5"], None),
}


def three_pages(request: httpx.Request) -> httpx.Response:
    ids, next_cursor = PAGES[request.url.params.get("cursor")]
    body: dict[str, Any] = {"data": [generation(i) for i in ids], "has_more": next_cursor is not None}
    if next_cursor is not None:
        body["next_cursor"] = next_cursor
    return httpx.Response(200, json=body)


def ids(page: Any) -> list[str]:
    return [g.generation_id for g in page.data]


def test_next_page_walks_three_pages_with_the_same_filters(api: Harness) -> None:
    route = api.router.get(PATH).mock(side_effect=three_pages)
    first: Any = api.run(api.client.content.list(status="completed", limit=2))
    assert (ids(first), first.has_more, first.next_cursor, first.has_next_page()) == (
        ["g1", "g2"],
        True,
        "c2",
        True,
    )
    second = api.run(first.next_page())
    third = api.run(second.next_page())
    assert ids(second) == ["g3", "g4"]
    assert (ids(third), third.has_more, third.next_cursor, third.has_next_page()) == (
        ["g5"],
        False,
        None,
        False,
    )
    sent = [call.request.url.params for call in route.calls]
    assert [p.get("cursor") for p in sent] == [None, "c2", "c3"]
    assert all(p["status"] == "completed" and p["limit"] == "2" for p in sent)
    page_class = SyncCursorPage if api.kind == "sync" else AsyncCursorPage
    assert all(isinstance(page, page_class) for page in (first, second, third))


def test_next_page_on_the_last_page_is_a_clear_error_and_sends_nothing(api: Harness) -> None:
    route = api.router.get(PATH).mock(side_effect=three_pages)
    last = api.run(api.client.content.list(cursor="c3"))
    assert not last.has_next_page()
    with pytest.raises(RuntimeError, match=r"no next page.*has_next_page"):
        api.run(last.next_page())
    assert route.call_count == 1


def test_iterating_a_page_yields_every_item_of_the_following_pages(api: Harness) -> None:
    route = api.router.get(PATH).mock(side_effect=three_pages)
    first = api.run(api.client.content.list(limit=2))
    assert [g.generation_id for g in api.collect(first)] == ["g1", "g2", "g3", "g4", "g5"]
    assert route.call_count == 3
    # A walk starts where the page is: from the second page, the first one's items are not repeated.
    second = api.run(first.next_page())
    assert [g.generation_id for g in api.collect(second)] == ["g3", "g4", "g5"]


def test_iter_pages_yields_this_page_then_fetches_each_next_one_when_reached(api: Harness) -> None:
    route = api.router.get(PATH).mock(side_effect=three_pages)
    first = api.run(api.client.content.list(limit=2))
    assert api.collect(first.iter_pages(), limit=1) == [first]
    assert route.call_count == 1  # the first page is the page itself: no request
    pages = api.collect(first.iter_pages())
    assert [ids(p) for p in pages] == [["g1", "g2"], ["g3", "g4"], ["g5"]]
    assert route.call_count == 3


def test_pages_are_fetched_only_as_the_items_are_read(api: Harness) -> None:
    route = api.router.get(PATH).mock(side_effect=three_pages)
    listed = api.client.content.list(limit=2)
    # The async paginator sends nothing until awaited or iterated; the sync list call fetches its page.
    assert route.call_count == (1 if api.kind == "sync" else 0)
    assert len(api.collect(listed, limit=3)) == 3
    assert route.call_count == 2
    walk = api.client.content.iter(page_size=2)
    assert route.call_count == 2  # iter() sends nothing before the first item is asked for
    assert len(api.collect(walk, limit=2)) == 2
    assert route.call_count == 3


def test_iter_is_the_same_walk_as_iterating_list(api: Harness) -> None:
    route = api.router.get(PATH).mock(side_effect=three_pages)
    by_iter = [g.generation_id for g in api.collect(api.client.content.iter(status="failed", page_size=2))]
    by_list = [g.generation_id for g in api.collect(api.client.content.list(status="failed", limit=2))]
    assert by_iter == by_list == ["g1", "g2", "g3", "g4", "g5"]
    assert [c.request.url.params["status"] for c in route.calls] == ["failed"] * 6


def test_a_repeated_cursor_raises_instead_of_looping(api: Harness) -> None:
    route = api.router.get(PATH).respond(
        200, json={"data": [generation()], "next_cursor": "same", "has_more": True}
    )
    with pytest.raises(powerpost.UnexpectedResponseError, match="repeated the cursor 'same'"):
        api.collect(api.client.content.list())
    assert route.call_count == 2
    second = api.run(api.run(api.client.content.list()).next_page())
    with pytest.raises(powerpost.UnexpectedResponseError):
        api.run(second.next_page())


def test_the_starting_cursor_sent_back_is_a_loop_too(api: Harness) -> None:
    api.router.get(PATH).respond(200, json={"data": [], "next_cursor": "c9", "has_more": True})
    page = api.run(api.client.content.list(cursor="c9"))
    assert page.has_next_page()
    with pytest.raises(powerpost.UnexpectedResponseError):
        api.run(page.next_page())


def test_asking_twice_for_the_same_next_page_is_not_a_loop(api: Harness) -> None:
    route = api.router.get(PATH).mock(side_effect=three_pages)
    first = api.run(api.client.content.list(limit=2))
    again = [ids(api.run(first.next_page())) for _ in range(2)]
    assert again == [["g3", "g4"], ["g3", "g4"]]
    assert route.call_count == 3


def test_an_endless_list_stops_at_max_pages(api: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_base, "MAX_PAGES", 4)
    counter = iter(range(100))

    def endless(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"data": [generation()], "next_cursor": f"c{next(counter)}", "has_more": True}
        )

    route = api.router.get(PATH).mock(side_effect=endless)
    with pytest.raises(powerpost.UnexpectedResponseError, match="4 pages"):
        api.collect(api.client.content.list())
    assert route.call_count == 4


def test_the_page_keeps_the_list_model_and_its_json(api: Harness) -> None:
    body = {"data": [generation("g1")], "has_more": False, "cursor_hint": "new-field"}
    api.router.get(PATH).respond(200, json=body)
    page = api.run(api.client.content.list())
    assert isinstance(page.page, GenerationList)
    assert page.page["cursor_hint"] == "new-field"
    assert page.to_dict() == page.page.to_dict()
    assert page.to_dict()["cursor_hint"] == "new-field"
    assert page.to_json() == page.page.to_json()
    assert isinstance(page.data[0], Generation)
    assert repr(page) == f"{type(page).__name__}(data=<1 item>, has_more=False, next_cursor=None)"


def test_a_body_without_a_data_list_or_cursor_ends_the_walk_quietly(api: Harness) -> None:
    api.router.get(PATH).respond(200, json={"has_more": "yes", "next_cursor": "c2"})
    page = api.run(api.client.content.list())
    assert not page.has_next_page()  # `has_more` must be true, not merely truthy
    assert api.collect(page) == []


def test_a_bad_status_is_refused_before_any_request(api: Harness) -> None:
    route = api.router.get(PATH).mock(side_effect=three_pages)
    with pytest.raises(powerpost.RequestValidationError):
        api.client.content.list(status=5)
    with pytest.raises(powerpost.RequestValidationError):
        api.client.content.iter(status=5)
    assert route.call_count == 0


def test_the_async_paginator_is_awaitable_and_async_iterable(make_api: Any) -> None:
    api = make_api("async")
    route = api.router.get(PATH).mock(side_effect=three_pages)
    paginator = api.client.content.list(limit=2)
    assert isinstance(paginator, AsyncPaginator)

    async def scenario() -> tuple[list[str], list[str], list[list[str]]]:
        page = await paginator
        items = [g.generation_id async for g in paginator]  # a new walk from the first page
        pages = [ids(p) async for p in page.iter_pages()]
        return ids(page), items, pages

    first, items, pages = api.loop.run_until_complete(scenario())
    assert first == ["g1", "g2"]
    assert items == ["g1", "g2", "g3", "g4", "g5"]
    assert pages == [["g1", "g2"], ["g3", "g4"], ["g5"]]
    assert route.call_count == 1 + 3 + 2
