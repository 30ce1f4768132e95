"""The httpx transport under the generated client: pacing, retries and typed errors.

It sits at the seam the generator leaves open (`httpx_args={"transport": ...}`) and is both a sync
and an async transport, because the generated client hands the same object to `httpx.Client` and
`httpx.AsyncClient`. Errors are raised here, before the generated `_parse_response` runs, so the
generated functions only ever see 2xx responses.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

import httpx

from . import operations
from .errors import APIConnectionError, APIStatusError, APITimeoutError, error_from_response
from .operations import Operation
from .pacing import Pacer
from .response_info import read_headers
from .retry import RetryPolicy, requested_wait

logger = logging.getLogger("powerpost")

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
# A misbehaving clock or header must not hold a request forever: a few holds, then send anyway.
_MAX_HOLDS = 3


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
        return self._sync

    def async_(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport(verify=self._verify, limits=self._limits)
        return self._async

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


class PowerPostTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Paces, retries and maps errors around an inner `HTTPTransport` / `AsyncHTTPTransport`."""

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
    ) -> None:
        self._inner = _Inner(sync_inner, async_inner, verify, limits)
        self.policy = policy or RetryPolicy()
        self.pacer = pacer or Pacer()
        self._pacing = pacing
        self._base_path = base_path.rstrip("/")
        self._sleep = sleep
        self._asleep = asleep
        self._owner = True

    def sibling(self, *, policy: RetryPolicy | None = None) -> PowerPostTransport:
        """A view sharing the connection pool and pacer (optionally with another retry policy).

        Closing a sibling leaves the shared pool open; only the original transport closes it.
        """
        twin = object.__new__(PowerPostTransport)
        twin.__dict__.update(self.__dict__)
        twin.policy = policy or self.policy
        twin._owner = False
        return twin

    # -- sync -----------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`, holding it while its window is exhausted and retrying what is safe."""
        op = operations.resolve(request, self._base_path)
        inner = self._inner.sync()
        attempt, waited = 0, 0.0
        while True:
            if self._pacing:
                for _ in range(_MAX_HOLDS):
                    hold = self._hold(op)
                    if hold <= 0:
                        break
                    self._sleep(hold)
            try:
                response = inner.handle_request(request)
            except httpx.TransportError as exc:
                delay = self._delay_after_exception(exc, op, request, attempt, waited)
            else:
                if self._accepted(op, request, response):
                    return response
                try:
                    response.read()
                finally:
                    response.close()
                delay = self._delay_after_status(op, request, response, attempt, waited)
            self._sleep(delay)
            waited += delay
            attempt += 1

    def close(self) -> None:
        """Close the connection pool (only when this is the original transport)."""
        if self._owner:
            self._inner.close()
            self.pacer.close()

    # -- async ----------------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """The async twin of `handle_request`, with the same decisions."""
        op = operations.resolve(request, self._base_path)
        inner = self._inner.async_()
        attempt, waited = 0, 0.0
        while True:
            if self._pacing:
                for _ in range(_MAX_HOLDS):
                    hold = await self._ahold(op)
                    if hold <= 0:
                        break
                    await self._asleep(hold)
            try:
                response = await inner.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = self._delay_after_exception(exc, op, request, attempt, waited)
            else:
                if self._pacing:
                    await self.pacer.aobserve(op.key, read_headers(response.headers))
                if self._accepted(op, request, response, observe=False):
                    return response
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                delay = self._delay_after_status(op, request, response, attempt, waited)
            await self._asleep(delay)
            waited += delay
            attempt += 1

    async def aclose(self) -> None:
        """Close the async connection pool (only when this is the original transport)."""
        if self._owner:
            await self._inner.aclose()
            await self.pacer.aclose()

    # -- shared decisions (no I/O: the sync and async loops above only differ in how they wait) ----

    def _hold(self, op: Operation) -> float:
        hold = self.pacer.hold(op.key)
        if hold > 0:
            logger.debug("Holding %s for %.2fs until its rate-limit window resets", op.key, hold)
        return hold

    async def _ahold(self, op: Operation) -> float:
        # A shared pacer awaits its store here instead of blocking the event loop.
        hold = await self.pacer.ahold(op.key)
        if hold > 0:
            logger.debug("Holding %s for %.2fs until its rate-limit window resets", op.key, hold)
        return hold

    def _accepted(
        self, op: Operation, request: httpx.Request, response: httpx.Response, *, observe: bool = True
    ) -> bool:
        """Record the response's rate-limit headers; True when it is a success to hand back."""
        if self._pacing and observe:
            self.pacer.observe(op.key, read_headers(response.headers))
        if response.status_code < 400:
            _log_response(request, response)
            return True
        return False

    def _delay_after_status(
        self, op: Operation, request: httpx.Request, response: httpx.Response, attempt: int, waited: float
    ) -> float:
        """The wait before retrying a (read) error response; raises its typed error when not retried."""
        error = _error(request, response)
        delay = self._retry_delay(error, op, attempt, waited)
        if delay is None:
            raise error
        _log_retry(op, request, delay, attempt, self.policy, _reason(error), error.request_id)
        return delay

    def _delay_after_exception(
        self, exc: httpx.TransportError, op: Operation, request: httpx.Request, attempt: int, waited: float
    ) -> float:
        """The wait before retrying after a transport failure; raises `APIConnectionError` when not."""
        delay = self.policy.delay_after_exception(
            exc, attempt=attempt, side_effect=op.side_effect, waited=waited
        )
        if delay is None:
            raise _connection_error(exc, request) from exc
        _log_retry(op, request, delay, attempt, self.policy, type(exc).__name__, None)
        return delay

    def _retry_delay(self, error: APIStatusError, op: Operation, attempt: int, waited: float) -> float | None:
        requested = requested_wait(error)
        if requested is None and error.status_code == 429:
            requested = self.pacer.reset_wait(error.headers)
        return self.policy.delay_after_error(
            error, attempt=attempt, side_effect=op.side_effect, waited=waited, requested=requested
        )


def _error(request: httpx.Request, response: httpx.Response) -> APIStatusError:
    return error_from_response(
        response.status_code, response.headers, response.content, secret=request.headers.get("x-api-key")
    )


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or "no detail"
    return cls(f"{type(exc).__name__} on {request.method} {request.url.path}: {detail}", request=request)


def _reason(error: APIStatusError) -> str:
    return f"{error.status_code} {error.code or 'UNKNOWN'}"


def _log_retry(
    op: Operation,
    request: httpx.Request,
    delay: float,
    attempt: int,
    policy: RetryPolicy,
    reason: str,
    request_id: str | None,
) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info(
        "Retrying %s %s in %.2fs (retry %d of %d) after %s; request id %s",
        request.method,
        request.url.path,
        delay,
        attempt + 1,
        policy.max_retries,
        reason,
        request_id,
    )


def _log_response(request: httpx.Request, response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d; request id %s",
            request.method,
            request.url.path,
            response.status_code,
            response.headers.get("x-request-id"),
        )
