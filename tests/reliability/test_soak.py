"""Fault soak: mixed SDK calls from threads and asyncio tasks against a mock injecting 10 % 500s, 5 % 429s,
2 % dropped connections, 1 % each of resets in the middle of a body, truncated bodies, bodies that stall
and bodies dripped a byte at a time (all four after the server acted), and latency; then the mock's
ledger is audited (see soak_audit), and every call's time is held against its whole-call deadline.

`make test` runs the short version (150 calls); `make soak` sets POWERPOST_SOAK_OPS=1000.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Iterator

import httpx
from powerpost import AsyncPowerPost, PowerPost
from powerpost._retry import RetryPolicy
from powerpost_mock import MockSettings, run_in_thread

from tests.reliability.attempt_log import AttemptLog
from tests.reliability.soak_audit import audit
from tests.reliability.soak_workload import SharedState, run_tasks, run_threads, schedule

OPERATIONS = int(os.environ.get("POWERPOST_SOAK_OPS", "150"))
SEED = int(os.environ.get("POWERPOST_SOAK_SEED", "7"))
THREADS, TASKS = 4, 8
INITIAL_CREDITS = 1_000_000
# Bounded waits: a hang fails the test instead of stalling it (pytest-timeout is the last resort).
# The client's `timeout`: the deadline of each whole call, retries included (waits are fake here).
CALL_TIMEOUT = 3.0
ASYNC_DEADLINE = 120.0
SETTINGS = MockSettings(
    initial_credits=INITIAL_CREDITS,
    caption_delay=3600.0,  # jobs stay `processing` until the audit fails some of them (refunds)
    publish_delay=3600.0,
    rate_limit=1_000_000,
    fault_500_rate=0.10,
    fault_429_rate=0.05,
    fault_drop_rate=0.02,
    fault_latency=0.002,
    fault_body_reset_rate=0.01,
    fault_truncate_rate=0.01,
    fault_stall_rate=0.01,
    fault_drip_rate=0.01,
    fault_stall_seconds=2 * CALL_TIMEOUT,
    fault_drip_interval=0.05,
    seed=SEED,
)
# Real retries and backoff, fake sleeping: the soak is about outcomes, not about waiting.
POLICY = RetryPolicy(max_retries=2)


def _not_an_injected_drop(record: logging.LogRecord) -> bool:
    return not (record.exc_info and type(record.exc_info[1]).__name__ == "DroppedConnection")


@contextlib.contextmanager
def _quiet_dropped_connections() -> Iterator[None]:
    # uvicorn logs a traceback for every injected drop; the audit counts them instead. A filter, because
    # uvicorn re-applies its logging config (levels, handlers) when the server starts.
    server_log = logging.getLogger("uvicorn.error")
    server_log.addFilter(_not_an_injected_drop)
    try:
        yield
    finally:
        server_log.removeFilter(_not_an_injected_drop)


def test_fault_soak_keeps_the_ledger_consistent() -> None:
    """Every call succeeds or raises a typed error; no double charge or publish; credits add up exactly."""
    operations = schedule(OPERATIONS, SEED)
    threaded, tasked = operations[: OPERATIONS // 2], operations[OPERATIONS // 2 :]
    state = SharedState()
    sync_log, async_log = AttemptLog(), AttemptLog()
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    with _quiet_dropped_connections(), run_in_thread(SETTINGS) as mock:
        common = {
            "api_key": mock.api_key,
            "workspace_id": mock.workspace_id,
            "base_url": mock.base_url,
            "timeout": CALL_TIMEOUT,
            "retry": POLICY,
        }
        with PowerPost(**common, transport=sync_log, sleep=sleeps.append) as pp:  # type: ignore[arg-type]
            run_threads(pp, state, threaded, THREADS, SEED)

        async def async_part() -> None:
            async with AsyncPowerPost(**common, transport=async_log, sleep=fake_sleep) as app:  # type: ignore[arg-type]
                await asyncio.wait_for(run_tasks(app, state, tasked, TASKS, SEED), ASYNC_DEADLINE)

        asyncio.run(async_part())
        with httpx.Client(base_url=mock.root_url, timeout=10.0) as admin:
            # Fail every third started generation: refunds make the balance identity non-trivial.
            for generation_id in state.generation_ids[::3]:
                admin.post(f"/_mock/jobs/{generation_id}/fail").raise_for_status()
            ledger = admin.get("/_mock/ledger").json()
    attempts = {**sync_log.attempts, **async_log.attempts}
    balance = next(iter(ledger["balances"].values())) if len(ledger["balances"]) == 1 else None
    result = audit(
        state.records,
        attempts,
        ledger,
        INITIAL_CREDITS,
        balance if balance is not None else -1,
        deadline=CALL_TIMEOUT,
    )
    print("\n" + "\n".join(result.lines()))
    print(f"  sleeps requested (fake): {len(sleeps)}, longest {max(sleeps, default=0.0):.2f} s")
    assert len(state.records) == OPERATIONS
    assert result.violations == []
    assert result.counts["typed errors"] > 0, "the faults never reached a caller: the soak tested nothing"
