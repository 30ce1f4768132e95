"""The SDK reads the target's answers, and what it had to tolerate goes into the drift report.

URL mode (``make contract URL=...``) runs every operation through the SDK; live mode (``make
contract-live``) runs the read operations, plus one caption job when spending is allowed (never a publish).
The in-process mode has no URL for the SDK to call: `test_client_contract.py` covers the SDK there.
The report is printed at the end of the session and written to ``contract_tests/report/drift-report.*``.
"""

from __future__ import annotations

import datetime
import io
import os
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.support.drift_report import DRIFT
from contract_tests.support.sample_media import PNG_1X1
from contract_tests.support.targets import Target, TargetKind, default_target_kind, live_target, url_target

powerpost = pytest.importorskip("powerpost", reason="the SDK package `powerpost` is not importable")

WAIT_TIMEOUT = 120.0  # seconds a job may take on a real server before the sweep gives up on it


class CountingTransport(httpx.HTTPTransport):
    """The SDK's inner transport: counts the requests, for the report."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send as usual, counted."""
        DRIFT.count_call()
        return super().handle_request(request)


class TargetTime:
    """Sleeps that advance a mock's clock through `/_mock/clock/advance`, or real ones elsewhere."""

    def __init__(self, target: Target) -> None:
        root = target.base_url.removesuffix("/api/v1")
        self._admin = httpx.Client(base_url=root, timeout=10.0) if target.is_mock else None
        self.now = time.monotonic()

    def clock(self) -> float:
        """Monotonic seconds, moved on by the mock's clock when there is one."""
        return self.now if self._admin is not None else time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Advance the mock's clock (no real wait), or really sleep."""
        if self._admin is not None:
            response = self._admin.post("/_mock/clock/advance", json={"seconds": seconds})
            if response.status_code == 200:
                self.now += seconds
                return
            self._admin = None  # not our mock: real time from here on
        time.sleep(seconds)

    def close(self) -> None:
        """Release the admin connection."""
        if self._admin is not None:
            self._admin.close()


@pytest.fixture
def sdk_on_target(request: pytest.FixtureRequest) -> Iterator[tuple[Any, Target]]:
    """A `PowerPost` client on the target, listening for drift records."""
    target: Target = request.param
    DRIFT.target = target.label
    fake = TargetTime(target)
    client = powerpost.PowerPost(
        api_key=target.api_key,
        workspace_id=target.workspace_id,
        base_url=target.base_url,
        transport=CountingTransport(),
        sleep=fake.sleep,
        clock=fake.clock,
    )
    with DRIFT.attached(), client:
        yield client, target
    fake.close()


def _url_targets() -> list[Any]:
    if default_target_kind() is not TargetKind.URL:
        reason = "the SDK drift sweep runs in URL mode (POWERPOST_CONTRACT_URL) and live mode"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="url")]
    return [pytest.param(url_target(os.environ["POWERPOST_CONTRACT_URL"].strip(), os.environ), id="url")]


def _live_targets() -> list[Any]:
    live = live_target(os.environ)
    if isinstance(live, str):
        return [pytest.param(None, marks=pytest.mark.skip(reason=live), id="live")]
    return [pytest.param(live, id="live")]


def read_operations(pp: Any) -> None:
    """Every read the SDK offers, on what the target already holds."""
    pp.account.get_credits()
    page = pp.content.list(limit=5)
    for generation in (page.data or [])[:2]:
        pp.content.get(generation.generation_id)
    today = datetime.date.today()
    listed = pp.calendar.list(
        today.replace(day=1).isoformat(), (today + datetime.timedelta(days=31)).isoformat()
    )
    for entry in (listed.entries or [])[:2]:
        pp.calendar.get(entry.entry_id)


def caption_job(pp: Any) -> str:
    """One caption job, waited for: its id."""
    started = pp.content.generate(
        {"prompt": "We just launched dark mode", "post_types": ["x-post"], "research_mode": "regular"}
    )
    pp.content.wait(started.generation_id, timeout=WAIT_TIMEOUT)
    return str(started.generation_id)


def every_operation(pp: Any) -> None:
    """All 18 operations, each answer read by the SDK (what is optional may be missing: go on without)."""
    media = pp.media.upload(io.BytesIO(PNG_1X1), type="image", file_name="pixel.png")
    pp.content.generate(
        {"media_ids": [media.media_id], "post_types": ["instagram-feed"], "research_mode": "regular"}
    )
    generation_id = caption_job(pp)
    list(pp.content.iter(page_size=2))
    image_job = pp.images.generate({"generation_id": generation_id, "quantity": 1})
    images = pp.images.wait(image_job.image_generation_id, timeout=WAIT_TIMEOUT).images or []
    video_job = pp.videos.generate({"prompt": "A cup starts to steam", "duration": 5})
    pp.videos.wait(video_job.video_generation_id, timeout=WAIT_TIMEOUT)
    with_image = {"media_ids": [images[0].media_id]} if images else {}
    post = pp.posts.create({"generation_id": generation_id, "items": [{"post_type": "x-post", **with_image}]})
    pp.posts.publish(post.post_id)
    posted = pp.posts.wait(post.post_id, timeout=WAIT_TIMEOUT)
    pp.posts.get(post.post_id)
    for item in posted.items:
        pp.analytics.get(item.item_id)
    # Dated inside the range `read_operations` lists, so that the sweep also reads the entry back.
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    entry = pp.calendar.create({"title": "Drift sweep", "scheduled_date": tomorrow, "platforms": ["x"]})
    pp.calendar.update(entry.entry_id, {"title": "Drift sweep, moved"})
    read_operations(pp)
    pp.calendar.delete(entry.entry_id)


@pytest.mark.parametrize("sdk_on_target", _url_targets(), indirect=True)
def test_sdk_reads_every_answer_of_the_url_target(sdk_on_target: tuple[Any, Target]) -> None:
    """Every operation through the SDK: nothing the server sends within the spec stops it."""
    pp, _ = sdk_on_target
    every_operation(pp)
    assert DRIFT.sdk_calls >= 18


@pytest.mark.live
@pytest.mark.parametrize("sdk_on_target", _live_targets(), indirect=True)
def test_sdk_reads_the_live_api(sdk_on_target: tuple[Any, Target]) -> None:
    """The reads (and, when spending is allowed, one caption job) through the SDK against PowerPost."""
    pp, target = sdk_on_target
    read_operations(pp)
    if target.allow_spend:
        caption_job(pp)
    assert DRIFT.sdk_calls >= 3
