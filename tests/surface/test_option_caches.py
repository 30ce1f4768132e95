"""What per-call options remember between calls gives every call the same result as working it out.

`extra_headers` names are checked once: the cache holds only names that passed, a refused name is refused
again, a value is checked on every call. A `max_retries=` policy is kept for the next call of the same
client only: clients with other policies get their own.
"""

from __future__ import annotations

import httpx
import pytest
from powerpost import RetryPolicy
from powerpost import _request_options as request_options


def test_a_remembered_name_is_encoded_as_the_first_time() -> None:
    first = request_options._headers({"X-Trace-Id": "a"})
    again = request_options._headers({"X-Trace-Id": "b"})
    assert first == [(b"X-Trace-Id", b"x-trace-id", b"a")]
    assert again == [(b"X-Trace-Id", b"x-trace-id", b"b")]
    assert "X-Trace-Id" in request_options._NAMES


@pytest.mark.parametrize("name", ["Bad Name", "x-api-key", "X-API-KEY", "caf\u00e9"])
def test_a_refused_name_is_refused_every_time_and_never_remembered(name: str) -> None:
    for _ in range(2):
        with pytest.raises(ValueError, match="extra_headers"):
            request_options._headers({name: "v"})
    assert name not in request_options._NAMES


def test_the_value_of_a_remembered_name_is_still_checked() -> None:
    request_options._headers({"X-Trace-Id": "ok"})
    with pytest.raises(ValueError, match="not a valid HTTP header"):
        request_options._headers({"X-Trace-Id": "a\r\nX-Forged: 1"})
    with pytest.raises(TypeError):
        request_options._headers({"X-Trace-Id": 1})


def test_a_full_cache_starts_over() -> None:
    for number in range(300):
        request_options._headers({f"X-N{number}": "v"})
    assert len(request_options._NAMES) <= 257
    assert request_options._headers({"X-N1": "v"}) == [(b"X-N1", b"x-n1", b"v")]


def test_max_retries_keeps_each_client_s_own_policy_when_calls_alternate() -> None:
    mine, theirs = RetryPolicy(max_retries=2, attempt_timeout=4.0), RetryPolicy(max_retries=5)
    request = httpx.Request("GET", "https://api.test/x")
    for _ in range(3):
        for policy in (mine, theirs):
            for retries in (0, 1):
                got = request_options.CallOptions({"max_retries": retries}).prepare(request, policy)
                assert got.max_retries == retries
                assert got.attempt_timeout == policy.attempt_timeout
    same = request_options.CallOptions({"max_retries": 2}).prepare(request, mine)
    assert same is mine


@pytest.mark.parametrize(
    "extra",
    [
        {"X-Trace-Id": "new"},
        {"x-trace-id": "new", "X-Other": "2"},
        {"Accept": "text/plain"},
        {"X-Fresh": "1", "X-Trace-Id": ""},
    ],
)
@pytest.mark.parametrize(
    "present",
    [
        [],
        [("X-Trace-Id", "old")],
        [("X-Trace-Id", "old"), ("Accept", "*/*"), ("x-trace-id", "again")],
        [("Accept", "*/*"), ("X-Trace-Id", "old")],
    ],
)
def test_written_headers_match_httpx_s_own_setitem(
    extra: dict[str, str], present: list[tuple[str, str]]
) -> None:
    # The fast write on httpx's list and the slow path through `headers[name] = value` agree exactly.
    fast = httpx.Headers([("Host", "api.test"), *present])
    slow = httpx.Headers(fast.raw)
    encoded = request_options._headers(extra)
    request_options._write(fast._list, encoded)
    for name, value in extra.items():
        slow[name] = value
    assert fast.raw == slow.raw
    assert fast.multi_items() == slow.multi_items()


@pytest.mark.parametrize("value", ["a\nb", "a\rb", "a\x00b", "a\x7fb"])
def test_a_remembered_name_with_a_control_character_in_its_value_is_refused(value: str) -> None:
    request_options._headers({"X-Trace-Id": "ok"})  # remembered: the quick path is taken first
    with pytest.raises(ValueError, match="not a valid HTTP header"):
        request_options._headers({"X-Trace-Id": value})


def test_a_remembered_name_keeps_tabs_and_non_ascii_values() -> None:
    request_options._headers({"X-Trace-Id": "ok"})
    assert request_options._headers({"X-Trace-Id": "a\tb"}) == [(b"X-Trace-Id", b"x-trace-id", b"a\tb")]
    assert request_options._headers({"X-Trace-Id": "caf\u00e9\u00a0"}) == [
        (b"X-Trace-Id", b"x-trace-id", "caf\u00e9\u00a0".encode())
    ]
