"""The documented chains, step by step with real ids, every response checked like the fuzzed ones.

upload → generate captions → get → image from the captions → post → publish → get → analytics, a video
job, and the calendar's create → get → update → list → delete → gone (use-after-free).
"""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.support.mock_admin import MockAdmin
from contract_tests.support.operation_calls import call_checked
from contract_tests.support.sample_media import valid_upload_body
from contract_tests.support.schema_factory import build_schema
from contract_tests.support.targets import default_target

TARGET = default_target()
schema = build_schema(TARGET, section=f"chains · {TARGET.label}")
AUTH = {"x-api-key": TARGET.api_key, "X-Workspace-Id": TARGET.workspace_id}


@pytest.fixture(scope="module")
def admin() -> MockAdmin:
    """The mock's admin surface, to finish jobs without waiting (the chains need the mock)."""
    mock = MockAdmin(TARGET)
    if not mock.available():
        pytest.skip("the chains finish jobs through the mock's /_mock/ admin surface")
    mock.prepare_for_contract_run()
    return mock


def call(operation_id: str, expected_status: int = 200, **overrides: Any) -> Any:
    """Call with the target's credentials, assert the status, run every check, return the JSON body."""
    _, body = call_checked(schema, operation_id, headers=AUTH, expected_status=expected_status, **overrides)
    return body


def finished(admin: MockAdmin, operation_id: str, id_name: str, job_id: str, done: str = "completed") -> Any:
    """Read a job; if it is still running, have the mock finish it and read it again."""
    body = call(operation_id, path_parameters={id_name: job_id})
    if body["status"] != done:
        assert admin.post(f"jobs/{job_id}/complete") is not None
        body = call(operation_id, path_parameters={id_name: job_id})
    assert body["status"] == done, body
    return body


def test_upload_caption_image_post_publish_analytics(admin: MockAdmin) -> None:
    """The full content workflow runs on real ids and every answer honours the spec."""
    media = call("upload_media", body=valid_upload_body("image"), media_type="multipart/form-data")
    started = call(
        "generate_content",
        body={
            "prompt": "We just launched dark mode",
            "media_ids": [media["media_id"]],
            "post_types": ["instagram-feed", "youtube-short"],
            "research_mode": "regular",
        },
    )
    generation = finished(admin, "get_generation", "generation_id", started["generation_id"])
    # `outputs` is optional in the spec; when a server sends it, it holds every platform asked for.
    if generation.get("outputs") is not None:
        assert {"instagram", "youtube"} <= set(generation["outputs"])
    listed = call("list_generations", query={"limit": 100})
    assert started["generation_id"] in {item["generation_id"] for item in listed["data"]}

    image_job = call("generate_image", body={"generation_id": started["generation_id"], "quantity": 1})
    image = finished(admin, "get_image_generation", "image_generation_id", image_job["image_generation_id"])
    # `images` is optional in the spec: without it the post uses the uploaded image instead.
    image_media_id = image["images"][0]["media_id"] if image.get("images") else media["media_id"]

    post = call(
        "create_post",
        body={
            "generation_id": started["generation_id"],
            "items": [
                {"post_type": "instagram-feed", "media_ids": [image_media_id]},
                {"post_type": "youtube-short", "title": "Dark mode"},
            ],
        },
    )
    assert post["status"] == "draft"
    # An item's `content` is optional in the spec; when a server sends it, it was filled from the generation.
    contents = [item.get("content") for item in post["items"]]
    assert all(content != "" for content in contents), "content was not filled from the generation"
    publishing = call("publish_post", path_parameters={"post_id": post["post_id"]})
    assert publishing["status"] == "publishing"
    published = finished(admin, "get_post", "post_id", post["post_id"], done="published")
    call("publish_post", 409, path_parameters={"post_id": post["post_id"]})
    analytics = call(
        "get_post_item_analytics", path_parameters={"post_item_id": published["items"][0]["item_id"]}
    )
    assert analytics["post_item_id"] == published["items"][0]["item_id"]


def test_video_job(admin: MockAdmin) -> None:
    """A video generation starts from an uploaded first frame and completes with a video."""
    frame = call("upload_media", body=valid_upload_body("image"), media_type="multipart/form-data")
    job = call(
        "generate_video",
        body={"prompt": "The cup starts to steam", "source_image": frame["media_id"], "duration": 5},
    )
    video = finished(admin, "get_video_generation", "video_generation_id", job["video_generation_id"])
    # `video` is optional in the spec; when a server sends it, it names the new video's media id.
    if video.get("video") is not None:
        assert video["video"]["media_id"]


def test_deleted_calendar_entry_is_gone() -> None:
    """Create → get → update → list → delete; afterwards reading, changing or deleting it again is 404."""
    entry = call(
        "create_calendar_entry",
        body={
            "title": "Launch",
            "scheduled_date": "2026-03-25",
            "scheduled_time": "14:00",
            "platforms": ["x"],
        },
    )
    ids = {"entry_id": entry["entry_id"]}
    assert call("get_calendar_entry", path_parameters=ids)["title"] == "Launch"
    updated = call("update_calendar_entry", path_parameters=ids, body={"scheduled_time": None})
    assert updated.get("scheduled_time") is None  # cleared: null, or absent (the field is optional)
    listed = call("list_calendar_entries", query={"start_date": "2026-03-01", "end_date": "2026-03-31"})
    assert entry["entry_id"] in {item["entry_id"] for item in listed["entries"]}

    assert call("delete_calendar_entry", path_parameters=ids) == {"success": True}
    call("get_calendar_entry", 404, path_parameters=ids)
    call("update_calendar_entry", 404, path_parameters=ids, body={"title": "Again"})
    call("delete_calendar_entry", 404, path_parameters=ids)
    listed = call("list_calendar_entries", query={"start_date": "2026-03-01", "end_date": "2026-03-31"})
    assert entry["entry_id"] not in {item["entry_id"] for item in listed["entries"]}
