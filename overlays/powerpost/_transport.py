"""The httpx transport under the generated client: pacing, retries, deadlines and typed errors.

It sits at the seam the generator leaves open (`httpx_args={"transport": ...}`) and is both a sync
and an async transport, because the generated client hands the same object to `httpx.Client` and
`httpx.AsyncClient`. Each attempt is sent *and its body read* here, under the call's deadline and the
response-size cap, so every failure (connect, send, headers, body, decoding) becomes a typed error or a
retry decision before the generated `_parse_response` runs; the generated functions only ever see 2xx
responses, already read and with the API key scrubbed from headers and body.

The loop that waits (sending, reading, holding, sleeping) is written once, in `_async_transport_loop.py`;
its sync twin `_transport_loop.py` is generated from it. Every decision it acts on stays here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx

from . import _async_transport_loop as async_loop
from . import _deadline as deadline
from . import _header_scan as header_scan
from . import _operations as operations
from . import _request_options as request_options
from . import _response_body as response_body
from . import _transport_loop as sync_loop
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseTooLargeError,
    error_from_response,
)
from ._operations import Operation
from ._pacing import Pacer
from ._redaction import needles, safe_request, scrub_body, scrub_headers, scrub_text
from ._response_info import read_headers
from ._retry import NOT_SENT_ERRORS, RetryPolicy
from ._retry_after import requested_seconds

logger = logging.getLogger("powerpost")

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class _Inner:
    """The real network transports, created on first use and shared by every sibling client."""

    def __init__(
        self,
        sync_inner: httpx.BaseTransport | None,
        async_inner: httpx.AsyncBaseTransport | None,
        verify: bool | str,
        limits: httpx.Limits,
    ) -> None:
        self._sync = sync_inner
        self._async = async_inner
        self._verify = verify
        self._limits = limits

    def sync(self) -> httpx.BaseTransport:
        if self._sync is None:
            self._sync = httpx.HTTPTransport(verify=self._verify, limits=self._limits)
            deadline.install(self._sync)
        return self._sync

    def async_(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport(verify=self._verify, limits=self._limits)
            deadline.install(self._async)
        return self._async

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


class _Call:
    """One client call across its attempts: its deadline, attempt count, waits, and what it may have done."""

    __slots__ = (
        "_begun",
        "_plain",
        "attempt",
        "budget",
        "ends",
        "may_have_acted",
        "needles",
        "op",
        "options",
        "policy",
        "request",
        "secret",
        "timeouts",
        "uploading",
        "waited",
    )

    def __init__(self, request: httpx.Request, op: Operation, policy: RetryPolicy) -> None:
        self.request = request
        self.op = op
        # Per-call options (`timeout=`, `max_retries=`, `extra_headers=`, …): None for most calls.
        self.options = options = request_options.current()
        self.policy = policy if options is None else options.prepare(request, policy)
        self.secret = secret = header_scan.api_key(request.headers)
        # What the key is searched for in response headers and bodies (None: too short to scrub).
        self.needles = needles(secret)
        # Read only: `start_attempt` gives the request a new dict rather than changing this one.
        self.timeouts: Mapping[str, float | None] = request.extensions.get("timeout") or {}
        # A per-call `timeout=` brings its limits, worked out once per value (see `_request_options`).
        limits = None if options is None else options.limits
        self.budget, self._plain = deadline.call_limits(self.timeouts) if limits is None else limits
        self.uploading = op.operation_id == "upload_media"
        # The call's clock starts when it is first needed: a hold before the first attempt, or that
        # attempt itself (see `start_attempt`).
        self._begun = False
        self.ends: float | None = None
        self.attempt = 0
        self.waited = 0.0
        # An earlier attempt may have reached the server and acted (sent, then no usable answer, or 5xx).
        self.may_have_acted = False

    def answered(self, response: httpx.Response) -> httpx.Response:
        """`response`, the call's answer, also kept for `with_raw_response` inside a capture."""
        options = self.options
        if options is not None and (sink := options.sink) is not None:
            sink.response = response
        return response

    def _begin(self, now: float) -> None:
        self._begun = True
        if self.budget is not None:
            self.ends = now + self.budget

    def left(self) -> float | None:
        """Seconds left of the whole call, None without a deadline."""
        if not self._begun:
            self._begin(time.monotonic())
        return None if self.ends is None else self.ends - time.monotonic()

    def fits(self, wait: float) -> bool:
        """Whether waiting `wait` seconds still leaves time for another attempt."""
        left = self.left()
        return left is None or wait < left

    def start_attempt(self, policy: RetryPolicy) -> deadline.Deadline | None:
        """The deadline of the next attempt (the call's, or `attempt_timeout` if sooner)."""
        now = time.monotonic()
        if not self._begun:
            self._begun = True
            if self.budget is not None:
                self.ends = now + self.budget
            if self._plain and policy.attempt_timeout is None and not self.uploading:
                # The whole budget is left, and no timeout is longer: each stays as it is.
                return deadline.Deadline(now + self.budget) if self.budget is not None else None
        ends = self.ends
        if policy.attempt_timeout is not None:
            attempt_ends = now + policy.attempt_timeout
            ends = attempt_ends if ends is None else min(ends, attempt_ends)
        if ends is None:
            return None
        left = max(0.0, ends - now)
        uploading = self.uploading
        # Per-operation httpx timeouts no longer than what is left (the pool wait in particular).
        if uploading:
            self.request.extensions["timeout"] = {
                name: value if name == "write" else (left if value is None else min(value, left))
                for name, value in self.timeouts.items()
            }
        else:
            self.request.extensions["timeout"] = {
                name: left if value is None or value > left else value
                for name, value in self.timeouts.items()
            }
        return deadline.Deadline(ends, excludes_sending=uploading)


class PowerPostTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Paces, retries, bounds and maps errors around an inner `HTTPTransport` / `AsyncHTTPTransport`.

    `max_response_bytes` caps the size of a response body (default 32 MiB, far above any PowerPost
    JSON answer): a larger one raises `ResponseTooLargeError` without the rest being read.
    """

    def __init__(
        self,
        *,
        sync_inner: httpx.BaseTransport | None = None,
        async_inner: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        pacer: Pacer | None = None,
        pacing: bool = True,
        base_path: str = "",
        sleep: Callable[[float], None] = time.sleep,
        asleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        verify: bool | str = True,
        limits: httpx.Limits = DEFAULT_LIMITS,
        max_response_bytes: int = response_body.DEFAULT_MAX_RESPONSE_BYTES,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._inner = _Inner(sync_inner, async_inner, verify, limits)
        self.policy = policy or RetryPolicy()
        self.pacer = pacer or Pacer()
        self._pacing = pacing
        self._base_path = base_path.rstrip("/")
        self._sleep = sleep
        self._asleep = asleep
        self._wall_clock = wall_clock
        self.max_response_bytes = max_response_bytes
        # A `Pacer` as is reads the rate-limit headers from the header scan's raw bytes (`observe_found`).
        kind = type(self.pacer)
        self._raw_pacing = kind.observe is Pacer.observe
        # A pacer keeping its windows in memory (its async methods only call the sync ones) is called
        # directly by the async loop, sparing a coroutine per await; a shared pacer is awaited.
        self._local_pacer = kind.ahold is Pacer.ahold and kind.aobserve is Pacer.aobserve
        self._owner = True

    def sibling(
        self, *, policy: RetryPolicy | None = None, max_response_bytes: int | None = None
    ) -> PowerPostTransport:
        """A view sharing the connection pool and pacer (optionally with another policy or size cap).

        Closing a sibling leaves the shared pool open; only the original transport closes it.
        """
        twin = object.__new__(PowerPostTransport)
        twin.__dict__.update(self.__dict__)
        twin.policy = policy or self.policy
        if max_response_bytes is not None:
            twin.max_response_bytes = max_response_bytes
        twin._owner = False
        return twin

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` and read its body; hold it while its window is used up; retry what is safe."""
        return sync_loop.send(self, _Call(request, operations.resolve(request, self._base_path), self.policy))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """`handle_request` for `httpx.AsyncClient`."""
        return await async_loop.send(
            self, _Call(request, operations.resolve(request, self._base_path), self.policy)
        )

    def close(self) -> None:
        """Close the connection pool (only when this is the original transport)."""
        if self._owner:
            self._inner.close()
            self.pacer.close()

    async def aclose(self) -> None:
        """Close the async connection pool (only when this is the original transport)."""
        if self._owner:
            await self._inner.aclose()
            await self.pacer.aclose()

    # -- shared decisions (no I/O: the sync and async loops only differ in how they wait) -----------

    def _bounded_hold(self, call: _Call, hold: float) -> float:
        if hold > 0 and not call.fits(hold):
            # Holding would outlast the call's deadline: send now and let the server decide (a 429
            # then names its own wait, and the call ends with a typed error in time).
            logger.debug("Not holding %s for %.2fs: past the call's deadline", call.op.key, hold)
            return 0.0
        if hold > 0:
            logger.debug("Holding %s for %.2fs until its rate-limit window resets", call.op.key, hold)
        return hold

    def _observe(
        self, pacer: Pacer, call: _Call, found: dict[bytes, bytes] | None, headers: httpx.Headers
    ) -> None:
        """Give a pacer that keeps its windows in memory the response's rate-limit headers (from the raw
        scan when it is a plain `Pacer` and there is one)."""
        if found is not None and self._raw_pacing:
            pacer.observe_found(call.op.key, found, headers)
        else:
            pacer.observe(call.op.key, self._wanted(found, headers))

    def _shown(
        self, call: _Call, response: httpx.Response, found: dict[bytes, bytes] | None
    ) -> tuple[dict[bytes, bytes] | None, httpx.Headers]:
        """The response's header scan and the headers the call may show (to the pacer, logs, errors,
        user).

        The scan is kept, and the headers are the response's own, unless a header value may hold the key
        (or a name repeats: no scan): then the scan is dropped and the headers are a copy scrubbed the
        exact way.
        """
        needle = call.needles
        # A hit may straddle two values joined here: then the exact, per-value scrub decides.
        if needle is not None and found is not None and needle[0] in b"\n".join(found.values()):
            found = None
        return found, response.headers if found is not None else scrub_headers(response.headers, call.secret)

    @staticmethod
    def _wanted(found: dict[bytes, bytes] | None, headers: httpx.Headers) -> dict[str, str]:
        """The headers the pacer reads: from the scan when there is one, else from `headers` (scrubbed)."""
        return read_headers(headers) if found is None else header_scan.pacing(found, headers)

    def _outcome(
        self,
        call: _Call,
        response: httpx.Response,
        content: bytes,
        found: dict[bytes, bytes] | None,
        headers: httpx.Headers,
    ) -> httpx.Response | float:
        """The response to hand back (2xx, read and scrubbed), or the wait before retrying; raises errors.

        `found` and `headers`: what `_shown` gives for the response.
        """
        request = call.request
        status = response.status_code
        if status < 400:
            if logger.isEnabledFor(logging.DEBUG):
                _log_response(request, status, headers)
            needle = call.needles
            if needle is not None and needle[1] in content:
                content = scrub_body(content, needle[1])
            return call.answered(response_body.buffered(response, content, headers, request))
        if status == 404 and request.method == "DELETE" and call.may_have_acted:
            return call.answered(_deleted_before(call, headers))
        error = error_from_response(
            status,
            headers,
            content,
            secret=call.secret,
            request=safe_request(request, call.secret),
            operation=call.op.operation_id,
            sent=_json_sent(request),
        )
        _log_error_response(request, error)
        delay = self._retry_delay(error, call)
        if delay is None:
            raise error
        if status >= 500:
            call.may_have_acted = True
        _log_retry(call, delay, call.policy, _reason(error), error.request_id)
        return delay

    def _delay_after_exception(
        self, call: _Call, exc: httpx.RequestError, response: httpx.Response | None
    ) -> float:
        """The wait before retrying after a transport or body failure; raises `APIConnectionError` if none."""
        delay = call.policy.delay_after_exception(
            exc, attempt=call.attempt, side_effect=call.op.side_effect, waited=call.waited
        )
        if delay is not None and not call.fits(delay):
            delay = None
        if delay is None:
            raise _connection_error(call, exc, response) from _scrubbed(exc, call)
        if not isinstance(exc, NOT_SENT_ERRORS):
            call.may_have_acted = True
        _log_retry(call, delay, call.policy, type(exc).__name__, _request_id(response, call))
        return delay

    def _failed(self, call: _Call, exc: Exception, response: httpx.Response | None) -> APIConnectionError:
        """An `APIConnectionError` for a failure below httpx that it does not map to its own errors (a socket
        refusing a value, a broken custom transport), instead of that exception reaching the caller raw or
        being taken for a bad response body. Never retried: its cause may recur, and the request may have
        been sent. The API key is scrubbed from the exception, which stays the error's `__cause__`."""
        secret = call.secret
        if secret and any(secret in str(arg) for arg in exc.args):
            exc.args = tuple(scrub_text(str(arg), secret) for arg in exc.args)
        return _connection_error(call, exc, response)

    def _retry_delay(self, error: APIStatusError, call: _Call) -> float | None:
        requested = requested_seconds(error.headers, error.error, now=self._wall_clock())
        if requested is None and error.status_code == 429:
            requested = self.pacer.reset_wait(error.headers)
        delay = call.policy.delay_after_error(
            error,
            attempt=call.attempt,
            side_effect=call.op.side_effect,
            waited=call.waited,
            requested=requested,
        )
        if delay is not None and not call.fits(delay):
            logger.info(
                "Not retrying %s %s: the %.2fs wait would end past the call's deadline",
                call.request.method,
                call.request.url.path,
                delay,
            )
            return None
        return delay

    def _too_large(
        self, call: _Call, response: httpx.Response, exc: response_body.BodyTooLarge
    ) -> ResponseTooLargeError:
        request_id = _request_id(response, call)
        how = "declares" if exc.declared else "went past"
        return ResponseTooLargeError(
            f"The HTTP {response.status_code} response to {call.request.method} {call.request.url.path} "
            f"{how} {exc.size} bytes, more than max_response_bytes={exc.limit}; the rest was not read "
            f"(request id {request_id})",
            status_code=response.status_code,
            request_id=request_id,
            limit=exc.limit,
        )


