"""Per-call options: every API method takes them, they reach that call's wire only, bad ones fail early."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import threading
import time
from typing import Any

import httpx
import powerpost
import pytest
from powerpost import AsyncPowerPost, PowerPost, _deadline

from tests.overlays.conftest import BASE, KEY, WORKSPACE, error_json, generation
from tests.surface.conftest import CALLS, Harness, Recorder, fresh

# Every public method of a resource is an API method taking the options, except these helpers built on them.
_HELPERS = {"wait", "iter", "with_raw_response"}


@pytest.mark.parametrize("client_class", [PowerPost, AsyncPowerPost])
def test_calls_table_names_every_api_method_of_both_clients(client_class: type[Any]) -> None:
    found = set()
    for resource, make in client_class.RESOURCES.items():
        for name, member in inspect.getmembers(make):
            if not name.startswith("_") and name not in _HELPERS and callable(member):
                found.add((resource, name))
                assert "options" in inspect.signature(member).parameters, f"{resource}.{name}"
    assert found == {(resource, method) for resource, method, _ in CALLS}


@pytest.mark.parametrize("raw", [True, False], ids=["raw", "plain"])
@pytest.mark.parametrize(("resource", "method", "args"), CALLS, ids=[f"{r}.{m}" for r, m, _ in CALLS])
def test_each_option_reaches_the_wire_of_every_method(
    make_api: Any, resource: str, method: str, args: tuple[Any, ...], kind: str, raw: bool
) -> None:
    recorder = Recorder()
    api: Harness = make_api(kind, transport=recorder.transport(), pacing=False)
    group = getattr(api.client, resource)
    call = getattr(group.with_raw_response if raw else group, method)
    options: dict[str, Any] = {
        "timeout": 7.5,
        "max_retries": 0,
        "extra_headers": {"X-Trace-Id": "trace-1", "X-Workspace-Id": "ws_other"},
        "extra_query": {"debug": "true", "n": 3},
    }
    if raw:
        assert api.run(call(*fresh(args), **options)).status_code == 200
    else:
        # The answer (`{}`) is not every method's model: only what was sent matters here.
        with contextlib.suppress(powerpost.UnexpectedResponseError):
            api.run(call(*fresh(args), **options))
    (sent,) = recorder.seen
    assert sent.headers["x-trace-id"] == "trace-1"
    assert sent.headers.get_list("x-workspace-id") == ["ws_other"]  # replaced, not doubled
    assert sent.headers["x-api-key"] == KEY
    assert sent.url.params["debug"] == "true"
    assert sent.url.params["n"] == "3"
    assert sent.extensions["timeout"]["read"] <= 7.5


def test_no_options_send_exactly_what_the_client_sends(api: Harness) -> None:
    api.router.get("/content/generations/g1").respond(200, json=generation())
    api.run(api.client.content.get("g1"))
    api.run(api.client.content.get("g1", extra_headers={"X-Trace-Id": "t"}, extra_query={"a": "1"}))
    api.run(api.client.content.get("g1"))
    first, with_options, last = (call.request for call in api.router.calls)
    assert "x-trace-id" not in first.headers
    assert "x-trace-id" not in last.headers
    assert first.url == last.url == f"{BASE}/content/generations/g1"
    assert with_options.url == f"{BASE}/content/generations/g1?a=1"
    assert first.headers.get("x-workspace-id") == last.headers.get("x-workspace-id") == WORKSPACE


def test_extra_query_replaces_a_parameter_of_the_same_name(api: Harness) -> None:
    api.router.get("/content/generations").respond(200, json={"data": [], "has_more": False})
    api.run(api.client.content.list(limit=5, extra_query={"limit": 7, "tag": ["a", "b"]}))
    params = api.router.calls.last.request.url.params
    assert params.get_list("limit") == ["7"]
    assert params.get_list("tag") == ["a", "b"]


def test_extra_body_goes_into_the_json_with_the_other_options(api: Harness) -> None:
    route = api.router.post("/images/generate").respond(
        200, json={"image_generation_id": "i1", "status": "processing", "credits_used": 4}
    )
    api.run(
        api.client.images.generate({"prompt": "A desk"}, extra_body={"seed": 7}, extra_headers={"X-A": "b"})
    )
    sent = route.calls.last.request
    assert b'"seed": 7' in sent.content or b'"seed":7' in sent.content
    assert sent.headers["x-a"] == "b"


def test_max_retries_zero_stops_retries_for_that_call_only(api: Harness) -> None:
    route = api.router.get("/content/generations/g1")
    route.side_effect = [
        httpx.Response(503, json=error_json("SERVICE_UNAVAILABLE")),
        httpx.Response(503, json=error_json("SERVICE_UNAVAILABLE")),
        httpx.Response(200, json=generation()),
    ]
    with pytest.raises(powerpost.InternalServerError):
        api.run(api.client.content.get("g1", max_retries=0))
    assert route.call_count == 1
    # The client keeps its own two retries: the next call without options rides out the next 503.
    assert api.run(api.client.content.get("g1")).generation_id == "g1"
    assert route.call_count == 3


def test_max_retries_may_also_raise_the_count_for_one_call(make_api: Any, kind: str) -> None:
    api: Harness = make_api(kind, max_retries=0)
    route = api.router.get("/content/generations/g1")
    route.side_effect = [httpx.Response(503, json=error_json("SERVICE_UNAVAILABLE"))] * 3 + [
        httpx.Response(200, json=generation())
    ]
    assert api.run(api.client.content.get("g1", max_retries=3)).generation_id == "g1"
    assert route.call_count == 4


def test_a_per_call_timeout_sets_that_calls_deadline(api: Harness) -> None:
    route = api.router.get("/account/credits").respond(200, json={"balance": 1})
    api.run(api.client.account.get_credits(timeout=2.5))
    api.run(api.client.account.get_credits(timeout=httpx.Timeout(90.0, connect=1.0)))
    api.run(api.client.account.get_credits())
    short, long, default = (call.request.extensions["timeout"] for call in route.calls)
    assert 2.0 < short["read"] <= 2.5
    assert short["connect"] <= 2.5
    assert 89.0 < long["read"] <= 90.0
    assert long["connect"] <= 1.0
    assert 59.0 < default["read"] <= 60.0


def test_calls_with_and_without_a_timeout_each_keep_their_own_deadline(api: Harness) -> None:
    """Alternating calls (the client's 60 s, then 2.5 s, then an `httpx.Timeout`) get each one's budget."""
    budgets: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        current = _deadline.current()
        budgets.append(float("inf") if current is None else current.at - time.monotonic())
        return httpx.Response(200, json={"balance": 1})

    api.router.get("/account/credits").mock(side_effect=answer)
    for _ in range(2):
        api.run(api.client.account.get_credits())
        api.run(api.client.account.get_credits(timeout=2.5))
        api.run(api.client.account.get_credits(timeout=httpx.Timeout(90.0, connect=1.0)))
    for default, short, long in zip(budgets[::3], budgets[1::3], budgets[2::3], strict=True):
        assert 59.0 < default <= 60.0
        assert 2.0 < short <= 2.5
        assert 89.0 < long <= 90.0


def test_options_given_as_none_are_not_given(api: Harness) -> None:
    route = api.router.get("/content/generations/g1").respond(200, json=generation())
    api.run(api.client.content.get("g1"))
    none: dict[str, Any] = dict.fromkeys(("timeout", "max_retries", "extra_headers", "extra_query"))
    api.run(api.client.content.get("g1", **none))
    plain, given = route.calls
    assert given.request.headers.multi_items() == plain.request.headers.multi_items()
    assert given.request.url == plain.request.url
    assert given.request.extensions["timeout"] == plain.request.extensions["timeout"]


@pytest.mark.parametrize(
    ("options", "error", "words"),
    [
        ({"extra_headers": {"X-API-Key": "pp_other"}}, ValueError, "api_key="),
        ({"extra_headers": {"x-api-key": ""}}, ValueError, "cannot set"),
        ({"extra_headers": {"X-Trace": 5}}, TypeError, "strings"),
        ({"extra_headers": {"X-Evil": "a\r\nX-Injected: 1"}}, ValueError, "not a valid HTTP header"),
        ({"extra_headers": {"X Evil:": "a"}}, ValueError, "not a valid HTTP header"),
        ({"extra_query": {"since": object()}}, TypeError, "extra_query"),
        ({"extra_query": ["a", "b"]}, TypeError, "extra_query"),
        ({"timeout": 0}, ValueError, "positive"),
        ({"timeout": "5"}, ValueError, "positive"),
        ({"max_retries": -1}, ValueError, "0 or more"),
        ({"max_retries": True}, ValueError, "whole number"),
        ({"timout": 5}, TypeError, "timout"),
        ({"extra_body": {"seed": 7}}, TypeError, "no request body"),
    ],
)
def test_bad_options_fail_before_anything_is_sent(
    api: Harness, options: dict[str, Any], error: type[Exception], words: str
) -> None:
    route = api.router.get("/content/generations/g1").respond(200, json=generation())
    with pytest.raises(error, match=words):
        api.run(api.client.content.get("g1", **options))
    assert route.call_count == 0


def test_a_non_rewindable_upload_is_sent_once_whatever_max_retries_says(api: Harness) -> None:
    class Stream:
        """A file object that cannot seek: its bytes can be sent only once."""

        def __init__(self) -> None:
            self._data = bytes.fromhex("89504e470d0a1a0a0000000d49484452")

        def read(self, size: int = -1) -> bytes:
            data, self._data = self._data, b""
            return data

        def seekable(self) -> bool:
            return False

    route = api.router.post("/media/upload").respond(503, json=error_json("SERVICE_UNAVAILABLE"))
    with pytest.raises(powerpost.InternalServerError):
        api.run(api.client.media.upload(Stream(), type="image", file_name="a.png", max_retries=5))
    assert route.call_count == 1


def _echo_trace(request: httpx.Request) -> httpx.Response:
    trace = request.headers.get("x-trace-id", "none")
    return httpx.Response(200, json={"balance": 1}, headers={"X-Request-Id": f"req_{trace}"})


def test_options_do_not_leak_between_concurrent_async_calls() -> None:
    seen: list[tuple[str, str | None, str]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # let the other calls start before this one answers
        seen.append(
            (request.url.params.get("call", "-"), request.headers.get("x-trace-id"), str(request.url))
        )
        return _echo_trace(request)

    async def scenario() -> list[Any]:
        async with AsyncPowerPost(
            api_key=KEY, base_url=BASE, transport=httpx.MockTransport(handler), pacing=False
        ) as pp:
            calls = [
                pp.account.get_credits(extra_headers={"X-Trace-Id": f"t{n}"}, extra_query={"call": n})
                if n % 2
                else pp.account.get_credits()
                for n in range(20)
            ]
            return await asyncio.gather(*calls)

    results = asyncio.run(scenario())
    assert len(results) == len(seen) == 20
    for call, trace, _url in seen:
        assert trace == (None if call == "-" else f"t{call}")
    assert sum(1 for call, _, _ in seen if call == "-") == 10


def test_options_do_not_leak_between_threads_of_one_sync_client() -> None:
    barrier = threading.Barrier(8, timeout=10)
    seen: list[tuple[str, str | None]] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        barrier.wait()  # all eight requests are in flight at once
        with lock:
            seen.append((request.url.params.get("call", "-"), request.headers.get("x-trace-id")))
        return _echo_trace(request)

    pp = PowerPost(api_key=KEY, base_url=BASE, transport=httpx.MockTransport(handler), pacing=False)

    def work(n: int) -> None:
        if n % 2:
            pp.account.get_credits(extra_headers={"X-Trace-Id": f"t{n}"}, extra_query={"call": n})
        else:
            pp.account.get_credits()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    pp.close()
    assert len(seen) == 8
    for call, trace in seen:
        assert trace == (None if call == "-" else f"t{call}")


@pytest.mark.parametrize("fast", [True, False])
def test_headers_replace_and_add_on_httpxs_list_or_through_its_api(
    monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    from powerpost import _request_options as request_options

    assert request_options._FAST  # the pinned httpx keeps headers as the fast path writes them
    monkeypatch.setattr(request_options, "_FAST", fast)
    headers = httpx.Headers([("Accept", "*/*"), ("x-workspace-id", "ws_a"), ("X-Workspace-Id", "ws_b")])
    extra = request_options._headers({"X-Workspace-Id": "ws_c", "X-Trace-Id": "é"})
    request_options._set_headers(headers, extra)
    assert headers.get_list("x-workspace-id") == ["ws_c"]
    assert headers["x-trace-id"] == "é"
    assert headers.raw[0] == (b"Accept", b"*/*")
