"""Seeded fault injection, off by default.

Per API request one number is drawn from a `random.Random(seed)`: below `fault_500_rate` the request
answers 500 INTERNAL_ERROR *before* it is handled (no side effect); in the next `fault_429_rate` it answers
429 RATE_LIMIT_EXCEEDED before handling; in the next `fault_drop_rate` it is handled (the side effect
happens and is in the ledger) and then the connection is closed without a response. `fault_latency`
seconds are added to every request. The same seed and request sequence give the same faults.
"""

from __future__ import annotations

import random

import attrs


@attrs.define
class FaultConfig:
    """The rates and latency in force."""

    error_500: float = 0.0
    rate_429: float = 0.0
    drop: float = 0.0
    latency: float = 0.0
    seed: int = 0


class FaultInjector:
    """Draws the fault (if any) of each request."""

    def __init__(self, config: FaultConfig) -> None:
        self.configure(config)

    def configure(self, config: FaultConfig) -> None:
        """New rates, and a fresh generator from the seed."""
        self.config = config
        self._random = random.Random(config.seed)
        self.active = config.error_500 > 0 or config.rate_429 > 0 or config.drop > 0

    def draw(self) -> str | None:
        """`"error_500"`, `"rate_429"`, `"drop_after"` or None."""
        if not self.active:
            return None
        roll = self._random.random()
        for name, rate in (
            ("error_500", self.config.error_500),
            ("rate_429", self.config.rate_429),
            ("drop_after", self.config.drop),
        ):
            if roll < rate:
                return name
            roll -= rate
        return None