def _json_sent(request: httpx.Request) -> bytes:
    """The JSON body sent, for an error's hint (b"" for an upload's stream, which is never read twice)."""
    if request.headers.get("content-type") != "application/json":
        return b""
    return request.content


def _request_id(response: httpx.Response | None, call: _Call) -> str | None:
    if response is None:
        return None
    value = response.headers.get("x-request-id")
    return None if value is None else scrub_text(value, call.secret)


def _scrubbed(exc: httpx.RequestError, call: _Call) -> httpx.RequestError:
    """The httpx exception, its `request` swapped for a copy without the key (it becomes `__cause__`)."""
    with contextlib.suppress(RuntimeError):  # an exception raised without a request has none
        exc.request = safe_request(exc.request, call.secret)
    return exc


def _deleted_before(call: _Call, headers: httpx.Headers) -> httpx.Response:
    """Success for a DELETE whose earlier attempt may have deleted the entry and whose retry finds none.

    Every PowerPost DELETE answers `{"success": true}`; the 404 only shows the earlier attempt worked.
    """
    logger.info(
        "%s %s answered 404 after an attempt with an unknown outcome: the earlier attempt deleted it",
        call.request.method,
        call.request.url.path,
    )
    kept = [
        (k, v)
        for k, v in headers.raw
        if k.lower() not in (b"content-length", b"content-type", b"content-encoding")
    ]
    return httpx.Response(200, headers=kept, json={"success": True}, request=call.request)


