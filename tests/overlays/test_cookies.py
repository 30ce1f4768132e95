"""Cookies behave as plain httpx keeps them, though the SDK skips parsing responses that set none.

A load balancer in front of the API may set a sticky-session cookie: it must be stored and sent back on
the next request, sync and async, while the usual answer (no `Set-Cookie`) costs no cookie parsing.
"""

from __future__ import annotations

import httpx
import pytest
import respx
from powerpost import _cookies as cookies
from powerpost import _header_scan as header_scan

from .conftest import Harness


def test_sets_cookie_reads_every_spelling_and_only_set_cookie() -> None:
    assert cookies.sets_cookie(httpx.Headers({"Set-Cookie": "a=1"}))
    assert cookies.sets_cookie(httpx.Headers({"set-cookie2": "a=1"}))
    assert cookies.sets_cookie(httpx.Headers([("X-Other", "1"), ("SET-COOKIE", "a=1")]))
    assert not cookies.sets_cookie(httpx.Headers({"X-Set-Cookie": "a=1", "Cookie": "b=2"}))
    assert not cookies.sets_cookie(httpx.Headers())


def test_install_keeps_the_jar_and_the_cookies_already_held() -> None:
    client = httpx.Client(cookies={"session": "abc"})
    jar = client.cookies.jar
    assert cookies.install(client)
    assert client.cookies.jar is jar
    assert client.cookies["session"] == "abc"
    # A second install finds the SDK's own `Cookies` and leaves it.
    assert not cookies.install(client)


def test_a_response_with_set_cookie_is_stored_and_sent_back(api: Harness, router: respx.Router) -> None:
    route = router.get("/account/credits")
    route.side_effect = [
        httpx.Response(200, json={"balance": 1}, headers={"Set-Cookie": "AWSALB=sticky1; Path=/"}),
        httpx.Response(200, json={"balance": 2}),  # no cookie: the stored one stays
        httpx.Response(200, json={"balance": 3}),
    ]
    for balance in (1, 2, 3):
        assert api.run(api.client.account.get_credits()).balance == balance
    sent = [call.request.headers.get("cookie") for call in route.calls]
    assert sent == [None, "AWSALB=sticky1", "AWSALB=sticky1"]
    http = api.client.generated_client
    held = http.get_httpx_client() if api.kind == "sync" else http.get_async_httpx_client()
    assert dict(held.cookies) == {"AWSALB": "sticky1"}


def test_without_set_cookie_the_jar_is_never_asked(
    api: Harness, router: respx.Router, monkeypatch: pytest.MonkeyPatch
) -> None:
    router.get("/account/credits").respond(200, json={"balance": 1})
    asked: list[object] = []
    monkeypatch.setattr(httpx.Cookies, "extract_cookies", lambda self, response: asked.append(response))
    api.run(api.client.account.get_credits())
    assert asked == []


def test_an_httpx_without_the_header_list_takes_httpx_s_own_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(header_scan, "KEEPS_TRIPLES", False)
    assert cookies.sets_cookie(httpx.Headers({"X-Other": "1"}))
