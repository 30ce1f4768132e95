"""Every non-2xx response becomes a typed exception carrying status, code, message and request id."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import powerpost
import pytest
from powerpost_api.models import CreditBalance

from .conftest import Harness, error_json

DOCUMENTED = [
    (400, "VALIDATION_ERROR", powerpost.ValidationError),
    (401, "INVALID_API_KEY", powerpost.AuthenticationError),
    (402, "INSUFFICIENT_CREDITS", powerpost.InsufficientCreditsError),
    (403, "FORBIDDEN", powerpost.PermissionDeniedError),
    (403, "INSUFFICIENT_SCOPE", powerpost.InsufficientScopeError),
    (404, "NOT_FOUND", powerpost.NotFoundError),
    (409, "ALREADY_PUBLISHED", powerpost.AlreadyPublishedError),
    (413, "FILE_TOO_LARGE", powerpost.FileTooLargeError),
    (413, "STORAGE_QUOTA_EXCEEDED", powerpost.StorageQuotaExceededError),
    (422, "PLATFORM_NOT_CONNECTED", powerpost.PlatformNotConnectedError),
    (429, "RATE_LIMIT_EXCEEDED", powerpost.RateLimitError),
    (500, "INTERNAL_ERROR", powerpost.InternalServerError),
]


@pytest.mark.parametrize(("status", "code", "cls"), DOCUMENTED)
def test_documented_code_maps_to_its_class(
    api: Harness, status: int, code: str, cls: type[powerpost.APIStatusError]
) -> None:
    body = error_json(code, "explained", retryAfter=120) if status == 429 else error_json(code, "explained")
    api.router.post("/posts/p1/publish").respond(status, json=body, headers={"X-Request-Id": "req_42"})

    with pytest.raises(cls) as caught:
        api.run(api.client.with_options(max_retries=0).posts.publish("p1"))

    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.code, error.message, error.request_id) == (
        status,
        code,
        "explained",
        "req_42",
    )
    assert "req_42" in str(error)
    assert code in str(error)
    assert "explained" in str(error)
    assert error.body == httpx.Response(200, json=body).content


def test_both_413_codes_are_distinct_and_share_a_base() -> None:
    assert not issubclass(powerpost.FileTooLargeError, powerpost.StorageQuotaExceededError)
    assert issubclass(powerpost.FileTooLargeError, powerpost.PayloadTooLargeError)
    assert issubclass(powerpost.StorageQuotaExceededError, powerpost.PayloadTooLargeError)


def test_insufficient_scope_names_the_scope(api: Harness) -> None:
    body = error_json("INSUFFICIENT_SCOPE", "needs posts:publish", required_scope="posts:publish")
    api.router.post("/posts/p1/publish").respond(403, json=body)
    with pytest.raises(powerpost.InsufficientScopeError) as caught:
        api.run(api.client.posts.publish("p1"))
    assert caught.value.required_scope == "posts:publish"
    assert isinstance(caught.value, powerpost.PermissionDeniedError)


def test_rate_limit_error_carries_retry_after(api: Harness) -> None:
    api.router.get("/account/credits").respond(429, json=error_json("RATE_LIMIT_EXCEEDED", retryAfter=45))
    with pytest.raises(powerpost.RateLimitError) as caught:
        api.run(api.client.with_options(max_retries=0).account.get_credits())
    assert caught.value.retry_after == 45


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (403, "SOME_NEW_CODE", powerpost.PermissionDeniedError),
        (413, "SOME_NEW_CODE", powerpost.PayloadTooLargeError),
        (503, "MAINTENANCE", powerpost.InternalServerError),
        (418, "TEAPOT", powerpost.APIStatusError),
    ],
)
def test_unknown_code_falls_back_to_the_status_class(
    api: Harness, status: int, code: str, cls: type[powerpost.APIStatusError]
) -> None:
    api.router.get("/content/generations/g1").respond(status, json=error_json(code, "new"))
    with pytest.raises(powerpost.APIStatusError) as caught:
        api.run(api.client.with_options(max_retries=0).content.get("g1"))
    assert type(caught.value) is cls
    assert caught.value.code == code


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        b"",
        b'{"error": {"code": "NOT_FO',
        b"[1, 2]",
        b'{"error": "x"}',
    ],
    ids=["html", "empty", "truncated-json", "json-array", "error-not-object"],
)
def test_non_envelope_body_still_gives_a_typed_error_with_the_text(api: Harness, content: bytes) -> None:
    api.router.get("/content/generations/g1").respond(
        502, content=content, headers={"Content-Type": "text/html", "X-Request-Id": "req_proxy"}
    )
    with pytest.raises(powerpost.InternalServerError) as caught:
        api.run(api.client.with_options(max_retries=0).content.get("g1"))
    error = caught.value
    assert error.status_code == 502
    assert error.code is None
    assert error.request_id == "req_proxy"
    assert error.body == content
    if content:
        assert content[:10].decode() in str(error)
    else:
        assert "<empty body>" in str(error)


def test_success_returns_the_model_not_a_union(api: Harness) -> None:
    api.router.get("/account/credits").respond(200, json={"balance": 47}, headers={"X-Request-Id": "req_ok"})
    credits = api.run(api.client.account.get_credits())
    assert isinstance(credits, CreditBalance)
    assert credits.balance == 47
    raw = api.run(api.client.account.with_raw_response.get_credits())
    assert raw.request_id == "req_ok"
    assert raw.parse() == credits


def test_a_2xx_body_that_is_not_the_model_raises_a_typed_error(api: Harness) -> None:
    api.router.get("/account/credits").respond(200, content=b"<html>captive portal</html>")
    with pytest.raises(powerpost.UnexpectedResponseError):
        api.run(api.client.account.get_credits())


def test_key_echoed_by_a_server_is_scrubbed_from_the_message(api: Harness) -> None:
    from .conftest import KEY

    api.router.get("/account/credits").respond(401, json=error_json("INVALID_API_KEY", f"bad key {KEY}"))
    with pytest.raises(powerpost.AuthenticationError) as caught:
        api.run(api.client.account.get_credits())
    assert KEY not in str(caught.value)
    assert KEY not in repr(caught.value)


DEEP_JSON = b"[" * 100_000 + b"]" * 100_000  # nested far deeper than Python's recursion limit


def test_a_2xx_body_nested_too_deeply_raises_a_typed_error(api: Harness) -> None:
    api.router.get("/content/generations/g1").respond(200, content=DEEP_JSON)
    with pytest.raises(powerpost.UnexpectedResponseError, match="RecursionError"):
        api.run(api.client.content.get("g1"))


@pytest.mark.parametrize(
    ("status", "cls"), [(404, powerpost.NotFoundError), (500, powerpost.InternalServerError)]
)
def test_an_error_body_nested_too_deeply_keeps_its_status_class_and_raw_text(
    make_api: Callable[..., Harness], status: int, cls: type[powerpost.APIStatusError]
) -> None:
    for kind in ("sync", "async"):
        harness = make_api(kind, max_retries=0)
        harness.router.get("/account/credits").respond(status, content=DEEP_JSON)
        with pytest.raises(cls) as caught:
            harness.run(harness.client.account.get_credits())
        assert caught.value.status_code == status
        assert caught.value.code is None
        assert caught.value.text.startswith("[[[[")
        assert "without a PowerPost error body" in str(caught.value)
