"""The openai-style error hierarchy: a status base per status, code classes under it, `.response`,
and messages that say how to fix a missing workspace or a base URL without `/api/v1`."""

from __future__ import annotations

import httpx
import powerpost
import pytest
import respx
from powerpost._errors import error_from_response

from .conftest import KEY, FakeClock, Harness, error_json

STATUS_BASES = {
    400: powerpost.BadRequestError,
    401: powerpost.AuthenticationError,
    402: powerpost.PaymentRequiredError,
    403: powerpost.PermissionDeniedError,
    404: powerpost.NotFoundError,
    409: powerpost.ConflictError,
    413: powerpost.PayloadTooLargeError,
    422: powerpost.UnprocessableEntityError,
    429: powerpost.RateLimitError,
    500: powerpost.InternalServerError,
    503: powerpost.InternalServerError,
}

CODE_CLASSES = {
    ("VALIDATION_ERROR", 400): (powerpost.ValidationError, powerpost.BadRequestError),
    ("INSUFFICIENT_CREDITS", 402): (powerpost.InsufficientCreditsError, powerpost.PaymentRequiredError),
    ("INSUFFICIENT_SCOPE", 403): (powerpost.InsufficientScopeError, powerpost.PermissionDeniedError),
    ("ALREADY_PUBLISHED", 409): (powerpost.AlreadyPublishedError, powerpost.ConflictError),
    ("FILE_TOO_LARGE", 413): (powerpost.FileTooLargeError, powerpost.PayloadTooLargeError),
    ("STORAGE_QUOTA_EXCEEDED", 413): (powerpost.StorageQuotaExceededError, powerpost.PayloadTooLargeError),
    ("PLATFORM_NOT_CONNECTED", 422): (
        powerpost.PlatformNotConnectedError,
        powerpost.UnprocessableEntityError,
    ),
}

CODE_ONLY = {cls for cls, _ in CODE_CLASSES.values()}


def _error(status: int, body: object) -> powerpost.APIStatusError:
    content = httpx.Response(status, json=body).content
    return error_from_response(status, httpx.Headers({"x-request-id": "req_1"}), content)


@pytest.mark.parametrize(("status", "base"), sorted(STATUS_BASES.items()))
def test_unknown_code_of_a_known_status_lands_on_the_base(status: int, base: type) -> None:
    """A code PowerPost adds later raises its status class exactly, never a code class of that status."""
    exc = _error(status, error_json("SOMETHING_NEW", "new rule"))
    assert type(exc) is base
    assert type(exc) not in CODE_ONLY
    assert exc.code == "SOMETHING_NEW"


@pytest.mark.parametrize(("code", "status"), sorted(CODE_CLASSES))
def test_each_code_class_sits_under_its_status_base(code: str, status: int) -> None:
    cls, base = CODE_CLASSES[(code, status)]
    exc = _error(status, error_json(code))
    assert type(exc) is cls
    assert isinstance(exc, base)
    assert issubclass(base, powerpost.APIStatusError)


def test_public_names_are_importable_from_powerpost() -> None:
    """The hierarchy is importable from the package root, and the old names still work."""
    for cls in {*STATUS_BASES.values(), *CODE_ONLY}:
        assert getattr(powerpost, cls.__name__) is cls
        assert cls.__name__ in powerpost.__all__
    assert powerpost.ValidationError is powerpost.ValidationError


def test_response_is_the_scrubbed_httpx_response(api: Harness) -> None:
    """`.response` is an httpx.Response with the status, headers and body, and a request without the key."""
    api.router.get("/account/credits").respond(
        409,
        json=error_json("SOMETHING_NEW", f"echo {KEY}"),
        headers={"x-request-id": "req_9", "x-echo": KEY},
    )
    with pytest.raises(powerpost.ConflictError) as caught:
        api.run(api.client.account.get_credits())
    response = caught.value.response
    assert isinstance(response, httpx.Response)
    assert response.status_code == 409
    assert response.headers["x-request-id"] == "req_9"
    assert response.json()["error"]["code"] == "SOMETHING_NEW"
    assert response.request.url.path == "/api/v1/account/credits"
    everything = (
        response.text + str(list(response.headers.items())) + str(list(response.request.headers.items()))
    )
    assert KEY not in everything
    assert "<redacted>" in response.text


