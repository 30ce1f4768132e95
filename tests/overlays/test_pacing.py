"""Pacing: when the headers say nothing remains, the next request of that operation waits for the reset."""

from __future__ import annotations

import threading
from email.utils import formatdate

import httpx
from powerpost.pacing import Pacer

from .conftest import FakeClock, Harness, generation


def _limited(clock: FakeClock, remaining: int, reset_in: int, body: dict[str, object]) -> httpx.Response:
    return httpx.Response(
        200,
        json=body,
        headers={
            "X-RateLimit-Limit": "2",
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(int(clock.wall) + reset_in),
            "Date": formatdate(clock.wall, usegmt=True),
        },
    )


def test_request_is_held_until_the_window_resets(api: Harness) -> None:
    route = api.router.get("/content/generations/g1")
    route.side_effect = lambda request: _limited(api.clock, 0, 5, generation())
    api.run(api.client.content.get("g1"))
    assert api.clock.sleeps == []
    api.run(api.client.content.get("g1"))
    assert api.clock.sleeps == [5.0]  # held, not sent into a 429
    assert route.call_count == 2


def test_other_operations_are_not_held(api: Harness) -> None:
    api.router.get("/content/generations/g1").mock(
        side_effect=lambda r: _limited(api.clock, 0, 5, generation())
    )
    api.router.get("/account/credits").respond(200, json={"balance": 3})
    api.run(api.client.content.get("g1"))
    api.run(api.client.account.get_credits())
    assert api.clock.sleeps == []


def test_no_hold_while_requests_remain(api: Harness) -> None:
    api.router.get("/content/generations/g1").mock(
        side_effect=lambda r: _limited(api.clock, 5, 5, generation())
    )
    for _ in range(3):
        api.run(api.client.content.get("g1"))
    assert api.clock.sleeps == []


def test_pacing_is_shared_with_workspace_siblings(api: Harness) -> None:
    api.router.get("/content/generations/g1").mock(
        side_effect=lambda r: _limited(api.clock, 0, 4, generation())
    )
    api.run(api.client.content.get("g1"))
    api.run(api.client.with_workspace("ws_other").content.get("g1"))
    assert api.clock.sleeps == [4.0]


def test_pacing_can_be_switched_off(make_api: object) -> None:
    harness = make_api("sync", pacing=False)  # type: ignore[operator]
    harness.router.get("/content/generations/g1").mock(
        side_effect=lambda r: _limited(harness.clock, 0, 5, generation())
    )
    harness.run(harness.client.content.get("g1"))
    harness.run(harness.client.content.get("g1"))
    assert harness.clock.sleeps == []


def test_reserved_slots_hold_concurrent_threads_beyond_the_remaining_count() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock.now, wall_clock=clock.time)
    pacer.observe("GET /x", {"x-ratelimit-remaining": "3", "x-ratelimit-reset": str(int(clock.wall) + 10)})
    holds: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        hold = pacer.hold("GET /x")
        with lock:
            holds.append(hold)

    threads = [threading.Thread(target=worker) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert sorted(holds) == [0.0, 0.0, 0.0, 10.0, 10.0]


def test_reset_uses_local_time_without_a_date_header() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock.now, wall_clock=clock.time)
    pacer.observe("GET /x", {"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(clock.wall) + 3)})
    assert pacer.hold("GET /x") == 3.0
    clock.advance(3)
    assert pacer.hold("GET /x") == 0.0
