"""An inner transport that logs every HTTP attempt under the client call that made it.

The workload sets CURRENT_CALL before each SDK call; contextvars follow both threads (one context each)
and asyncio tasks (a copy each), so every attempt, retries included, lands under the right call.
"""

from __future__ import annotations

import contextvars
import threading
from collections import defaultdict

import attrs
import httpx

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
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self._lock = threading.Lock()
        self.attempts: defaultdict[int | None, list[Attempt]] = defaultdict(list)

    def _record(self, request: httpx.Request, status: int | None, exception: BaseException | None) -> None:
        attempt = Attempt(
            request.method, request.url.path, status, type(exception).__name__ if exception else None
        )
        with self._lock:
            self.attempts[CURRENT_CALL.get()].append(attempt)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send over the real sync transport and log the attempt."""
        try:
            response = self._sync.handle_request(request)
        except Exception as exc:
            self._record(request, None, exc)
            raise
        self._record(request, response.status_code, None)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send over the real async transport and log the attempt."""
        try:
            response = await self._async.handle_async_request(request)
        except Exception as exc:
            self._record(request, None, exc)
            raise
        self._record(request, response.status_code, None)
        return response

    def close(self) -> None:
        """Close the sync transport."""
        self._sync.close()

    async def aclose(self) -> None:
        """Close the async transport."""
        await self._async.aclose()
