"""A per-call `timeout=` is that call's whole deadline, retries included, against a server that stalls."""

from __future__ import annotations

from collections.abc import Callable

import powerpost
import pytest
from powerpost import RetryPolicy

from tests.hostile.conftest import Driver
from tests.hostile.server import credits_json, hostile, respond, stall_after_headers

DEADLINE = 1.0
SLACK = 1.5  # loose against load on a shared machine, as in tests/hostile/test_deadlines.py


def test_a_shorter_per_call_timeout_bounds_the_call(drive: Callable[..., Driver]) -> None:
    with hostile(stall_after_headers()) as server:
        client = drive(server, timeout=30)
        with pytest.raises(powerpost.APITimeoutError) as caught:
            client.call(lambda c: c.account.get_credits(timeout=DEADLINE))
    assert client.elapsed < DEADLINE * SLACK
    assert "deadline of 1 s" in str(caught.value)


def test_the_per_call_timeout_bounds_every_retry_together(drive: Callable[..., Driver]) -> None:
    # Each attempt may last 0.4 s and the client would try 6 times (2.4 s in all); the call has 1 s.
    policy = RetryPolicy(max_retries=5, attempt_timeout=0.4, initial_delay=0.05)
    with hostile(stall_after_headers()) as server:
        client = drive(server, timeout=30, retry=policy)
        with pytest.raises(powerpost.APITimeoutError):
            client.call(lambda c: c.account.get_credits(timeout=DEADLINE))
    assert client.elapsed < DEADLINE * SLACK
    assert 2 <= len(server.seen) < 6  # it did retry, inside the call's deadline


def test_the_next_call_has_the_clients_deadline_again(drive: Callable[..., Driver]) -> None:
    with hostile(stall_after_headers(), respond(200, credits_json())) as server:
        client = drive(server, timeout=30, max_retries=0)
        with pytest.raises(powerpost.APITimeoutError):
            client.call(lambda c: c.account.get_credits(timeout=0.5))
        assert client.call(lambda c: c.account.get_credits()).balance == 42
