"""`AsyncPowerPost`: the asyncio client. Its resources (`Resources`) are generated from the spec.

The source of `_client.py` (`PowerPost`), which scripts/unasync.py derives from it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Self, TypeVar

import httpx
from powerpost_api.types import Response, reset_drift_hook

from . import _operations as operations
from . import _request_encoding as request_encoding
from . import _request_options as request_options
from . import _waiters as waiters
from ._async_resources import Resources
from ._client_base import ClientBase, CoreBase, make_transport, resolve_settings
from ._errors import PowerPostError
from ._generated_client import PARSE_ERRORS, unparsable
from ._request_options import RequestOptions
from ._retry import RetryPolicy
from ._transport import DEFAULT_LIMITS

T = TypeVar("T")


class _Core(CoreBase[Callable[[float], Awaitable[None]]]):
    """The asyncio half of the core: sending a call and polling a job."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.skip_cookie_parsing(self.client.get_async_httpx_client())

    async def call(
        self,
        operation_id: str,
        fn: Callable[..., Coroutine[Any, Any, Response[Any]]],
        model: type[T],
        *args: Any,
        options: RequestOptions | None = None,
        **kw: Any,
    ) -> T:
        request_encoding.check_before_send(kw)
        # The marks live in this task's context, where the transport runs too.
        given = request_options.enter(options) if options else None
        token = operations.mark(operations.OPERATIONS[operation_id])
        recorder, drift_token = self.watch(operation_id)
        try:
            response = await fn(*args, client=self.client, **kw)
        except PowerPostError:
            raise
        except PARSE_ERRORS as exc:
            request_encoding.check_call_body(kw)  # a body httpx could not encode: nothing was sent
            raise unparsable(exc, operation=operation_id) from exc
        finally:
            operations.unmark(token)
            if given is not None:
                request_options.leave(given)
            if drift_token is not None:
                reset_drift_hook(drift_token)
        return self.finish(response, model, recorder)

    async def wait(
        self,
        what: str,
        fetch: Callable[[], Awaitable[T]],
        outcome: Callable[[T], waiters.Outcome],
        schedule: waiters.PollSchedule,
        timeout: float,  # noqa: ASYNC109 - measured on the injectable clock
        poll_interval: float | None,
        on_progress: Callable[[T], object] | None,
    ) -> T:
        return await waiters.async_wait_for(
            what,
            fetch,
            outcome,
            schedule=schedule,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            sleep=self.sleep,
            clock=self.clock,
        )


class AsyncPowerPost(Resources, ClientBase[_Core]):
    """The asyncio PowerPost API client.

    Settings not given are read from POWERPOST_API_KEY, POWERPOST_WORKSPACE_ID and POWERPOST_BASE_URL
    (default `https://powerpost.ai/api/v1`). Errors are raised as `powerpost` error classes; 429s,
    5xx on safe operations and connection failures are retried (`max_retries`, default 2); requests
    are paced from the rate-limit headers unless `pacing=False`; `pacing="redis://…"` (or the variable
    POWERPOST_PACING_URL) shares that pacing through Redis with every client on the key (see
    the README's *shared pacing* section). `timeout` is the deadline of a whole call (retries and body
    included; see `RetryPolicy` for the per-attempt bound) and `max_response_bytes` caps a response
    body (default 32 MiB). Responses that deviate from the spec are read as far as possible (missing
    fields read None); `strict=True` (or POWERPOST_STRICT=1) raises `UnexpectedResponseError` instead.
    `transport`, `sleep`, `clock` and `wall_clock` exist for tests (an inner httpx transport such as
    `httpx.MockTransport`, fake time).
    """

    def __init__(
        self,
        api_key: str | None = None,
        workspace_id: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        pacing: bool | str = True,
        strict: bool | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | str = True,
        limits: httpx.Limits = DEFAULT_LIMITS,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        max_response_bytes: int | None = None,
    ) -> None:
        config, policy = resolve_settings(
            api_key, workspace_id, base_url, timeout, max_retries, retry, max_response_bytes, strict=strict
        )
        power_transport = make_transport(
            config,
            policy,
            pacing=pacing,
            clock=clock,
            wall_clock=wall_clock,
            verify=verify,
            limits=limits,
            async_inner=transport,
            asleep=sleep,
        )
        self._attach(_Core(config, power_transport, sleep, clock))

    async def close(self) -> None:
        """Close the connection pool."""
        await self._core.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
