"""Waiters: poll a job until done, raise its error on failure, time out when it takes too long."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import powerpost
import pytest

from .conftest import Harness, generation


def _image(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "image_generation_id": "i1",
        "status": status,
        "size": "square",
        "quantity": 1,
        "created_at": "2026-01-10T18:30:00Z",
        **extra,
    }


def _video(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "video_generation_id": "v1",
        "status": status,
        "prompt": "a dog",
        "size": "landscape",
        "duration": 5,
        "has_audio": False,
        "model": "kling-3.0-pro",
        "created_at": "2026-01-10T18:30:00Z",
        **extra,
    }


def _post(status: str, item_status: str = "posting", **item_extra: Any) -> dict[str, Any]:
    item = {"item_id": "it1", "post_type": "x-post", "platform": "x", "status": item_status, **item_extra}
    return {"post_id": "p1", "status": status, "created_at": "2026-01-10T18:30:00Z", "items": [item]}


def _caption(status: str, **extra: Any) -> dict[str, Any]:
    return generation("g1", status, **extra)


# kind: (path, body factory, running status, done status, how to wait, first wait, interval)
JOBS: dict[str, tuple[str, Callable[..., dict[str, Any]], str, str, str, float, float]] = {
    "caption": ("/content/generations/g1", _caption, "processing", "completed", "content", 1.0, 2.0),
    "image": ("/images/generations/i1", _image, "processing", "completed", "images", 1.5, 3.0),
    "video": ("/videos/generations/v1", _video, "processing", "completed", "videos", 5.0, 10.0),
    "post": ("/posts/p1", _post, "publishing", "published", "posts", 1.5, 3.0),
}
IDS = {"caption": "g1", "image": "i1", "video": "v1", "post": "p1"}


@pytest.mark.parametrize("kind", JOBS)
def test_wait_returns_the_final_object_and_reports_progress(api: Harness, kind: str) -> None:
    path, body, running, done, resource, first, interval = JOBS[kind]
    route = api.router.get(path)
    route.side_effect = [
        httpx.Response(200, json=body(running)),
        httpx.Response(200, json=body(running)),
        httpx.Response(200, json=body(done)),
    ]
    seen: list[str] = []
    waiter = getattr(api.client, resource).wait
    result = api.run(waiter(IDS[kind], on_progress=lambda obj: seen.append(str(obj.status))))
    assert str(result.status) == done
    assert seen == [running, running, done]
    assert api.clock.sleeps == [first, interval, interval]


@pytest.mark.parametrize("kind", JOBS)
def test_wait_raises_the_jobs_error_on_failure(api: Harness, kind: str) -> None:
    path, body, running, _, resource, _, _ = JOBS[kind]
    failure = {"code": "GENERATION_FAILED", "message": "model refused"}
    failed = body("failed", "failed", error=failure) if kind == "post" else body("failed", error=failure)
    api.router.get(path).side_effect = [
        httpx.Response(200, json=body(running)),
        httpx.Response(200, json=failed),
    ]
    with pytest.raises(powerpost.JobFailedError) as caught:
        api.run(getattr(api.client, resource).wait(IDS[kind]))
    assert caught.value.job_error.code == "GENERATION_FAILED"
    assert "model refused" in str(caught.value)
    assert str(caught.value.result.status) == "failed"


@pytest.mark.parametrize("kind", JOBS)
def test_wait_times_out_with_the_last_object(api: Harness, kind: str) -> None:
    path, body, running, _, resource, _, _ = JOBS[kind]
    route = api.router.get(path).respond(200, json=body(running))
    with pytest.raises(powerpost.WaitTimeoutError) as caught:
        api.run(getattr(api.client, resource).wait(IDS[kind], timeout=30))
    assert str(caught.value.last.status) == running
    assert sum(api.clock.sleeps) == pytest.approx(30)
    assert 1 < route.call_count <= 30


def test_custom_poll_interval(api: Harness) -> None:
    api.router.get("/content/generations/g1").side_effect = [
        httpx.Response(200, json=_caption("processing")),
        httpx.Response(200, json=_caption("completed")),
    ]
    api.run(api.client.content.wait("g1", poll_interval=0.5))
    assert api.clock.sleeps == [0.5, 0.5]


def test_unknown_status_keeps_polling(api: Harness) -> None:
    api.router.get("/content/generations/g1").side_effect = [
        httpx.Response(200, json=_caption("queued_for_gpu")),
        httpx.Response(200, json=_caption("completed")),
    ]
    assert str(api.run(api.client.content.wait("g1")).status) == "completed"
