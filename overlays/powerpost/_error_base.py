"""The two bases the spec's error classes build on: `PowerPostError` and `APIStatusError`.

Apart from `_errors.py` because the status and code classes (`_status_errors.py`) are generated from the
spec and must import their base without importing the module that re-exports them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._response_info import RateLimitInfo
from ._retry_after import requested_seconds


class PowerPostError(Exception):
    """Base class of every exception the SDK raises."""


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
            # The body is already decoded: a kept Content-Encoding would make httpx decode it again.
            drop = (b"content-encoding", b"content-length")
            kept = [(k, v) for k, v in self.headers.raw if k.lower() not in drop]
            self._response = httpx.Response(self.status_code, headers=kept, content=self.body)
            if self._request is not None:
                self._response.request = self._request
        return self._response

    @property
    def text(self) -> str:
        """The raw response body as text (for bodies that were not the JSON envelope)."""
        return self.body.decode("utf-8", errors="replace")

    @property
    def retry_after(self) -> float | None:
        """Seconds PowerPost asked to wait (a 429's, or any status that sends one): the body's `retryAfter`,
        else `retry-after-ms`, else `Retry-After` (seconds or HTTP-date); None when none of them is a
        usable value (see `powerpost._retry_after`)."""
        return requested_seconds(self.headers, self.error)

    @property
    def required_scope(self) -> str | None:
        """The scope the operation needs, e.g. `posts:publish`, when PowerPost names it (403
        INSUFFICIENT_SCOPE)."""
        value = self.error.get("required_scope")
        return value if isinstance(value, str) else None

    def __str__(self) -> str:
        return f"{self.status_code} {self.code or 'UNKNOWN'}: {self.message} (request id: {self.request_id})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self})"
