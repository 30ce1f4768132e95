"""The overlay tests' harness: one scenario on `PowerPost` and `AsyncPowerPost` (fixtures `api`, `router`)."""

from __future__ import annotations

from tests.overlays.conftest import api, clock, make_api, router  # noqa: F401 (fixtures, found by name)
