"""A client's `timeout=`: numbers bound the whole call, infinity means no limit, nonsense is refused early."""

from __future__ import annotations

import math
import time
from typing import Any

import httpx
import pytest
from powerpost import AsyncPowerPost, ConfigurationError, PowerPost, _deadline

from tests.overlays.conftest import Harness


def _seen(harness: Harness, **options: Any) -> tuple[dict[str, float | None], float | None]:
    """The httpx timeouts and the seconds of deadline left that the one request of a call carried."""
    seen: list[tuple[dict[str, float | None], float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        current = _deadline.current()
        seen.append(
            (request.extensions["timeout"], None if current is None else current.at - time.monotonic())
        )
        return httpx.Response(200, json={"balance": 1})

    harness.router.get("/account/credits").mock(side_effect=answer)
    harness.run(harness.client.account.get_credits(**options))
    return seen[-1]


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("where", ["client", "with_options", "call"])
@pytest.mark.parametrize("endless", [math.inf, 1e9, 1e300])
def test_an_endless_timeout_means_no_deadline_and_no_limit_but_connecting(
    make_api: Any, kind: str, where: str, endless: float
) -> None:
    """`float("inf")` used to give a 5 s whole-call deadline (the connect bound, the only finite value),
    and 10¹⁰ s an OverflowError from the socket: from 10⁹ s (31.7 years) a timeout is no limit."""
    harness: Harness = make_api(kind, **({"timeout": endless} if where == "client" else {}))
    if where == "with_options":
        harness.client = harness.client.with_options(timeout=endless)
    timeouts, left = _seen(harness, **({"timeout": endless} if where == "call" else {}))
    assert left is None
    assert timeouts == {"connect": 5.0, "read": None, "write": None, "pool": None}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_httpx_timeout_with_infinite_values_sends_none_for_them(make_api: Any, kind: str) -> None:
    harness: Harness = make_api(kind, timeout=httpx.Timeout(math.inf, connect=2.0))
    timeouts, left = _seen(harness)
    assert left is None
    assert timeouts == {"connect": 2.0, "read": None, "write": None, "pool": None}
    harness = make_api(kind, timeout=httpx.Timeout(5e9, connect=2.0))
    timeouts, left = _seen(harness)
    assert left is None
    assert timeouts == {"connect": 2.0, "read": None, "write": None, "pool": None}
    timeouts, left = _seen(harness, timeout=httpx.Timeout(30.0, read=math.inf))
    assert left is None
    assert timeouts == {"connect": 30.0, "read": None, "write": 30.0, "pool": 30.0}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_options_bounds_connecting_as_the_client_does(make_api: Any, kind: str) -> None:
    harness: Harness = make_api(kind, timeout=30.0)
    client_timeouts, client_left = _seen(harness)
    harness.client = harness.client.with_options(timeout=30.0)
    sibling_timeouts, sibling_left = _seen(harness)
    assert client_timeouts == sibling_timeouts
    assert client_timeouts["connect"] == 5.0
    assert client_left is not None
    assert 29.0 < client_left <= 30.0
    assert sibling_left is not None
    assert 29.0 < sibling_left <= 30.0


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_long_but_socket_sized_timeout_is_kept(make_api: Any, kind: str) -> None:
    harness: Harness = make_api(kind, timeout=9.9e8)
    timeouts, left = _seen(harness)
    assert timeouts["read"] == pytest.approx(9.9e8, rel=1e-6)
    assert left is not None
    assert left == pytest.approx(9.9e8, rel=1e-6)


@pytest.mark.parametrize("client_class", [PowerPost, AsyncPowerPost])
@pytest.mark.parametrize("timeout", [0, -1.0, math.nan, "30", True])
def test_a_client_timeout_that_is_no_positive_number_is_refused(client_class: type, timeout: object) -> None:
    with pytest.raises(ConfigurationError, match="positive number of seconds"):
        client_class(api_key="pp_test", timeout=timeout)
    client = client_class(api_key="pp_test")
    with pytest.raises(ConfigurationError, match="positive number of seconds"):
        client.with_options(timeout=timeout)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "timeout",
    [httpx.Timeout(-1.0), httpx.Timeout(5.0, read=-2.0), httpx.Timeout(math.nan), httpx.Timeout(0.0)],
)
def test_an_httpx_timeout_with_a_value_a_socket_refuses_fails_before_sending(
    make_api: Any, kind: str, timeout: httpx.Timeout
) -> None:
    """It used to fail inside the call, as an `UnexpectedResponseError` or a timeout, after connecting."""
    harness: Harness = make_api(kind)
    route = harness.router.get("/account/credits").respond(200, json={"balance": 1})
    with pytest.raises(ValueError, match="positive number of seconds or None"):
        harness.run(harness.client.account.get_credits(timeout=timeout))
    assert route.call_count == 0
    with pytest.raises(ConfigurationError, match="positive number of seconds or None"):
        harness.client.with_options(timeout=timeout)
