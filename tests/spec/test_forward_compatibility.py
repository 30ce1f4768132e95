"""A new platform, status, post type, code or field from the server never breaks the generated client.

The spec makes every response enum open (`anyOf: [known enum, string]`), so the generated parsers keep a value
they do not know as a plain string, and every model keeps unknown keys in `additional_properties`.
"""

from __future__ import annotations

import httpx
from powerpost import PowerPost
from powerpost_api.models import (
    ErrorResponse,
    Generation,
    GenerationOutputs,
    GenerationStatus,
    Platform,
    Post,
    PostItemAnalytics,
    PostType,
)


def test_known_values_still_parse_to_enum_members() -> None:
    gen = Generation.from_dict(
        {
            "generation_id": "g1",
            "status": "completed",
            "post_types": ["instagram-feed"],
            "platforms": ["instagram"],
            "research_mode": "regular",
            "credits_used": 6,
            "created_at": "2026-01-10T18:30:00Z",
        }
    )
    assert gen.status is GenerationStatus.COMPLETED
    assert gen.platforms == [Platform.INSTAGRAM]
    assert gen.post_types == [PostType.INSTAGRAM_FEED]


def test_unknown_status_platform_and_post_type_are_kept_as_strings() -> None:
    gen = Generation.from_dict(
        {
            "generation_id": "g1",
            "status": "archived",
            "post_types": ["threads-post", "x-post"],
            "platforms": ["threads", "x"],
            "research_mode": "turbo",
            "credits_used": 6,
            "created_at": "2026-01-10T18:30:00Z",
            "outputs": {"threads": "Hello from a new platform", "x": "hi"},
            "sentiment": "positive",
        }
    )
    assert gen.status == "archived"
    assert not isinstance(gen.status, GenerationStatus)
    assert gen.platforms == ["threads", Platform.X]
    assert gen.post_types == ["threads-post", PostType.X_POST]
    assert gen.research_mode == "turbo"
    assert gen.additional_properties == {"sentiment": "positive"}
    assert isinstance(gen.outputs, GenerationOutputs)
    assert gen.outputs.additional_properties == {"threads": "Hello from a new platform"}
    # What was received goes back out unchanged.
    assert gen.to_dict()["status"] == "archived"


def test_unknown_item_and_post_statuses_parse() -> None:
    post = Post.from_dict(
        {
            "post_id": "p1",
            "status": "scheduled",
            "created_at": "2026-01-10T18:30:00Z",
            "items": [
                {"item_id": "i1", "post_type": "bluesky-post", "platform": "bluesky", "status": "queued"}
            ],
        }
    )
    assert post.status == "scheduled"
    assert post.items[0].platform == "bluesky"
    assert post.items[0].status == "queued"
    analytics = PostItemAnalytics.from_dict(
        {
            "post_item_id": "i1",
            "post_type": "bluesky-post",
            "platform": "bluesky",
            "status": "queued",
            "metrics": None,
        }
    )
    assert analytics.metrics is None
    assert analytics.platform == "bluesky"


def test_unknown_error_code_is_kept() -> None:
    err = ErrorResponse.from_dict({"error": {"code": "QUOTA_FROZEN", "message": "Frozen", "hint": "call us"}})
    assert err.error.code == "QUOTA_FROZEN"
    assert err.error.additional_properties == {"hint": "call us"}


def test_the_sdk_returns_a_response_full_of_values_it_does_not_know() -> None:
    """End to end through the overlays: a call succeeds and keeps the new values, it does not raise."""
    body = {
        "post_id": "p1",
        "status": "scheduled",
        "created_at": "2026-01-10T18:30:00Z",
        "channel": "new-field",
        "items": [{"item_id": "i1", "post_type": "bluesky-post", "platform": "bluesky", "status": "queued"}],
    }
    headers = {"X-RateLimit-Limit": "30", "X-RateLimit-Remaining": "29", "X-RateLimit-Reset": "0"}

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={**headers, "X-Request-Id": "req_1"})

    with PowerPost(
        api_key="pp_live_sk_test",
        workspace_id="ws_1",
        base_url="https://powerpost.test/api/v1",
        transport=httpx.MockTransport(server),
    ) as client:
        post = client.posts.get("p1")
    assert post.status == "scheduled"
    assert post.items[0].platform == "bluesky"
    assert post.additional_properties == {"channel": "new-field"}
