"""The shared pacer against a real Redis: one budget per key, one wait for the reset, never worse."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from powerpost import AsyncPowerPost, PowerPost
from powerpost import _shared_pacing as shared_pacing
from powerpost._config import ConfigurationError
from powerpost._pacing import Pacer
from powerpost._shared_pacing import SharedPacer, budget_name, make_pacer, pacing_url

from tests.overlays.conftest import FakeClock

from .redis_process import RedisProcess

KEY = "pp_live_sk_shared_pacing_secret_1234"
BASE = "https://api.test/api/v1"
OP = "GET /account/credits"


def _pacer(url: str, clock: FakeClock, api_key: str = KEY, **options: float) -> SharedPacer:
    return SharedPacer(url, api_key=api_key, base_url=BASE, clock=clock.now, wall_clock=clock.time, **options)


def _headers(clock: FakeClock, remaining: int, reset_in: int, limit: int = 60) -> dict[str, str]:
    return {
        "x-ratelimit-limit": str(limit),
        "x-ratelimit-remaining": str(remaining),
        "x-ratelimit-reset": str(int(clock.wall) + reset_in),
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _no_outage_known() -> Iterator[None]:
    # The one-warning-per-outage memory is process-wide: each test starts with no outage known.
    shared_pacing._FAILING.clear()
    yield
    shared_pacing._FAILING.clear()


def test_clients_on_one_key_draw_from_one_budget(redis_url: str, clock: FakeClock) -> None:
    first, second = _pacer(redis_url, clock), _pacer(redis_url, clock)
    first.observe(OP, _headers(clock, remaining=3, reset_in=10))
    assert [first.hold(OP), second.hold(OP), first.hold(OP)] == [0.0, 0.0, 0.0]
    # The window is spent, by both together: each waits for the same reset.
    assert second.hold(OP) == pytest.approx(10.0)
    assert first.hold(OP) == pytest.approx(10.0)


def test_other_keys_and_operations_have_their_own_budgets(redis_url: str, clock: FakeClock) -> None:
    mine, theirs = _pacer(redis_url, clock), _pacer(redis_url, clock, api_key="pp_live_sk_someone_else")
    mine.observe(OP, _headers(clock, remaining=0, reset_in=10))
    assert mine.hold(OP) == pytest.approx(10.0)
    assert theirs.hold(OP) == 0.0
    assert mine.hold("GET /content/generations") == 0.0


def test_the_api_key_is_never_stored_and_windows_expire(
    redis_url: str, redis_server: RedisProcess, clock: FakeClock
) -> None:
    pacer = _pacer(redis_url, clock)
    pacer.observe(OP, _headers(clock, remaining=5, reset_in=10))
    pacer.hold(OP)
    with redis_server.client() as client:
        keys = client.keys("*")
        assert keys == [f"{budget_name(BASE, KEY)}:{OP}".encode()]
        stored = b" ".join([*keys, *(v for kv in client.hgetall(keys[0]).items() for v in kv)])
        assert KEY.encode() not in stored
        assert KEY[-12:].encode() not in stored
        # Dropped a minute after the reset it records, so an idle key leaves nothing behind.
        assert 60 < client.ttl(keys[0]) <= 71


def test_a_report_of_the_same_window_never_gives_back_reserved_slots(
    redis_url: str, clock: FakeClock
) -> None:
    first, second, earlier = _pacer(redis_url, clock), _pacer(redis_url, clock), _pacer(redis_url, clock)
    first.observe(OP, _headers(clock, remaining=2, reset_in=10))
    first.hold(OP)
    second.hold(OP)
    # A response of a call sent before both reservations still says 2 remain: the slots stay taken.
    earlier.observe(OP, _headers(clock, remaining=2, reset_in=10))
    assert first.hold(OP) == pytest.approx(10.0)


def test_calls_the_pacer_did_not_see_lower_the_budget(redis_url: str, clock: FakeClock) -> None:
    pacer = _pacer(redis_url, clock)
    pacer.observe(OP, _headers(clock, remaining=10, reset_in=10))
    pacer.observe(OP, _headers(clock, remaining=0, reset_in=10))  # someone else spent the rest
    assert pacer.hold(OP) == pytest.approx(10.0)


def test_after_the_reset_the_next_window_opens_with_the_limit_for_everyone(
    redis_url: str, clock: FakeClock
) -> None:
    first, second, late = _pacer(redis_url, clock), _pacer(redis_url, clock), _pacer(redis_url, clock)
    first.observe(OP, _headers(clock, remaining=0, reset_in=5, limit=3))
    clock.advance(5.0)
    # Before any answer from the new window, the pool shares its 3 slots...
    assert [first.hold(OP), second.hold(OP), first.hold(OP)] == [0.0, 0.0, 0.0]
    # ...and a late answer from the window that ended cannot undo that.
    late.observe(OP, _headers(clock, remaining=2, reset_in=0, limit=3))
    # The first answer of the new window (of first's call) tells its reset; the two calls still in
    # flight keep their slots.
    first.observe(OP, _headers(clock, remaining=2, reset_in=5, limit=3))
    assert second.hold(OP) == pytest.approx(5.0)


def test_calls_sent_before_any_window_was_known_count_in_the_first_one(
    redis_url: str, clock: FakeClock
) -> None:
    pool = [_pacer(redis_url, clock) for _ in range(3)]
    # No window known: all three calls go, and all three are in flight.
    assert [pacer.hold(OP) for pacer in pool] == [0.0, 0.0, 0.0]
    # The first answer says 3 of 4 remain; the two other calls may land in this window too.
    pool[0].observe(OP, _headers(clock, remaining=3, reset_in=10, limit=4))
    assert pool[0].hold(OP) == 0.0
    assert pool[0].hold(OP) == pytest.approx(10.0)


def test_a_call_reserved_before_the_reset_keeps_its_slot_in_the_next_window(
    redis_url: str, clock: FakeClock
) -> None:
    straddler, pool = _pacer(redis_url, clock), _pacer(redis_url, clock)
    straddler.observe(OP, _headers(clock, remaining=3, reset_in=1, limit=3))
    assert straddler.hold(OP) == 0.0  # reserved in this window, answered after the reset
    clock.advance(1.0)
    # The new window opens with the limit less the call still in flight, which the server may count there.
    assert [pool.hold(OP), pool.hold(OP)] == [0.0, 0.0]
    assert pool.hold(OP) == pytest.approx(shared_pacing.OPEN_WINDOW_POLL)
    # Its answer shows it landed in the window that ended: its slot comes back.
    straddler.observe(OP, _headers(clock, remaining=2, reset_in=0, limit=3))
    assert pool.hold(OP) == 0.0


def test_a_call_never_answered_stops_counting(redis_url: str, clock: FakeClock) -> None:
    lost, pool = _pacer(redis_url, clock), _pacer(redis_url, clock)
    pool.observe(OP, _headers(clock, remaining=1, reset_in=60))
    assert lost.hold(OP) == 0.0  # its call fails without a response: no observe
    assert pool.hold(OP) == pytest.approx(60.0)
    clock.advance(shared_pacing.IN_FLIGHT_SECONDS + 0.5)
    assert pool.hold(OP) == 0.0


def test_a_bogus_far_reset_is_left_to_the_server(redis_url: str, clock: FakeClock) -> None:
    pacer = _pacer(redis_url, clock, max_hold=60.0)
    pacer.observe(OP, _headers(clock, remaining=0, reset_in=86_400))
    assert pacer.hold(OP) == 0.0


def test_threads_never_reserve_more_than_the_window(redis_url: str, clock: FakeClock) -> None:
    pacers = [_pacer(redis_url, clock) for _ in range(4)]
    pacers[0].observe(OP, _headers(clock, remaining=50, reset_in=10))
    sent = [0] * 4

    def worker(index: int) -> None:
        for _ in range(30):
            if pacers[index].hold(OP) == 0.0:
                sent[index] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sum(sent) == 50


async def test_async_and_sync_clients_share_the_window(redis_url: str, clock: FakeClock) -> None:
    sync_pacer, async_pacer = _pacer(redis_url, clock), _pacer(redis_url, clock)
    await async_pacer.aobserve(OP, _headers(clock, remaining=2, reset_in=7))
    assert await async_pacer.ahold(OP) == 0.0
    assert sync_pacer.hold(OP) == 0.0
    assert await async_pacer.ahold(OP) == pytest.approx(7.0)
    await async_pacer.aclose()
    sync_pacer.close()


# -- never worse than local pacing -------------------------------------------------------------------


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A listener that accepts connections and never answers: a Redis too slow to be of use."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


def test_unreachable_redis_falls_back_to_local_pacing_with_one_warning(
    closed_port: int, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"redis://:hunter2@127.0.0.1:{closed_port}/0"
    pacers = [_pacer(url, clock), _pacer(url, clock)]
    with caplog.at_level(logging.WARNING, logger="powerpost"):
        for pacer in pacers:
            pacer.observe(OP, _headers(clock, remaining=1, reset_in=10))
            assert pacer.hold(OP) == 0.0
            assert pacer.hold(OP) == pytest.approx(10.0)  # local pacing, from the pacer's own headers
            assert not pacer.shared
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "pacing this client locally" in warnings[0].getMessage()
    assert "hunter2" not in caplog.text


def test_redis_is_tried_again_after_the_cooldown(
    redis_server: RedisProcess, clock: FakeClock, closed_port: int
) -> None:
    pacer = _pacer(f"redis://127.0.0.1:{closed_port}/0", clock, cooldown=15.0)
    pacer.hold(OP)
    assert not pacer.shared
    pacer._url = redis_server.url  # the same pacer, now pointing at a Redis that answers
    pacer.close()
    clock.advance(15.0)
    assert pacer.shared
    assert pacer.hold(OP) == 0.0
    assert pacer.shared


def test_a_silent_redis_costs_a_call_at_most_about_one_timeout(silent_server: int, clock: FakeClock) -> None:
    pacer = _pacer(f"redis://127.0.0.1:{silent_server}/0", clock, redis_timeout=0.2, connect_timeout=0.2)
    pacer.observe(OP, _headers(clock, remaining=5, reset_in=10))
    started = time.monotonic()
    assert pacer.hold(OP) == 0.0
    # Without the timeouts, redis-py would wait 5 s per command (and retry): far beyond this bound.
    assert time.monotonic() - started < 2.0
    started = time.monotonic()
    for _ in range(20):
        pacer.hold(OP)  # in the cooldown: Redis is not asked at all
    assert time.monotonic() - started < 0.5
    pacer.close()


async def test_a_silent_redis_does_not_stall_an_async_client(silent_server: int, clock: FakeClock) -> None:
    pacer = _pacer(f"redis://127.0.0.1:{silent_server}/0", clock, redis_timeout=0.2, connect_timeout=0.2)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    started = time.monotonic()
    assert await pacer.ahold(OP) == 0.0
    elapsed = time.monotonic() - started
    task.cancel()
    assert elapsed < 2.0
    assert ticks > 0  # the event loop kept running while the pacer waited on Redis
    await pacer.aclose()


# -- choosing the pacer -------------------------------------------------------------------------------


def test_pacing_url_comes_from_the_argument_or_the_environment() -> None:
    env = {"POWERPOST_PACING_URL": "redis://cache:6379/2"}
    assert pacing_url("redis://here:6379/0", env) == "redis://here:6379/0"
    assert pacing_url(True, env) == "redis://cache:6379/2"
    assert pacing_url(True, {}) is None
    assert pacing_url(False, env) is None  # pacing off is off, whatever the environment says
    with pytest.raises(ConfigurationError, match="Redis URL"):
        pacing_url("http://cache:6379", {})


def test_the_local_pacer_stays_the_default(clock: FakeClock) -> None:
    pacer = make_pacer(
        True, api_key=KEY, base_url=BASE, clock=clock.now, wall_clock=clock.time, max_hold=60.0, environ={}
    )
    assert type(pacer) is Pacer


def test_clients_take_a_redis_url(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    mock_base = "http://127.0.0.1:9/api/v1"
    monkeypatch.delenv("POWERPOST_PACING_URL", raising=False)
    with PowerPost(api_key=KEY, base_url=mock_base, pacing=redis_url) as pp:
        assert isinstance(pp._core.transport.pacer, SharedPacer)
        assert isinstance(pp.with_workspace("ws_2")._core.transport.pacer, SharedPacer)
    monkeypatch.setenv("POWERPOST_PACING_URL", redis_url)
    client = AsyncPowerPost(api_key=KEY, base_url=mock_base)
    assert isinstance(client._core.transport.pacer, SharedPacer)
    asyncio.run(client.close())
    assert type(PowerPost(api_key=KEY, base_url=mock_base, pacing=False)._core.transport.pacer) is Pacer


def test_a_redis_emptied_mid_window_learns_the_window_again(
    redis_url: str, redis_server: RedisProcess, clock: FakeClock
) -> None:
    pacer = _pacer(redis_url, clock)
    pacer.observe(OP, _headers(clock, remaining=5, reset_in=10))
    pacer.hold(OP)
    with redis_server.client() as client:
        client.flushall()  # a Redis restarted without persistence
    assert pacer.hold(OP) == 0.0  # no window known: the server decides
    # This report tells the pacer nothing new (4 remain, as Redis last said), but Redis lost the
    # window: it must be told again rather than skipped.
    pacer.observe(OP, _headers(clock, remaining=4, reset_in=10))
    with redis_server.client() as client:
        assert client.hget(f"{budget_name(BASE, KEY)}:{OP}", "remaining") == b"4"


def test_a_report_that_changes_nothing_and_ends_no_flight_costs_no_round_trip(
    redis_url: str, redis_server: RedisProcess, clock: FakeClock
) -> None:
    pacer = _pacer(redis_url, clock)
    pacer.observe(OP, _headers(clock, remaining=50, reset_in=10))

    def scripts_run() -> int:
        with redis_server.client() as client:
            stats = client.info("commandstats")
        return sum(int(stats.get(f"cmdstat_{name}", {}).get("calls", 0)) for name in ("evalsha", "eval"))

    before = scripts_run()
    for _ in range(5):
        pacer.hold(OP)
        pacer.observe(OP, _headers(clock, remaining=50, reset_in=10))  # slower than the reservations
    assert scripts_run() - before == 10  # each reservation, and each report that ends its call's flight
    other = _pacer(redis_url, clock)  # reports of calls this pacer let through in no thread or task here
    other.observe(OP, _headers(clock, remaining=40, reset_in=10))
    before = scripts_run()
    for _ in range(5):
        other.observe(OP, _headers(clock, remaining=45, reset_in=10))
    assert scripts_run() - before == 0  # they said nothing new and ended no flight


def test_asking_for_shared_pacing_without_redis_py_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if the `redis` extra were not installed
    with pytest.raises(ConfigurationError, match=r"powerpost\[redis\]"):
        _pacer("redis://127.0.0.1:6379/0", clock)
