"""Seeded fault injection, off by default.

Per API request one number is drawn from a `random.Random(seed)` and walks through the rates in order:

* `error_500`: 500 INTERNAL_ERROR *before* the request is handled (no side effect);
* `rate_429`: 429 RATE_LIMIT_EXCEEDED before handling;
* `drop_after`: handled (the side effect happens and is in the ledger), then the connection is closed
  without a response;
* `reset_body`: handled, then the 200's headers and half its body, then a TCP reset (RST);
* `truncate`: handled, then headers whose `Content-Length` is larger than the body sent, then a close;
* `stall_body`: handled, then headers and half the body, then nothing for `stall_seconds`, then a close;
* `drip_body`: handled, then the body one byte every `drip_interval` seconds (for at most
  `stall_seconds`, then a close).

The four body faults hit *after* the server acted, so a client cannot know the outcome: the soak uses
them to prove that no spending call is retried after one. `latency` seconds are added to every request.
The same seed and request sequence give the same faults. How a body fault is sent is
`http.faulty_body`.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ..settings import MockSettings

BODY_FAULTS = frozenset({"reset_body", "truncate", "stall_body", "drip_body"})


@attrs.define
class FaultConfig:
    """The rates and latency in force."""

    error_500: float = 0.0
    rate_429: float = 0.0
    drop: float = 0.0
    latency: float = 0.0
    seed: int = 0
    reset_body: float = 0.0
    truncate: float = 0.0
    stall_body: float = 0.0
    drip_body: float = 0.0
    stall_seconds: float = 5.0
    drip_interval: float = 0.05

    @classmethod
    def from_settings(cls, settings: MockSettings) -> FaultConfig:
        """The faults a `MockSettings` asks for."""
        return cls(
            error_500=settings.fault_500_rate,
            rate_429=settings.fault_429_rate,
            drop=settings.fault_drop_rate,
            latency=settings.fault_latency,
            seed=settings.seed,
            reset_body=settings.fault_body_reset_rate,
            truncate=settings.fault_truncate_rate,
            stall_body=settings.fault_stall_rate,
            drip_body=settings.fault_drip_rate,
            stall_seconds=settings.fault_stall_seconds,
            drip_interval=settings.fault_drip_interval,
        )

    def rates(self) -> tuple[tuple[str, float], ...]:
        """(fault, rate) in the order the draw walks them."""
        return (
            ("error_500", self.error_500),
            ("rate_429", self.rate_429),
            ("drop_after", self.drop),
            ("reset_body", self.reset_body),
            ("truncate", self.truncate),
            ("stall_body", self.stall_body),
            ("drip_body", self.drip_body),
        )


class FaultInjector:
    """Draws the fault (if any) of each request."""

    def __init__(self, config: FaultConfig) -> None:
        self.configure(config)

    def configure(self, config: FaultConfig) -> None:
        """New rates, and a fresh generator from the seed."""
        self.config = config
        self._random = random.Random(config.seed)
        self._rates = config.rates()
        self.active = any(rate > 0 for _, rate in self._rates)

    def draw(self) -> str | None:
        """`"error_500"`, `"rate_429"`, `"drop_after"`, one of `BODY_FAULTS`, or None."""
        if not self.active:
            return None
        roll = self._random.random()
        for name, rate in self._rates:
            if roll < rate:
                return name
            roll -= rate
        return None
