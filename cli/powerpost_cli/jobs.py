"""Commands around a job the API runs in the background (captions, images, videos, publishing):
start it and optionally wait with progress, show it, or wait for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import attrs
import typer
from powerpost import PowerPost

from .one_call import call_and_show
from .output import HasToDict, Printer
from .progress import waiting
from .state import state_of

JobT = TypeVar("JobT")
JobT_co = TypeVar("JobT_co", covariant=True)


class JobResource(Protocol[JobT_co]):
    """The part of an SDK resource (`pp.images`, `pp.posts`, …) the job commands use."""

    def get(self, job_id: str, /) -> JobT_co:
        """The job as it is now."""
        ...

    def wait(
        self, job_id: str, /, *, timeout: float = ..., on_progress: Callable[[Any], object] | None = ...
    ) -> JobT_co:
        """Poll until the job finishes."""
        ...


class StartedJob(HasToDict, Protocol):
    """What a start call returns: at least the credits it spent."""

    @property
    def credits_used(self) -> float:
        """Credits the start spent (a number: PowerPost may charge fractions)."""
        ...


StartedT = TypeVar("StartedT", bound=StartedJob)


def _wait_limits(timeout: float | None) -> dict[str, Any]:
    # Without --timeout the SDK's per-job default applies, so it must not be passed at all.
    return {} if timeout is None else {"timeout": timeout}


@attrs.frozen
class JobCommands(Generic[JobT]):
    """The bodies of one job kind's commands; `label` ("Image generation") names the job in output."""

    label: str
    resource: Callable[[PowerPost], JobResource[JobT]]
    show: Callable[[Printer, JobT], None]

    def get(self, ctx: typer.Context, job_id: str, json_flag: bool) -> None:
        """Show the job as it is now."""
        call_and_show(ctx, json_flag, lambda pp: self.resource(pp).get(job_id), self.show)

    def wait(self, ctx: typer.Context, job_id: str, timeout: float | None, json_flag: bool) -> None:
        """Wait for the job with progress on stderr, then show it."""
        state = state_of(ctx)
        printer = state.printer(json_flag)
        with state.client(printer) as pp, waiting(printer.err, f"{self.label} {job_id}") as on_progress:
            job = self.resource(pp).wait(job_id, on_progress=on_progress, **_wait_limits(timeout))
        self.show(printer, job)

    def start(
        self,
        ctx: typer.Context,
        json_flag: bool,
        begin: Callable[[PowerPost], StartedT],
        *,
        job_id: Callable[[StartedT], str],
        wait: bool,
        timeout: float | None,
        title: str | None = None,
        note: Callable[[StartedT], str] | None = None,
    ) -> None:
        """Start the job with `begin`; show what started, or with `wait` wait for the job and show it.

        `title` heads the started record (default "<label> started"); `note` is the line printed before
        waiting (default "Started <label> <id> (<n> credits)").
        """
        state = state_of(ctx)
        printer = state.printer(json_flag)
        with state.client(printer) as pp:
            started = begin(pp)
            if not wait:
                printer.record(started, title=title or f"{self.label} started")
                return
            started_id = job_id(started)
            printer.note(
                note(started)
                if note is not None
                else f"Started {self.label.lower()} {started_id} ({started.credits_used} credits)"
            )
            with waiting(printer.err, f"{self.label} {started_id}") as on_progress:
                job = self.resource(pp).wait(started_id, on_progress=on_progress, **_wait_limits(timeout))
        self.show(printer, job)
