"""The mock clock: wall time plus an offset that tests move forward, so nobody has to sleep."""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime
from email.utils import formatdate
from functools import lru_cache

# How far the clock may run ahead in all: a century keeps every timestamp (plus any job delay) a valid date.
MAX_OFFSET_SECONDS = 100 * 365.25 * 86400


class MockClock:
    """Seconds since the epoch as the mock sees them; `advance` jumps ahead."""

    def __init__(self) -> None:
        self.offset = 0.0

    def reset(self) -> None:
        """Back to wall time."""
        self.offset = 0.0

    def now(self) -> float:
        """Current mock time (Unix seconds)."""
        return time.time() + self.offset

    def advance(self, seconds: float) -> float:
        """Move the clock forward and return the new time.

        Raises ValueError, the clock unchanged, for a negative or non-finite step (time never runs back)
        or one that would take the clock more than `MAX_OFFSET_SECONDS` ahead of wall time."""
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ValueError(f"seconds: must be a number, not {type(seconds).__name__}")
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"seconds: must be a finite number >= 0, not {seconds}")
        if self.offset + seconds > MAX_OFFSET_SECONDS:
            raise ValueError(f"seconds: the clock may run at most {MAX_OFFSET_SECONDS:.0f} s ahead in all")
        self.offset += seconds
        return self.now()


class HttpDate:
    """`Date` header values of mock times; a value holds for a whole second, so it is formatted once."""

    def __init__(self) -> None:
        self._second: int | None = None
        self._value = b""

    def __call__(self, ts: float) -> bytes:
        """The IMF-fixdate of `ts` (seconds precision), as bytes for an ASGI header."""
        second = int(ts)
        if second != self._second:
            self._value = formatdate(second, usegmt=True).encode()
            self._second = second
        return self._value


# A job's timestamps are rendered again on every poll of it.
@lru_cache(maxsize=4096)
def iso(ts: float) -> str:
    """ISO-8601 UTC with a `Z`, seconds precision, as PowerPost writes timestamps."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
