"""`RawResponse`: what `pp.<resource>.with_raw_response.<method>(…)` returns, one per call.

The HTTP answer of that call (status, headers, request id, rate limits, the `httpx.Response`) and
`parse()` for the typed model the plain method returns. Each raw call gets its own object, so calls
running at once (threads, `asyncio.gather`) never see each other's answers.
"""

from __future__ import annotations

from typing import Generic, TypeVar

import httpx

from ._errors import UnexpectedResponseError
from ._redaction import safe_request
from ._request_options import CallOptions
from ._response_info import RateLimitInfo, ResponseInfo

T = TypeVar("T")


class RawResponse(Generic[T]):
    """The HTTP response of one call, and `parse()` for its typed model.

        raw = pp.content.with_raw_response.get("gen_abc")
        print(raw.status_code, raw.request_id, raw.rate_limit.remaining)
        generation = raw.parse()  # the Generation `pp.content.get` returns

    `headers` and `http_response` are the SDK's copy of the answer: the body already read, the API key
    scrubbed from headers, body and `http_response.request`. A body that is not the documented model
    raises `UnexpectedResponseError` from `parse()` (in strict mode, so does any deviation from the
    spec), not from the call, so the raw answer stays inspectable.
    """

    __slots__ = ("_error", "_info", "_parsed", "_response", "_scrubbed")

    def __init__(
        self, http_response: httpx.Response, parsed: T | None, error: UnexpectedResponseError | None
    ) -> None:
        self._response = http_response
        self._scrubbed = False
        self._parsed = parsed
        self._error = error
        self._info = ResponseInfo(http_response.status_code, http_response.headers)

    @property
    def http_response(self) -> httpx.Response:
        """The `httpx.Response` (body read; its `request` a copy without the API key)."""
        response = self._response
        if not self._scrubbed:  # the copy of the request is made when first asked for, not per call
            request = response.request
            response.request = safe_request(request, request.headers.get("x-api-key"))
            self._scrubbed = True
        return response

    @property
    def status_code(self) -> int:
        """The HTTP status (2xx: other statuses raise their error class from the call)."""
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (the API key scrubbed)."""
        return self._response.headers

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` header: quote it when asking PowerPost support about a call."""
        return self._info.request_id

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The response's `X-RateLimit-*` headers."""
        return self._info.rate_limit

    def parse(self) -> T:
        """The typed model of the body, as the plain method returns it (raises what it would raise)."""
        if self._error is not None:
            raise self._error
        return self._parsed  # type: ignore[return-value]  # set whenever there is no error

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code!r}, request_id={self.request_id!r}, "
            f"rate_limit={self.rate_limit!r})"
        )


def raw_result(
    sink: CallOptions, parsed: T | None = None, error: UnexpectedResponseError | None = None
) -> RawResponse[T]:
    """The `RawResponse` of a call made inside `_request_options.capture()`, with its model or parse error.

    Raises `error` when the call got no response to show (the failure came before one arrived).
    """
    response = sink.response
    if response is None:
        if error is not None:
            raise error
        raise RuntimeError("no response was recorded for this call")  # a method that sent no request
    return RawResponse(response, parsed, error)
