"""Validation messages, semantic 400s, 404s for referenced ids, jobs, refunds, posts, calendar, paging."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from powerpost_mock import MockState

from .conftest import MP4, PNG, admin, advance, assert_conforms, assert_error

CAPTION = {"prompt": "Dark mode is live", "post_types": ["instagram-feed"], "research_mode": "regular"}


async def upload(client: httpx.AsyncClient, content: bytes, kind: str) -> str:
    response = await client.post("/media/upload", data={"type": kind}, files={"file": ("f", content, "x/y")})
    body = assert_conforms(response, "upload_media")
    media_id: str = body["media_id"]
    return media_id


@pytest.mark.parametrize(
    ("request_args", "operation_id", "needle"),
    [
        (
            {"json": {**CAPTION, "prompt": "ab"}},
            "generate_content",
            "body.prompt: 'ab' is too short (minLength 3)",
        ),
        (
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            "generate_content",
            "JSON",
        ),
        (
            {"content": b"prompt=x", "headers": {"content-type": "text/plain"}},
            "generate_content",
            "Content-Type",
        ),
        ({"json": {"post_types": ["x-post"], "research_mode": "regular"}}, "generate_content", "'prompt'"),
        ({"json": {**CAPTION, "source_urls": ["http://a.example"]}}, "generate_content", "^https://"),
        ({"json": {**CAPTION, "source_urls": ["https://\u0084"]}}, "generate_content", "'uri'"),
        ({"json": {"prompt": "x", "model": "gpt-image-1.5", "size": "feed"}}, "generate_image", "feed"),
        ({"json": {"prompt": "x", "duration": 4}}, "generate_video", "duration"),
        (
            {"json": {"prompt": "x", "duration": 5, "model": "runway-gen-4.5", "has_audio": True}},
            "generate_video",
            "audio",
        ),
        (
            {"json": {"prompt": "x" * 1001, "duration": 5, "model": "runway-gen-4.5"}},
            "generate_video",
            "1000",
        ),
        ({"json": {"items": [{"post_type": "youtube-short", "content": "x"}]}}, "create_post", "'title'"),
        ({"json": {"items": [{"post_type": "x-post"}]}}, "create_post", "'content'"),
    ],
)
async def test_bad_requests_are_400_naming_field_and_rule(
    client: httpx.AsyncClient, request_args: dict[str, Any], operation_id: str, needle: str
) -> None:
    path = {
        "generate_content": "/content/generate",
        "generate_image": "/images/generate",
        "generate_video": "/videos/generate",
        "create_post": "/posts",
    }[operation_id]
    response = await client.post(path, **request_args)
    assert needle in assert_error(response, operation_id, 400, "VALIDATION_ERROR")["message"]


async def test_bad_query_parameters_are_400(client: httpx.AsyncClient) -> None:
    for params in (
        {"limit": "abc"},
        {"limit": "0"},
        {"status": "done"},
        {"cursor": "bogus"},
        {"colour": "x"},
    ):
        assert_error(
            await client.get("/content/generations", params=params),
            "list_generations",
            400,
            "VALIDATION_ERROR",
        )


async def test_media_mixes_and_unknown_ids(client: httpx.AsyncClient) -> None:
    image = await upload(client, PNG, "image")
    video = await upload(client, MP4, "video")
    mixed = await client.post("/content/generate", json={**CAPTION, "media_ids": [image, video]})
    assert_error(mixed, "generate_content", 400, "VALIDATION_ERROR")
    two_videos = await client.post("/content/generate", json={**CAPTION, "media_ids": [video, video]})
    assert_error(two_videos, "generate_content", 400, "VALIDATION_ERROR")
    for body, op, path in (
        ({**CAPTION, "media_ids": ["nope"]}, "generate_content", "/content/generate"),
        ({**CAPTION, "writing_style_id": "style-1"}, "generate_content", "/content/generate"),
        ({"generation_id": "nope"}, "generate_image", "/images/generate"),
        ({"prompt": "x", "style_images": ["nope"]}, "generate_image", "/images/generate"),
        ({"prompt": "x", "duration": 5, "source_image": "nope"}, "generate_video", "/videos/generate"),
        (
            {"items": [{"post_type": "x-post", "content": "x", "media_ids": ["nope"]}]},
            "create_post",
            "/posts",
        ),
    ):
        assert_error(await client.post(path, json=body), op, 404, "NOT_FOUND")
    assert (await client.get("/account/credits")).json() == {"balance": 50}  # rejected requests cost nothing
    one_video = await client.post("/content/generate", json={**CAPTION, "media_ids": [video]})
    assert (
        assert_conforms(one_video, "generate_content")["credits_used"] == 6 + 6
    )  # a video counts as 1 minute


async def test_upload_checks_the_real_content(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/media/upload", data={"type": "video"}, files={"file": ("a.mp4", PNG, "video/mp4")}
    )
    assert "image/png" in assert_error(response, "upload_media", 400, "VALIDATION_ERROR")["message"]
    junk = await client.post(
        "/media/upload", data={"type": "image"}, files={"file": ("a.jpg", b"hello", "image/jpeg")}
    )
    assert_error(junk, "upload_media", 400, "VALIDATION_ERROR")
    no_type = await client.post("/media/upload", files={"file": ("a.png", PNG, "image/png")})
    assert "'type'" in assert_error(no_type, "upload_media", 400, "VALIDATION_ERROR")["message"]


async def test_content_length_over_the_largest_limit_is_413_before_reading(client: httpx.AsyncClient) -> None:
    read: list[bytes] = []

    async def endless() -> Any:
        for _ in range(3):
            read.append(b"x")
            yield b"x" * 1024

    headers = {"content-type": "multipart/form-data; boundary=xyz", "content-length": str(600 * 1024 * 1024)}
    response = await client.post("/media/upload", content=endless(), headers=headers)
    assert_error(response, "upload_media", 413, "FILE_TOO_LARGE")
    assert len(read) <= 1  # at most what the client pushed before the answer; the server read nothing


async def test_failed_jobs_are_refunded_and_generation_can_fail_via_marker(
    client: httpx.AsyncClient, state: MockState
) -> None:
    job = (await client.post("/content/generate", json={**CAPTION, "prompt": "This will [fail]"})).json()
    assert (await client.get("/account/credits")).json()["balance"] == 44
    await advance(client, 2)
    failed = assert_conforms(
        await client.get(f"/content/generations/{job['generation_id']}"), "get_generation"
    )
    assert failed["status"] == "failed"
    assert failed["error"]["code"] == "GENERATION_FAILED"
    assert (await client.get("/account/credits")).json()["balance"] == 50
    batch = (
        await client.post("/images/generate", json={"prompt": "[partial-fail] cats", "quantity": 3})
    ).json()
    await advance(client, 3)
    partial = assert_conforms(
        await client.get(f"/images/generations/{batch['image_generation_id']}"), "get_image_generation"
    )
    assert partial["status"] == "failed"
    assert len(partial["images"]) == 1
    assert partial["credits_used"] == 5
    assert (await client.get("/account/credits")).json()["balance"] == 45
    video = (await client.post("/videos/generate", json={"prompt": "dog", "duration": 5})).json()
    assert video["credits_used"] == 15
    await admin(client, f"jobs/{video['video_generation_id']}/fail")
    body = assert_conforms(
        await client.get(f"/videos/generations/{video['video_generation_id']}"), "get_video_generation"
    )
    assert body["status"] == "failed"
    assert body["video"] is None
    ledger = (await client.get("http://mock/_mock/ledger")).json()
    assert ledger["total_refunded"] == 6 + 10 + 15
    assert ledger["balances"]["acct_mock_default"] == 45


async def test_admin_complete_beats_the_clock_and_the_fail_marker(client: httpx.AsyncClient) -> None:
    job = (
        await client.post(
            "/videos/generate", json={"prompt": "[fail] dog", "duration": 10, "has_audio": True}
        )
    ).json()
    assert job["credits_used"] == 36
    await admin(client, f"jobs/{job['video_generation_id']}/complete")
    body = assert_conforms(
        await client.get(f"/videos/generations/{job['video_generation_id']}"), "get_video_generation"
    )
    assert body["status"] == "completed"
    post = await client.post(
        "/posts",
        json={"items": [{"post_type": "x-post", "content": "x", "media_ids": [body["video"]["media_id"]]}]},
    )
    assert post.status_code == 200


async def test_publish_state_machine_partial_failure_and_credits(client: httpx.AsyncClient) -> None:
    post = (
        await client.post(
            "/posts",
            json={
                "items": [
                    {"post_type": "x-post", "content": "ok"},
                    {"post_type": "linkedin-post", "content": "[fail]"},
                ]
            },
        )
    ).json()
    await admin(client, "credits", {"balance": 4})
    assert_error(
        await client.post(f"/posts/{post['post_id']}/publish"), "publish_post", 402, "INSUFFICIENT_CREDITS"
    )
    await admin(client, "credits", {"balance": 10})
    started = assert_conforms(await client.post(f"/posts/{post['post_id']}/publish"), "publish_post")
    assert started["credits_used"] == 5
    analytics = assert_conforms(
        await client.get(f"/post-items/{post['items'][0]['item_id']}/analytics"), "get_post_item_analytics"
    )
    assert analytics["status"] == "posting"
    assert analytics["metrics"] is None
    await advance(client, 2)
    final = assert_conforms(await client.get(f"/posts/{post['post_id']}"), "get_post")
    assert final["status"] == "failed"
    assert [i["status"] for i in final["items"]] == ["posted", "failed"]
    assert (await client.get("/account/credits")).json()["balance"] == 10 - 4  # the failed item is refunded
    assert_error(
        await client.post(f"/posts/{post['post_id']}/publish"), "publish_post", 409, "ALREADY_PUBLISHED"
    )
    metrics = assert_conforms(
        await client.get(f"/post-items/{post['items'][0]['item_id']}/analytics"), "get_post_item_analytics"
    )
    again = (await client.get(f"/post-items/{post['items'][0]['item_id']}/analytics")).json()
    assert metrics["metrics"] == again["metrics"]
    assert metrics["metrics"]["views"] > 0


async def test_platform_not_connected_publishes_nothing(client: httpx.AsyncClient) -> None:
    await admin(client, "platforms", {"connected": ["x"]})
    post = (
        await client.post(
            "/posts",
            json={
                "items": [
                    {"post_type": "x-post", "content": "a"},
                    {"post_type": "tiktok-video", "content": "b"},
                ]
            },
        )
    ).json()
    error = assert_error(
        await client.post(f"/posts/{post['post_id']}/publish"), "publish_post", 422, "PLATFORM_NOT_CONNECTED"
    )
    assert "tiktok" in error["message"]
    assert (await client.get(f"/posts/{post['post_id']}")).json()["status"] == "draft"
    assert (await client.get("/account/credits")).json()["balance"] == 50


async def test_create_post_from_unfinished_generation_is_400(client: httpx.AsyncClient) -> None:
    job = (await client.post("/content/generate", json=CAPTION)).json()
    body = {"generation_id": job["generation_id"], "items": [{"post_type": "instagram-feed"}]}
    assert_error(await client.post("/posts", json=body), "create_post", 400, "VALIDATION_ERROR")


async def test_generations_pagination_newest_first(client: httpx.AsyncClient) -> None:
    await admin(client, "credits", {"balance": 1000})
    ids = [
        (await client.post("/content/generate", json={**CAPTION, "prompt": f"Post {i}"})).json()[
            "generation_id"
        ]
        for i in range(5)
    ]
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(5):
        params: dict[str, str | int] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = assert_conforms(await client.get("/content/generations", params=params), "list_generations")
        seen += [g["generation_id"] for g in page["data"]]
        assert all("outputs" not in g for g in page["data"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            assert cursor is None
            break
    assert seen == list(reversed(ids))
    default = (await client.get("/content/generations")).json()
    assert len(default["data"]) == 5
    assert default["has_more"] is False


async def test_calendar_rules(client: httpx.AsyncClient) -> None:
    entry = assert_conforms(
        await client.post(
            "/calendar/entries",
            json={
                "title": "Launch",
                "scheduled_date": "2026-03-25",
                "scheduled_time": "14:00",
                "description": "d",
            },
        ),
        "create_calendar_entry",
    )
    path = f"/calendar/entries/{entry['entry_id']}"
    assert_error(await client.patch(path, json={}), "update_calendar_entry", 400, "VALIDATION_ERROR")
    cleared = assert_conforms(
        await client.patch(path, json={"description": None, "scheduled_time": None}), "update_calendar_entry"
    )
    assert cleared["description"] is None
    assert cleared["scheduled_time"] is None
    assert cleared["title"] == "Launch"
    for params in (
        {"start_date": "2026-04-01", "end_date": "2026-03-01"},
        {"start_date": "2025-01-01", "end_date": "2026-03-01"},
    ):
        assert_error(
            await client.get("/calendar/entries", params=params),
            "list_calendar_entries",
            400,
            "VALIDATION_ERROR",
        )
    assert_conforms(await client.delete(path), "delete_calendar_entry")
    for response, op in (
        (await client.get(path), "get_calendar_entry"),
        (await client.delete(path), "delete_calendar_entry"),
    ):
        assert_error(response, op, 404, "NOT_FOUND")


async def test_other_workspace_objects_are_not_found(client: httpx.AsyncClient) -> None:
    second = (await admin(client, "workspaces"))["workspace_id"]
    job = (await client.post("/content/generate", json=CAPTION)).json()
    response = await client.get(
        f"/content/generations/{job['generation_id']}", headers={"X-Workspace-Id": second}
    )
    assert_error(response, "get_generation", 404, "NOT_FOUND")
    credits = (await client.get("/account/credits")).json()["balance"]
    await client.post("/content/generate", json=CAPTION, headers={"X-Workspace-Id": second})
    assert (await client.get("/account/credits")).json()["balance"] == credits - 6  # one balance per account
