"""Smoke: a 200 of every one of the 18 operations conforms to the spec."""

from __future__ import annotations

import httpx

from .conftest import PNG, admin, advance, assert_conforms, spec


async def test_every_operation_answers_per_spec(client: httpx.AsyncClient) -> None:
    await admin(client, "credits", {"balance": 500})
    seen: set[str] = set()

    def ok(response: httpx.Response, operation_id: str) -> dict[str, object]:
        assert response.status_code == 200, response.text
        seen.add(operation_id)
        body: dict[str, object] = assert_conforms(response, operation_id)
        return body

    ok(await client.get("/account/credits"), "get_credits")
    media = ok(
        await client.post("/media/upload", data={"type": "image"}, files={"file": ("p.png", PNG)}),
        "upload_media",
    )
    gen = ok(
        await client.post(
            "/content/generate",
            json={"media_ids": [media["media_id"]], "post_types": ["tiktok-video"], "research_mode": "deep"},
        ),
        "generate_content",
    )
    img = ok(
        await client.post("/images/generate", json={"prompt": "x", "style_images": [media["media_id"]]}),
        "generate_image",
    )
    vid = ok(
        await client.post(
            "/videos/generate",
            json={"prompt": "x", "duration": 8, "model": "veo-3.1", "source_image": media["media_id"]},
        ),
        "generate_video",
    )
    await advance(client, 10)
    ok(await client.get("/content/generations", params={"status": "completed"}), "list_generations")
    ok(await client.get(f"/content/generations/{gen['generation_id']}"), "get_generation")
    ok(await client.get(f"/images/generations/{img['image_generation_id']}"), "get_image_generation")
    ok(await client.get(f"/videos/generations/{vid['video_generation_id']}"), "get_video_generation")
    post = ok(
        await client.post(
            "/posts", json={"generation_id": gen["generation_id"], "items": [{"post_type": "tiktok-video"}]}
        ),
        "create_post",
    )
    ok(await client.post(f"/posts/{post['post_id']}/publish"), "publish_post")
    ok(await client.get(f"/posts/{post['post_id']}"), "get_post")
    items = post["items"]
    assert isinstance(items, list)
    ok(await client.get(f"/post-items/{items[0]['item_id']}/analytics"), "get_post_item_analytics")
    entry = ok(
        await client.post(
            "/calendar/entries",
            json={"title": "t", "scheduled_date": "2026-01-01", "platforms": ["x"], "status": "planned"},
        ),
        "create_calendar_entry",
    )
    ok(
        await client.get("/calendar/entries", params={"start_date": "2026-01-01", "end_date": "2026-12-31"}),
        "list_calendar_entries",
    )
    ok(await client.get(f"/calendar/entries/{entry['entry_id']}"), "get_calendar_entry")
    ok(
        await client.patch(f"/calendar/entries/{entry['entry_id']}", json={"platforms": ["x", "tiktok"]}),
        "update_calendar_entry",
    )
    ok(await client.delete(f"/calendar/entries/{entry['entry_id']}"), "delete_calendar_entry")
    documented = {
        op["operationId"]
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert seen == documented
    assert len(seen) == 18


async def test_openapi_documents_are_served(client: httpx.AsyncClient) -> None:
    served = (await client.get("http://mock/openapi.json")).json()
    assert served["info"] == spec()["info"]
    assert (await client.get("http://mock/openapi.yaml")).text.startswith("openapi: 3.1")
