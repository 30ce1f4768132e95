"""Every documented error code (and INSUFFICIENT_SCOPE) through the public API alone, table-driven."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx
import pytest
from powerpost_mock import create_app

from .conftest import AUTH, FAST, JPEG, KEY, admin, assert_error, spec

Scenario = Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]
CAPTION = {"prompt": "Dark mode is live", "post_types": ["instagram-feed"], "research_mode": "regular"}


async def validation_error(c: httpx.AsyncClient) -> httpx.Response:
    return await c.post("/content/generate", json={**CAPTION, "post_types": []})


async def invalid_key(c: httpx.AsyncClient) -> httpx.Response:
    return await c.get("/account/credits", headers={"x-api-key": "pp_live_sk_wrong"})


async def insufficient_credits(c: httpx.AsyncClient) -> httpx.Response:
    await admin(c, "credits", {"balance": 2})
    return await c.post("/content/generate", json=CAPTION)


async def forbidden(c: httpx.AsyncClient) -> httpx.Response:
    foreign = await admin(c, "workspaces", {"account": "someone-else"})
    return await c.get("/content/generations", headers={"X-Workspace-Id": foreign["workspace_id"]})


async def insufficient_scope(c: httpx.AsyncClient) -> httpx.Response:
    key = (await admin(c, "keys", {"preset": "read"}))["api_key"]
    return await c.post("/content/generate", json=CAPTION, headers={"x-api-key": key})


async def not_found(c: httpx.AsyncClient) -> httpx.Response:
    return await c.get("/content/generations/does-not-exist")


async def _draft(c: httpx.AsyncClient, platform_type: str = "instagram-feed") -> str:
    post = await c.post("/posts", json={"items": [{"post_type": platform_type, "content": "Hello"}]})
    post_id: str = post.json()["post_id"]
    return post_id


async def already_published(c: httpx.AsyncClient) -> httpx.Response:
    post_id = await _draft(c)
    assert (await c.post(f"/posts/{post_id}/publish")).status_code == 200
    return await c.post(f"/posts/{post_id}/publish")


async def file_too_large(c: httpx.AsyncClient) -> httpx.Response:
    files = {"file": ("big.jpg", JPEG + b"\x00" * 2000, "image/jpeg")}
    return await c.post("/media/upload", data={"type": "image"}, files=files)


async def quota_exceeded(c: httpx.AsyncClient) -> httpx.Response:
    files = {"file": ("a.jpg", JPEG + b"\x00" * 900, "image/jpeg")}
    assert (await c.post("/media/upload", data={"type": "image"}, files=files)).status_code == 200
    return await c.post("/media/upload", data={"type": "image"}, files=files)


async def platform_not_connected(c: httpx.AsyncClient) -> httpx.Response:
    await admin(c, "platforms", {"workspace_id": AUTH["X-Workspace-Id"], "connected": ["instagram"]})
    post_id = await _draft(c, "tiktok-video")
    return await c.post(f"/posts/{post_id}/publish")


async def rate_limited(c: httpx.AsyncClient) -> httpx.Response:
    await admin(c, "rate-limits", {"limit": 1, "window": 60})
    assert (await c.get("/account/credits")).status_code == 200
    return await c.get("/account/credits")


async def internal_error(c: httpx.AsyncClient) -> httpx.Response:
    return await c.get("/account/credits")


ROWS: list[tuple[str, Scenario, str, int, str, dict[str, Any]]] = [
    ("VALIDATION_ERROR", validation_error, "generate_content", 400, "VALIDATION_ERROR", {}),
    ("INVALID_API_KEY", invalid_key, "get_credits", 401, "INVALID_API_KEY", {}),
    ("INSUFFICIENT_CREDITS", insufficient_credits, "generate_content", 402, "INSUFFICIENT_CREDITS", {}),
    ("FORBIDDEN", forbidden, "list_generations", 403, "FORBIDDEN", {}),
    ("INSUFFICIENT_SCOPE", insufficient_scope, "generate_content", 403, "INSUFFICIENT_SCOPE", {}),
    ("NOT_FOUND", not_found, "get_generation", 404, "NOT_FOUND", {}),
    ("ALREADY_PUBLISHED", already_published, "publish_post", 409, "ALREADY_PUBLISHED", {}),
    ("FILE_TOO_LARGE", file_too_large, "upload_media", 413, "FILE_TOO_LARGE", {"max_image_bytes": 1000}),
    (
        "STORAGE_QUOTA",
        quota_exceeded,
        "upload_media",
        413,
        "STORAGE_QUOTA_EXCEEDED",
        {"storage_quota_bytes": 1500},
    ),
    ("PLATFORM_NOT_CONNECTED", platform_not_connected, "publish_post", 422, "PLATFORM_NOT_CONNECTED", {}),
    ("RATE_LIMIT_EXCEEDED", rate_limited, "get_credits", 429, "RATE_LIMIT_EXCEEDED", {}),
    ("INTERNAL_ERROR", internal_error, "get_credits", 500, "INTERNAL_ERROR", {"fault_500_rate": 1.0}),
]


@pytest.mark.parametrize(
    ("scenario", "operation_id", "status", "code", "overrides"),
    [pytest.param(*row[1:], id=row[0]) for row in ROWS],
)
async def test_each_error_code_is_reachable_through_the_public_api(
    scenario: Scenario, operation_id: str, status: int, code: str, overrides: dict[str, Any]
) -> None:
    app = create_app(attrs.evolve(FAST, **overrides))
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/api/v1", headers=AUTH) as c:
        response = await scenario(c)

    error = assert_error(response, operation_id, status, code)
    if code == "INSUFFICIENT_SCOPE":
        assert error["required_scope"] == "content:generate"
        assert "content:generate" in error["message"]
    if code == "RATE_LIMIT_EXCEEDED":
        assert isinstance(error["retryAfter"], int)
        assert error["retryAfter"] >= 1
    if code == "VALIDATION_ERROR":
        assert "post_types: [] should be non-empty" in error["message"]


async def test_the_table_covers_every_code_the_spec_documents() -> None:

    documented = set(spec()["components"]["schemas"]["ErrorCode"]["enum"])
    assert documented == {row[4] for row in ROWS}


async def test_bearer_auth_works_like_x_api_key(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/account/credits", headers={"x-api-key": "", "Authorization": f"Bearer {KEY}"}
    )
    assert response.status_code == 200
    assert response.json() == {"balance": 50}


async def test_missing_workspace_header_is_400_but_not_on_credits(client: httpx.AsyncClient) -> None:
    without = {"x-api-key": KEY}
    async with httpx.AsyncClient(
        transport=client._transport, base_url="http://mock/api/v1", headers=without
    ) as c:
        assert (await c.get("/account/credits")).status_code == 200
        response = await c.get("/content/generations")

    assert "X-Workspace-Id" in assert_error(response, "list_generations", 400, "VALIDATION_ERROR")["message"]


async def test_draft_only_key_cannot_publish_but_can_create(client: httpx.AsyncClient) -> None:
    key = (await admin(client, "keys", {"preset": "draft"}))["api_key"]
    post = await client.post(
        "/posts", json={"items": [{"post_type": "x-post", "content": "Hi"}]}, headers={"x-api-key": key}
    )
    assert post.status_code == 200
    response = await client.post(f"/posts/{post.json()['post_id']}/publish", headers={"x-api-key": key})
    assert response.status_code == 403
    assert response.json()["error"]["required_scope"] == "posts:publish"


async def test_unknown_path_and_wrong_method_carry_the_headers(client: httpx.AsyncClient) -> None:
    for response in (await client.get("/nowhere"), await client.delete("/account/credits")):
        assert response.status_code in (404, 405)
        for header in ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-request-id"):
            assert header in response.headers
        assert response.json()["error"]["code"]
    assert "GET" in response.headers["allow"]
