"""Fixtures of the reliability tests: a real mock server on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from powerpost_mock import MockSettings, RunningMock, run_in_thread


@pytest.fixture
def mock_server() -> Iterator[RunningMock]:
    """A fresh mock with generous credits and the default key and workspace."""
    with run_in_thread(MockSettings(initial_credits=10_000)) as running:
        yield running
