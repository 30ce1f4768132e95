"""Client contract: the SDK (generated client + overlays) runs the documented workflow against the mock.

A spec change that breaks users' code (a renamed field, a moved path, a changed type) breaks this test.
Time is fake: every SDK sleep advances the mock's clock instead of waiting.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.support.sample_media import PNG_1X1
from contract_tests.support.targets import contract_mock_settings

powerpost = pytest.importorskip("powerpost", reason="the SDK package `powerpost` is not importable")
if not hasattr(powerpost, "PowerPost"):
    pytest.skip("powerpost.PowerPost is missing: the SDK is not built yet", allow_module_level=True)
powerpost_mock = pytest.importorskip("powerpost_mock", reason="the mock package is not importable")

STARTING_CREDITS = 1_000
# The mock answers in the shape POWERPOST_MOCK_SHAPE names (`make test` runs this file in full and minimal):
# a minimal answer leaves out what the spec calls optional, and the workflow must go on without it.
FULL_SHAPE = powerpost_mock.spec.response_shape.shape_from_env() == "full"


class MockClockTime:
    """A fake clock for the SDK whose sleeps move the mock's clock forward by the same amount."""

    def __init__(self, root_url: str) -> None:
        self.now = 0.0
        self.slept: list[float] = []
        self._admin = httpx.Client(base_url=root_url, timeout=10.0)

    def clock(self) -> float:
        """Seconds since the test started, in fake time."""
        return self.now

    def sleep(self, seconds: float) -> None:
        """Advance fake time and the mock's job clock."""
        self.now += seconds
        self.slept.append(seconds)
        self._admin.post("/_mock/clock/advance", json={"seconds": seconds}).raise_for_status()

    def close(self) -> None:
        """Release the admin connection."""
        self._admin.close()


@pytest.fixture
def server() -> Iterator[Any]:
    """The mock on a free 127.0.0.1 port, with its documented job delays (the SDK has to wait)."""
    settings = contract_mock_settings(
        caption_delay=2.0,
        image_delay=3.0,
        video_delay=10.0,
        publish_delay=2.0,
        initial_credits=STARTING_CREDITS,
    )
    with powerpost_mock.run_in_thread(settings) as running:
        yield running


def test_documented_workflow_through_the_sdk(server: Any) -> None:
    """credits → upload → captions → wait → image → post → publish → wait → analytics → calendar CRUD."""
    fake = MockClockTime(server.root_url)
    client = powerpost.PowerPost(
        api_key=server.api_key,
        workspace_id=server.workspace_id,
        base_url=server.base_url,
        sleep=fake.sleep,
        clock=fake.clock,
    )
    with client as pp:
        assert pp.account.get_credits().balance == STARTING_CREDITS

        media = pp.media.upload(io.BytesIO(PNG_1X1), type="image", file_name="pixel.png")
        # `mime_type` is optional in the spec (the docs show it in one example only): checked when sent.
        assert media.mime_type is None or str(media.mime_type) == "image/png"

        started = pp.content.generate(
            {
                "prompt": "We just launched dark mode",
                "media_ids": [media.media_id],
                "post_types": ["instagram-feed", "youtube-short"],
                "research_mode": "regular",
            }
        )
        generation = pp.content.wait(started.generation_id)
        assert str(generation.status) == "completed"
        assert started.generation_id in {item.generation_id for item in pp.content.iter(page_size=5)}

        image_job = pp.images.generate({"generation_id": started.generation_id, "quantity": 1})
        image = pp.images.wait(image_job.image_generation_id)
        assert str(image.status) == "completed"
        images = image.images or []
        assert images or not FULL_SHAPE
        with_image = {"media_ids": [images[0].media_id]} if images else {}

        post = pp.posts.create(
            {
                "generation_id": started.generation_id,
                "items": [
                    {"post_type": "instagram-feed", **with_image},
                    {"post_type": "youtube-short", "title": "Dark mode"},
                ],
            }
        )
        assert str(post.status) == "draft"
        publishing = pp.posts.publish(post.post_id)
        published = pp.posts.wait(post.post_id)
        assert str(published.status) == "published"
        with pytest.raises(powerpost.AlreadyPublishedError):
            pp.posts.publish(post.post_id)

        analytics = pp.analytics.get(published.items[0].item_id)
        assert analytics.post_item_id == published.items[0].item_id

        spent = started.credits_used + image_job.credits_used + publishing.credits_used
        assert pp.account.get_credits().balance == STARTING_CREDITS - spent

        entry = pp.calendar.create({"title": "Launch", "scheduled_date": "2026-03-25", "platforms": ["x"]})
        assert pp.calendar.get(entry.entry_id).title == "Launch"
        assert pp.calendar.update(entry.entry_id, {"title": "Launch day"}).title == "Launch day"
        listed = pp.calendar.list("2026-03-01", "2026-03-31")
        assert entry.entry_id in {item.entry_id for item in listed.entries}
        assert pp.calendar.delete(entry.entry_id).success is True
        with pytest.raises(powerpost.NotFoundError):
            pp.calendar.get(entry.entry_id)

    assert fake.slept, "the waits finished without polling: the mock's job delays were not exercised"
    fake.close()


def test_video_workflow_through_the_sdk(server: Any) -> None:
    """A video job started through the SDK is waited for in fake time."""
    fake = MockClockTime(server.root_url)
    with powerpost.PowerPost(
        api_key=server.api_key,
        workspace_id=server.workspace_id,
        base_url=server.base_url,
        sleep=fake.sleep,
        clock=fake.clock,
    ) as pp:
        job = pp.videos.generate({"prompt": "A cup starts to steam", "duration": 5})
        video = pp.videos.wait(job.video_generation_id)
        assert str(video.status) == "completed"
        if FULL_SHAPE or video.video:  # optional in the spec: a minimal answer may leave it out
            assert video.video is not None
            assert video.video.media_id
    fake.close()
