"""When to retry a failed request and how long to wait first.

Figures follow the Stainless clients (openai-python, anthropic-sdk-python): 2 retries, 0.5 s doubling
to 8 s with up to 25 % jitter, server-requested waits obeyed up to 60 s. Stricter than Stainless on
side effects: a call that spends credits, publishes or creates is retried only when the request
provably did not take effect (a 429, or a connection that failed before anything was sent). A failure
while reading the answer (reset, stall, cut-short or undecodable body) means the server got the request:
such a call is never retried.

Time budgets: the client's `timeout` is the deadline of the whole call (every attempt, every wait, the
body included). `attempt_timeout`, when set, also bounds each attempt, so that a stalled attempt
leaves time for a retry. A wait that would end past the call's deadline is not taken: the last error
is raised at once instead.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import attrs
import httpx

from ._errors import APIStatusError, RateLimitError

# The request never left this machine: safe to repeat any operation.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})


@attrs.frozen
class RetryPolicy:
    """Retry settings. `total_wait` bounds the sum of the waits spent on one call.

    `attempt_timeout` (seconds, None: no separate bound) limits each attempt; the client's `timeout`
    limits the whole call. Example: `timeout=30` with `RetryPolicy(attempt_timeout=8)` gives a stalled
    read three tries of at most 8 s each, all inside 30 s.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    total_wait: float = 120.0
    attempt_timeout: float | None = None
    jitter: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)

    def backoff(self, attempt: int) -> float:
        """The exponential wait before retry number `attempt + 1`, with jitter."""
        base = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return base * (1.0 - 0.25 * self.jitter())

    def delay_after_error(
        self,
        error: APIStatusError,
        *,
        attempt: int,
        side_effect: bool,
        waited: float,
        requested: float | None,
    ) -> float | None:
        """The wait before retrying after an HTTP error, or None when it must not be retried.

        `requested` is the wait the server asked for (see `powerpost._retry_after.requested_seconds`), if any.
        """
        if attempt >= self.max_retries:
            return None
        if isinstance(error, RateLimitError) or error.status_code == 429:
            delay = requested
            if delay is None:
                delay = self.backoff(attempt)
            elif delay > self.max_retry_after:
                return None
        elif error.status_code in RETRYABLE_STATUSES and not side_effect:
            delay = requested if requested is not None and requested <= self.max_retry_after else None
            if delay is None:
                delay = self.backoff(attempt)
        else:
            return None
        return delay if waited + delay <= self.total_wait else None

    def delay_after_exception(
        self, exc: httpx.HTTPError, *, attempt: int, side_effect: bool, waited: float
    ) -> float | None:
        """The wait before retrying after a transport or body failure, or None when it must not be retried."""
        if attempt >= self.max_retries:
            return None
        if side_effect and not isinstance(exc, NOT_SENT_ERRORS):
            return None
        delay = self.backoff(attempt)
        return delay if waited + delay <= self.total_wait else None
