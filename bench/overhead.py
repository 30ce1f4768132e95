"""Figure 1: per-call cost of the SDK against raw httpx doing the same request, in memory and over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import cast

import httpx
from powerpost import AsyncPowerPost, PowerPost
from powerpost.types import GenerateContentParams

from bench import canned, raw_baseline, sdk_factory, servers
from bench.figures import Figure, Goal
from bench.timing import Comparison, compare, compare_async, micros

IN_MEMORY_TARGET = 1.15
END_TO_END_TARGET = 1.05
IN_MEMORY_CALLS, IN_MEMORY_ROUNDS = 100, 31
HTTP_CALLS, HTTP_ROUNDS = 40, 31

SyncPair = dict[str, Callable[[], object]]
AsyncPair = dict[str, Callable[[], Awaitable[object]]]


def _sync_pairs(pp: PowerPost, raw: httpx.Client, generation_id: str) -> dict[str, SyncPair]:
    body = canned.GENERATE_BODY
    params = cast(GenerateContentParams, body)
    return {
        "get_credits": {
            "sdk": lambda: pp.account.get_credits(),
            "raw": lambda: raw_baseline.get_credits(raw),
        },
        "get_generation": {
            "sdk": lambda: pp.content.get(generation_id),
            "raw": lambda: raw_baseline.get_generation(raw, generation_id),
        },
        "generate_content": {
            "sdk": lambda: pp.content.generate(params),
            "raw": lambda: raw_baseline.generate_content(raw, body),
        },
    }


def _async_pairs(pp: AsyncPowerPost, raw: httpx.AsyncClient, generation_id: str) -> dict[str, AsyncPair]:
    body = canned.GENERATE_BODY
    params = cast(GenerateContentParams, body)
    return {
        "get_credits": {
            "sdk": lambda: pp.account.get_credits(),
            "raw": lambda: raw_baseline.aget_credits(raw),
        },
        "get_generation": {
            "sdk": lambda: pp.content.get(generation_id),
            "raw": lambda: raw_baseline.aget_generation(raw, generation_id),
        },
        "generate_content": {
            "sdk": lambda: pp.content.generate(params),
            "raw": lambda: raw_baseline.agenerate_content(raw, body),
        },
    }


def _figure(number: str, label: str, timings: Comparison, target: float) -> Figure:
    sdk, raw = timings.ours, timings.baseline
    return Figure(
        number,
        label,
        micros(sdk),
        micros(raw),
        timings.ratio,
        Goal.AT_MOST,
        target,
        f"{(sdk - raw) * 1e6:+.0f} µs per call (medians)",
    )


def _measure(
    number: str,
    where: str,
    target: float,
    base_url: str,
    api_key: str,
    workspace_id: str,
    generation_id: str,
    transport: Callable[[], httpx.MockTransport] | None,
    calls: int,
    rounds: int,
) -> list[Figure]:
    figures: list[Figure] = []
    inner = transport() if transport else None
    with (
        sdk_factory.sync_sdk(base_url, api_key, workspace_id, inner) as pp,
        raw_baseline.sync_client(base_url, api_key, workspace_id, inner) as raw,
    ):
        for op, pair in _sync_pairs(pp, raw, generation_id).items():
            figures.append(
                _figure(
                    number, f"{op} sync, {where}", compare(pair["sdk"], pair["raw"], calls, rounds), target
                )
            )

    async def measure_async() -> None:
        inner_async = transport() if transport else None
        async with (
            sdk_factory.async_sdk(base_url, api_key, workspace_id, inner_async) as app,
            raw_baseline.async_client(base_url, api_key, workspace_id, inner_async) as araw,
        ):
            for op, apair in _async_pairs(app, araw, generation_id).items():
                timings = await compare_async(apair["sdk"], apair["raw"], calls, rounds)
                figures.append(_figure(number, f"{op} async, {where}", timings, target))

    asyncio.run(measure_async())
    return figures


def run_in_memory() -> list[Figure]:
    """Figure 1a: both sides served the same canned bytes by httpx.MockTransport."""
    return _measure(
        "1a",
        "in memory",
        IN_MEMORY_TARGET,
        canned.BASE_URL,
        canned.API_KEY,
        canned.WORKSPACE_ID,
        canned.GENERATION_ID,
        canned.mock_transport,
        IN_MEMORY_CALLS,
        IN_MEMORY_ROUNDS,
    )


def run_end_to_end() -> list[Figure]:
    """Figure 1b: both sides against the local mock, in its own process, over HTTP keep-alive."""
    with servers.mock_server() as mock:
        servers.configure_mock_for_load(mock.root_url)
        headers = raw_baseline.auth_headers(servers.MOCK_API_KEY, servers.MOCK_WORKSPACE_ID)
        started = httpx.post(f"{mock.base_url}/content/generate", headers=headers, json=canned.GENERATE_BODY)
        started.raise_for_status()
        return _measure(
            "1b",
            "HTTP to mock",
            END_TO_END_TARGET,
            mock.base_url,
            servers.MOCK_API_KEY,
            servers.MOCK_WORKSPACE_ID,
            started.json()["generation_id"],
            None,
            HTTP_CALLS,
            HTTP_ROUNDS,
        )
