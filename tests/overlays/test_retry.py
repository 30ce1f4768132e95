"""Retries: 429 waits what the server asks; 5xx and dropped connections back off; no double side effects."""

from __future__ import annotations

import logging
from email.utils import formatdate

import httpx
import powerpost
import pytest

from .conftest import GENERATE_BODY, KEY, Harness, error_json, generation, started


def test_429_is_retried_after_exactly_retry_after_then_succeeds(api: Harness) -> None:
    route = api.router.post("/content/generate")
    route.side_effect = [
        httpx.Response(
            429, json=error_json("RATE_LIMIT_EXCEEDED", retryAfter=7), headers={"X-Request-Id": "r1"}
        ),
        httpx.Response(200, json=started("g9")),
    ]
    result = api.run(api.client.content.generate(GENERATE_BODY))
    assert result.generation_id == "g9"
    assert route.call_count == 2
    assert api.clock.sleeps == [7.0]


def test_429_without_retry_after_waits_until_the_window_resets_by_the_date_header(api: Harness) -> None:
    # The server's clock is 100 s ahead of ours: the wait must come from Date, not from local time.
    server_now = api.clock.wall + 100
    headers = {
        "Date": formatdate(server_now, usegmt=True),
        "X-RateLimit-Limit": "30",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": str(int(server_now) + 12),
    }
    route = api.router.get("/content/generations/g1")
    route.side_effect = [
        httpx.Response(429, json=error_json("RATE_LIMIT_EXCEEDED"), headers=headers),
        httpx.Response(200, json=generation()),
    ]
    api.run(api.client.content.get("g1"))
    assert route.call_count == 2
    assert api.clock.sleeps == [12.0]


def test_retry_after_beyond_60_seconds_raises_without_sleeping(api: Harness) -> None:
    api.router.get("/account/credits").respond(429, json=error_json("RATE_LIMIT_EXCEEDED", retryAfter=3600))
    with pytest.raises(powerpost.RateLimitError) as caught:
        api.run(api.client.account.get_credits())
    assert caught.value.retry_after == 3600
    assert api.clock.sleeps == []


def test_500_on_generate_content_is_not_retried(api: Harness) -> None:
    route = api.router.post("/content/generate").respond(500, json=error_json("INTERNAL_ERROR"))
    with pytest.raises(powerpost.InternalServerError):
        api.run(api.client.content.generate(GENERATE_BODY))
    assert route.call_count == 1
    assert api.clock.sleeps == []


def test_500_on_get_generation_is_retried_with_exponential_backoff(api: Harness) -> None:
    route = api.router.get("/content/generations/g1")
    route.side_effect = [
        httpx.Response(500, json=error_json("INTERNAL_ERROR")),
        httpx.Response(503, content=b"<html>busy</html>"),
        httpx.Response(200, json=generation()),
    ]
    assert api.run(api.client.content.get("g1")).generation_id == "g1"
    assert route.call_count == 3
    first, second = api.clock.sleeps
    assert 0.375 <= first <= 0.5
    assert 0.75 <= second <= 1.0


def test_retries_are_bounded(api: Harness) -> None:
    route = api.router.get("/content/generations/g1").respond(502, content=b"bad gateway")
    with pytest.raises(powerpost.InternalServerError):
        api.run(api.client.content.get("g1"))
    assert route.call_count == 3  # 1 + max_retries=2
    assert len(api.clock.sleeps) == 2


def test_other_4xx_is_never_retried(api: Harness) -> None:
    route = api.router.get("/content/generations/g1").respond(404, json=error_json("NOT_FOUND"))
    with pytest.raises(powerpost.NotFoundError):
        api.run(api.client.content.get("g1"))
    assert route.call_count == 1


def test_retries_can_be_switched_off_per_call(api: Harness) -> None:
    route = api.router.get("/content/generations/g1").respond(500, json=error_json("INTERNAL_ERROR"))
    with pytest.raises(powerpost.InternalServerError):
        api.run(api.client.with_options(max_retries=0).content.get("g1"))
    assert route.call_count == 1
    # ...while the original client still retries.
    with pytest.raises(powerpost.InternalServerError):
        api.run(api.client.content.get("g1"))
    assert route.call_count == 4


def test_connect_error_on_generate_content_is_retried(api: Harness) -> None:
    route = api.router.post("/content/generate")
    route.side_effect = [httpx.ConnectError("refused"), httpx.Response(200, json=started())]
    assert api.run(api.client.content.generate(GENERATE_BODY)).generation_id == "g1"
    assert route.call_count == 2


@pytest.mark.parametrize("failure", [httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout])
def test_failure_after_sending_generate_content_is_not_retried(
    api: Harness, failure: type[Exception]
) -> None:
    route = api.router.post("/content/generate")
    route.side_effect = [failure("connection dropped"), httpx.Response(200, json=started())]
    expected = powerpost.APITimeoutError if failure is httpx.ReadTimeout else powerpost.APIConnectionError
    with pytest.raises(expected):
        api.run(api.client.content.generate(GENERATE_BODY))
    assert route.call_count == 1


def test_read_error_on_get_generation_is_retried(api: Harness) -> None:
    route = api.router.get("/content/generations/g1")
    route.side_effect = [httpx.ReadError("reset"), httpx.Response(200, json=generation())]
    api.run(api.client.content.get("g1"))
    assert route.call_count == 2


def test_connect_timeout_exhausted_raises_api_timeout_error(api: Harness) -> None:
    api.router.get("/account/credits").side_effect = httpx.ConnectTimeout("slow")
    with pytest.raises(powerpost.APITimeoutError):
        api.run(api.client.account.get_credits())
    assert len(api.clock.sleeps) == 2


def test_retry_is_logged_with_request_id_and_no_secret_appears_in_debug_logs(
    api: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    route = api.router.post("/content/generate")
    route.side_effect = [
        httpx.Response(
            429, json=error_json("RATE_LIMIT_EXCEEDED", retryAfter=1), headers={"X-Request-Id": "req_rl"}
        ),
        httpx.Response(200, json=started()),
    ]
    with caplog.at_level(logging.DEBUG):
        api.run(api.client.content.generate(GENERATE_BODY))
    retries = [r for r in caplog.records if r.name == "powerpost" and "Retrying" in r.getMessage()]
    assert len(retries) == 1
    assert "req_rl" in retries[0].getMessage()
    assert KEY not in caplog.text
    assert KEY not in repr(api.client)
