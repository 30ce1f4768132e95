"""The --wait progress display: a live spinner on a terminal, one line per status change elsewhere."""

from __future__ import annotations

import io

import attrs
from powerpost_cli.progress import waiting
from rich.console import Console


@attrs.frozen
class Job:
    """Just what the display reads."""

    status: str


def test_terminal_shows_latest_status_and_poll_count() -> None:
    """On a terminal the spinner line ends with the last status seen and how many polls it took."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    with waiting(console, "Caption generation g1") as on_progress:
        for status in ("processing", "processing", "completed"):
            on_progress(Job(status))
    assert "Caption generation g1: completed (poll 3)" in buffer.getvalue()


def test_pipe_logs_each_status_change_once() -> None:
    """Without a terminal, each new status is one plain line (no control characters)."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=False, width=100)
    with waiting(console, "Post p1") as on_progress:
        for status in ("publishing", "publishing", "published"):
            on_progress(Job(status))
    assert buffer.getvalue().splitlines() == [
        "Post p1: waiting…",
        "Post p1: publishing (poll 1)",
        "Post p1: published (poll 3)",
    ]
    assert "\x1b" not in buffer.getvalue()
