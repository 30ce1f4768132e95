"""The same scenarios over real HTTP against the stateful mock (`powerpost_mock.run_in_thread`).

Time is the mock's: the SDK's injected sleep advances the mock clock through `/_mock/clock/advance`
and a fake local clock by the same amount, so nothing sleeps for real.
"""

from __future__ import annotations

import asyncio
import io
import logging
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import powerpost
import pytest
from powerpost import AsyncPowerPost, PowerPost

from .conftest import FakeClock, Harness

powerpost_mock = pytest.importorskip("powerpost_mock", reason="the mock server package is not importable")
if not hasattr(powerpost_mock, "run_in_thread"):
    pytest.skip("powerpost_mock.run_in_thread does not exist yet", allow_module_level=True)

# The mock answers in the shape POWERPOST_MOCK_SHAPE names (`make test` runs this file in full and minimal):
# a minimal answer leaves out what the spec calls optional, such as error details.
FULL_SHAPE = powerpost_mock.spec.response_shape.shape_from_env() == "full"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
CAPTION = {"prompt": "We shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}
SETTINGS = {"max_image_bytes": 1024, "storage_quota_bytes": 4096}


class MockHarness(Harness):
    """A sync or async client talking HTTP to the mock, sleeping on the mock's clock."""

    def __init__(self, kind: str, mock: Any, **options: Any) -> None:
        self.kind = kind
        self.mock = mock
        self.clock = FakeClock()
        self.admin = httpx.Client(base_url=f"{mock.root_url}/_mock", timeout=10)
        self.loop = asyncio.new_event_loop()
        settings: dict[str, Any] = {
            "api_key": mock.api_key,
            "workspace_id": mock.workspace_id,
            "base_url": mock.base_url,
            "clock": self.clock.now,
            **options,
        }
        if kind == "sync":
            self.client: Any = PowerPost(sleep=self._sleep, **settings)
        else:
            self.client = AsyncPowerPost(sleep=self._asleep, **settings)

    def _sleep(self, seconds: float) -> None:
        self.clock.sleep(seconds)
        self.admin.post("/clock/advance", json={"seconds": seconds}).raise_for_status()

    async def _asleep(self, seconds: float) -> None:
        self.clock.sleep(seconds)
        async with httpx.AsyncClient(base_url=f"{self.mock.root_url}/_mock") as admin:
            (await admin.post("/clock/advance", json={"seconds": seconds})).raise_for_status()

    def call_admin(self, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.admin.post(path, json=body or {})
        response.raise_for_status()
        return response.json()

    def ledger(self) -> Any:
        return self.admin.get("/ledger").json()

    def other(self, **options: Any) -> MockHarness:
        return MockHarness(self.kind, self.mock, **options)

    def close(self) -> None:
        if self.kind == "sync":
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.close())
        self.loop.close()
        self.admin.close()


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    with powerpost_mock.run_in_thread(powerpost_mock.MockSettings(**SETTINGS)) as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def live(request: pytest.FixtureRequest, mock: Any) -> Iterator[MockHarness]:
    harness = MockHarness(request.param, mock)
    harness.call_admin("/reset")
    yield harness
    harness.close()


def _started_id(harness: MockHarness) -> str:
    return str(harness.run(harness.client.content.generate(CAPTION)).generation_id)


# -- errors --------------------------------------------------------------------------------------


def test_not_found_and_validation_errors_carry_request_ids(live: MockHarness) -> None:
    with pytest.raises(powerpost.NotFoundError) as missing:
        live.run(live.client.content.get("no-such-generation"))
    assert missing.value.code == "NOT_FOUND"
    assert missing.value.request_id
    with pytest.raises(powerpost.ValidationError) as invalid:
        live.run(live.client.content.generate({**CAPTION, "prompt": "hi"}))
    assert invalid.value.request_id


def test_bad_key_is_an_authentication_error(live: MockHarness) -> None:
    bad = live.other(api_key="pp_live_sk_wrong_key_000000")
    try:
        with pytest.raises(powerpost.AuthenticationError) as caught:
            bad.run(bad.client.account.get_credits())
        assert caught.value.code == "INVALID_API_KEY"
    finally:
        bad.close()


def test_credits_scope_and_foreign_workspace(live: MockHarness) -> None:
    read_only = live.call_admin("/keys", {"preset": "read"})["api_key"]
    reader = live.other(api_key=read_only)
    try:
        with pytest.raises(powerpost.InsufficientScopeError) as scope:
            reader.run(reader.client.content.generate(CAPTION))
        assert scope.value.required_scope == ("content:generate" if FULL_SHAPE else None)
    finally:
        reader.close()
    foreign = live.call_admin("/workspaces", {"account": "acct_someone_else"})["workspace_id"]
    with pytest.raises(powerpost.PermissionDeniedError) as forbidden:
        live.run(live.client.with_workspace(foreign).content.get("x"))
    assert type(forbidden.value) is powerpost.PermissionDeniedError
    live.call_admin("/credits", {"balance": 0})
    with pytest.raises(powerpost.InsufficientCreditsError):
        live.run(live.client.content.generate(CAPTION))


def test_publish_conflicts_and_unconnected_platforms(live: MockHarness) -> None:
    draft = {"items": [{"post_type": "x-post", "content": "Dark mode is here"}]}
    post = live.run(live.client.posts.create(draft))
    live.run(live.client.posts.publish(post.post_id))
    with pytest.raises(powerpost.AlreadyPublishedError):
        live.run(live.client.posts.publish(post.post_id))
    live.call_admin("/platforms", {"connected": ["instagram"]})
    other = live.run(live.client.posts.create(draft))
    with pytest.raises(powerpost.PlatformNotConnectedError):
        live.run(live.client.posts.publish(other.post_id))


def test_both_413_codes(live: MockHarness) -> None:
    with pytest.raises(powerpost.FileTooLargeError):
        live.run(live.client.media.upload(io.BytesIO(PNG + b"\x00" * 2048), file_name="big.png"))
    chunk = PNG + b"\x00" * 900  # four of these fit the 4 KB quota, the fifth does not
    for index in range(4):
        live.run(live.client.media.upload(io.BytesIO(chunk), file_name=f"p{index}.png"))
    with pytest.raises(powerpost.StorageQuotaExceededError) as caught:
        live.run(live.client.media.upload(io.BytesIO(chunk), file_name="p4.png"))
    assert caught.value.code == "STORAGE_QUOTA_EXCEEDED"


# -- retries -------------------------------------------------------------------------------------


def test_429_is_retried_after_the_servers_wait(live: MockHarness) -> None:
    unpaced = live.other(pacing=False)
    try:
        unpaced.call_admin("/rate-limits", {"limit": 100, "window": 10, "operations": {"get_credits": 1}})
        unpaced.run(unpaced.client.account.get_credits())
        assert unpaced.run(unpaced.client.account.get_credits()).balance == 50
        assert len(unpaced.clock.sleeps) == 1
        assert 1 <= unpaced.clock.sleeps[0] <= 10
        assert unpaced.ledger()["requests"]["get_credits"] >= 2
    finally:
        unpaced.close()


def test_500_retried_only_where_safe(live: MockHarness) -> None:
    live.call_admin("/faults", {"error_500": 1.0})
    with pytest.raises(powerpost.InternalServerError):
        live.run(live.client.content.generate(CAPTION))
    with pytest.raises(powerpost.InternalServerError):
        live.run(live.client.content.get("g1"))
    faults = [f["operation"] for f in live.ledger()["faults"]]
    assert faults.count("generate_content") == 1
    assert faults.count("get_generation") == 3


def test_connection_dropped_after_the_server_acted_is_retried_only_where_safe(live: MockHarness) -> None:
    existing = _started_id(live)
    # The mock handles the request (charging credits) and then drops the connection without answering.
    live.call_admin("/faults", {"drop": 1.0})
    with pytest.raises(powerpost.APIConnectionError):
        live.run(live.client.content.generate(CAPTION))
    with pytest.raises(powerpost.APIConnectionError):
        live.run(live.client.content.get(existing))
    ledger = live.ledger()
    faults = [f["operation"] for f in ledger["faults"]]
    assert faults.count("generate_content") == 1
    assert faults.count("get_generation") == 3
    assert len(ledger["charges"]) == 2  # the first generation and the dropped one: never a third


def test_refused_connection_is_retried_even_for_generate(live: MockHarness) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dead = live.other(base_url=f"http://127.0.0.1:{port}/api/v1")
    try:
        with pytest.raises(powerpost.APIConnectionError):
            dead.run(dead.client.content.generate(CAPTION))
        assert len(dead.clock.sleeps) == 2
    finally:
        dead.close()


# -- pacing --------------------------------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def fresh(request: pytest.FixtureRequest) -> Iterator[MockHarness]:
    """A harness on a mock of its own: its clock has not been advanced by other tests.

    The mock stamps `X-RateLimit-Reset` with its (advanceable) clock but uvicorn's `Date` header with
    real time, so after other tests moved the clock the two disagree by the offset.
    """
    with powerpost_mock.run_in_thread(powerpost_mock.MockSettings(**SETTINGS)) as running:
        harness = MockHarness(request.param, running)
        yield harness
        harness.close()


def test_steady_workload_is_paced_and_meets_no_429(
    fresh: MockHarness, caplog: pytest.LogCaptureFixture
) -> None:
    live = fresh
    live.call_admin("/rate-limits", {"limit": 100, "window": 5, "operations": {"get_credits": 3}})
    # The mock's windows are aligned to multiples of 5 s of its clock: start just after a boundary, or
    # the first calls may straddle one and need a single hold (the test failed that way under load).
    now = live.call_admin("/clock/advance", {"seconds": 0})["now"]
    live.call_admin("/clock/advance", {"seconds": 5 - now % 5 + 0.01})
    with caplog.at_level(logging.INFO, logger="powerpost"):
        for _ in range(7):
            live.run(live.client.account.get_credits())
    assert not [r for r in caplog.records if "Retrying" in r.getMessage()]
    assert len(live.clock.sleeps) >= 2  # held twice at the window edge instead of being refused
    assert live.ledger()["requests"]["get_credits"] == 7


# -- workspaces, pagination, waiters, uploads ---------------------------------------------------


def test_with_workspace_acts_on_the_other_workspace(live: MockHarness) -> None:
    second = live.call_admin("/workspaces")["workspace_id"]
    there = live.client.with_workspace(second)
    gid = str(live.run(there.content.generate(CAPTION)).generation_id)
    assert live.run(there.content.get(gid)).generation_id == gid
    with pytest.raises(powerpost.NotFoundError):
        live.run(live.client.content.get(gid))


def test_pagination_across_three_pages(live: MockHarness) -> None:
    made = {_started_id(live) for _ in range(5)}
    seen = [g.generation_id for g in live.collect(live.client.content.iter(page_size=2))]
    assert set(seen) == made
    assert len(seen) == 5
    assert live.ledger()["requests"]["list_generations"] == 3


def test_caption_wait_success_failure_and_timeout(live: MockHarness) -> None:
    progress: list[str] = []
    done = live.run(
        live.client.content.wait(_started_id(live), on_progress=lambda g: progress.append(str(g.status)))
    )
    assert str(done.status) == "completed"
    assert progress[-1] == "completed"
    doomed = _started_id(live)
    live.call_admin(f"/jobs/{doomed}/fail")
    with pytest.raises(powerpost.JobFailedError) as failed:
        live.run(live.client.content.wait(doomed))
    if FULL_SHAPE:
        assert failed.value.job_error.code
    else:
        assert failed.value.job_error is None
        assert str(failed.value.result.status) == "failed"
    with pytest.raises(powerpost.WaitTimeoutError):
        live.run(live.client.content.wait(_started_id(live), timeout=1.0))


def test_image_video_and_post_waiters(live: MockHarness) -> None:
    image = live.run(live.client.images.generate({"prompt": "a desk"}))
    assert str(live.run(live.client.images.wait(image.image_generation_id)).status) == "completed"
    video = live.run(live.client.videos.generate({"prompt": "a dog", "duration": 5}))
    assert str(live.run(live.client.videos.wait(video.video_generation_id)).status) == "completed"
    post = live.run(live.client.posts.create({"items": [{"post_type": "x-post", "content": "hello"}]}))
    live.run(live.client.posts.publish(post.post_id))
    assert str(live.run(live.client.posts.wait(post.post_id)).status) == "published"
    failing = live.run(live.client.posts.create({"items": [{"post_type": "x-post", "content": "again"}]}))
    live.run(live.client.posts.publish(failing.post_id))
    live.call_admin(f"/jobs/{failing.post_id}/fail")
    with pytest.raises(powerpost.JobFailedError):
        live.run(live.client.posts.wait(failing.post_id))


def test_upload_streams_a_file_with_a_random_boundary(live: MockHarness) -> None:
    tricky = PNG + b"\r\n--+++\r\n" + b"\x01" * 50
    media = live.run(live.client.media.upload(io.BytesIO(tricky), file_name="tricky.png"))
    assert media.file_size == len(tricky)
    assert str(media.type_) == "image"
