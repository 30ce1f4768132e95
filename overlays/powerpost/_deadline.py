"""Deadlines: `timeout` bounds a whole call, from the first connect to the last byte of the body.

httpx applies its timeouts to each network operation (connect, each read, each write), so a server that
drips one byte per read-timeout keeps a call alive for ever, headers or body. The transport sets the
deadline of the current attempt in a context variable (threads and asyncio tasks each see their own),
and a thin wrapper around httpcore's network backend cuts every connect, read and write short at it:
the socket wait is `min(httpx's per-operation timeout, time left)`, so a call ends within its deadline
plus scheduling noise, whatever the peer does.

The wrapper (`_async_deadline_backend.py` and its sync twin) is installed on the SDK's own inner
transports (`install`). An inner transport supplied by the caller (tests, `httpx.MockTransport`) is
bounded between body chunks only.

For media uploads the time spent *sending* the file does not count: a large video on a slow uplink is
bounded by httpx's write timeout per chunk, and the deadline applies to the rest (connect, waiting
for the answer, reading it).
"""

from __future__ import annotations

import contextvars
import math
import time
from collections.abc import Mapping

import attrs
import httpcore
import httpx


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


# `current()`: the deadline of the attempt running in this thread or task, if any. The transport runs
# each attempt under one: `enter(deadline)` sets it and returns a token, `leave(token)` in a `finally`
# undoes it. The context variable's own methods: no Python call around them on the hot path.
current = _current.get
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
    limits = limits_of(timeouts)
    _last_limits = (dict(timeouts or {}), limits)
    return limits


# Seconds from which a timeout means no limit (about 31.7 years): a socket refuses to wait longer than
# about 292 years (its timeout is held in nanoseconds), raising OverflowError, and infinity outright.
NO_LIMIT_FROM = 1e9


def unbounded_as_none(timeouts: Mapping[str, float | None]) -> dict[str, float | None]:
    """`timeouts` (an `httpx.Timeout`'s `as_dict()`) checked, each value of `NO_LIMIT_FROM` seconds or more
    (infinity too) as None, httpx's "no limit", which a socket accepts.

    Raises ValueError for a value that is not None or a positive number: a socket refuses a negative or
    NaN one, which would otherwise fail the call after it started, under a misleading error.
    """
    checked: dict[str, float | None] = {}
    for name, value in timeouts.items():
        if value is not None and not value > 0:  # NaN fails `> 0` too
            raise ValueError(
                f"timeout: {name}={value!r}: each httpx.Timeout value must be a positive number of seconds "
                "or None (no limit)"
            )
        checked[name] = None if value is not None and value >= NO_LIMIT_FROM else value
    return checked


def limits_of(timeouts: Mapping[str, float | None] | None) -> tuple[float | None, bool]:
    """`call_limits` worked out afresh (per-call options keep their own: the one-slot cache above holds
    the client's timeouts, which a call with other timeouts would otherwise push out twice)."""
    read = timeouts.get("read") if timeouts is not None else None
    if timeouts is None or read is None or read >= NO_LIMIT_FROM:  # no read limit: no deadline
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


def write_timeout(timeout: float | None) -> tuple[Deadline | None, float | None]:
    """The timeout of one write, and the deadline that time spent writing extends (uploads), if any."""
    deadline = _current.get()
    if deadline is not None and deadline.excludes_sending:
        return deadline, timeout
    return None, clamp(timeout, httpcore.WriteTimeout)


def install(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> bool:
    """Put the deadline wrapper under an httpx transport built by the SDK; False if its layout changed.

    httpx does not take a network backend as an argument, so this reaches into the pool it built; the
    hostile-server tests fail (dripped headers run past the deadline) if an httpx upgrade moves it.
    """
    # The wrappers import this module (`clamp`): imported here, once per transport, not at import time.
    from ._async_deadline_backend import AsyncDeadlineBackend
    from ._deadline_backend import DeadlineBackend

    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None or isinstance(backend, DeadlineBackend | AsyncDeadlineBackend):
        return backend is not None
    if isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = AsyncDeadlineBackend(backend)  # type: ignore[union-attr]
    else:
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return True
