"""The transport's cheap per-call steps and the exact ways they fall back to give the same results.

Reading the rate-limit headers from raw bytes, finding the key with C-level scans and asking the pacer
once before each attempt are the common case; each test drives the path it falls back to as well.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx
import pytest
from powerpost import _header_scan as header_scan
from powerpost._pacing import Pacer
from powerpost._transport import PowerPostTransport

from .conftest import EPOCH, KEY, FakeClock

_OP = "GET /content/generations/{generation_id}"


def _windows(pacer: Pacer) -> dict[str, tuple[int, int, float]]:
    return {key: (w.remaining, w.reset_raw, w.reset_at) for key, w in pacer._windows.items()}


@pytest.mark.parametrize(
    "responses",
    [
        # the window known: only the count goes down (never up, for answers still in flight)
        [("5", "100"), ("3", "100"), ("4", "100")],
        # a new window replaces the old one
        [("5", "100"), ("9", "160")],
        # values `int` reads only once decoded (Unicode digits), or not at all
        [("5", "100"), ("\u0664", "100"), ("x", "100"), ("2", "1x")],
        # padded values, as `int` reads them
        [(" 7 ", "100"), ("6", " 100")],
    ],
)
def test_observe_found_keeps_the_same_windows_as_observe(responses: list[tuple[str, str]]) -> None:
    clock = FakeClock()
    exact = Pacer(clock=clock.now, wall_clock=clock.time)
    raw = Pacer(clock=clock.now, wall_clock=clock.time)
    for remaining, reset in responses:
        stamp = str(int(EPOCH) + int(reset)) if reset.strip().isdigit() else reset
        headers = httpx.Headers(
            {"X-RateLimit-Remaining": remaining, "X-RateLimit-Reset": stamp}, encoding="utf-8"
        )
        found = header_scan.by_name(headers)
        assert found is not None
        exact.observe(_OP, header_scan.pacing(found, headers))
        raw.observe_found(_OP, found, headers)
        assert _windows(raw) == _windows(exact)


def test_observe_found_without_the_headers_records_nothing() -> None:
    pacer = Pacer()
    headers = httpx.Headers({"X-RateLimit-Remaining": "3"})
    found = header_scan.by_name(headers)
    assert found is not None
    pacer.observe_found(_OP, found, headers)
    assert pacer._windows == {}


def test_api_key_without_httpx_s_header_list_reads_it_the_public_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(header_scan, "KEEPS_TRIPLES", False)
    for headers in (
        httpx.Headers({"x-api-key": KEY}),
        httpx.Headers({"other": "1"}),
        httpx.Headers([("X-Api-Key", "a"), ("x-api-key", "b")]),
    ):
        assert header_scan.api_key(headers) == headers.get("x-api-key")


class _StuckPacer(Pacer):
    """A pacer whose window never resets (a broken clock or header): it always asks for a wait."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def hold(self, key: str) -> float:
        self.asked += 1
        return 2.0


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"balance": 1})


def test_a_pacer_that_never_lets_go_holds_a_few_times_then_sends_sync() -> None:
    pacer, sleeps = _StuckPacer(), list[float]()
    transport = PowerPostTransport(
        sync_inner=httpx.MockTransport(_answer), pacer=pacer, sleep=sleeps.append, base_path="/api/v1"
    )
    with httpx.Client(transport=transport, headers={"x-api-key": KEY}) as client:
        assert client.get("https://api.test/api/v1/account/credits").json() == {"balance": 1}
    assert sleeps == [2.0, 2.0, 2.0]
    assert pacer.asked == 3


def test_a_pacer_that_never_lets_go_holds_a_few_times_then_sends_async() -> None:
    pacer, sleeps = _StuckPacer(), list[float]()

    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def run() -> object:
        transport = PowerPostTransport(
            async_inner=httpx.MockTransport(_answer), pacer=pacer, asleep=asleep, base_path="/api/v1"
        )
        async with httpx.AsyncClient(transport=transport, headers={"x-api-key": KEY}) as client:
            return (await client.get("https://api.test/api/v1/account/credits")).json()

    assert asyncio.run(run()) == {"balance": 1}
    assert sleeps == [2.0, 2.0, 2.0]
    assert pacer.asked == 3


def test_a_subclassed_pacer_gets_decoded_headers_not_raw_bytes() -> None:
    seen: list[dict[str, str]] = []

    class Watching(Pacer):
        def observe(self, key: str, headers: Mapping[str, str]) -> None:
            seen.append(dict(headers))

    def limited(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={}, headers={"X-RateLimit-Remaining": "4", "X-RateLimit-Reset": "99"})

    transport = PowerPostTransport(sync_inner=httpx.MockTransport(limited), pacer=Watching())
    with httpx.Client(transport=transport, headers={"x-api-key": KEY}) as client:
        client.get("https://api.test/account/credits")
    assert seen == [{"x-ratelimit-remaining": "4", "x-ratelimit-reset": "99"}]


def test_a_pacer_with_its_own_aobserve_is_awaited_by_an_async_client() -> None:
    seen: list[dict[str, str]] = []

    class Storing(Pacer):  # its windows live elsewhere: `observe` as is, `aobserve` its own
        async def aobserve(self, key: str, headers: Mapping[str, str]) -> None:
            seen.append(dict(headers))

    def limited(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={}, headers={"X-RateLimit-Remaining": "4", "X-RateLimit-Reset": "99"})

    async def run() -> None:
        transport = PowerPostTransport(async_inner=httpx.MockTransport(limited), pacer=Storing())
        async with httpx.AsyncClient(transport=transport, headers={"x-api-key": KEY}) as client:
            await client.get("https://api.test/account/credits")

    asyncio.run(run())
    assert seen == [{"x-ratelimit-remaining": "4", "x-ratelimit-reset": "99"}]
