"""Figure 4: the SDK's pacer against a fixed-window limit: no 429 received, and little time lost."""

from __future__ import annotations

import math
import os
import time

import httpx

from bench import sdk_factory, servers
from bench.figures import Figure, Goal
from bench.status_counter import StatusCountingTransport

TARGET = 1.05
REQUESTS, LIMIT = 300, 60
OPERATION = "get_credits"


def minimum_seconds(requests: int, limit: int, window: float, start: float) -> float:
    """The least time the windows allow from `start` (Unix seconds): the mock's windows are aligned to
    multiples of `window`, so every window before the one of the last batch must be waited out."""
    last_window_start = (math.floor(start / window) + math.ceil(requests / limit) - 1) * window
    return last_window_start - start


def _start_at_phase(window: float, phase: float) -> None:
    # Phase 0 begins just after a window opens (the 4 whole windows). Phase 0.55 begins mid-window,
    # off the whole second, as a user starting at a random moment would: it shows whether the pacer follows
    # the server's windows to the fraction of a second.
    time.sleep((phase * window + 0.01 - time.time()) % window)


def _one_run(window: float, phase: float) -> Figure:
    with servers.mock_server() as mock:
        with httpx.Client(base_url=mock.root_url, timeout=10.0) as admin:
            admin.post("/_mock/reset").raise_for_status()
            admin.post(
                "/_mock/rate-limits",
                json={"limit": 100_000, "window": window, "operations": {OPERATION: LIMIT}},
            ).raise_for_status()
        counter = StatusCountingTransport()
        with sdk_factory.sync_sdk(
            mock.base_url, servers.MOCK_API_KEY, servers.MOCK_WORKSPACE_ID, counter
        ) as pp:
            pp.with_options(max_retries=0)  # build lazily-created parts before the clock starts
            _start_at_phase(window, phase)
            wall_start, start = time.time(), time.perf_counter()
            for _ in range(REQUESTS):
                pp.account.get_credits()
            elapsed = time.perf_counter() - start
    floor = minimum_seconds(REQUESTS, LIMIT, window, wall_start)
    received_429 = counter.statuses.get(429, 0)
    ratio = elapsed / floor
    verdict_note = f"429s received: {received_429}; minimum {floor:.1f} s"
    # A 429 misses the target whatever the time.
    verdict = False if received_429 else None
    return Figure(
        "4",
        f"pacing, {REQUESTS} × {OPERATION} at {LIMIT}/{window:g} s, start at {phase:g} of a window",
        f"{elapsed:.2f} s",
        f"{floor:.2f} s",
        ratio,
        Goal.AT_MOST,
        TARGET,
        verdict_note,
        verdict,
    )


def run() -> list[Figure]:
    """60 per 10 s (≈40 s, ≈34.5 s) and a scaled 60 per 1 s, each from a window's start and from 0.55 of
    a window; BENCH_QUICK=1 keeps only the 1 s runs."""
    windows = [1.0] if os.environ.get("BENCH_QUICK") == "1" else [10.0, 1.0]
    return [_one_run(window, phase) for window in windows for phase in (0.0, 0.55)]
