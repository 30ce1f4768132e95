"""The mock clock: wall time plus an offset that tests move forward, so nobody has to sleep."""

from __future__ import annotations

import time
from datetime import UTC, datetime


class MockClock:
    """Seconds since the epoch as the mock sees them; `advance` jumps ahead."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        """Current mock time (Unix seconds)."""
        return time.time() + self.offset

    def advance(self, seconds: float) -> float:
        """Move the clock forward (never back) and return the new time."""
        self.offset += max(0.0, seconds)
        return self.now()


def iso(ts: float) -> str:
    """ISO-8601 UTC with a `Z`, seconds precision, as PowerPost writes timestamps."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
