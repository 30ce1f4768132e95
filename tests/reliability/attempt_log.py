"""An inner transport that logs every HTTP attempt under the client call that made it.

A failure while the body is read (reset, stall, cut short) replaces the attempt's entry with one that
names the exception, so the audit sees that the request reached the server.

The workload sets CURRENT_CALL before each SDK call; contextvars follow both threads (one context each)
and asyncio tasks (a copy each), so every attempt, retries included, lands under the right call.
"""

from __future__ import annotations

import contextvars
import threading
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import attrs
import httpx
from powerpost import _deadline as deadline

CURRENT_CALL: contextvars.ContextVar[int | None] = contextvars.ContextVar("current_call", default=None)


@attrs.frozen
class Attempt:
    """One request on the wire: its status, or the transport exception that ended it."""

    method: str
    path: str
    status: int | None
    exception: str | None


class AttemptLog(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sync and async inner transport over real sockets that records attempts per call id."""

    def __init__(self) -> None:
        # Real sockets under the SDK's deadline, as the client's own inner transports have.
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        deadline.install(self._sync)
        deadline.install(self._async)
        self._lock = threading.Lock()
        self.attempts: defaultdict[int | None, list[Attempt]] = defaultdict(list)

    def _record(
        self, request: httpx.Request, status: int | None, exception: BaseException | None
    ) -> Callable[[BaseException], None]:
        attempt = Attempt(
            request.method, request.url.path, status, type(exception).__name__ if exception else None
        )
        call = CURRENT_CALL.get()
        with self._lock:
            entries = self.attempts[call]
            entries.append(attempt)
            index = len(entries) - 1

        def body_failed(exc: BaseException) -> None:
            with self._lock:
                entries[index] = attrs.evolve(attempt, exception=f"{type(exc).__name__} (body)")

        return body_failed

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send over the real sync transport and log the attempt."""
        try:
            response = self._sync.handle_request(request)
        except Exception as exc:
            self._record(request, None, exc)
            raise
        on_failure = self._record(request, response.status_code, None)
        response.stream = _WatchedStream(response.stream, on_failure)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send over the real async transport and log the attempt."""
        try:
            response = await self._async.handle_async_request(request)
        except Exception as exc:
            self._record(request, None, exc)
            raise
        on_failure = self._record(request, response.status_code, None)
        response.stream = _WatchedStream(response.stream, on_failure)
        return response

    def close(self) -> None:
        """Close the sync transport."""
        self._sync.close()

    async def aclose(self) -> None:
        """Close the async transport."""
        await self._async.aclose()


class _WatchedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response stream that reports an exception raised while it is read."""

    def __init__(self, inner: Any, on_failure: Callable[[BaseException], None]) -> None:
        self._inner = inner
        self._on_failure = on_failure

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except Exception as exc:
            self._on_failure(exc)
            raise

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:
            self._on_failure(exc)
            raise

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()
