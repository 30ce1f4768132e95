"""Typed exceptions for every way a PowerPost call can fail.

An HTTP error is mapped by its `code` first and by its status when the code is unknown (the spec's
error codes are open: PowerPost may add codes), so both 413 codes and both 403 codes get their own
class and a code PowerPost adds later still raises something typed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from ._redaction import scrub_bytes, scrub_headers
from ._response_info import RateLimitInfo
from ._retry_after import requested_seconds

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyPublishedError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FileTooLargeError",
    "InsecureBaseURLError",
    "InsufficientCreditsError",
    "InsufficientScopeError",
    "InternalServerError",
    "JobFailedError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PlatformNotConnectedError",
    "PowerPostError",
    "RateLimitError",
    "RequestEncodingError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "StorageQuotaExceededError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitTimeoutError",
    "WebhookParseError",
    "error_from_response",
]

_BODY_PREVIEW = 500


class PowerPostError(Exception):
    """Base class of every exception the SDK raises."""


class RequestValidationError(PowerPostError, ValueError):
    """A request body given as a mapping does not fit the operation's model; nothing was sent."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class InsecureBaseURLError(PowerPostError, ValueError):
    """The base URL would send the API key in clear text to a host that is not this machine."""


class WebhookParseError(PowerPostError, ValueError):
    """A webhook delivery body is not a PowerPost event envelope."""


class UnexpectedResponseError(PowerPostError):
    """A 2xx response whose body is not the documented success model (not JSON, not an object, or, in
    strict mode, any deviation from the spec).

    Nothing the server sent is lost: `body` is the raw body, `text` the same decoded, `json` the parsed
    JSON (None when the body is not JSON), `drift` the deviations found in strict mode
    (`powerpost.types.Drift`).
    """

    def __init__(
        self,
        message: str,
        *,
        body: bytes = b"",
        status_code: int | None = None,
        request_id: str | None = None,
        operation: str | None = None,
        drift: tuple[Any, ...] = (),
    ) -> None:
        super().__init__(message)
        self.body = body
        self.status_code = status_code
        self.request_id = request_id
        self.operation = operation
        self.drift = drift
        try:
            self.json: Any = json.loads(body) if body else None
        except (ValueError, RecursionError):
            self.json = None

    @property
    def text(self) -> str:
        """The raw response body as text."""
        return self.body.decode("utf-8", errors="replace")


class RequestEncodingError(RequestValidationError):
    """A request body cannot be encoded as JSON (a lone surrogate, NaN, nesting too deep); nothing was sent.

    `field` names where, e.g. `prompt` or `items[0].content`.
    """


class APIConnectionError(PowerPostError):
    """No complete HTTP response: DNS, refused connection, reset, stall, cut-short or undecodable body.

    `request` is a copy of the request line and headers with the API key redacted (no body).
    `request_id` is the `X-Request-Id` of the response when its headers arrived before the failure.
    `outcome_unknown` is True when the request may have reached PowerPost and taken effect (the
    failure came after sending); the SDK never retries such a call when it spends or creates.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        request_id: str | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        super().__init__(message)
        self.request = request
        self.request_id = request_id
        self.outcome_unknown = outcome_unknown


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class ResponseTooLargeError(PowerPostError):
    """The response body is larger than the client's `max_response_bytes`; the rest was not read.

    `status_code` and `request_id` are those of the response; `limit` is the cap in bytes.
    """

    def __init__(self, message: str, *, status_code: int, request_id: str | None, limit: int) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.limit = limit


class APIStatusError(PowerPostError):
    """PowerPost answered with a non-2xx status.

    One subclass per status (`BadRequestError`, `NotFoundError`, `ConflictError`, ...) and, under it, one
    per documented error code (`AlreadyPublishedError(ConflictError)`, ...): a code PowerPost adds later
    raises its status class. `response` is the `httpx.Response`, with the API key scrubbed from its
    headers and body, and its `request` without the key.
    """

    status_code: int
    code: str | None
    message: str
    request_id: str | None
    body: bytes
    headers: httpx.Headers
    rate_limit: RateLimitInfo
    error: Mapping[str, Any]

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        request_id: str | None = None,
        body: bytes = b"",
        headers: httpx.Headers | None = None,
        error: Mapping[str, Any] | None = None,
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.body = body
        self.headers = headers if headers is not None else httpx.Headers()
        self.rate_limit = RateLimitInfo.from_headers(self.headers)
        self.error = error or {}
        # Built on first read: most errors are retried or caught without anyone looking at it.
        self._response = response
        self._request = request

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (API key scrubbed); its `request` is a copy without the key, when known."""
        if self._response is None:
            self._response = _response(self.status_code, self.headers, self.body, self._request)
        return self._response

    @property
    def text(self) -> str:
        """The raw response body as text (for bodies that were not the JSON envelope)."""
        return self.body.decode("utf-8", errors="replace")

    def __str__(self) -> str:
        return f"{self.status_code} {self.code or 'UNKNOWN'}: {self.message} (request id: {self.request_id})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self})"


