"""A job's whole lifecycle: start (charge, store, schedule), settle (finish the due ones), force, finish.

Caption, image and video jobs go `processing → completed|failed`; a post's publishing goes
`publishing → published|failed`, item by item. Jobs wait in `MockState.job_queue` (a heap by due time on
the mock clock) and finish lazily: every API request and the app's tick call `settle`.

Outcome: an admin `complete`/`fail` wins; otherwise the public markers decide. A prompt containing
`[fail]` fails the job (refunded); an image prompt containing `[partial-fail]` keeps only the first image
and refunds the rest; a post item whose content contains `[fail]` fails to post (not charged).
"""

from __future__ import annotations

import hashlib
import heapq
from typing import Any, TypeVar

from ..state.models import CaptionJob, ImageJob, Job, Media, Post, VideoJob
from ..state.store import MockState
from .captions import caption_outputs
from .context import RequestContext

J = TypeVar("J", bound=Job)

FAIL_MARKER = "[fail]"
PARTIAL_FAIL_MARKER = "[partial-fail]"
PREVIEW_BASE = "https://mock.powerpost.invalid/storage"
IMAGE_DIMENSIONS = {
    "square": (1024, 1024),
    "feed": (1024, 1280),
    "portrait": (1008, 1792),
    "landscape": (1792, 1008),
}
VIDEO_DIMENSIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def _fails(job: Job, text: str | None) -> bool:
    if job.forced is not None:
        return job.forced == "fail"
    return FAIL_MARKER in (text or "")


def start(
    ctx: RequestContext, job: J, jobs: dict[str, J], operation_id: str, id_field: str, status_path: str
) -> dict[str, Any]:
    """Charge `job.credits_used` (402 and nothing stored when short), keep and schedule the job.

    Returns the start response: `{<id_field>, status, credits_used, remaining_credits, status_url}`."""
    ctx.state.charge(ctx.account, job.credits_used, operation_id, job.job_id, ctx.request_id)
    jobs[job.job_id] = job
    schedule(ctx.state, job)
    return {
        id_field: job.job_id,
        "status": job.status,
        "credits_used": job.credits_used,
        "remaining_credits": ctx.account.balance,
        "status_url": f"/api/v1/{status_path}/{job.job_id}",
    }


def schedule(state: MockState, job: Job) -> None:
    """Remember when a job (or a publishing) leaves `processing` (`job.due_at`, mock time)."""
    heapq.heappush(state.job_queue, (job.due_at, state.next_sequence(), job))


def settle(state: MockState) -> None:
    """Finish every job that is due on the mock clock (cheap when none is)."""
    queue = state.job_queue
    if not queue:
        return
    now = state.clock.now()
    while queue and queue[0][0] <= now:
        _, _, job = heapq.heappop(queue)
        if job.status in ("processing", "publishing"):
            finish(state, job, now)


def force(state: MockState, job_id: str, outcome: str) -> Job | None:
    """Admin: complete or fail a job (or a publishing) right now; None when no job has this id."""
    job: Job | None = (
        state.captions.get(job_id)
        or state.images.get(job_id)
        or state.videos.get(job_id)
        or state.posts.get(job_id)
    )
    if job is None:
        return None
    if job.status in ("processing", "publishing"):
        job.forced = outcome
        finish(state, job, state.clock.now())
    return job


def finish(state: MockState, job: Job, now: float) -> None:
    """End one due (or forced) job."""
    job.completed_at = now
    if isinstance(job, CaptionJob):
        _finish_caption(state, job)
    elif isinstance(job, ImageJob):
        _finish_image(state, job, now)
    elif isinstance(job, VideoJob):
        _finish_video(state, job, now)
    elif isinstance(job, Post):
        _finish_post(state, job, now)


def _finish_caption(state: MockState, job: CaptionJob) -> None:
    if _fails(job, job.prompt):
        job.status = "failed"
        job.error = {"code": "GENERATION_FAILED", "message": "Failed to generate content"}
        state.refund(job.account_id, job.credits_used, "generation_failed", job.job_id)
        job.credits_used = 0
        data: dict[str, Any] = {
            "generation_id": job.job_id,
            "status": "failed",
            "error_code": job.error["code"],
            "error_message": job.error["message"],
        }
        state.emit(job.workspace_id, "generation.failed", data)
        return
    job.status = "completed"
    job.outputs = caption_outputs(job.prompt, job.platforms, job.cta_text)
    state.emit(
        job.workspace_id,
        "generation.completed",
        {"generation_id": job.job_id, "status": "completed", "outputs": job.outputs},
    )


