"""Fixed-window rate limiting per key and operation, on the mock clock (advance it to open a new window)."""

from __future__ import annotations

import math

import attrs


@attrs.frozen
class RateLimitVerdict:
    """The numbers of the `X-RateLimit-*` headers and whether the request may go on."""

    allowed: bool
    limit: int
    remaining: int
    reset: int
    retry_after: int

    def headers(self) -> list[tuple[bytes, bytes]]:
        """The three `X-RateLimit-*` headers."""
        return [
            (b"x-ratelimit-limit", str(self.limit).encode()),
            (b"x-ratelimit-remaining", str(self.remaining).encode()),
            (b"x-ratelimit-reset", str(self.reset).encode()),
        ]


class RateLimiter:
    """Counts accepted requests per (key, operation) in windows aligned to multiples of `window`."""

    def __init__(self, limit: int, window: float, overrides: dict[str, int] | None = None) -> None:
        self.configure(limit, window, overrides or {})
        self._counts: dict[tuple[str, str], tuple[float, int]] = {}

    def configure(self, limit: int, window: float, overrides: dict[str, int]) -> None:
        """Change the limits; running windows keep their counts."""
        self.limit = max(0, limit)
        self.window = max(0.001, window)
        self.overrides = dict(overrides)

    def reset(self) -> None:
        """Forget every count."""
        self._counts.clear()

    def _state(self, key: str, operation: str, now: float) -> tuple[int, float, int]:
        limit = self.overrides.get(operation, self.limit)
        start = math.floor(now / self.window) * self.window
        window_start, count = self._counts.get((key, operation), (start, 0))
        if window_start != start:
            count = 0
        return limit, start, count

    def _verdict(self, allowed: bool, limit: int, start: float, count: int, now: float) -> RateLimitVerdict:
        end = start + self.window
        return RateLimitVerdict(
            allowed=allowed,
            limit=limit,
            remaining=max(0, min(limit, limit - count)),
            reset=math.ceil(end),
            retry_after=max(1, math.ceil(end - now)),
        )

    def hit(self, key: str, operation: str, now: float) -> RateLimitVerdict:
        """Count one request if the window has room; otherwise a verdict with `allowed=False`."""
        limit, start, count = self._state(key, operation, now)
        if count >= limit:
            return self._verdict(False, limit, start, count, now)
        self._counts[(key, operation)] = (start, count + 1)
        return self._verdict(True, limit, start, count + 1, now)

    def peek(self, key: str, operation: str, now: float) -> RateLimitVerdict:
        """The headers' numbers without counting (for answers given before the caller is known)."""
        limit, start, count = self._state(key, operation, now)
        return self._verdict(True, limit, start, count, now)
