"""One Retry-After reading for the whole SDK: seconds, HTTP-date, retry-after-ms, the body's retryAfter.

Nonsense (negative, NaN, unreadable) falls back to the exponential backoff (0.375–0.5 s for the first retry).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import httpx
import powerpost
import pytest
from powerpost._retry_after import requested_seconds

from tests.hostile.conftest import Driver
from tests.hostile.server import credits_json, error_json, hostile, http_date, respond, with_headers


def _unavailable(headers: Sequence[tuple[str, str]]) -> object:
    return with_headers(503, error_json("INTERNAL_ERROR"), [("X-Request-Id", "r503"), *headers])


def _first_wait(drive: Callable[..., Driver], headers: Sequence[tuple[str, str]]) -> float:
    with hostile(_unavailable(headers), respond(200, credits_json())) as server:  # type: ignore[arg-type]
        client = drive(server)
        assert client.call(lambda c: c.account.get_credits()).balance == 42
    assert len(client.sleeps) == 1
    return client.sleeps[0]


def test_retry_after_as_an_http_date_is_obeyed(drive: Callable[..., Driver]) -> None:
    wait = _first_wait(drive, [("Date", http_date()), ("Retry-After", http_date(3))])
    assert 2.0 <= wait <= 3.0


@pytest.mark.parametrize("value", ["-5", "NaN", "inf", "soon", ""])
def test_nonsense_retry_after_falls_back_to_backoff(drive: Callable[..., Driver], value: str) -> None:
    wait = _first_wait(drive, [("Retry-After", value)])
    assert 0.375 <= wait <= 0.5


def test_retry_after_ms_is_obeyed(drive: Callable[..., Driver]) -> None:
    assert _first_wait(drive, [("retry-after-ms", "1500")]) == 1.5


def test_rate_limit_error_reports_the_wait_the_transport_used(drive: Callable[..., Driver]) -> None:
    reply = with_headers(
        429, error_json("RATE_LIMIT_EXCEEDED"), [("Date", http_date()), ("Retry-After", http_date(4))]
    )
    with hostile(reply) as server:
        client = drive(server, max_retries=1)
        with pytest.raises(powerpost.RateLimitError) as caught:
            client.call(lambda c: c.account.get_credits())
    assert len(client.sleeps) == 1
    assert caught.value.retry_after is not None
    assert abs(caught.value.retry_after - client.sleeps[0]) <= 1.0


@pytest.mark.parametrize(
    ("headers", "error", "expected"),
    [
        ({"retry-after": "7"}, None, 7.0),
        ({"retry-after": "1.5"}, None, 1.5),
        ({"retry-after": "-1"}, None, None),
        ({"retry-after": "nan"}, None, None),
        ({"retry-after": "1e400"}, None, None),
        ({"retry-after-ms": "250"}, None, 0.25),
        ({"retry-after-ms": "-250", "retry-after": "2"}, None, 2.0),
        ({"retry-after": "3"}, {"retryAfter": 45}, 45.0),
        ({"retry-after": "3"}, {"retryAfter": -1}, 3.0),
        ({"retry-after": "3"}, {"retryAfter": True}, 3.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, None, 0.0),
        (
            {"retry-after": "Wed, 21 Oct 2015 07:28:10 GMT", "date": "Wed, 21 Oct 2015 07:28:00 GMT"},
            None,
            10.0,
        ),
        ({}, None, None),
    ],
)
def test_the_one_parser(
    headers: dict[str, str], error: dict[str, object] | None, expected: float | None
) -> None:
    assert requested_seconds(httpx.Headers(headers), error, now=2_000_000_000.0) == expected