def _store_generated(state: MockState, job: Job, kind: str, mime: str, size: int, now: float) -> Media:
    media = Media(
        media_id=state.new_id(),
        workspace_id=job.workspace_id,
        type=kind,
        file_name=f"{job.job_id}.{mime.split('/')[1]}",
        file_size=size,
        mime_type=mime,
        created_at=now,
    )
    state.media[media.media_id] = media
    return media


def _finish_image(state: MockState, job: ImageJob, now: float) -> None:
    width, height = IMAGE_DIMENSIONS.get(job.size, (1024, 1024))
    if job.forced is not None:
        succeeded = job.quantity if job.forced == "complete" else 0
    elif FAIL_MARKER in (job.prompt or ""):
        succeeded = 0
    elif PARTIAL_FAIL_MARKER in (job.prompt or ""):
        succeeded = 1 if job.quantity > 1 else 0
    else:
        succeeded = job.quantity
    for _ in range(succeeded):
        media = _store_generated(state, job, "image", "image/webp", 180_000, now)
        job.images.append(
            {
                "media_id": media.media_id,
                "url": f"{PREVIEW_BASE}/images/{media.media_id}.webp",
                "thumbnail_url": f"{PREVIEW_BASE}/images/{media.media_id}-thumb.jpg",
                "width": width,
                "height": height,
            }
        )
    if succeeded == job.quantity:
        job.status = "completed"
        state.emit(
            job.workspace_id,
            "image_generation.completed",
            {"image_generation_id": job.job_id, "status": "completed", "images": job.images},
        )
        return
    refund = (job.quantity - succeeded) * job.unit_price
    state.refund(job.account_id, refund, "image_generation_failed", job.job_id)
    job.credits_used -= refund
    job.status = "failed"
    job.error = {
        "code": "IMAGE_GENERATION_FAILED",
        "message": f"{job.quantity - succeeded} of {job.quantity} images failed",
    }
    state.emit(
        job.workspace_id,
        "image_generation.failed",
        {
            "image_generation_id": job.job_id,
            "status": "failed",
            "error_code": job.error["code"],
            "error_message": job.error["message"],
            "images": job.images,
        },
    )


def _finish_video(state: MockState, job: VideoJob, now: float) -> None:
    if _fails(job, job.prompt):
        job.status = "failed"
        job.error = {"code": "VIDEO_GENERATION_FAILED", "message": "Failed to generate the video"}
        state.refund(job.account_id, job.credits_used, "video_generation_failed", job.job_id)
        job.credits_used = 0
        return
    width, height = VIDEO_DIMENSIONS.get(job.size, (1920, 1080))
    media = _store_generated(state, job, "video", "video/mp4", 2_500_000 * job.duration, now)
    job.status = "completed"
    job.video = {
        "media_id": media.media_id,
        "url": f"{PREVIEW_BASE}/videos/{media.media_id}.mp4",
        "thumbnail_url": f"{PREVIEW_BASE}/thumbs/{media.media_id}.jpg",
        "width": width,
        "height": height,
        "duration": job.duration,
    }


def _finish_post(state: MockState, post: Post, now: float) -> None:
    failed = 0
    for item in post.items:
        if _fails(post, item.content):
            item.status = "failed"
            item.error = {"code": "PUBLISH_FAILED", "message": f"{item.platform} rejected the post"}
            state.refund(post.account_id, item.price, "publish_item_failed", item.item_id)
            post.credits_used -= item.price
            failed += 1
        else:
            item.status = "posted"
            item.posted_at = now
            item.platform_post_id = str(int(hashlib.sha256(item.item_id.encode()).hexdigest()[:15], 16))
    post.published_at = now
    post.status = "failed" if failed else "published"
    data: dict[str, Any] = {
        "post_id": post.job_id,
        "status": post.status,
        "items": [item.to_json() for item in post.items],
    }
    if failed:
        data |= {
            "error_code": "PUBLISH_FAILED",
            "error_message": f"{failed} of {len(post.items)} items failed",
        }
    state.emit(post.workspace_id, "post.failed" if failed else "post.published", data)
