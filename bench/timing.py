"""Side-by-side timing: SDK and baseline alternate in many short rounds, so drift and the other processes
on the machine hit both alike; the ratio is the median of the per-round paired ratios."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Awaitable, Callable

import attrs


@attrs.frozen
class Comparison:
    """Median seconds per call of each side and the median paired ratio (ours / baseline)."""

    ours: float
    baseline: float
    ratio: float


def _summary(ours: list[float], baseline: list[float]) -> Comparison:
    ratios = [mine / theirs for mine, theirs in zip(ours, baseline, strict=True)]
    return Comparison(statistics.median(ours), statistics.median(baseline), statistics.median(ratios))


def _timed(call: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls


async def _timed_async(call: Callable[[], Awaitable[object]], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - start) / calls


def compare(
    ours: Callable[[], object], baseline: Callable[[], object], calls: int, rounds: int
) -> Comparison:
    """Alternate the two (order swapped every round) after one discarded warm-up round each."""
    _timed(ours, calls)
    _timed(baseline, calls)
    mine: list[float] = []
    theirs: list[float] = []
    for round_no in range(rounds):
        gc.collect()
        if round_no % 2:
            theirs.append(_timed(baseline, calls))
            mine.append(_timed(ours, calls))
        else:
            mine.append(_timed(ours, calls))
            theirs.append(_timed(baseline, calls))
    return _summary(mine, theirs)


async def compare_async(
    ours: Callable[[], Awaitable[object]], baseline: Callable[[], Awaitable[object]], calls: int, rounds: int
) -> Comparison:
    """Async counterpart of compare (calls awaited one after another)."""
    await _timed_async(ours, calls)
    await _timed_async(baseline, calls)
    mine: list[float] = []
    theirs: list[float] = []
    for round_no in range(rounds):
        gc.collect()
        if round_no % 2:
            theirs.append(await _timed_async(baseline, calls))
            mine.append(await _timed_async(ours, calls))
        else:
            mine.append(await _timed_async(ours, calls))
            theirs.append(await _timed_async(baseline, calls))
    return _summary(mine, theirs)


def micros(seconds: float) -> str:
    """Seconds per call rendered as microseconds."""
    return f"{seconds * 1e6:.0f} µs"
