"""The mock's ``/_mock/`` admin surface, reached in-process or over HTTP; absent on the live API."""

from __future__ import annotations

import warnings
from typing import Any

import httpx

from contract_tests.support.targets import API_PREFIX, Target

with warnings.catch_warnings():
    # Starlette would rather drive httpx2, which this project does not pin; httpx works the same here.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


class MockAdmin:
    """Drives the mock behind a target (finish jobs, create keys and workspaces, lift limits)."""

    def __init__(self, target: Target) -> None:
        self._client: httpx.Client
        if target.app is not None:
            self._client = TestClient(target.app, base_url="http://testserver")
        else:
            root = target.base_url.removesuffix(API_PREFIX)
            self._client = httpx.Client(base_url=root, timeout=10.0)

    def post(self, path: str, payload: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """POST to ``/_mock/<path>``; the JSON answer, or None when the server has no such admin route."""
        response = self._client.post(f"/_mock/{path.lstrip('/')}", json=payload or {})
        if response.status_code in (404, 405):
            return None
        response.raise_for_status()
        body: dict[str, Any] = response.json() if response.content else {}
        return body

    def available(self) -> bool:
        """Whether the server answers the admin surface (the mock does, PowerPost does not)."""
        try:
            return self._client.get("/_mock/ledger").status_code == 200
        except httpx.HTTPError:
            return False

    def prepare_for_contract_run(self) -> None:
        """Lift rate limits and refill credits so that fuzzing is neither throttled nor out of credits."""
        if not self.available():
            return
        self.post("rate-limits", {"limit": 1_000_000, "window": 1.0})
        self.post("credits", {"balance": 1_000_000_000})

    def close(self) -> None:
        """Release the connection."""
        self._client.close()
