"""`with_raw_response`: one `RawResponse` per call, with the HTTP answer and `parse()` for the model."""

from __future__ import annotations

import asyncio
import io
import threading
from typing import Any

import httpx
import powerpost
import pytest
from powerpost import AsyncPowerPost, PowerPost, RateLimitInfo, RawResponse
from powerpost.types import Generation, Media

from tests.overlays.conftest import BASE, KEY, error_json, generation
from tests.surface.conftest import CALLS, Harness

RATE_HEADERS = {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59", "X-RateLimit-Reset": "1767225660"}


@pytest.mark.parametrize("client_class", [PowerPost, AsyncPowerPost])
def test_every_api_method_has_a_raw_twin(client_class: type[Any]) -> None:
    pp = client_class(api_key=KEY, base_url=BASE)
    for resource, method, _ in CALLS:
        assert callable(getattr(getattr(pp, resource).with_raw_response, method)), f"{resource}.{method}"
    assert not hasattr(pp.content.with_raw_response, "wait")  # waiters poll; they have no single response


def test_raw_response_carries_the_answer_and_parses_to_the_plain_result(api: Harness) -> None:
    api.router.get("/content/generations/g1").respond(
        200, json=generation(status="completed"), headers={"X-Request-Id": "req_raw", **RATE_HEADERS}
    )
    raw = api.run(api.client.content.with_raw_response.get("g1"))
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert isinstance(raw.headers, httpx.Headers)
    assert raw.headers["x-request-id"] == raw.request_id == "req_raw"
    assert raw.rate_limit == RateLimitInfo(limit=60, remaining=59, reset=1767225660)
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.json()["generation_id"] == "g1"
    assert raw.http_response.request.url == f"{BASE}/content/generations/g1"
    parsed = raw.parse()
    assert isinstance(parsed, Generation)
    assert parsed == api.run(api.client.content.get("g1"))
    assert "req_raw" in repr(raw)


def test_the_api_key_is_scrubbed_from_the_raw_answer(api: Harness) -> None:
    api.router.get("/account/credits").respond(
        200, json={"balance": 3, "note": KEY}, headers={"X-Request-Id": KEY, "X-Echo": f"key={KEY}"}
    )
    raw = api.run(api.client.account.with_raw_response.get_credits())
    shown = f"{raw.headers} {raw.http_response.request.headers} {raw.http_response.text} {raw!r}"
    assert KEY not in shown
    assert raw.http_response.request.headers["x-api-key"] == "<redacted>"
    assert raw.request_id == "<redacted>"


def test_a_body_that_is_not_the_model_raises_from_parse_not_from_the_call(api: Harness) -> None:
    api.router.get("/account/credits").respond(200, content=b"<html>captive portal</html>")
    raw = api.run(api.client.account.with_raw_response.get_credits())
    assert raw.status_code == 200
    assert raw.http_response.content == b"<html>captive portal</html>"
    with pytest.raises(powerpost.UnexpectedResponseError):
        raw.parse()
    with pytest.raises(powerpost.UnexpectedResponseError):
        api.run(api.client.account.get_credits())  # the plain call raises the same at once


@pytest.mark.parametrize("strict", [False, True])
def test_parse_keeps_the_clients_tolerance_or_strictness(make_api: Any, kind: str, strict: bool) -> None:
    api: Harness = make_api(kind, strict=strict)
    api.router.get("/account/credits").respond(200, json={"balance": 3, "brand_new_field": 1})
    raw = api.run(api.client.account.with_raw_response.get_credits())
    if strict:
        with pytest.raises(powerpost.UnexpectedResponseError, match="strict"):
            raw.parse()
    else:
        assert raw.parse().balance == 3


def test_an_error_status_raises_its_error_class_from_the_call(api: Harness) -> None:
    api.router.get("/posts/p1").respond(
        404, json=error_json("NOT_FOUND"), headers={"X-Request-Id": "req_404"}
    )
    with pytest.raises(powerpost.NotFoundError) as caught:
        api.run(api.client.posts.with_raw_response.get("p1"))
    assert caught.value.request_id == "req_404"


def test_raw_upload_parses_to_media(api: Harness) -> None:
    media = {"media_id": "m1", "type": "image", "url": "https://cdn.test/m1.png", "size": 16}
    api.router.post("/media/upload").respond(200, json=media, headers={"X-Request-Id": "req_up"})
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
    raw = api.run(api.client.media.with_raw_response.upload(io.BytesIO(png), extra_headers={"X-T": "1"}))
    assert raw.request_id == "req_up"
    assert isinstance(raw.parse(), Media)
    assert api.router.calls.last.request.headers["x-t"] == "1"


def test_last_response_is_gone(api: Harness) -> None:
    assert not hasattr(api.client, "last_response")


def _answer(request: httpx.Request) -> httpx.Response:
    call = request.url.params["call"]
    return httpx.Response(200, json={"balance": int(call)}, headers={"X-Request-Id": f"req_{call}"})


def test_each_raw_response_of_concurrent_async_calls_is_its_own() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)
        return _answer(request)

    async def scenario() -> list[RawResponse[Any]]:
        async with AsyncPowerPost(
            api_key=KEY, base_url=BASE, transport=httpx.MockTransport(handler), pacing=False
        ) as pp:
            calls = [pp.account.with_raw_response.get_credits(extra_query={"call": n}) for n in range(20)]
            return await asyncio.gather(*calls)

    for n, raw in enumerate(asyncio.run(scenario())):
        assert raw.request_id == f"req_{n}"
        assert raw.parse().balance == n


def test_each_raw_response_of_concurrent_threads_is_its_own() -> None:
    barrier = threading.Barrier(6, timeout=10)

    def handler(request: httpx.Request) -> httpx.Response:
        barrier.wait()
        return _answer(request)

    pp = PowerPost(api_key=KEY, base_url=BASE, transport=httpx.MockTransport(handler), pacing=False)
    results: dict[int, RawResponse[Any]] = {}

    def work(n: int) -> None:
        results[n] = pp.account.with_raw_response.get_credits(extra_query={"call": n})

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    pp.close()
    assert sorted(results) == list(range(6))
    for n, raw in results.items():
        assert (raw.request_id, raw.parse().balance) == (f"req_{n}", n)
