"""One measured figure of `make bench`, compared with its target, and the table that prints them all."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

import attrs
from rich.console import Console
from rich.table import Table


class Goal(Enum):
    """Whether a ratio must stay below or above its target."""

    AT_MOST = "≤"
    AT_LEAST = "≥"
    RECORD = "record"


@attrs.frozen
class Figure:
    """A benchmark result: what was compared, the ratio, the target and how it was obtained."""

    number: str
    name: str
    ours: str
    baseline: str
    ratio: float | None
    goal: Goal
    target: float | None = None
    note: str = ""
    verdict: bool | None = None

    @property
    def met(self) -> bool | None:
        """True/False against the target, None when there is no target or no measurement."""
        if self.verdict is not None:
            return self.verdict
        if self.ratio is None or self.target is None or self.goal is Goal.RECORD:
            return None
        if self.goal is Goal.AT_MOST:
            return self.ratio <= self.target
        return self.ratio >= self.target


def failed_figure(number: str, name: str, goal: Goal, target: float | None, why: str) -> Figure:
    """A figure that could not be measured, carrying the reason instead of numbers."""
    return Figure(number, name, "—", "—", None, goal, target, f"not measured: {why}")


def render(figures: Sequence[Figure], console: Console | None = None) -> None:
    """Print the figures as one table with ratio, target and verdict."""
    table = Table(title="PowerPost SDK and mock benchmarks", show_lines=True)
    for column in ("#", "figure", "ours", "baseline", "ratio", "target", "met", "note"):
        table.add_column(column, overflow="fold")
    for fig in figures:
        ratio = "—" if fig.ratio is None else f"{fig.ratio:.3f}×"
        target = "—" if fig.target is None else f"{fig.goal.value} {fig.target:g}×"
        verdict = {True: "[green]yes[/]", False: "[red]NO[/]", None: "—"}[fig.met]
        table.add_row(fig.number, fig.name, fig.ours, fig.baseline, ratio, target, verdict, fig.note)
    (console or Console(width=200)).print(table)
