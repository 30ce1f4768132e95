"""The sync/async client harness of tests/overlays (respx router, fake clock), shared with the page tests."""

from tests.overlays.conftest import api, clock, make_api, router

__all__ = ["api", "clock", "make_api", "router"]
