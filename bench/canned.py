"""Canned PowerPost responses served in memory through httpx.MockTransport, the same for SDK and raw httpx."""

from __future__ import annotations

import json
import time

import httpx

API_KEY = "pp_live_sk_bench_0000000000000000"
WORKSPACE_ID = "ws_bench"
BASE_URL = "https://powerpost.ai/api/v1"
GENERATION_ID = "550e8400-e29b-41d4-a716-446655440000"

GENERATE_BODY: dict[str, object] = {
    "prompt": "We just shipped dark mode",
    "post_types": ["instagram-feed", "tiktok-video"],
    "research_mode": "regular",
}

_CREDITS = json.dumps({"balance": 47}).encode()
_GENERATION = json.dumps(
    {
        "generation_id": GENERATION_ID,
        "status": "completed",
        "prompt": "We just shipped dark mode",
        "post_types": ["instagram-feed", "tiktok-video", "youtube-short"],
        "platforms": ["instagram", "tiktok", "youtube"],
        "research_mode": "regular",
        "credits_used": 6,
        "created_at": "2026-01-10T18:30:00Z",
        "completed_at": "2026-01-10T18:30:04Z",
        "outputs": {
            "instagram": "Dark mode is here! #DarkMode #ProductUpdate",
            "tiktok": "Dark mode activated! #darkmode #tech",
            "youtube": {"title": "We Just Shipped Dark Mode", "description": "It is here. #darkmode"},
        },
    }
).encode()
_STARTED = json.dumps(
    {
        "generation_id": GENERATION_ID,
        "status": "processing",
        "credits_used": 6,
        "remaining_credits": 44,
        "status_url": f"/api/v1/content/generations/{GENERATION_ID}",
    }
).encode()


def _headers() -> dict[str, str]:
    # A generous limit so that the SDK's pacer never has a reason to wait during the overhead runs.
    return {
        "content-type": "application/json",
        "x-ratelimit-limit": "1000000",
        "x-ratelimit-remaining": "999999",
        "x-ratelimit-reset": str(int(time.time()) + 10),
        "x-request-id": "req_bench_0001",
    }


def handler(request: httpx.Request) -> httpx.Response:
    """Answer the three benchmarked operations with the spec's example bodies and the usual headers."""
    path = request.url.path
    if path.endswith("/account/credits"):
        body = _CREDITS
    elif path.endswith("/content/generate"):
        request.read()
        body = _STARTED
    elif "/content/generations/" in path:
        body = _GENERATION
    else:
        return httpx.Response(
            404, headers=_headers(), content=b'{"error":{"code":"NOT_FOUND","message":"?"}}'
        )
    return httpx.Response(200, headers=_headers(), content=body)


def mock_transport() -> httpx.MockTransport:
    """A fresh in-memory transport serving the canned responses (sync and async)."""
    return httpx.MockTransport(handler)
