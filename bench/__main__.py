"""`make bench`: measure the figures side by side and print them as ratios against targets.

BENCH_ONLY=1a,3 (or `python -m bench --only 1a,3`) runs only some sections; BENCH_QUICK=1 skips the 40 s
pacing run; BENCH_FULL=1 also times `make test`; BENCH_PROFILE=0 skips the cProfile breakdown.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable

from rich.console import Console

from bench import (
    concurrency,
    mock_throughput,
    overhead,
    pacing,
    profile_overhead,
    request_options,
    shared_pacing,
    toolchain_timing,
    upload_memory,
)
from bench.figures import Figure, Goal, failed_figure, render

SECTIONS: dict[str, tuple[str, Goal, float | None, Callable[[], list[Figure]]]] = {
    "1a": ("SDK overhead in memory", Goal.AT_MOST, overhead.IN_MEMORY_TARGET, overhead.run_in_memory),
    "1b": ("SDK overhead over HTTP", Goal.AT_MOST, overhead.END_TO_END_TARGET, overhead.run_end_to_end),
    "1c": ("per-call options", Goal.AT_MOST, None, request_options.run),
    "2": ("async concurrency", Goal.AT_LEAST, concurrency.TARGET, concurrency.run),
    "3": ("mock vs Prism", Goal.AT_LEAST, mock_throughput.TARGET, mock_throughput.run),
    "4": ("pacing", Goal.AT_MOST, pacing.TARGET, pacing.run),
    "5": ("upload memory", Goal.AT_MOST, 1.0, upload_memory.run),
    "6": ("toolchain wall time", Goal.RECORD, None, toolchain_timing.run),
    "7": ("shared pacing", Goal.AT_MOST, shared_pacing.TARGET, shared_pacing.run),
}


def main() -> int:
    """Run the selected sections; a section that crashes becomes a 'not measured' row, never a silent gap."""
    console = Console(width=200)
    selected = os.environ.get("BENCH_ONLY", "")
    if "--only" in sys.argv[1:-1]:  # `python -m bench --only 7` is BENCH_ONLY=7
        selected = sys.argv[sys.argv.index("--only") + 1]
    only = {part.strip() for part in selected.split(",") if part.strip()}
    figures: list[Figure] = []
    started = time.perf_counter()
    for number, (name, goal, target, section) in SECTIONS.items():
        if only and number not in only:
            continue
        console.print(f"[bold]running {number}: {name}[/] …")
        section_start = time.perf_counter()
        try:
            figures.extend(section())
        except Exception as exc:  # a broken section must not hide the others' figures
            traceback.print_exc()
            figures.append(failed_figure(number, name, goal, target, f"{type(exc).__name__}: {exc}"[:160]))
        console.print(f"  done in {time.perf_counter() - section_start:.1f} s")
    render(figures, console)
    if os.environ.get("BENCH_PROFILE", "1") == "1" and (not only or "1a" in only):
        profile_overhead.report(console)
    missed = [fig for fig in figures if fig.met is False]
    console.print(f"total {time.perf_counter() - started:.0f} s; targets missed: {len(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
