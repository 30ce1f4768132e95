"""A failure below httpx that it does not map (a socket refusing a value, a broken custom transport)
reaches the caller as an `APIConnectionError`: never raw, never taken for a bad body, never retried."""

from __future__ import annotations

import httpx
import pytest
from powerpost import APIConnectionError, UnexpectedResponseError

from tests.overlays.conftest import KEY, Harness


@pytest.mark.parametrize(
    "failure", [ValueError("Timeout value out of range"), OverflowError("time_t"), OSError(9)]
)
def test_an_unmapped_failure_is_a_connection_error_with_its_cause_and_no_retry(
    api: Harness, failure: Exception
) -> None:
    route = api.router.get("/account/credits").mock(side_effect=failure)
    with pytest.raises(APIConnectionError) as caught:
        api.run(api.client.account.get_credits())
    assert not isinstance(caught.value, UnexpectedResponseError)
    assert caught.value.__cause__ is failure
    assert type(failure).__name__ in str(caught.value)
    assert "GET /api/v1/account/credits" in str(caught.value)
    assert caught.value.outcome_unknown is True
    assert route.call_count == 1  # a GET, yet not retried: the cause may recur


def test_an_unmapped_failure_of_a_spending_call_warns_the_outcome_is_unknown(api: Harness) -> None:
    body = {"prompt": "We shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}
    route = api.router.post("/content/generate").mock(side_effect=RuntimeError("stream broke"))
    with pytest.raises(APIConnectionError, match="may have acted on it") as caught:
        api.run(api.client.content.generate(body))
    assert caught.value.outcome_unknown is True
    assert route.call_count == 1


def test_the_api_key_is_scrubbed_from_the_failure_and_its_cause(api: Harness) -> None:
    api.router.get("/account/credits").mock(side_effect=ValueError(f"bad header value {KEY}"))
    with pytest.raises(APIConnectionError) as caught:
        api.run(api.client.account.get_credits())
    assert KEY not in str(caught.value)
    assert KEY not in str(caught.value.__cause__)
    assert "<redacted>" in str(caught.value.__cause__)


def test_httpx_own_errors_keep_their_mapping(api: Harness) -> None:
    route = api.router.get("/account/credits").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        api.run(api.client.account.get_credits())
    assert caught.value.outcome_unknown is False  # never sent
    assert route.call_count > 1  # retried, as before
