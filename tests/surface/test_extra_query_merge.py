"""`extra_query` merged into the request's URL the quick way gives exactly httpx's `copy_merge_params`."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from powerpost import RetryPolicy
from powerpost import _request_options as request_options

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8)
_VALUE = st.one_of(_TEXT, st.integers(-5, 5), st.booleans(), st.floats(allow_nan=False, width=32))
_QUERY = st.dictionaries(
    _TEXT.filter(bool), st.one_of(_VALUE, st.lists(_VALUE, max_size=3)), min_size=1, max_size=3
)
_URLS = st.sampled_from(
    [
        "https://powerpost.test/api/v1/content/generations/gen_1",
        "https://powerpost.test/api/v1/posts?page=2&limit=5",
        "https://user@powerpost.test:8443/api/v1/x?a=1&a=2&b=%2F#frag",
        "http://127.0.0.1:9/api/v1/x?q=caf%C3%A9+au+lait",
    ]
)


def test_the_quick_merge_is_in_use_on_this_httpx() -> None:
    assert request_options._FAST_QUERY


@settings(max_examples=150, deadline=None)
@given(url=_URLS, query=_QUERY)
def test_merged_query_equals_httpx_s_copy_merge_params(url: str, query: dict[str, object]) -> None:
    fast = request_options._merged(httpx.URL(url), dict(query))
    slow = httpx.URL(url).copy_merge_params(query)  # type: ignore[arg-type]
    assert str(fast) == str(slow)
    assert fast.params == slow.params
    assert (fast.host, fast.port, fast.path, fast.fragment) == (
        slow.host,
        slow.port,
        slow.path,
        slow.fragment,
    )


def test_a_request_sent_with_extra_query_carries_it_once_and_replaces_the_same_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for quick in (True, False):
        monkeypatch.setattr(request_options, "_FAST_QUERY", quick)
        request = httpx.Request("GET", "https://powerpost.test/api/v1/posts?limit=5&page=1")
        options = request_options.CallOptions({"extra_query": {"page": 3, "trace": ["a", "b c"]}})
        options.prepare(request, RetryPolicy())
        assert request.url.params.multi_items() == [
            ("limit", "5"),
            ("page", "3"),
            ("trace", "a"),
            ("trace", "b c"),
        ]
        assert str(request.url) == "https://powerpost.test/api/v1/posts?limit=5&page=3&trace=a&trace=b+c"
