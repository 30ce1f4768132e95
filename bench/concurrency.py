"""Figure 2: 1,000 async get_generation calls with 50 in flight, SDK against raw httpx.AsyncClient."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from bench import canned, raw_baseline, sdk_factory, servers
from bench.figures import Figure, Goal

TARGET = 0.9
CALLS, IN_FLIGHT, ROUNDS = 1000, 50, 9


async def _throughput(call: Callable[[], Awaitable[object]]) -> float:
    """Calls per second for CALLS calls with at most IN_FLIGHT outstanding."""
    gate = asyncio.Semaphore(IN_FLIGHT)

    async def one() -> None:
        async with gate:
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(CALLS)))
    return CALLS / (time.perf_counter() - start)


async def _compare(base_url: str, generation_id: str) -> tuple[float, float, float]:
    key, workspace = servers.MOCK_API_KEY, servers.MOCK_WORKSPACE_ID
    # httpx's default pool (100 connections, 20 kept alive) is what the SDK uses too.
    raw_client = httpx.AsyncClient(
        base_url=base_url, headers=raw_baseline.auth_headers(key, workspace), timeout=30.0
    )
    async with raw_client as raw, sdk_factory.async_sdk(base_url, key, workspace) as pp:
        sdk_rates: list[float] = []
        raw_rates: list[float] = []
        # Order swapped every round; other processes on the machine then slow both sides alike.
        for round_no in range(ROUNDS + 1):
            pair = [
                (raw_rates, lambda: raw_baseline.aget_generation(raw, generation_id)),
                (sdk_rates, lambda: pp.content.get(generation_id)),
            ]
            for rates, call in pair if round_no % 2 else reversed(pair):
                rate = await _throughput(call)
                if round_no:  # round 0 warms both pools up
                    rates.append(rate)
    paired = statistics.median(mine / theirs for mine, theirs in zip(sdk_rates, raw_rates, strict=True))
    return statistics.median(sdk_rates), statistics.median(raw_rates), paired


def run() -> list[Figure]:
    """Median of ROUNDS interleaved runs of each side against the mock in its own process."""
    with servers.mock_server() as mock:
        servers.configure_mock_for_load(mock.root_url)
        headers = raw_baseline.auth_headers(servers.MOCK_API_KEY, servers.MOCK_WORKSPACE_ID)
        started = httpx.post(f"{mock.base_url}/content/generate", headers=headers, json=canned.GENERATE_BODY)
        started.raise_for_status()
        sdk, raw, ratio = asyncio.run(_compare(mock.base_url, started.json()["generation_id"]))
    return [
        Figure(
            "2",
            f"async throughput, {CALLS} get_generation, {IN_FLIGHT} in flight",
            f"{sdk:,.0f} calls/s",
            f"{raw:,.0f} calls/s",
            ratio,
            Goal.AT_LEAST,
            TARGET,
            f"median of {ROUNDS} paired rounds",
        )
    ]
