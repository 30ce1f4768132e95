"""Fixtures of the shared-pacing tests: a real `redis-server` on a free loopback port, and the mock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from powerpost_mock import MockSettings, RunningMock, run_in_thread

from .redis_process import INSTALL_HINT, RedisProcess, redis_binary, running_redis


def _binary() -> str:
    binary = redis_binary()
    if binary is None:
        pytest.skip(INSTALL_HINT)
    return binary


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisProcess]:
    """One `redis-server` for the session's tests (each test starts from an empty database)."""
    with running_redis(_binary()) as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisProcess) -> str:
    """The URL of the session's Redis, emptied for this test."""
    with redis_server.client() as client:
        client.flushall()
    return redis_server.url


@pytest.fixture
def own_redis() -> Iterator[RedisProcess]:
    """A `redis-server` of this test alone, which the test may kill."""
    with running_redis(_binary()) as server:
        yield server


@pytest.fixture
def mock_server() -> Iterator[RunningMock]:
    """A fresh mock with generous credits and the default key and workspace."""
    with run_in_thread(MockSettings(initial_credits=10_000)) as running:
        yield running
