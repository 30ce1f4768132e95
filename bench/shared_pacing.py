"""Figure 7: many clients on one key, paced together through Redis or each on its own.

4 worker processes × 75 `get_credits` against the mock limited to 60 per 5 s on that operation, all
starting just after a window opens: the windows allow the 300 calls in no less than 4 whole windows
(about 20 s). Measured with the shared pacer and with the in-process pacer alone (the default), then
the same with 4 `AsyncPowerPost` clients in one process. 429s are counted on the wire, retries included.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import subprocess
import sys
import time
from collections import Counter

import attrs
import httpx
from powerpost import AsyncPowerPost, PowerPostError
from powerpost._config import ENV_PACING_URL

from bench import servers
from bench.figures import Figure, Goal
from bench.pacing import minimum_seconds
from tests.pacing_redis.redis_process import INSTALL_HINT, redis_binary, running_redis

TARGET = 1.05
WORKERS, CALLS, LIMIT, WINDOW = 4, 75, 60, 5.0
OPERATION = "get_credits"
# Once every worker is ready, the run begins with the first window that opens this long after.
LEAD_TIME = 0.5


@attrs.frozen
class RunResult:
    """What one run of the pool measured."""

    received_429: int
    failed: int
    elapsed: float
    floor: float


class AsyncStatusCountingTransport(httpx.AsyncBaseTransport):
    """Wraps a real AsyncHTTPTransport; `statuses` tallies every response that came back over the wire."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.statuses: Counter[int] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the real transport and count the status."""
        response = await self._inner.handle_async_request(request)
        self.statuses[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        """Close the real transport."""
        await self._inner.aclose()


def _limit(mock: servers.Server) -> None:
    with httpx.Client(base_url=mock.root_url, timeout=10.0) as admin:
        admin.post("/_mock/reset").raise_for_status()
        admin.post(
            "/_mock/rate-limits",
            json={"limit": 100_000, "window": WINDOW, "operations": {OPERATION: LIMIT}},
        ).raise_for_status()


def _next_window_start(lead: float) -> float:
    """Just after the first window that opens at least `lead` seconds from now (figure 4's phase 0)."""
    return math.ceil((time.time() + lead) / WINDOW) * WINDOW + 0.01


def _processes(mock: servers.Server, pacing: str) -> RunResult:
    argv = [mock.base_url, servers.MOCK_API_KEY, servers.MOCK_WORKSPACE_ID, pacing, str(CALLS)]
    workers = [
        subprocess.Popen(  # noqa: S603 - our own module, fixed argv
            [sys.executable, "-m", "bench.shared_pacing_worker", *argv],
            cwd=servers.REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(WORKERS)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            if worker.stdout.readline().strip() != "ready":
                raise RuntimeError(f"a worker did not start (exit code {worker.wait(timeout=60)})")
        start_at = _next_window_start(LEAD_TIME)
        tallies = []
        for worker in workers:
            out, _ = worker.communicate(f"{start_at!r}\n", timeout=300)
            if worker.returncode != 0:
                raise RuntimeError(f"a worker exited with code {worker.returncode}")
            tallies.append(json.loads(out))
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait(timeout=10)
    return RunResult(
        received_429=sum(t["statuses"].get("429", 0) for t in tallies),
        failed=sum(t["failed"] for t in tallies),
        elapsed=max(t["ended"] for t in tallies) - start_at,
        floor=minimum_seconds(WORKERS * CALLS, LIMIT, WINDOW, start_at),
    )


async def _tasks(mock: servers.Server, pacing: bool | str) -> RunResult:
    counters = [AsyncStatusCountingTransport() for _ in range(WORKERS)]
    clients = [
        AsyncPowerPost(
            api_key=servers.MOCK_API_KEY,
            workspace_id=servers.MOCK_WORKSPACE_ID,
            base_url=mock.base_url,
            pacing=pacing,
            transport=counter,
        )
        for counter in counters
    ]
    failed = 0

    async def worker(pp: AsyncPowerPost) -> None:
        nonlocal failed
        for _ in range(CALLS):
            try:
                await pp.account.get_credits()
            except PowerPostError:
                failed += 1

    start_at = _next_window_start(1.0)
    await asyncio.sleep(start_at - time.time())
    await asyncio.gather(*(worker(pp) for pp in clients))
    elapsed = time.time() - start_at
    for pp in clients:
        await pp.close()
    return RunResult(
        received_429=sum(counter.statuses.get(429, 0) for counter in counters),
        failed=failed,
        elapsed=elapsed,
        floor=minimum_seconds(WORKERS * CALLS, LIMIT, WINDOW, start_at),
    )


def _figure(name: str, result: RunResult, shared: bool) -> Figure:
    note = (
        f"429s received: {result.received_429}; calls failed: {result.failed}; minimum {result.floor:.1f} s"
    )
    if shared:
        # A 429 misses the target whatever the time.
        verdict = False if result.received_429 or result.failed else None
        return Figure(
            "7",
            name,
            f"{result.elapsed:.2f} s",
            f"{result.floor:.2f} s",
            result.elapsed / result.floor,
            Goal.AT_MOST,
            TARGET,
            note,
            verdict,
        )
    return Figure(
        "7",
        name,
        f"{result.elapsed:.2f} s",
        f"{result.floor:.2f} s",
        result.elapsed / result.floor,
        Goal.RECORD,
        None,
        note + " (the default pacer, for comparison)",
    )


def run() -> list[Figure]:
    """The four runs of figure 7, each on a fresh mock and an empty Redis."""
    binary = redis_binary()
    if binary is None:
        raise RuntimeError(INSTALL_HINT)
    # "Each pacing alone" must mean the in-process pacer, whatever this shell exports.
    os.environ.pop(ENV_PACING_URL, None)
    what = f"{WORKERS} × {CALLS} {OPERATION} at {LIMIT}/{WINDOW:g} s"
    figures = []
    with running_redis(binary) as redis_server:
        runs: list[tuple[str, str, bool | str]] = [
            ("processes", f"{what}, {WORKERS} processes, shared pacer (Redis)", redis_server.url),
            ("processes", f"{what}, {WORKERS} processes, each pacing alone", "local"),
            ("tasks", f"{what}, {WORKERS} async clients in one process, shared pacer", redis_server.url),
            ("tasks", f"{what}, {WORKERS} async clients in one process, each pacing alone", True),
        ]
        for kind, name, pacing in runs:
            with redis_server.client() as client:
                client.flushall()
            with servers.mock_server() as mock:
                _limit(mock)
                if kind == "processes":
                    result = _processes(mock, str(pacing))
                else:
                    result = asyncio.run(_tasks(mock, pacing))
            figures.append(_figure(name, result, shared=pacing not in ("local", True)))
    return figures
