"""Build the SDK clients the benchmarks compare, the same way a user would (one client, reused)."""

from __future__ import annotations

import httpx
from powerpost import AsyncPowerPost, PowerPost


def sync_sdk(
    base_url: str, api_key: str, workspace_id: str, transport: httpx.BaseTransport | None = None
) -> PowerPost:
    """A PowerPost client; `transport` replaces the inner HTTP transport (in-memory runs)."""
    if transport is None:
        return PowerPost(api_key=api_key, workspace_id=workspace_id, base_url=base_url)
    return PowerPost(api_key=api_key, workspace_id=workspace_id, base_url=base_url, transport=transport)


def async_sdk(
    base_url: str, api_key: str, workspace_id: str, transport: httpx.AsyncBaseTransport | None = None
) -> AsyncPowerPost:
    """An AsyncPowerPost client; `transport` replaces the inner HTTP transport (in-memory runs)."""
    if transport is None:
        return AsyncPowerPost(api_key=api_key, workspace_id=workspace_id, base_url=base_url)
    return AsyncPowerPost(api_key=api_key, workspace_id=workspace_id, base_url=base_url, transport=transport)
