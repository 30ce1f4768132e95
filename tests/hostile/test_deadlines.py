"""`timeout` is a deadline for the whole call: stalled, dripped bodies and dripped headers end in time.

Before, `timeout` bounded each read, so a server sending one byte every half second held a call with
`timeout=1` for as long as it liked. Bounds here are loose (1.5 × the deadline) against load on a shared
machine; the soak reports the real overshoot.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import httpx
import powerpost
import pytest
from powerpost._deadline import call_budget, install
from powerpost._retry import RetryPolicy

from tests.hostile.conftest import Driver
from tests.hostile.server import credits_json, drip_body, drip_headers, hostile, respond, stall_after_headers

DEADLINE = 1.0
SLACK = 1.5


def test_body_that_stalls_after_the_headers_times_out_at_the_deadline(drive: Callable[..., Driver]) -> None:
    with hostile(stall_after_headers()) as server:
        client = drive(server, timeout=DEADLINE)
        with pytest.raises(powerpost.APITimeoutError) as caught:
            client.call(lambda c: c.account.get_credits())
    assert client.elapsed < DEADLINE * SLACK
    assert caught.value.request_id == "req_stall"


@pytest.mark.parametrize("timeout", [math.inf, 1e10, 1e300])
def test_a_timeout_longer_than_a_socket_can_wait_means_no_limit_over_a_real_socket(
    drive: Callable[..., Driver], timeout: float
) -> None:
    """A socket refuses to wait 10¹⁰ s or forever (OverflowError, which used to reach the caller raw)."""
    with hostile(respond(200, credits_json()), respond(200, credits_json())) as server:
        client = drive(server, timeout=timeout)
        assert client.call(lambda c: c.account.get_credits()).balance is not None
        assert client.call(lambda c: c.account.get_credits(timeout=timeout)).balance is not None


def test_dripped_body_ends_at_the_deadline(drive: Callable[..., Driver]) -> None:
    with hostile(drip_body(interval=0.5)) as server:
        client = drive(server, timeout=DEADLINE)
        with pytest.raises(powerpost.APITimeoutError) as caught:
            client.call(lambda c: c.account.get_credits())
    assert client.elapsed < DEADLINE * SLACK
    assert "deadline" in str(caught.value)


def test_dripped_headers_end_at_the_deadline(drive: Callable[..., Driver]) -> None:
    with hostile(drip_headers(interval=0.5)) as server:
        client = drive(server, timeout=DEADLINE)
        with pytest.raises(powerpost.APITimeoutError):
            client.call(lambda c: c.account.get_credits())
    assert client.elapsed < DEADLINE * SLACK


def test_dripped_body_of_a_side_effect_call_is_not_retried(drive: Callable[..., Driver]) -> None:
    body = {"prompt": "We shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}
    with hostile(drip_body(interval=0.5)) as server:
        client = drive(server, timeout=DEADLINE)
        with pytest.raises(powerpost.APITimeoutError) as caught:
            client.call(lambda c: c.content.generate(body))
    assert len(server.seen) == 1
    assert caught.value.outcome_unknown is True


def test_attempt_timeout_leaves_room_for_retries_inside_the_call_deadline(
    drive: Callable[..., Driver],
) -> None:
    # Three attempts of at most 0.4 s each, all inside the 2 s deadline of the call (short backoff, so
    # that load on the machine cannot push the last retry past the deadline).
    policy = RetryPolicy(max_retries=2, attempt_timeout=0.4, initial_delay=0.05)
    with hostile(stall_after_headers()) as server:
        client = drive(server, timeout=2.0, retry=policy)
        with pytest.raises(powerpost.APITimeoutError) as caught:
            client.call(lambda c: c.account.get_credits())
    assert len(server.seen) == 3
    assert client.elapsed < 2.0 * SLACK
    assert "after 3 attempts" in str(caught.value)


def test_a_wait_past_the_deadline_is_not_taken(drive: Callable[..., Driver]) -> None:
    from tests.hostile.server import error_json, with_headers

    reply = with_headers(429, error_json("RATE_LIMIT_EXCEEDED", retryAfter=5), [("X-Request-Id", "r429")])
    with hostile(reply) as server:
        client = drive(server, timeout=2.0)
        with pytest.raises(powerpost.RateLimitError):
            client.call(lambda c: c.account.get_credits())
    assert client.sleeps == []
    assert len(server.seen) == 1


@pytest.mark.parametrize(
    ("timeout", "budget"),
    [
        (httpx.Timeout(2.0), 2.0),
        (httpx.Timeout(60.0, connect=5.0), 60.0),
        (httpx.Timeout(10.0, read=30.0), 30.0),
        (httpx.Timeout(None), None),
        (httpx.Timeout(5.0, read=None), None),
        (httpx.Timeout(math.inf, connect=5.0), None),  # no read limit: no deadline (was the 5 s to connect)
    ],
)
def test_the_call_budget_is_the_largest_timeout_and_none_without_a_read_timeout(
    timeout: httpx.Timeout, budget: float | None
) -> None:
    assert call_budget(timeout.as_dict()) == budget


def test_the_sdk_inner_transports_carry_the_deadline_backend() -> None:
    sync, asynchronous = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()
    assert install(sync)
    assert install(asynchronous)
    sync.close()
