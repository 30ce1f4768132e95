"""Pacing: when the headers say nothing remains, the next request of that operation waits for the reset."""

from __future__ import annotations

import threading
from email.utils import formatdate

import httpx
import pytest
from powerpost._pacing import Pacer

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


def _observe_at(clock: FakeClock, date: float, reset: int) -> Pacer:
    pacer = Pacer(clock=clock.now, wall_clock=clock.time)
    headers = {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": str(reset),
        "date": formatdate(date, usegmt=True),  # whole seconds, as servers send it
    }
    pacer.observe("GET /x", headers)
    return pacer


def test_hold_uses_the_local_clocks_fraction_of_a_second_not_the_whole_second_date() -> None:
    clock = FakeClock()
    clock.advance(0.55)  # 0.55 s into the server's second; Date still says the whole second
    pacer = _observe_at(clock, clock.wall, reset=int(clock.wall) + 1)
    assert pacer.hold("GET /x") == pytest.approx(0.45)


def test_hold_follows_the_date_header_when_the_local_clock_is_clearly_off() -> None:
    clock = FakeClock()
    server_now = clock.wall + 10.0  # the local clock is 10 s behind the server
    pacer = _observe_at(clock, server_now, reset=int(server_now) + 3)
    assert pacer.hold("GET /x") == pytest.approx(3.0)


def test_a_date_header_within_the_skew_allowance_does_not_override_the_local_clock() -> None:
    clock = FakeClock()
    clock.advance(0.25)
    pacer = _observe_at(clock, clock.wall - 1.0, reset=int(clock.wall) + 2)  # Date says EPOCH - 1
    assert pacer.hold("GET /x") == pytest.approx(1.75)
