"""Client-side pacing from the `X-RateLimit-*` headers, so a steady workload never meets a 429.

Each response tells how many requests its operation has left in the current window and when the
window resets. When nothing remains, the next request of that operation is held until the reset.
One pacer is shared by every thread, task and `with_workspace` sibling of a client.

`X-RateLimit-Reset` is Unix seconds on the *server's* clock. The wait is measured against local wall
time, which has sub-second precision, and then turned into a deadline on the local monotonic clock.
The `Date` header only has whole seconds (measuring against it overshoots every hold by the fraction
of a second already gone), so it is used only when it shows the local clock is clearly off.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

import attrs
import httpx

from . import _header_scan as header_scan
from ._retry_after import http_date

# Above this many remaining requests, slots are counted without the lock: a lost decrement under a
# thread race only makes the estimate optimistic by one, and the next response corrects it.
_LOCK_FREE_MARGIN = 8
# How far `Date` may be from local wall time before the local clock is taken to be wrong: more than
# the header's one-second truncation plus a generous network delay.
MAX_CLOCK_SKEW = 2.0


@attrs.define
class _Window:
    remaining: int
    reset_raw: int
    reset_at: float


class Pacer:
    """Holds requests of an operation whose rate-limit window is exhausted, until it resets."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        max_hold: float = 60.0,
    ) -> None:
        self._clock = clock
        self._wall_clock = wall_clock
        self._max_hold = max_hold
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()

    def hold(self, key: str) -> float:
        """Seconds to wait before sending a request of `key` (0: send now, a slot is reserved)."""
        window = self._windows.get(key)
        if window is None:
            return 0.0
        if window.remaining > _LOCK_FREE_MARGIN:
            window.remaining -= 1
            return 0.0
        with self._lock:
            window = self._windows.get(key)
            if window is None:
                return 0.0
            now = self._clock()
            if now >= window.reset_at:
                # A fresh window: its size is unknown until the next response says so.
                del self._windows[key]
                return 0.0
            if window.remaining > 0:
                window.remaining -= 1
                return 0.0
            wait = window.reset_at - now
            # A reset that far away is more likely a bogus header than a real window: let the server decide.
            return wait if wait <= self._max_hold else 0.0

    def observe(self, key: str, headers: Mapping[str, str]) -> None:
        """Record the rate-limit headers of a response of `key`."""
        remaining_text = headers.get("x-ratelimit-remaining")
        reset_text = headers.get("x-ratelimit-reset")
        if remaining_text is None or reset_text is None:
            return
        try:
            remaining, reset_raw = int(remaining_text), int(reset_text)
        except ValueError:
            return
        window = self._windows.get(key)
        if window is not None and window.reset_raw == reset_raw:
            # Same window: responses of requests still in flight must not give back reserved slots.
            if remaining < window.remaining:
                window.remaining = remaining
            return
        wait = self.seconds_until(reset_raw, headers)
        self._windows[key] = _Window(remaining, reset_raw, self._clock() + wait)

    def observe_found(self, key: str, found: dict[bytes, bytes], headers: httpx.Headers) -> None:
        """`observe(key, header_scan.pacing(found, headers))`, sparing the decoding on most responses.

        `found`: the response's headers by raw lower-case name (`header_scan.by_name`). A response of the
        window already known only lowers its count, read from the raw bytes; anything else (a new
        window, or values `int` reads only once decoded) takes `observe`.
        """
        remaining_raw = found.get(b"x-ratelimit-remaining")
        reset_raw = found.get(b"x-ratelimit-reset")
        if remaining_raw is None or reset_raw is None:
            return
        window = self._windows.get(key)
        if window is not None:
            try:
                remaining, reset = int(remaining_raw), int(reset_raw)
            except ValueError:
                pass
            else:
                if window.reset_raw == reset:
                    if remaining < window.remaining:
                        window.remaining = remaining
                    return
        self.observe(key, header_scan.pacing(found, headers))

    async def ahold(self, key: str) -> float:
        """`hold` for async clients (a shared pacer awaits its store here; this one has none)."""
        return self.hold(key)

    async def aobserve(self, key: str, headers: Mapping[str, str]) -> None:
        """`observe` for async clients."""
        self.observe(key, headers)

    def close(self) -> None:
        """Release what the pacer holds (nothing here; a shared pacer's connections)."""

    async def aclose(self) -> None:
        """`close` for async clients."""

    def seconds_until(self, reset_raw: int, headers: Mapping[str, str]) -> float:
        """Seconds from now until the server-clock instant `reset_raw`.

        Measured on local wall time, unless the `Date` header is more than `MAX_CLOCK_SKEW` seconds
        away from it: then the local clock is off and the server's `Date` is the better estimate.
        """
        server_now = self._wall_clock()
        date = _date_header(headers)
        if date is not None and abs(date - server_now) > MAX_CLOCK_SKEW:
            server_now = date
        return max(0.0, reset_raw - server_now)

    def reset_wait(self, headers: Mapping[str, str]) -> float | None:
        """Seconds until the window named by `X-RateLimit-Reset` resets, or None without the header."""
        reset_text = headers.get("x-ratelimit-reset")
        if reset_text is None:
            return None
        try:
            return self.seconds_until(int(reset_text), headers)
        except ValueError:
            return None


def _date_header(headers: Mapping[str, str]) -> float | None:
    return http_date(headers.get("date"))
