"""The per-call cost of response info: headers are read in one pass, and only when someone asks."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from powerpost import AsyncPowerPost, PowerPost, ResponseInfo

from .conftest import BASE, KEY

SDK_HEADERS = {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-request-id", "date"}


class CountingHeaders(httpx.Headers):
    """Headers that count by-name lookups of the headers the SDK reads (each one scans the whole list)."""

    lookups = 0

    def __getitem__(self, key: str) -> str:
        if key.lower() in SDK_HEADERS:
            CountingHeaders.lookups += 1
        return super().__getitem__(key)


def _counted(request: httpx.Request) -> httpx.Response:
    response = httpx.Response(200, json={"balance": 5})
    response.headers = CountingHeaders(
        {
            "X-RateLimit-Limit": "60",
            "X-RateLimit-Remaining": "59",
            "X-RateLimit-Reset": "1767225660",
            "X-Request-Id": "req_counted",
            "Content-Type": "application/json",
        }
    )
    return response


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_call_looks_up_no_sdk_header_by_name(kind: str) -> None:
    # A plain MockTransport (not respx, which copies responses) so the counting headers reach the SDK.
    settings: dict[str, Any] = {"api_key": KEY, "base_url": BASE, "transport": httpx.MockTransport(_counted)}
    CountingHeaders.lookups = 0
    if kind == "sync":
        client: Any = PowerPost(**settings)
        client.account.get_credits()
        info = client.account.with_raw_response.get_credits()
    else:
        client = AsyncPowerPost(**settings)

        async def twice() -> Any:
            await client.account.get_credits()
            return await client.account.with_raw_response.get_credits()

        info = asyncio.run(twice())
    assert CountingHeaders.lookups == 0  # pacing read them in one pass; response info has not yet
    assert info.request_id == "req_counted"
    assert (info.rate_limit.limit, info.rate_limit.remaining, info.rate_limit.reset) == (60, 59, 1767225660)
    assert CountingHeaders.lookups == 0


def test_response_info_reads_repeated_and_malformed_headers_like_httpx() -> None:
    headers: Any = httpx.Headers(
        [("X-Request-Id", "a"), ("x-request-id", "b"), ("X-RateLimit-Remaining", "many")]
    )
    info = ResponseInfo.from_headers(200, headers)
    assert info.request_id == headers.get("x-request-id") == "a, b"
    assert info.rate_limit.remaining is None
    assert info.rate_limit.limit is None
    assert info == ResponseInfo.from_headers(200, dict(headers))
