"""Where the SDK's extra per-call time goes: cProfile of the SDK and of the raw-httpx baseline on the same
in-memory calls, own time grouped by layer and per function, shown as the SDK's surplus over raw."""

from __future__ import annotations

import cProfile
import pstats
from collections import defaultdict
from collections.abc import Callable
from typing import cast

from powerpost.types import GenerateContentParams
from rich.console import Console
from rich.table import Table

from bench import canned, raw_baseline, sdk_factory

CALLS = 1000
REPEATS = 3
# First match wins: more specific paths first.
LAYERS = (
    ("/overlays/powerpost/", "SDK overlay (powerpost)"),
    ("/generated/powerpost_api/models/", "generated models (from_dict)"),
    ("/generated/powerpost_api/", "generated client and api modules"),
    ("/dateutil/", "dateutil (datetime parsing)"),
    ("/httpx/", "httpx"),
    ("/httpcore/", "httpcore"),
    ("/attr/", "attrs"),
    ("/json/", "json"),
    ("threading.py", "threading (locks)"),
    ("/email/", "email (header parsing)"),
    ("/enum.py", "enum (StrEnum conversions)"),
    ("/bench/", "benchmark harness and canned transport"),
)
FunctionKey = tuple[str, int, str]


def _layer(key: FunctionKey) -> str:
    filename, _line, function = key
    if filename.startswith("~"):
        return "locks (acquire/release)" if "lock" in function.lower() else "C builtins"
    for marker, name in LAYERS:
        if marker in filename:
            return name
    return "other stdlib"


def _own_times(call: Callable[[], object]) -> dict[FunctionKey, tuple[float, float]]:
    """Per function: (calls per call, own seconds per call) over CALLS invocations."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(CALLS):
        call()
    profiler.disable()
    raw_stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return {key: (row[1] / CALLS, row[2] / CALLS) for key, row in raw_stats.items()}


def _least(runs: list[dict[FunctionKey, tuple[float, float]]]) -> dict[FunctionKey, tuple[float, float]]:
    keys = set().union(*runs)
    return {key: min((run.get(key, (0.0, 0.0)) for run in runs), key=lambda row: row[1]) for key in keys}


def _label(key: FunctionKey) -> str:
    filename, line, name = key
    return f"{'/'.join(filename.split('/')[-2:])}:{line} {name}"


def _print_surplus(
    out: Console,
    label: str,
    sdk: dict[FunctionKey, tuple[float, float]],
    raw: dict[FunctionKey, tuple[float, float]],
    top: int,
) -> None:
    layers: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for key, (_, own) in sdk.items():
        layers[_layer(key)][0] += own
    for key, (_, own) in raw.items():
        layers[_layer(key)][1] += own
    table = Table(
        title=f"cProfile, {label}: own time per layer, SDK vs raw httpx (µs per call, profiler-inflated)"
    )
    for column in ("layer", "SDK", "raw", "SDK surplus"):
        table.add_column(column)
    for name, (mine, theirs) in sorted(layers.items(), key=lambda item: item[1][1] - item[1][0]):
        table.add_row(name, f"{mine * 1e6:.1f}", f"{theirs * 1e6:.1f}", f"{(mine - theirs) * 1e6:+.1f}")
    out.print(table)
    functions = Table(title=f"top {top} functions by SDK surplus ({label})")
    for column in ("function", "calls per call (SDK / raw)", "surplus µs per call"):
        functions.add_column(column, overflow="fold")
    surplus = {key: (sdk.get(key, (0, 0)), raw.get(key, (0, 0))) for key in sdk.keys() | raw.keys()}
    ranked = sorted(surplus.items(), key=lambda item: item[1][1][1] - item[1][0][1])[:top]
    for key, ((mine_calls, mine), (raw_calls, theirs)) in ranked:
        functions.add_row(_label(key), f"{mine_calls:.0f} / {raw_calls:.0f}", f"{(mine - theirs) * 1e6:+.1f}")
    out.print(functions)


def report(console: Console | None = None, top: int = 12) -> None:
    """Print the SDK's surplus over raw httpx for sync get_generation and generate_content."""
    out = console or Console(width=200)
    transport = canned.mock_transport()
    with (
        sdk_factory.sync_sdk(canned.BASE_URL, canned.API_KEY, canned.WORKSPACE_ID, transport) as pp,
        raw_baseline.sync_client(canned.BASE_URL, canned.API_KEY, canned.WORKSPACE_ID, transport) as raw,
    ):
        cases: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
            "sync get_generation": (
                lambda: pp.content.get(canned.GENERATION_ID),
                lambda: raw_baseline.get_generation(raw, canned.GENERATION_ID),
            ),
            "sync generate_content": (
                lambda: pp.content.generate(cast(GenerateContentParams, canned.GENERATE_BODY)),
                lambda: raw_baseline.generate_content(raw, canned.GENERATE_BODY),
            ),
        }
        for label, (sdk_call, raw_call) in cases.items():
            sdk_runs, raw_runs = [], []
            for _ in range(REPEATS):  # alternate, then keep each function's least time: load noise only adds
                sdk_runs.append(_own_times(sdk_call))
                raw_runs.append(_own_times(raw_call))
            _print_surplus(out, label, _least(sdk_runs), _least(raw_runs), top)
