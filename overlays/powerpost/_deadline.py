"""Deadlines: `timeout` bounds a whole call, from the first connect to the last byte of the body.

httpx applies its timeouts to each network operation (connect, each read, each write), so a server that
drips one byte per read-timeout keeps a call alive for ever, headers or body. The transport sets the
deadline of the current attempt in a context variable (threads and asyncio tasks each see their own),
and a thin wrapper around httpcore's network backend cuts every connect, read and write short at it:
the socket wait is `min(httpx's per-operation timeout, time left)`, so a call ends within its deadline
plus scheduling noise, whatever the peer does.

The wrapper is installed on the SDK's own inner transports (`install`). An inner transport supplied by
the caller (tests, `httpx.MockTransport`) is bounded between body chunks only.

For media uploads the time spent *sending* the file does not count: a large video on a slow uplink is
bounded by httpx's write timeout per chunk, and the deadline applies to the rest (connect, waiting
for the answer, reading it).
"""

# ruff: noqa: ASYNC109 - the `timeout` parameters are httpcore's network-backend interface

from __future__ import annotations

import contextvars
import math
import ssl
import time
import typing
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager

import attrs
import httpcore
import httpx

SOCKET_OPTION = typing.Any


@attrs.define
class Deadline:
    """The instant (on `time.monotonic`) the current attempt must end by."""

    at: float
    # Uploads: time spent writing the request body extends the deadline (see the module docstring).
    excludes_sending: bool = False

    def left(self) -> float:
        """Seconds left (negative once passed)."""
        return self.at - time.monotonic()


_current: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("powerpost_deadline", default=None)


# `current()`: the deadline of the attempt running in this thread or task, if any.
current = _current.get


@contextmanager
def bounded(deadline: Deadline | None) -> Iterator[None]:
    """Run the block (one attempt: send, headers, body) under `deadline`."""
    token = _current.set(deadline)
    try:
        yield
    finally:
        _current.reset(token)


# `bounded` for the transport's hot path: `enter(deadline)` sets it and returns a token; `leave(token)`
# in a `finally` undoes it. The context variable's own methods: no Python call around them per attempt.
enter = _current.set
leave = _current.reset


def call_budget(timeouts: Mapping[str, float | None] | None) -> float | None:
    """The whole-call budget of a request from its httpx timeouts: the largest of them.

    `timeout=2` gives 2 s for everything. `httpx.Timeout(60, connect=5)` gives 60 s, with connecting
    still limited to 5 s. No read timeout (`None`) means no deadline.
    """
    return call_limits(timeouts)[0]


def call_limits(timeouts: Mapping[str, float | None] | None) -> tuple[float | None, bool]:
    """`call_budget(timeouts)`, and whether every timeout is a number no longer than it (none is None
    or infinite): then, at the start of the call, no timeout needs shortening to the time left."""
    global _last_limits
    last_timeouts, limits = _last_limits
    if timeouts == last_timeouts:  # every call of a client has the same timeouts: work them out once
        return limits
    limits = _limits(timeouts)
    _last_limits = (dict(timeouts or {}), limits)
    return limits


def _limits(timeouts: Mapping[str, float | None] | None) -> tuple[float | None, bool]:
    if not timeouts or timeouts.get("read") is None:
        return None, False
    values = [v for v in timeouts.values() if v is not None and math.isfinite(v)]
    plain = all(v is not None and v != math.inf for v in timeouts.values())
    return (max(values), plain) if values else (None, False)


_last_limits: tuple[Mapping[str, float | None] | None, tuple[float | None, bool]] = (None, (None, False))


def clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout` shortened to the current deadline; raises `error` when the deadline has passed."""
    deadline = _current.get()
    if deadline is None:
        return timeout
    left = deadline.left()
    if left <= 0:
        raise error("timed out")
    return left if timeout is None else min(timeout, left)


def _write_timeout(timeout: float | None) -> tuple[Deadline | None, float | None]:
    deadline = _current.get()
    if deadline is not None and deadline.excludes_sending:
        return deadline, timeout
    return None, clamp(timeout, httpcore.WriteTimeout)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        extend, timeout = _write_timeout(timeout)
        started = time.monotonic()
        self._inner.write(buffer, timeout)
        if extend is not None:
            extend.at += time.monotonic() - started

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, clamp(timeout, httpcore.ConnectTimeout))
        return _Stream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, with every wait cut at the current deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, clamp(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        extend, timeout = _write_timeout(timeout)
        started = time.monotonic()
        await self._inner.write(buffer, timeout)
        if extend is not None:
            extend.at += time.monotonic() - started

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """httpcore's async network backend, with every wait cut at the current deadline."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SOCKET_OPTION] | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def install(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> bool:
    """Put the deadline wrapper under an httpx transport built by the SDK; False if its layout changed.

    httpx does not take a network backend as an argument, so this reaches into the pool it built; the
    hostile-server tests fail (dripped headers run past the deadline) if an httpx upgrade moves it.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None or isinstance(backend, DeadlineBackend | AsyncDeadlineBackend):
        return backend is not None
    if isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = AsyncDeadlineBackend(backend)  # type: ignore[union-attr]
    else:
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return True
