"""Fake time for code that builds its own `PowerPost`: a subclass whose waits move the mock's clock."""

from __future__ import annotations

from typing import Any

import httpx
from powerpost import PowerPost


def mock_clock_sleep(base_url: str) -> Any:
    """A `sleep` that advances the clock of the mock serving `base_url` (…/api/v1) instead of sleeping."""
    root = base_url.removesuffix("/api/v1")

    def advance(seconds: float) -> None:
        httpx.post(f"{root}/_mock/clock/advance", json={"seconds": seconds}, timeout=10).raise_for_status()

    return advance


class FakeTimePowerPost(PowerPost):
    """`PowerPost` as a user writes it, except that waiting advances the mock clock (no real sleeping)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Rebuild with the same settings now that the base URL (argument or environment) is known.
        kwargs.setdefault("sleep", mock_clock_sleep(self.base_url))
        super().__init__(*args, **kwargs)
