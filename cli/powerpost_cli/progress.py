"""Visible progress while a command waits for a job (`--wait`).

On a terminal: a rich spinner with the status and elapsed time. Elsewhere (pipes, CI, tests): one line per
status change, so logs show what happened without control characters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

ProgressCallback = Callable[[Any], None]


def _status(obj: Any) -> str:
    return str(getattr(obj, "status", "unknown"))


@contextmanager
def waiting(console: Console, label: str) -> Iterator[ProgressCallback]:
    """Show `label: <status>` while polling; yields the `on_progress` callback for the SDK's waiters."""
    polls = 0
    last_status: str | None = None
    if not console.is_terminal:

        def log_change(obj: Any) -> None:
            nonlocal polls, last_status
            polls += 1
            status = _status(obj)
            if status != last_status:
                console.print(f"{label}: {status} (poll {polls})")
                last_status = status

        console.print(f"{label}: waiting…")
        yield log_change
        return

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task(f"{label}: waiting…", total=None)

        def update(obj: Any) -> None:
            nonlocal polls
            polls += 1
            progress.update(task, description=f"{label}: {_status(obj)} (poll {polls})")

        yield update
