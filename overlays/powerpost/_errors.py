"""Typed exceptions for every way a PowerPost call can fail.

An HTTP error is mapped by its `code` first and by its status when the code is unknown (the spec's
error codes are open: PowerPost may add codes), so both 413 codes and both 403 codes get their own
class and a code PowerPost adds later still raises something typed. Those status and code classes are
generated from the spec's error table (`_status_errors.py`, by `scripts/generate_status_errors.py`) on
the bases of `_error_base.py`; every class is importable from here and from `powerpost`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from ._error_base import APIStatusError as APIStatusError
from ._error_base import PowerPostError as PowerPostError
from ._redaction import scrub_bytes, scrub_headers
from ._request_shape import unlisted
from ._request_shapes import BODIES
from ._status_errors import *  # noqa: F403  (the status and code classes, generated from the spec)
from ._status_errors import BY_CODE, BY_STATUS, InternalServerError

_BODY_PREVIEW = 500


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
    """No complete HTTP response: DNS, refused connection, reset, stall, cut-short or undecodable body, or a
    failure below httpx that it does not map (its exception is `__cause__`; such a call is never retried).

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


def _class_for(status_code: int, code: str | None) -> type[APIStatusError]:
    by_code = BY_CODE.get(code) if code else None
    if by_code is not None:
        return by_code
    if status_code >= 500:
        return InternalServerError
    return BY_STATUS.get(status_code, APIStatusError)


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
    status_code: int,
    error: Mapping[str, Any] | None,
    message: str,
    request: httpx.Request | None,
    operation: str | None = None,
    sent: bytes = b"",
) -> str:
    if request is None:
        return ""
    if status_code == 400 and "workspace" in message.lower() and "x-workspace-id" not in request.headers:
        return WORKSPACE_HINT
    if status_code in (400, 422) and sent and operation in BODIES:
        # Name the sent values the spec does not list: the likely cause of a 400 for a value PowerPost owns.
        try:
            return " ".join(unlisted(BODIES[operation], json.loads(sent)))
        except ValueError:
            return ""
    url = request.url
    not_api = error is None or "no such path" in message.lower()
    if status_code == 404 and _API_PREFIX not in url.path and not_api:
        origin = f"{url.scheme}://{url.netloc.decode('ascii', errors='replace')}"
        return (
            f"The base URL lacks {_API_PREFIX!r}: the request went to {origin}{url.path}. PowerPost's base "
            f"URL is https://powerpost.ai{_API_PREFIX} (pass base_url= or set POWERPOST_BASE_URL)."
        )
    return ""


def error_from_response(
    status_code: int,
    headers: httpx.Headers,
    content: bytes,
    *,
    secret: str | None = None,
    request: httpx.Request | None = None,
    operation: str | None = None,
    sent: bytes = b"",
) -> APIStatusError:
    """Build the typed exception for a non-2xx response; never fails, whatever the body is.

    `secret` (the API key) is scrubbed from the body, the headers (so from the request id) and
    therefore from the message and the error object, in case a proxy or server echoes it.
    `request` (already without the key) becomes `response.request` and lets the message say how to
    fix a missing workspace or a base URL without `/api/v1`. With `operation` (its operationId) and `sent`
    (the JSON body sent), a 400 or 422 also names each sent value the spec does not list, the listed ones
    and the closest match.
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
    hint = _hint(status_code, error, message, request, operation, sent)
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
