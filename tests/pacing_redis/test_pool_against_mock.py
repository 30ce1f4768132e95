"""Several clients on one key against the rate-limited mock: with the shared pacer, none meets a 429.

The clients run with `max_retries=0`, so a single 429 would reach the worker as `RateLimitError`. The
mock serves from a thread of this process, which starves the clients' event loop on a loaded machine:
generous Redis timeouts here keep a slow first connect from sending a client to local pacing (the
fallback has tests of its own).
"""

from __future__ import annotations

import pytest
from powerpost_mock import RunningMock

from .pool import OPERATION, ledger, limit_operation, run_tasks, run_threads

LIMIT, WINDOW = 10, 1.0
PATIENT = "?socket_timeout=5&socket_connect_timeout=5"


@pytest.fixture(autouse=True)
def _no_pacing_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POWERPOST_PACING_URL", raising=False)


def test_threads_with_their_own_clients_share_one_budget(mock_server: RunningMock, redis_url: str) -> None:
    limit_operation(mock_server, LIMIT, WINDOW)
    result = run_threads(mock_server, workers=3, calls=12, pacing=redis_url + PATIENT, max_retries=0)
    assert result.errors == []
    assert result.calls == 36
    assert ledger(mock_server)["requests"][OPERATION] == 36


async def test_async_clients_in_one_loop_share_one_budget(mock_server: RunningMock, redis_url: str) -> None:
    limit_operation(mock_server, LIMIT, WINDOW)
    result = await run_tasks(mock_server, workers=3, calls=12, pacing=redis_url + PATIENT, max_retries=0)
    assert result.errors == []
    assert result.calls == 36
    assert ledger(mock_server)["requests"][OPERATION] == 36
