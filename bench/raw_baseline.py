"""The fair raw-httpx baseline: one reused client, the SDK's headers, status check, json.loads."""

from __future__ import annotations

import json
from typing import Any

import httpx


def auth_headers(api_key: str, workspace_id: str) -> dict[str, str]:
    """The headers the SDK sends on every call, so the baseline does the same work on the wire."""
    return {"x-api-key": api_key, "X-Workspace-Id": workspace_id}


def sync_client(
    base_url: str, api_key: str, workspace_id: str, transport: httpx.BaseTransport | None = None
) -> httpx.Client:
    """A keep-alive client as a raw httpx user would build it."""
    return httpx.Client(base_url=base_url, headers=auth_headers(api_key, workspace_id), transport=transport)


def async_client(
    base_url: str, api_key: str, workspace_id: str, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The async counterpart of sync_client."""
    return httpx.AsyncClient(
        base_url=base_url, headers=auth_headers(api_key, workspace_id), transport=transport
    )


def _parsed(response: httpx.Response) -> Any:
    response.raise_for_status()
    return json.loads(response.content)


def get_credits(client: httpx.Client) -> Any:
    """GET /account/credits the raw way."""
    return _parsed(client.get("/account/credits"))


def get_generation(client: httpx.Client, generation_id: str) -> Any:
    """GET /content/generations/{id} the raw way."""
    return _parsed(client.get(f"/content/generations/{generation_id}"))


def generate_content(client: httpx.Client, body: dict[str, Any]) -> Any:
    """POST /content/generate the raw way."""
    return _parsed(client.post("/content/generate", json=body))


async def aget_credits(client: httpx.AsyncClient) -> Any:
    """Async GET /account/credits the raw way."""
    return _parsed(await client.get("/account/credits"))


async def aget_generation(client: httpx.AsyncClient, generation_id: str) -> Any:
    """Async GET /content/generations/{id} the raw way."""
    return _parsed(await client.get(f"/content/generations/{generation_id}"))


async def agenerate_content(client: httpx.AsyncClient, body: dict[str, Any]) -> Any:
    """Async POST /content/generate the raw way."""
    return _parsed(await client.post("/content/generate", json=body))