def _connection_error(call: _Call, exc: Exception, response: httpx.Response | None) -> APIConnectionError:
    request = call.request
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    not_sent = isinstance(exc, NOT_SENT_ERRORS)
    if response is not None:
        stage = f"reading the body of the HTTP {response.status_code} response"
    elif not_sent:
        stage = "connecting"
    else:
        stage = "waiting for the response"
    detail = scrub_text(str(exc), call.secret) or "no detail"
    message = f"{type(exc).__name__} while {stage} to {request.method} {request.url.path}: {detail}"
    left = call.left()
    if isinstance(exc, httpx.TimeoutException) and left is not None and left <= 0.05 and call.budget:
        message += f" (the call's deadline of {call.budget:g} s passed)"
    if call.op.side_effect and not not_sent:
        message += (
            "; the request reached the server, so PowerPost may have acted on it (for example charged "
            "credits or created the object): the outcome is unknown and the SDK did not retry. Check "
            "before repeating the call"
        )
    elif call.attempt:
        message += f" (after {call.attempt + 1} attempts)"
    request_id = _request_id(response, call)
    if request_id:
        message += f"; request id {request_id}"
    return cls(
        message,
        request=safe_request(request, call.secret),
        request_id=request_id,
        outcome_unknown=not not_sent,
    )


def _reason(error: APIStatusError) -> str:
    return f"{error.status_code} {error.code or 'UNKNOWN'}"


def _log_retry(call: _Call, delay: float, policy: RetryPolicy, reason: str, request_id: str | None) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info(
        "Retrying %s %s in %.2fs (retry %d of %d) after %s; request id %s",
        call.request.method,
        call.request.url.path,
        delay,
        call.attempt + 1,
        policy.max_retries,
        reason,
        request_id,
    )


def _log_error_response(request: httpx.Request, error: APIStatusError) -> None:
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s -> %d %s: %s; request id %s",
            request.method,
            request.url.path,
            error.status_code,
            error.code or "UNKNOWN",
            error.message,
            error.request_id,
        )


def _log_response(request: httpx.Request, status: int, headers: httpx.Headers) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d; request id %s",
            request.method,
            request.url.path,
            status,
            headers.get("x-request-id"),
        )
