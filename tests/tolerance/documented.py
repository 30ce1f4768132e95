"""PowerPost's documented example responses, verbatim (PowerPost's public docs pages and examples).

Each entry names the operation, the spec schema of its 200 response, the example body and a call of the SDK
that receives it. Values after `"status"` in the analytics example are illustrative (the docs sample is cut
off there); everything else is as published.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import attrs

GENERATION_ID = "550e8400-e29b-41d4-a716-446655440000"
IMAGE_JOB_ID = "7a8b9c0d-e1f2-3456-abcd-ef7890123456"
POST_ID = "post-550e8400-e29b-41d4-a716-446655440000"

CALENDAR_ENTRY: dict[str, Any] = {
    "entry_id": "550e8400-e29b-41d4-a716-446655440000",
    "title": "Product launch announcement",
    "description": "Share the new feature across all channels",
    "scheduled_date": "2026-03-25",
    "scheduled_time": "14:00",
    "platforms": ["instagram", "tiktok", "x"],
    "created_at": "2026-03-19T10:00:00Z",
    "updated_at": "2026-03-19T10:00:00Z",
}

POST: dict[str, Any] = {
    "post_id": POST_ID,
    "status": "draft",
    "created_at": "2026-01-10T18:30:00Z",
    "items": [
        {
            "item_id": "item-001",
            "post_type": "instagram-reel",
            "platform": "instagram",
            "content": "Dark mode is here! ... #DarkMode",
            "media_ids": ["img-001-abcd-efgh"],
            "status": "draft",
        }
    ],
}


@attrs.frozen
class Documented:
    """One documented response: where it comes from and how the SDK is made to receive it."""

    name: str
    operation: str
    schema: str
    body: dict[str, Any]
    call: Callable[[Any], Any]


def _upload(client: Any) -> Any:
    return client.media.upload(
        io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"0" * 32), type="image", file_name="photo.jpg"
    )


EXAMPLES: tuple[Documented, ...] = (
    Documented("credits", "get_credits", "CreditBalance", {"balance": 47}, lambda c: c.account.get_credits()),
    Documented(
        "upload",
        "upload_media",
        "Media",
        {
            "media_id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
            "type": "image",
            "file_name": "photo.jpg",
            "file_size": 245000,
            "mime_type": "image/jpeg",
            "created_at": "2026-01-10T18:30:00Z",
        },
        _upload,
    ),
    Documented(
        "generate-started",
        "generate_content",
        "GenerationStarted",
        {
            "generation_id": GENERATION_ID,
            "status": "processing",
            "credits_used": 10,
            "remaining_credits": 90,
            "status_url": f"/api/v1/content/generations/{GENERATION_ID}",
        },
        lambda c: c.content.generate(
            {"prompt": "We just shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}
        ),
    ),
    Documented(
        "generations-list",
        "list_generations",
        "GenerationList",
        {
            "data": [
                {
                    "generation_id": GENERATION_ID,
                    "status": "completed",
                    "prompt": "We just shipped dark mode",
                    "platforms": ["tiktok", "instagram"],
                    "research_mode": "regular",
                    "credits_used": 10,
                    "created_at": "2026-01-10T18:30:00Z",
                },
                {
                    "generation_id": "661f9511-f3ac-52e5-b827-557766551111",
                    "status": "completed",
                    "prompt": "New feature: AI-powered search",
                    "platforms": ["x", "facebook"],
                    "research_mode": "deep",
                    "credits_used": 15,
                    "created_at": "2026-01-09T12:00:00Z",
                },
            ],
            "next_cursor": "gen_cursor_abc123",
            "has_more": True,
        },
        lambda c: c.content.list(status="completed", limit=10),
    ),
    Documented(
        "generation",
        "get_generation",
        "Generation",
        {
            "generation_id": GENERATION_ID,
            "status": "completed",
            "prompt": "We just launched dark mode for our app",
            "platforms": ["tiktok", "instagram", "youtube"],
            "research_mode": "regular",
            "credits_used": 10,
            "created_at": "2026-01-10T18:30:00Z",
            "outputs": {
                "tiktok": "Dark mode activated! ... #darkmode #tech",
                "instagram": "Dark mode is here! ... #DarkMode #ProductUpdate",
                "youtube": {"title": "We Just Shipped Dark Mode", "description": "... #darkmode"},
            },
        },
        lambda c: c.content.get(GENERATION_ID),
    ),
    Documented(
        "image-started",
        "generate_image",
        "ImageGenerationStarted",
        {
            "image_generation_id": IMAGE_JOB_ID,
            "status": "processing",
            "credits_used": 10,
            "remaining_credits": 36,
            "status_url": f"/api/v1/images/generations/{IMAGE_JOB_ID}",
        },
        lambda c: c.images.generate({"prompt": "Minimalist workspace with laptop and coffee"}),
    ),
    Documented(
        "image-generation",
        "get_image_generation",
        "ImageGeneration",
        {
            "image_generation_id": IMAGE_JOB_ID,
            "status": "completed",
            "prompt": "Minimalist workspace with laptop and coffee",
            "size": "square",
            "quantity": 2,
            "created_at": "2026-01-10T18:30:00Z",
            "images": [
                {
                    "media_id": "img-001-abcd-efgh",
                    "url": "https://powerpost.ai/storage/images/img-001-abcd-efgh.webp",
                    "thumbnail_url": "https://powerpost.ai/storage/images/img-001-abcd-efgh-thumb.jpg",
                    "width": 1024,
                    "height": 1024,
                }
            ],
        },
        lambda c: c.images.get(IMAGE_JOB_ID),
    ),
    Documented(
        "video-started",
        "generate_video",
        "VideoGenerationStarted",
        {
            "video_generation_id": IMAGE_JOB_ID,
            "status": "processing",
            "credits_used": 15,
            "remaining_credits": 85,
            "status_url": f"/api/v1/videos/generations/{IMAGE_JOB_ID}",
        },
        lambda c: c.videos.generate({"prompt": "A golden retriever running", "duration": 5}),
    ),
    Documented(
        "video-generation",
        "get_video_generation",
        "VideoGeneration",
        {
            "video_generation_id": IMAGE_JOB_ID,
            "status": "completed",
            "prompt": "A golden retriever running...",
            "size": "landscape",
            "duration": 5,
            "has_audio": False,
            "model": "kling-3.0-pro",
            "created_at": "2026-03-11T10:00:00Z",
            "video": {
                "media_id": "vid-001-abcd",
                "url": "https://powerpost.ai/storage/videos/vid-001-abcd.mp4",
                "thumbnail_url": "https://powerpost.ai/storage/thumbs/vid-001-abcd.jpg",
                "width": 1920,
                "height": 1080,
                "duration": 5,
            },
        },
        lambda c: c.videos.get(IMAGE_JOB_ID),
    ),
    Documented(
        "post-created",
        "create_post",
        "Post",
        POST,
        lambda c: c.posts.create(
            {"items": [{"post_type": "instagram-reel", "content": "Dark mode is here!"}]}
        ),
    ),
    Documented("post", "get_post", "Post", POST, lambda c: c.posts.get(POST_ID)),
    Documented(
        "publish-started",
        "publish_post",
        "PublishStarted",
        {
            "post_id": POST_ID,
            "status": "publishing",
            "credits_used": 1,
            "status_url": f"/api/v1/posts/{POST_ID}",
        },
        lambda c: c.posts.publish(POST_ID),
    ),
    Documented(
        "analytics",
        "get_post_item_analytics",
        "PostItemAnalytics",
        {
            "post_item_id": "550e8400-e29b-41d4-a716-446655440000",
            "post_type": "instagram-reel",
            "platform": "instagram",
            "status": "posted",
            "metrics": {"views": 1200, "likes": 85, "comments": 9, "fetched_at": "2026-03-20T06:00:00Z"},
        },
        lambda c: c.analytics.get("550e8400-e29b-41d4-a716-446655440000"),
    ),
    Documented(
        "calendar-list",
        "list_calendar_entries",
        "CalendarEntryList",
        {"entries": [CALENDAR_ENTRY]},
        lambda c: c.calendar.list("2026-03-01", "2026-03-31"),
    ),
    Documented(
        "calendar-created",
        "create_calendar_entry",
        "CalendarEntry",
        {**CALENDAR_ENTRY, "status": "planned"},
        lambda c: c.calendar.create({"title": "Product launch announcement", "scheduled_date": "2026-03-25"}),
    ),
    Documented(
        "calendar-entry",
        "get_calendar_entry",
        "CalendarEntry",
        CALENDAR_ENTRY,
        lambda c: c.calendar.get("e1"),
    ),
    Documented(
        "calendar-updated",
        "update_calendar_entry",
        "CalendarEntry",
        CALENDAR_ENTRY,
        lambda c: c.calendar.update("e1", {"title": "Product launch announcement"}),
    ),
    Documented(
        "calendar-deleted",
        "delete_calendar_entry",
        "DeleteResult",
        {"success": True},
        lambda c: c.calendar.delete("e1"),
    ),
)
