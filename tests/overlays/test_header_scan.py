"""The transport's one-pass header reading and its exact fallback give the user the same results.

The fast path reads httpx's header list once; a repeated header name or an echoed key sends the response
down the public, slower path. Both must scrub the key, pace from the rate-limit headers and cap the body.
"""

from __future__ import annotations

import httpx
import pytest
import respx
from powerpost import PowerPost, ResponseTooLargeError
from powerpost import _header_scan as header_scan

from .conftest import BASE, KEY, Harness


def test_by_name_reads_each_header_once_and_gives_up_on_a_repeated_name() -> None:
    headers = httpx.Headers([("X-Request-Id", "req_1"), ("Content-Length", "12")])
    assert header_scan.by_name(headers) == {b"x-request-id": b"req_1", b"content-length": b"12"}
    assert header_scan.by_name(httpx.Headers([("a", "1"), ("A", "2")])) is None


def test_api_key_is_what_headers_get_answers() -> None:
    for headers in (
        httpx.Headers({"x-api-key": KEY}),
        httpx.Headers({"other": "1"}),
        httpx.Headers([("X-Api-Key", "a"), ("x-api-key", "b")]),
        httpx.Headers({"x-api-key": "k\u00e9y"}, encoding="utf-8"),
    ):
        assert header_scan.api_key(headers) == headers.get("x-api-key")


@pytest.mark.parametrize(
    "extra",
    [
        [],  # fast path
        [("x-extra", "a"), ("X-Extra", "b")],  # a repeated name: the exact path
        [("x-echo", f"hello {KEY}")],  # an echoed key: the exact path, scrubbed
    ],
    ids=["one-pass", "repeated-header", "echoed-key"],
)
def test_both_paths_scrub_pace_and_record_alike(api: Harness, extra: list[tuple[str, str]]) -> None:
    limits = {
        "x-ratelimit-limit": "10",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": str(int(api.clock.wall) + 30),
    }
    headers = [*limits.items(), ("x-request-id", f"req_{KEY}"), *extra]
    api.router.get(f"{BASE}/account/credits").mock(
        return_value=httpx.Response(200, headers=headers, json={"balance": 5, "note": KEY})
    )
    info = api.run(api.client.account.with_raw_response.get_credits())
    assert KEY not in repr(info.parse().additional_properties)
    assert KEY not in str(info.headers)
    assert KEY not in info.http_response.text
    assert info.request_id is not None
    assert KEY not in info.request_id
    assert info.rate_limit.limit == 10
    # The window is used up: the pacer holds the next call until the reset.
    api.run(api.client.account.get_credits())
    assert api.clock.sleeps == [30.0]


@pytest.mark.parametrize("declared", ["64", "64, 64"], ids=["one-pass", "repeated-length"])
def test_a_declared_length_over_the_cap_is_refused_on_both_paths(declared: str) -> None:
    body = b'{"balance": 47}' + b" " * 49
    with respx.mock(assert_all_called=False) as router:
        headers = [("content-type", "application/json")]
        headers += [("content-length", part) for part in declared.split(", ")]
        router.get(f"{BASE}/account/credits").mock(
            return_value=httpx.Response(200, headers=headers, content=body)
        )
        client = PowerPost(
            api_key=KEY,
            base_url=BASE,
            transport=httpx.MockTransport(router.handler),
            max_response_bytes=32,
            pacing=False,
        )
        with pytest.raises(ResponseTooLargeError):
            client.account.get_credits()
