"""Shared fixtures: fake time, a respx router as the inner transport, and sync/async client harnesses."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any, TypeVar

import httpx
import pytest
import respx
from powerpost import AsyncPowerPost, PowerPost

BASE = "https://api.test/api/v1"
KEY = "pp_live_sk_unit_test_secret_9f8e7d"
WORKSPACE = "ws_unit"
EPOCH = 1_767_225_600.0  # 2026-01-01T00:00:00Z

T = TypeVar("T")


class FakeClock:
    """Monotonic and wall clocks that move only when the SDK sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.monotonic = 1000.0
        self.wall = EPOCH
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.monotonic

    def time(self) -> float:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.monotonic += seconds
        self.wall += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Harness:
    """One client (sync or async) plus a way to run its calls from a plain test function."""

    def __init__(self, kind: str, router: respx.Router, clock: FakeClock, **options: Any) -> None:
        self.kind = kind
        self.router = router
        self.clock = clock
        transport = httpx.MockTransport(router.handler)
        settings: dict[str, Any] = {
            "api_key": KEY,
            "workspace_id": WORKSPACE,
            "base_url": BASE,
            "transport": transport,
            "clock": clock.now,
            "wall_clock": clock.time,
            **options,
        }
        if kind == "sync":
            self.client: Any = PowerPost(sleep=clock.sleep, **settings)
        else:
            self.client = AsyncPowerPost(sleep=clock.asleep, **settings)

        # One loop per harness: pooled connections of the async client belong to the loop that made them.
        self.loop = asyncio.new_event_loop()

    def close(self) -> None:
        self.loop.close()

    def run(self, value: Awaitable[T] | T) -> T:
        """The call's result: as is for sync, awaited on the harness's event loop for async."""
        if self.kind == "sync":
            return value  # type: ignore[return-value]

        async def _await() -> T:
            return await value  # type: ignore[misc,no-any-return]

        return self.loop.run_until_complete(_await())

    def collect(self, items: Iterable[T] | AsyncIterator[T], limit: int = 1000) -> list[T]:
        """Drain a (sync or async) iterator, bounded."""
        if self.kind == "sync":
            out: list[T] = []
            for item in items:  # type: ignore[union-attr]
                out.append(item)
                if len(out) >= limit:
                    break
            return out

        async def _drain() -> list[T]:
            found: list[T] = []
            async for item in items:  # type: ignore[union-attr]
                found.append(item)
                if len(found) >= limit:
                    break
            return found

        return self.loop.run_until_complete(_drain())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def router() -> respx.Router:
    return respx.Router(base_url=BASE, assert_all_called=False)


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, router: respx.Router, clock: FakeClock) -> Iterator[Harness]:
    """The same scenario against `PowerPost` and `AsyncPowerPost`."""
    harness = Harness(request.param, router, clock)
    yield harness
    harness.close()


@pytest.fixture
def make_api(router: respx.Router, clock: FakeClock) -> Iterator[Callable[..., Harness]]:
    """Build a harness with extra client options, e.g. `make_api("sync", pacing=False)`."""
    made: list[Harness] = []

    def _make(kind: str, **options: Any) -> Harness:
        made.append(Harness(kind, router, clock, **options))
        return made[-1]

    yield _make
    for harness in made:
        harness.close()


def error_json(code: str, message: str = "nope", **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


def generation(gid: str = "g1", status: str = "processing", **extra: Any) -> dict[str, Any]:
    return {
        "generation_id": gid,
        "status": status,
        "post_types": ["x-post"],
        "platforms": ["x"],
        "research_mode": "regular",
        "credits_used": 6,
        "created_at": "2026-01-10T18:30:00Z",
        **extra,
    }


def started(gid: str = "g1") -> dict[str, Any]:
    return {
        "generation_id": gid,
        "status": "processing",
        "credits_used": 6,
        "remaining_credits": 44,
        "status_url": f"/api/v1/content/generations/{gid}",
    }


GENERATE_BODY = {"prompt": "We shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}
