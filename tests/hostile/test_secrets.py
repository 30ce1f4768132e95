"""A server that echoes the API key: no string, body, header or request copy the SDK hands out shows it."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import powerpost
import pytest

from tests.hostile.conftest import KEY, Driver
from tests.hostile.server import credits_json, error_json, hostile, reset_mid_body, with_headers

GENERATE = {"prompt": "We shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}


def _everything(exc: BaseException) -> str:
    parts = [str(exc), repr(exc)]
    for name in ("message", "request_id", "body", "error", "headers", "text"):
        value = getattr(exc, name, None)
        if value is not None:
            parts.append(json.dumps(value, default=str) if isinstance(value, dict) else str(value))
    headers = getattr(exc, "headers", None)
    if headers is not None:
        parts += [f"{k}: {v}" for k, v in headers.multi_items()]
    request = getattr(exc, "request", None)
    if request is not None:
        parts += [str(request.url), *(f"{k}: {v}" for k, v in request.headers.multi_items())]
    cause = exc.__cause__
    if cause is not None:
        parts.append(str(cause))
        cause_request = getattr(cause, "_request", None)
        if cause_request is not None:
            parts += [f"{k}: {v}" for k, v in cause_request.headers.multi_items()]
    return "\n".join(parts)


def test_key_echoed_in_an_error_is_scrubbed_everywhere(
    drive: Callable[..., Driver], caplog: pytest.LogCaptureFixture
) -> None:
    body = error_json("INTERNAL_ERROR", f"bad key {KEY}", echo={"key": KEY})
    with hostile(with_headers(500, body, [("X-Request-Id", KEY), ("X-Echo", f"k={KEY}")])) as server:
        client = drive(server)
        with caplog.at_level(logging.DEBUG), pytest.raises(powerpost.InternalServerError) as caught:
            client.call(lambda c: c.content.generate(GENERATE))
    seen = _everything(caught.value)
    assert KEY not in seen
    assert "<redacted>" in str(caught.value)
    assert KEY.encode() not in caught.value.body
    assert all(KEY not in record.getMessage() for record in caplog.records)


def test_key_echoed_before_a_reset_is_scrubbed_from_the_connection_error(
    drive: Callable[..., Driver],
) -> None:
    with hostile(reset_mid_body(credits_json(), headers=[("X-Request-Id", KEY)])) as server:
        client = drive(server, max_retries=0)
        with pytest.raises(powerpost.APIConnectionError) as caught:
            client.call(lambda c: c.account.get_credits())
    assert caught.value.request is not None
    assert caught.value.request.headers["x-api-key"] == "<redacted>"
    assert KEY not in _everything(caught.value)


def test_key_echoed_in_a_success_is_scrubbed_from_raw_responses_and_results(
    drive: Callable[..., Driver], caplog: pytest.LogCaptureFixture
) -> None:
    body = json.dumps({"balance": 42, "currency": "credits", "note": KEY}).encode()
    with hostile(with_headers(200, body, [("X-Request-Id", KEY)])) as server:
        client = drive(server)
        with caplog.at_level(logging.DEBUG):
            raw = client.call(lambda c: c.account.with_raw_response.get_credits())
    result = raw.parse()
    assert result.balance == 42
    assert KEY not in json.dumps(result.to_dict())
    assert raw.request_id == "<redacted>"
    assert KEY not in str(raw.headers) + str(raw.http_response.request.headers) + raw.http_response.text
    assert all(KEY not in record.getMessage() for record in caplog.records)
