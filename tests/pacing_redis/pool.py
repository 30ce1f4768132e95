"""A pool of SDK clients on one key against the mock: what a worker pool does, in threads or tasks."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import httpx
from powerpost import AsyncPowerPost, PowerPost
from powerpost.types import GenerateContentParams
from powerpost_mock import RunningMock

OPERATION = "get_credits"
GENERATE_BODY: GenerateContentParams = {
    "prompt": "We shipped dark mode",
    "post_types": ["x-post"],
    "research_mode": "regular",
}


@attrs.define
class PoolResult:
    """What the workers saw: results per worker, exceptions that reached them, generations started."""

    calls: int = 0
    errors: list[BaseException] = attrs.field(factory=list)
    generation_ids: list[str] = attrs.field(factory=list)
    lock: threading.Lock = attrs.field(factory=threading.Lock)

    def add(self, calls: int, generation_ids: Sequence[str]) -> None:
        """Record one worker's finished calls."""
        with self.lock:
            self.calls += calls
            self.generation_ids.extend(generation_ids)


def limit_operation(mock: RunningMock, limit: int, window: float) -> None:
    """Limit `get_credits` on the mock to `limit` per `window` seconds (others stay generous)."""
    with httpx.Client(base_url=mock.root_url, timeout=10.0) as admin:
        admin.post(
            "/_mock/rate-limits", json={"limit": 10_000, "window": window, "operations": {OPERATION: limit}}
        ).raise_for_status()


def ledger(mock: RunningMock) -> dict[str, Any]:
    """The mock's ledger (`GET /_mock/ledger`)."""
    with httpx.Client(base_url=mock.root_url, timeout=10.0) as admin:
        response = admin.get("/_mock/ledger")
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data


def run_threads(
    mock: RunningMock,
    workers: int,
    calls: int,
    *,
    pacing: bool | str,
    max_retries: int = 2,
    generate_every: int = 0,
    after_call: Callable[[int], None] | None = None,
) -> PoolResult:
    """`workers` threads, each with its own `PowerPost`, each making `calls` calls (every
    `generate_every`-th a caption generation, the others `get_credits`); `after_call(n)` runs after
    the pool's n-th finished call."""
    result = PoolResult()
    done = [0]

    def worker() -> None:
        ids: list[str] = []
        made = 0
        try:
            with PowerPost(
                api_key=mock.api_key,
                workspace_id=mock.workspace_id,
                base_url=mock.base_url,
                pacing=pacing,
                max_retries=max_retries,
            ) as pp:
                for index in range(calls):
                    if generate_every and index % generate_every == generate_every - 1:
                        ids.append(pp.content.generate(GENERATE_BODY).generation_id)
                    else:
                        pp.account.get_credits()
                    made += 1
                    with result.lock:
                        done[0] += 1
                        count = done[0]
                    if after_call is not None:
                        after_call(count)
        except BaseException as exc:  # collected: the test asserts none reached the user
            with result.lock:
                result.errors.append(exc)
        finally:
            result.add(made, ids)

    threads = [threading.Thread(target=worker, name=f"pool-{i}") for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return result


async def run_tasks(
    mock: RunningMock,
    workers: int,
    calls: int,
    *,
    pacing: bool | str,
    max_retries: int = 2,
    after_call: Callable[[int], None] | None = None,
) -> PoolResult:
    """`workers` `AsyncPowerPost` clients in one event loop, each making `calls` `get_credits` calls;
    `after_call(n)` runs after the pool's n-th finished call."""
    result = PoolResult()
    done = [0]

    async def worker() -> None:
        made = 0
        try:
            async with AsyncPowerPost(
                api_key=mock.api_key,
                workspace_id=mock.workspace_id,
                base_url=mock.base_url,
                pacing=pacing,
                max_retries=max_retries,
            ) as pp:
                for _ in range(calls):
                    await pp.account.get_credits()
                    made += 1
                    done[0] += 1
                    if after_call is not None:
                        after_call(done[0])
        except Exception as exc:  # collected: the test asserts none reached the user
            result.errors.append(exc)
        finally:
            result.add(made, [])

    await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(workers))), timeout=120)
    return result
