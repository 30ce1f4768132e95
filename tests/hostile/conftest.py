"""One driver runs a scenario on `PowerPost` or `AsyncPowerPost`, timing the call and recording the waits."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from powerpost import AsyncPowerPost, PowerPost

from tests.hostile.server import HostileServer

KEY = "pp_live_sk_hostile_test_secret_5a4b3c2d1e"
WORKSPACE = "ws_hostile"


class Driver:
    """A client of one kind against one server; `call` runs a method and keeps its elapsed time."""

    def __init__(self, kind: str, server: HostileServer, **options: Any) -> None:
        self.kind = kind
        self.sleeps: list[float] = []
        self.elapsed = 0.0
        settings: dict[str, Any] = {
            "api_key": KEY,
            "workspace_id": WORKSPACE,
            "base_url": server.base_url,
            "pacing": False,
            **options,
        }
        self.loop = asyncio.new_event_loop()
        if kind == "sync":
            self.client: Any = PowerPost(sleep=self.sleeps.append, **settings)
        else:

            async def fake_sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client = AsyncPowerPost(sleep=fake_sleep, **settings)

    def call(self, method: Callable[[Any], Any]) -> Any:
        """Run `method(client)` (awaited for the async client); `elapsed` is its wall time."""
        started = time.monotonic()
        try:
            if self.kind == "sync":
                return method(self.client)

            async def _run() -> Any:
                return await method(self.client)

            return self.loop.run_until_complete(_run())
        finally:
            self.elapsed = time.monotonic() - started

    def close(self) -> None:
        if self.kind == "sync":
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.close())
        self.loop.close()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Every scenario runs on both clients."""
    return str(request.param)


@pytest.fixture
def drive(kind: str) -> Iterator[Callable[..., Driver]]:
    """`drive(server, **client_options)` → a Driver of the parametrised kind, closed after the test."""
    made: list[Driver] = []

    def _make(server: HostileServer, **options: Any) -> Driver:
        made.append(Driver(kind, server, **options))
        return made[-1]

    yield _make
    for driver in made:
        driver.close()
