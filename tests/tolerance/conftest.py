"""A sync or async client whose every request is answered by one fixed body (the real client, in memory)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from powerpost import AsyncPowerPost, PowerPost
from powerpost.types import AsyncCursorPage, SyncCursorPage

BASE = "https://api.test/api/v1"
HEADERS = {
    "content-type": "application/json",
    "x-request-id": "req_tolerance_1",
    "x-ratelimit-limit": "1000",
    "x-ratelimit-remaining": "999",
    "x-ratelimit-reset": "1767225600",
}


class Server:
    """Answers every request with `body` (bytes, or JSON-encoded) and status 200."""

    def __init__(self) -> None:
        self.body: bytes = b"{}"
        self.requests: list[httpx.Request] = []

    def answer(self, body: Any) -> bytes:
        self.body = body if isinstance(body, bytes) else json.dumps(body).encode()
        return self.body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, content=self.body, headers=HEADERS)


def _model(result: Any) -> Any:
    """The model a call read: a list call returns a page object, whose `page` is the list model."""
    return result.page if isinstance(result, SyncCursorPage | AsyncCursorPage) else result


class Client:
    """Runs SDK calls of a sync or async client from plain test code."""

    def __init__(self, kind: str, *, strict: bool | None = None) -> None:
        self.kind = kind
        self.server = Server()
        settings: dict[str, Any] = {
            "api_key": "pp_live_sk_tolerance_test",
            "workspace_id": "ws_tolerance",
            "base_url": BASE,
            "transport": httpx.MockTransport(self.server),
            "pacing": False,
            "max_retries": 0,
            "strict": strict,
        }
        self.sdk: Any = PowerPost(**settings) if kind == "sync" else AsyncPowerPost(**settings)
        self.loop = asyncio.new_event_loop()

    def run(self, value: Any) -> Any:
        if self.kind == "sync":
            return value
        return self.loop.run_until_complete(value)

    def call(self, fn: Any) -> Any:
        """`fn(sdk)`, awaited on this client's loop when async."""
        if self.kind == "sync":
            return _model(fn(self.sdk))

        async def go() -> Any:
            return _model(await fn(self.sdk))

        return self.loop.run_until_complete(go())

    def close(self) -> None:
        if self.kind == "sync":
            self.sdk.close()
        else:
            self.loop.run_until_complete(self.sdk.close())
        self.loop.close()


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest) -> Iterator[Client]:
    made = Client(request.param)
    yield made
    made.close()


@pytest.fixture(params=["sync", "async"])
def strict_client(request: pytest.FixtureRequest) -> Iterator[Client]:
    made = Client(request.param, strict=True)
    yield made
    made.close()