class BadRequestError(APIStatusError):
    """400 with a code this SDK does not know (the documented one is `ValidationError`)."""


class ValidationError(BadRequestError):
    """400 VALIDATION_ERROR: a bad body, query or missing workspace header."""


class AuthenticationError(APIStatusError):
    """401 INVALID_API_KEY (or any 401): the API key is missing or invalid."""


class PaymentRequiredError(APIStatusError):
    """402 with a code this SDK does not know."""


class InsufficientCreditsError(PaymentRequiredError):
    """402 INSUFFICIENT_CREDITS: the account balance is too low for the operation."""


class PermissionDeniedError(APIStatusError):
    """403 FORBIDDEN (or any 403): no access to the resource (e.g. a workspace of another account)."""


class InsufficientScopeError(PermissionDeniedError):
    """403 INSUFFICIENT_SCOPE: the key lacks the operation's scope (see `required_scope`)."""

    @property
    def required_scope(self) -> str | None:
        """The scope the operation needs, e.g. `posts:publish`, when PowerPost names it."""
        value = self.error.get("required_scope")
        return value if isinstance(value, str) else None


class NotFoundError(APIStatusError):
    """404 NOT_FOUND (or any 404): the resource (or one it refers to) does not exist."""


class ConflictError(APIStatusError):
    """409 with a code this SDK does not know."""


class AlreadyPublishedError(ConflictError):
    """409 ALREADY_PUBLISHED: the post is no longer a draft."""


class PayloadTooLargeError(APIStatusError):
    """413 with a code this SDK does not know."""


class FileTooLargeError(PayloadTooLargeError):
    """413 FILE_TOO_LARGE: the upload exceeds the per-file limit (10 MB image, 500 MB video)."""


class StorageQuotaExceededError(PayloadTooLargeError):
    """413 STORAGE_QUOTA_EXCEEDED: the account's storage quota is used up."""


class UnprocessableEntityError(APIStatusError):
    """422 with a code this SDK does not know."""


class PlatformNotConnectedError(UnprocessableEntityError):
    """422 PLATFORM_NOT_CONNECTED: a post item targets a platform not connected in the workspace."""


