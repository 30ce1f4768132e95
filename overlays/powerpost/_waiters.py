"""Poll an async job (caption, image, video, post publishing) until it reaches a final state.

Intervals follow the polling advice PowerPost publishes for its API: wait a little, then poll every 2 s for
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

from ._errors import JobFailedError, WaitTimeoutError

T = TypeVar("T")


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
    return _outcome(str(job.status), done="completed")


def post_outcome(post: Post) -> Outcome:
    """A post is done when `published` and failed when `failed`; any other status runs."""
    return _outcome(str(post.status), done="published")


def _outcome(status: str, *, done: str) -> Outcome:
    if status == done:
        return Outcome.DONE
    return Outcome.FAILED if status == "failed" else Outcome.RUNNING


def job_error(result: Any) -> JobError | None:
    """The failure reason: the job's `error`, or for a post the first failed item's `error`."""
    error = getattr(result, "error", None)
    if isinstance(error, JobError):
        return error
    for item in getattr(result, "items", None) or ():
        if isinstance(item.error, JobError) and not isinstance(item.error, Unset):
            return item.error
    return None


class _Polling:
    """The decisions of one wait, shared by `wait_for` and `async_wait_for` (which only add the I/O)."""

    def __init__(
        self,
        what: str,
        schedule: PollSchedule,
        timeout: float | None,
        poll_interval: float | None,
        clock: Callable[[], float],
    ) -> None:
        interval = poll_interval if poll_interval is not None else schedule.interval
        if interval <= 0:
            raise ValueError("poll_interval must be positive")
        self._what = what
        self._interval = interval
        self._timeout = schedule.timeout if timeout is None else timeout
        self._clock = clock
        self._deadline = clock() + self._timeout
        self._delay = min(schedule.first, interval)
        self._polls_left = math.ceil(self._timeout / interval) + 2
        self.last: Any = None

    def next_wait(self) -> float | None:
        """Seconds to sleep before the next poll, or None when the time (or poll budget) is up."""
        remaining = self._deadline - self._clock()
        if remaining <= 0 or self._polls_left <= 0:
            return None
        self._polls_left -= 1
        delay, self._delay = self._delay, self._interval
        return min(delay, remaining)

    def finished(self, result: Any, outcome: Callable[[Any], Outcome]) -> bool:
        """True when `result` is done; raises `JobFailedError` when it failed."""
        self.last = result
        state = outcome(result)
        if state is Outcome.FAILED:
            error = job_error(result)
            detail = f"{error.code}: {error.message}" if error is not None else "no error detail"
            raise JobFailedError(f"{self._what} failed ({detail})", job_error=error, result=result)
        return state is Outcome.DONE

    def timed_out(self) -> WaitTimeoutError:
        """The error for a wait that ran out of time."""
        status = getattr(self.last, "status", None)
        return WaitTimeoutError(
            f"{self._what} still {status or 'unknown'} after {self._timeout:g}s", last=self.last
        )


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
    polling = _Polling(what, schedule, timeout, poll_interval, clock)
    while (delay := polling.next_wait()) is not None:
        sleep(delay)
        result = fetch()
        if on_progress is not None:
            on_progress(result)
        if polling.finished(result, outcome):
            return result
    raise polling.timed_out()


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
    polling = _Polling(what, schedule, timeout, poll_interval, clock)
    while (delay := polling.next_wait()) is not None:
        await sleep(delay)
        result = await fetch()
        if on_progress is not None:
            progress = on_progress(result)
            if inspect.isawaitable(progress):
                await progress
        if polling.finished(result, outcome):
            return result
    raise polling.timed_out()