def test_response_is_there_when_built_by_hand() -> None:
    """An APIStatusError made without a response (tests, user code) still has one to read."""
    exc = powerpost.NotFoundError("gone", status_code=404, body=b'{"error":{}}')
    assert exc.response.status_code == 404
    assert exc.response.content == b'{"error":{}}'


def test_missing_workspace_names_the_settings(router: respx.Router, clock: FakeClock) -> None:
    """A 400 about the workspace header, sent without one, says which setting to give (sync and async)."""
    router.get("/content/generations").respond(
        400, json=error_json("VALIDATION_ERROR", "header.X-Workspace-Id: required header is missing")
    )
    for kind in ("sync", "async"):
        harness = Harness(kind, router, clock, workspace_id=None)
        try:
            with pytest.raises(powerpost.ValidationError) as caught:
                harness.run(harness.client.content.list())
        finally:
            harness.close()
        message = str(caught.value)
        assert "POWERPOST_WORKSPACE_ID" in message
        assert "workspace_id=" in message
        assert "--workspace" in message


def test_missing_workspace_is_named_on_a_call_with_a_body_too(router: respx.Router, clock: FakeClock) -> None:
    """The workspace hint does not give way to the hint about values the spec does not list."""
    router.post("/content/generate").respond(
        400, json=error_json("VALIDATION_ERROR", "header.X-Workspace-Id: required header is missing")
    )
    body = {"prompt": "Dark mode", "post_types": ["x-post"], "research_mode": "regular"}
    for kind in ("sync", "async"):
        harness = Harness(kind, router, clock, workspace_id=None)
        try:
            with pytest.raises(powerpost.ValidationError) as caught:
                harness.run(harness.client.content.generate(body))
        finally:
            harness.close()
        assert "POWERPOST_WORKSPACE_ID" in str(caught.value)


def test_workspace_hint_only_when_no_workspace_was_sent(api: Harness) -> None:
    api.router.get("/content/generations").respond(
        400, json=error_json("VALIDATION_ERROR", "workspace is archived")
    )
    with pytest.raises(powerpost.ValidationError) as caught:
        api.run(api.client.content.list())
    assert "POWERPOST_WORKSPACE_ID" not in str(caught.value)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "body",
    [
        {"json": error_json("NOT_FOUND", "No such path: /account/credits")},
        {"text": "<html>404 This page could not be found</html>"},
    ],
)
def test_404_on_a_base_url_without_api_v1_says_so(
    kind: str, body: dict[str, object], clock: FakeClock
) -> None:
    router = respx.Router(base_url="https://api.test", assert_all_called=False)
    router.get("/account/credits").respond(404, **body)  # type: ignore[arg-type]
    harness = Harness(kind, router, clock, base_url="https://api.test")
    try:
        with pytest.raises(powerpost.NotFoundError) as caught:
            harness.run(harness.client.account.get_credits())
    finally:
        harness.close()
    message = str(caught.value)
    assert "lacks '/api/v1'" in message
    assert "https://api.test/account/credits" in message
    assert "https://powerpost.ai/api/v1" in message


def test_a_real_not_found_under_api_v1_has_no_base_url_hint(api: Harness) -> None:
    api.router.get("/content/generations/gen_x").respond(
        404, json=error_json("NOT_FOUND", "Generation not found: gen_x")
    )
    with pytest.raises(powerpost.NotFoundError) as caught:
        api.run(api.client.content.get("gen_x"))
    assert "/api/v1" not in str(caught.value)