class RateLimitError(APIStatusError):
    """429 RATE_LIMIT_EXCEEDED (or any 429); `retry_after` is the wait in seconds PowerPost asked for."""

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait: the body's `retryAfter`, else `retry-after-ms`, else `Retry-After`
        (seconds or HTTP-date); None when none of them is a usable value (see `powerpost._retry_after`)."""
        return requested_seconds(self.headers, self.error)


class InternalServerError(APIStatusError):
    """500 INTERNAL_ERROR or any other 5xx: a server-side failure, usually worth retrying later."""


class JobFailedError(PowerPostError):
    """An async job (caption, image, video or post publishing) ended in `failed`."""

    def __init__(self, message: str, *, job_error: Any, result: Any) -> None:
        super().__init__(message)
        self.job_error = job_error
        self.result = result


class WaitTimeoutError(PowerPostError, TimeoutError):
    """A waiter gave up before the job reached a final state; `last` is the last object seen."""

    def __init__(self, message: str, *, last: Any) -> None:
        super().__init__(message)
        self.last = last


_BY_CODE: dict[str, type[APIStatusError]] = {
    "VALIDATION_ERROR": ValidationError,
    "INVALID_API_KEY": AuthenticationError,
    "INSUFFICIENT_CREDITS": InsufficientCreditsError,
    "FORBIDDEN": PermissionDeniedError,
    "INSUFFICIENT_SCOPE": InsufficientScopeError,
    "NOT_FOUND": NotFoundError,
    "ALREADY_PUBLISHED": AlreadyPublishedError,
    "FILE_TOO_LARGE": FileTooLargeError,
    "STORAGE_QUOTA_EXCEEDED": StorageQuotaExceededError,
    "PLATFORM_NOT_CONNECTED": PlatformNotConnectedError,
    "RATE_LIMIT_EXCEEDED": RateLimitError,
    "INTERNAL_ERROR": InternalServerError,
}

# Status bases only: a code this SDK does not know must never raise a code class.
_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _class_for(status_code: int, code: str | None) -> type[APIStatusError]:
    by_code = _BY_CODE.get(code) if code else None
    if by_code is not None:
        return by_code
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def _error_object(content: bytes) -> Mapping[str, Any] | None:
    try:
        document = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        # RecursionError: JSON nested deeper than the interpreter's recursion limit.
        return None
    error = document.get("error") if isinstance(document, dict) else None
    return error if isinstance(error, dict) else None


# How to fix what PowerPost refused, appended to the message. The CLI rewrites the Python spellings
# (`workspace_id=`, `api_key=`) into its flags.
WORKSPACE_HINT = (
    "No workspace was sent: pass workspace_id= to the client or set POWERPOST_WORKSPACE_ID "
    "(--workspace in the CLI)."
)
_API_PREFIX = "/api/v1"


def _hint(
    status_code: int, error: Mapping[str, Any] | None, message: str, request: httpx.Request | None
) -> str:
    if request is None:
        return ""
    if status_code == 400 and "workspace" in message.lower() and "x-workspace-id" not in request.headers:
        return WORKSPACE_HINT
    url = request.url
    not_api = error is None or "no such path" in message.lower()
    if status_code == 404 and _API_PREFIX not in url.path and not_api:
        origin = f"{url.scheme}://{url.netloc.decode('ascii', errors='replace')}"
        return (
            f"The base URL lacks {_API_PREFIX!r}: the request went to {origin}{url.path}. PowerPost's base "
            f"URL is https://powerpost.ai{_API_PREFIX} (pass base_url= or set POWERPOST_BASE_URL)."
        )
    return ""


def _response(
    status_code: int, headers: httpx.Headers, content: bytes, request: httpx.Request | None
) -> httpx.Response:
    # The body is already decoded: a kept Content-Encoding would make httpx decode it again.
    kept = [(k, v) for k, v in headers.raw if k.lower() not in (b"content-encoding", b"content-length")]
    response = httpx.Response(status_code, headers=kept, content=content)
    if request is not None:
        response.request = request
    return response


def error_from_response(
    status_code: int,
    headers: httpx.Headers,
    content: bytes,
    *,
    secret: str | None = None,
    request: httpx.Request | None = None,
) -> APIStatusError:
    """Build the typed exception for a non-2xx response; never fails, whatever the body is.

    `secret` (the API key) is scrubbed from the body, the headers (so from the request id) and
    therefore from the message and the error object, in case a proxy or server echoes it.
    `request` (already without the key) becomes `response.request` and lets the message say how to
    fix a missing workspace or a base URL without `/api/v1`.
    """
    content = scrub_bytes(content, secret)
    headers = scrub_headers(headers, secret)
    error = _error_object(content)
    code = error.get("code") if error is not None else None
    code = code if isinstance(code, str) else None
    message = error.get("message") if error is not None else None
    if not isinstance(message, str):
        text = content.decode("utf-8", errors="replace").strip()
        preview = text[:_BODY_PREVIEW] + ("…" if len(text) > _BODY_PREVIEW else "")
        message = f"HTTP {status_code} without a PowerPost error body: {preview or '<empty body>'}"
    hint = _hint(status_code, error, message, request)
    if hint:
        message = f"{message.rstrip()} {hint}"
    if secret:
        message = message.replace(secret, "<redacted>")
    cls = _class_for(status_code, code)
    return cls(
        message,
        status_code=status_code,
        code=code,
        request_id=headers.get("x-request-id"),
        body=content,
        headers=headers,
        error=error,
        request=request,
    )
