"""Poll an async job (caption, image, video, post publishing) until it reaches a final state.

Intervals follow PowerPost's own advice (the OpenClaw skill): wait a little, then poll every 2 s for
captions, 3 s for images and posts, 10 s for videos. The first wait is shorter than the rest because
captions often finish within a few seconds.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, TypeVar

import attrs
from powerpost_api.models import Generation, ImageGeneration, JobError, Post, VideoGeneration
from powerpost_api.types import Unset

from .errors import JobFailedError, WaitTimeoutError

T = TypeVar("T")
ProgressCallback = Callable[[T], object]


class Outcome(Enum):
    """Where a polled job stands."""

    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@attrs.frozen
class PollSchedule:
    """How one kind of job is polled: the first wait, the wait between polls, the default timeout."""

    first: float
    interval: float
    timeout: float


CAPTION = PollSchedule(first=1.0, interval=2.0, timeout=120.0)
IMAGE = PollSchedule(first=1.5, interval=3.0, timeout=180.0)
VIDEO = PollSchedule(first=5.0, interval=10.0, timeout=1200.0)
POST = PollSchedule(first=1.5, interval=3.0, timeout=180.0)


def job_outcome(job: Generation | ImageGeneration | VideoGeneration) -> Outcome:
    """A caption/image/video job is done when `completed`, failed when `failed`; any other status runs."""
    status = str(job.status)
    if status == "completed":
        return Outcome.DONE
    if status == "failed":
        return Outcome.FAILED
    return Outcome.RUNNING


def post_outcome(post: Post) -> Outcome:
    """A post is done when `published` and failed when `failed`."""
    status = str(post.status)
    if status == "published":
        return Outcome.DONE
    if status == "failed":
        return Outcome.FAILED
    return Outcome.RUNNING


def job_error(result: Any) -> JobError | None:
    """The failure reason: the job's `error`, or for a post the first failed item's `error`."""
    error = getattr(result, "error", None)
    if isinstance(error, JobError):
        return error
    for item in getattr(result, "items", None) or ():
        if isinstance(item.error, JobError) and not isinstance(item.error, Unset):
            return item.error
    return None


@attrs.frozen
class _Plan:
    first: float
    interval: float
    timeout: float
    max_polls: int

    @classmethod
    def make(cls, schedule: PollSchedule, timeout: float | None, poll_interval: float | None) -> _Plan:
        interval = poll_interval if poll_interval is not None else schedule.interval
        if interval <= 0:
            raise ValueError("poll_interval must be positive")
        first = min(schedule.first, interval)
        limit = schedule.timeout if timeout is None else timeout
        return cls(first, interval, limit, math.ceil(limit / interval) + 2)


def _failed(what: str, result: Any) -> JobFailedError:
    error = job_error(result)
    detail = f"{error.code}: {error.message}" if error is not None else "no error detail"
    return JobFailedError(f"{what} failed ({detail})", job_error=error, result=result)


def _timed_out(what: str, plan: _Plan, last: Any) -> WaitTimeoutError:
    status = getattr(last, "status", None)
    return WaitTimeoutError(f"{what} still {status or 'unknown'} after {plan.timeout:g}s", last=last)


def wait_for(
    what: str,
    fetch: Callable[[], T],
    outcome: Callable[[T], Outcome],
    *,
    schedule: PollSchedule,
    timeout: float | None,
    poll_interval: float | None,
    on_progress: Callable[[T], object] | None,
    sleep: Callable[[float], None],
    clock: Callable[[], float],
) -> T:
    """Poll `fetch` until `outcome` says done (return it) or failed (raise `JobFailedError`)."""
    plan = _Plan.make(schedule, timeout, poll_interval)
    deadline = clock() + plan.timeout
    delay = plan.first
    last: T | None = None
    for _ in range(plan.max_polls):
        remaining = deadline - clock()
        if remaining <= 0:
            break
        sleep(min(delay, remaining))
        last = fetch()
        if on_progress is not None:
            on_progress(last)
        state = outcome(last)
        if state is Outcome.DONE:
            return last
        if state is Outcome.FAILED:
            raise _failed(what, last)
        delay = plan.interval
    raise _timed_out(what, plan, last)


async def async_wait_for(
    what: str,
    fetch: Callable[[], Awaitable[T]],
    outcome: Callable[[T], Outcome],
    *,
    schedule: PollSchedule,
    timeout: float | None,  # noqa: ASYNC109 - measured on the injectable clock
    poll_interval: float | None,
    on_progress: Callable[[T], object] | None,
    sleep: Callable[[float], Awaitable[None]],
    clock: Callable[[], float],
) -> T:
    """The async twin of `wait_for`; `on_progress` may be a plain or an async callable."""
    plan = _Plan.make(schedule, timeout, poll_interval)
    deadline = clock() + plan.timeout
    delay = plan.first
    last: T | None = None
    for _ in range(plan.max_polls):
        remaining = deadline - clock()
        if remaining <= 0:
            break
        await sleep(min(delay, remaining))
        last = await fetch()
        if on_progress is not None:
            result = on_progress(last)
            if inspect.isawaitable(result):
                await result
        state = outcome(last)
        if state is Outcome.DONE:
            return last
        if state is Outcome.FAILED:
            raise _failed(what, last)
        delay = plan.interval
    raise _timed_out(what, plan, last)
