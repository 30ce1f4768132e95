"""End-to-end flows: the documented curl flow over a real socket, and the generated client in-process."""

from __future__ import annotations

import httpx
from powerpost_api import AuthenticatedClient
from powerpost_api.api.account import get_credits
from powerpost_api.api.analytics import get_post_item_analytics
from powerpost_api.api.content import generate_content, get_generation
from powerpost_api.api.images import generate_image, get_image_generation
from powerpost_api.api.posts import create_post, get_post, publish_post
from powerpost_api.models import (
    CreatePostItem,
    CreatePostRequest,
    GenerateContentRequest,
    GenerateImageRequest,
    Generation,
    GenerationStarted,
    ImageGeneration,
    Post,
    PostItemAnalytics,
    PostType,
    ResearchMode,
)
from powerpost_mock import run_in_thread
from starlette.applications import Starlette

from .conftest import FAST, JPEG, assert_conforms


def test_documented_curl_flow_over_a_real_socket() -> None:
    with run_in_thread(FAST) as mock:
        headers = {"x-api-key": mock.api_key, "X-Workspace-Id": mock.workspace_id}
        with httpx.Client(base_url=mock.base_url, headers=headers, timeout=10) as c:
            admin = httpx.Client(base_url=mock.root_url, timeout=10)
            assert assert_conforms(c.get("/account/credits"), "get_credits") == {"balance": 50}
            files = {"file": ("photo.jpg", JPEG, "image/jpeg")}
            media = assert_conforms(
                c.post("/media/upload", data={"type": "image"}, files=files), "upload_media"
            )
            started = assert_conforms(
                c.post(
                    "/content/generate",
                    json={
                        "prompt": "We just launched dark mode",
                        "media_ids": [media["media_id"]],
                        "post_types": ["instagram-feed", "youtube-short"],
                        "research_mode": "regular",
                        "source_urls": [
                            "https://example.com/post",
                            "https://127.0.0.1/x",
                            "https://localhost/a",
                        ],
                    },
                ),
                "generate_content",
            )
            assert started["credits_used"] == 6 + 1 + 1  # base + one image + one kept URL
            polled = assert_conforms(c.get(started["status_url"].removeprefix("/api/v1")), "get_generation")
            assert polled["status"] == "processing"
            assert "outputs" not in polled
            admin.post("/_mock/clock/advance", json={"seconds": 2})
            done = assert_conforms(
                c.get(f"/content/generations/{started['generation_id']}"), "get_generation"
            )
            assert done["status"] == "completed"
            assert set(done["outputs"]["youtube"]) == {"title", "description"}
            image_job = assert_conforms(
                c.post("/images/generate", json={"prompt": "A desk", "quantity": 2, "model": "ideogram-3"}),
                "generate_image",
            )
            assert image_job["credits_used"] == 12
            admin.post("/_mock/clock/advance", json={"seconds": 3})
            images = assert_conforms(
                c.get(f"/images/generations/{image_job['image_generation_id']}"), "get_image_generation"
            )
            assert len(images["images"]) == 2
            post = assert_conforms(
                c.post(
                    "/posts",
                    json={
                        "generation_id": done["generation_id"],
                        "items": [
                            {"post_type": "instagram-feed", "media_ids": [images["images"][0]["media_id"]]},
                            {"post_type": "youtube-short", "title": "Dark mode"},
                        ],
                    },
                ),
                "create_post",
            )
            assert post["items"][0]["content"] == done["outputs"]["instagram"]
            published = assert_conforms(c.post(f"/posts/{post['post_id']}/publish"), "publish_post")
            assert published["credits_used"] == 2
            assert assert_conforms(c.get(f"/posts/{post['post_id']}"), "get_post")["status"] == "publishing"
            admin.post("/_mock/clock/advance", json={"seconds": 2})
            final = assert_conforms(c.get(f"/posts/{post['post_id']}"), "get_post")
            assert final["status"] == "published"
            assert all(item["platform_post_id"] for item in final["items"])
            entry = assert_conforms(
                c.post("/calendar/entries", json={"title": "Launch", "scheduled_date": "2026-03-25"}),
                "create_calendar_entry",
            )
            listed = assert_conforms(
                c.get("/calendar/entries", params={"start_date": "2026-03-01", "end_date": "2026-03-31"}),
                "list_calendar_entries",
            )
            assert [e["entry_id"] for e in listed["entries"]] == [entry["entry_id"]]
            balance = assert_conforms(c.get("/account/credits"), "get_credits")["balance"]
            assert balance == 50 - 8 - 12 - 2
            admin.close()


async def test_generated_client_full_flow(app: Starlette) -> None:
    client = AuthenticatedClient(
        base_url="http://mock/api/v1",
        token="pp_live_sk_mock_0000000000000000",
        prefix="",
        auth_header_name="x-api-key",
        headers={"X-Workspace-Id": "ws_mock_default"},
        httpx_args={"transport": httpx.ASGITransport(app)},
    )
    state = app.state.mock
    started = (
        await generate_content.asyncio_detailed(
            client=client,
            body=GenerateContentRequest(
                post_types=[PostType.INSTAGRAM_FEED, PostType.X_POST],
                research_mode=ResearchMode.DEEP,
                prompt="Our spring sale starts today",
            ),
        )
    ).parsed
    assert isinstance(started, GenerationStarted)
    generation_id = started.generation_id
    state.clock.advance(2)
    generation = (await get_generation.asyncio_detailed(generation_id, client=client)).parsed
    assert isinstance(generation, Generation)
    assert str(generation.status) == "completed"
    image_started = (
        await generate_image.asyncio_detailed(
            client=client, body=GenerateImageRequest(generation_id=generation_id)
        )
    ).parsed
    image_id = image_started.image_generation_id  # type: ignore[union-attr]
    state.clock.advance(3)
    images = (await get_image_generation.asyncio_detailed(image_id, client=client)).parsed
    assert isinstance(images, ImageGeneration)
    media_id = images.images[0].media_id  # type: ignore[index]
    post = (
        await create_post.asyncio_detailed(
            client=client,
            body=CreatePostRequest(
                generation_id=generation_id,
                items=[
                    CreatePostItem(post_type=PostType.INSTAGRAM_FEED, media_ids=[media_id]),
                    CreatePostItem(post_type=PostType.X_POST),
                ],
            ),
        )
    ).parsed
    assert isinstance(post, Post)
    item_id = post.items[0].item_id
    before = (await get_post_item_analytics.asyncio_detailed(item_id, client=client)).parsed
    assert isinstance(before, PostItemAnalytics)
    assert before.metrics is None
    published = await publish_post.asyncio_detailed(post.post_id, client=client)
    assert published.status_code == 200
    state.clock.advance(2)
    final = (await get_post.asyncio_detailed(post.post_id, client=client)).parsed
    assert isinstance(final, Post)
    assert str(final.status) == "published"
    after = (await get_post_item_analytics.asyncio_detailed(item_id, client=client)).parsed
    assert isinstance(after, PostItemAnalytics)
    assert after.metrics is not None
    assert after.metrics.views > 0
    credits = (await get_credits.asyncio_detailed(client=client)).parsed
    assert credits.balance == 50 - 8 - 5 - (1 + 4)  # type: ignore[union-attr]
