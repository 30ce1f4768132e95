"""Redis killed in the middle of a pool's run: the calls go on paced locally, nothing reaches the user,
and the mock's ledger shows every call the workers made, each generation charged exactly once."""

from __future__ import annotations

import logging
from collections import Counter

import pytest
from powerpost import _shared_pacing as shared_pacing
from powerpost_mock import RunningMock

from .pool import OPERATION, ledger, limit_operation, run_tasks, run_threads
from .redis_process import RedisProcess

WORKERS, CALLS, GENERATE_EVERY = 3, 30, 10
KILL_AFTER = 30  # of the pool's 90 calls


@pytest.fixture(autouse=True)
def _no_outage_known(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POWERPOST_PACING_URL", raising=False)
    shared_pacing._FAILING.clear()


def test_threads_go_on_when_redis_is_killed(
    mock_server: RunningMock, own_redis: RedisProcess, caplog: pytest.LogCaptureFixture
) -> None:
    limit_operation(mock_server, limit=20, window=1.0)
    initial = ledger(mock_server)["balances"]

    def kill_midway(done: int) -> None:
        if done == KILL_AFTER:
            own_redis.kill()

    with caplog.at_level(logging.WARNING, logger="powerpost"):
        result = run_threads(
            mock_server,
            WORKERS,
            CALLS,
            pacing=own_redis.url,
            generate_every=GENERATE_EVERY,
            after_call=kill_midway,
        )
    assert own_redis.process.poll() is not None, "Redis was not killed during the run"
    assert result.errors == []
    assert result.calls == WORKERS * CALLS
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "pacing this client locally" in warnings[0]

    # The audit: the mock served every call once, and charged each generation started exactly once.
    book = ledger(mock_server)
    generations = WORKERS * (CALLS // GENERATE_EVERY)
    assert book["requests"][OPERATION] == WORKERS * CALLS - generations
    assert book["requests"]["generate_content"] == generations
    charged = Counter(c["ref"] for c in book["charges"] if c["reason"] == "generate_content")
    assert sorted(charged) == sorted(result.generation_ids)
    assert set(charged.values()) == {1}
    account = next(iter(initial))
    assert book["balances"][account] == initial[account] - book["total_charged"] + book["total_refunded"]


async def test_async_clients_go_on_when_redis_is_killed(
    mock_server: RunningMock, own_redis: RedisProcess, caplog: pytest.LogCaptureFixture
) -> None:
    limit_operation(mock_server, limit=20, window=1.0)

    def kill_midway(done: int) -> None:
        if done == KILL_AFTER:
            own_redis.kill()

    with caplog.at_level(logging.WARNING, logger="powerpost"):
        result = await run_tasks(mock_server, WORKERS, CALLS, pacing=own_redis.url, after_call=kill_midway)
    assert own_redis.process.poll() is not None, "Redis was not killed during the run"
    assert result.errors == []
    assert result.calls == WORKERS * CALLS
    assert ledger(mock_server)["requests"][OPERATION] == WORKERS * CALLS
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 1
