"""A response larger than `max_response_bytes` raises a typed error without the rest being read."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import powerpost
import pytest

from tests.hostile.conftest import Driver
from tests.hostile.server import credits_json, hostile, huge_body, respond

MIB = 1024 * 1024


def test_declared_400_mib_body_is_refused_before_reading_it(drive: Callable[..., Driver]) -> None:
    with hostile(huge_body(declared=True)) as server:
        client = drive(server)  # the default cap: 32 MiB
        with pytest.raises(powerpost.ResponseTooLargeError) as caught:
            client.call(lambda c: c.account.get_credits())
    assert caught.value.limit == 32 * MIB
    assert caught.value.request_id == "req_huge"
    assert "declares" in str(caught.value)
    assert server.bytes_sent < 64 * MIB  # of 400 MiB


def test_undeclared_huge_body_stops_at_the_cap_with_bounded_memory(drive: Callable[..., Driver]) -> None:
    with hostile(huge_body(declared=False)) as server:
        client = drive(server, max_response_bytes=2 * MIB)
        tracemalloc.start()
        try:
            with pytest.raises(powerpost.ResponseTooLargeError) as caught:
                client.call(lambda c: c.account.get_credits())
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert caught.value.limit == 2 * MIB
    assert peak < 16 * MIB
    assert server.bytes_sent < 64 * MIB


def test_a_body_under_the_cap_is_read(drive: Callable[..., Driver]) -> None:
    with hostile(respond(200, credits_json())) as server:
        client = drive(server, max_response_bytes=len(credits_json()))
        assert client.call(lambda c: c.account.get_credits()).balance == 42


def test_the_cap_must_be_a_positive_size() -> None:
    from powerpost import ConfigurationError, PowerPost

    with pytest.raises(ConfigurationError):
        PowerPost(api_key="k" * 20, base_url="http://127.0.0.1:1/api/v1", max_response_bytes=0)
