"""The sync/async client harness of tests/overlays (respx router, fake clock), shared with the model tests."""

from tests.overlays.conftest import api, clock, router

__all__ = ["api", "clock", "router"]
