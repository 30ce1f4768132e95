"""Instructions per call of the SDK and of raw httpx, counted by valgrind (load-independent).

Wall-clock ratios on a shared machine move by ±0.07; instruction counts do not. Every case runs in one
child process under `valgrind --tool=callgrind`, which counts only inside `functools.reduce` and dumps
after each: WARMUP calls uncounted, then CALLS counted calls per case and side (imports excluded,
garbage collection off). Three sides: the SDK, raw httpx, and raw httpx spared its cookie parsing as the
SDK spares itself (`raw_lean`): `sdk / raw` is figure 1a's ratio in instructions, `sdk / raw_lean` what
the SDK's own code costs.

    .venv/bin/python -m bench.instructions               # every case
    .venv/bin/python -m bench.instructions get_generation_sync get_credits_async
"""

from __future__ import annotations

import asyncio
import functools
import gc
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import cast

import httpx
from powerpost import _cookies as cookies

WARMUP, CALLS = 50, 200
# `raw_lean`: raw httpx with the SDK's cookie-parsing skip, for a like-for-like ratio of the SDK's own code.
SIDES = ("sdk", "raw", "raw_lean")
CASES = (
    "get_credits_sync",
    "get_generation_sync",
    "generate_content_sync",
    "get_credits_async",
    "get_generation_async",
    "generate_content_async",
)
# Recorded on request (not in CASES): `content.get` with per-call options, against the same raw call as
# `get_generation`, so the SDK's surplus over `get_generation_sync` is what the options cost.
#     .venv/bin/python -m bench.instructions get_generation_sync get_generation_options_sync
OPTIONS = {"timeout": 30.0, "max_retries": 1, "extra_headers": {"X-Trace-Id": "bench"}}
NO_HEADERS = {"timeout": 30.0, "max_retries": 1}


def _sync_call(side: str, op: str) -> Callable[[], object]:
    from powerpost.types import GenerateContentParams

    from bench import canned, raw_baseline, sdk_factory

    transport = canned.mock_transport()
    args = (canned.BASE_URL, canned.API_KEY, canned.WORKSPACE_ID, transport)
    params = cast(GenerateContentParams, canned.GENERATE_BODY)
    if side == "sdk":
        pp = sdk_factory.sync_sdk(*args)
        return {
            "get_credits": lambda: pp.account.get_credits(),
            "get_generation": lambda: pp.content.get(canned.GENERATION_ID),
            "get_generation_options": lambda: pp.content.get(canned.GENERATION_ID, **OPTIONS),  # type: ignore[arg-type]
            "get_generation_noheaders": lambda: pp.content.get(canned.GENERATION_ID, **NO_HEADERS),  # type: ignore[arg-type]
            "generate_content": lambda: pp.content.generate(params),
        }[op]
    raw = raw_baseline.sync_client(*args)
    _lean(side, raw)
    return {
        "get_credits": lambda: raw_baseline.get_credits(raw),
        "get_generation": lambda: raw_baseline.get_generation(raw, canned.GENERATION_ID),
        "get_generation_options": lambda: raw_baseline.get_generation(raw, canned.GENERATION_ID),
        "get_generation_noheaders": lambda: raw_baseline.get_generation(raw, canned.GENERATION_ID),
        "generate_content": lambda: raw_baseline.generate_content(raw, canned.GENERATE_BODY),
    }[op]


def _async_call(side: str, op: str) -> Callable[[], Awaitable[object]]:
    from powerpost.types import GenerateContentParams

    from bench import canned, raw_baseline, sdk_factory

    transport = canned.mock_transport()
    args = (canned.BASE_URL, canned.API_KEY, canned.WORKSPACE_ID, transport)
    params = cast(GenerateContentParams, canned.GENERATE_BODY)
    if side == "sdk":
        pp = sdk_factory.async_sdk(*args)
        return {
            "get_credits": lambda: pp.account.get_credits(),
            "get_generation": lambda: pp.content.get(canned.GENERATION_ID),
            "get_generation_options": lambda: pp.content.get(canned.GENERATION_ID, **OPTIONS),  # type: ignore[arg-type]
            "get_generation_noheaders": lambda: pp.content.get(canned.GENERATION_ID, **NO_HEADERS),  # type: ignore[arg-type]
            "generate_content": lambda: pp.content.generate(params),
        }[op]
    raw = raw_baseline.async_client(*args)
    _lean(side, raw)
    return {
        "get_credits": lambda: raw_baseline.aget_credits(raw),
        "get_generation": lambda: raw_baseline.aget_generation(raw, canned.GENERATION_ID),
        "get_generation_options": lambda: raw_baseline.aget_generation(raw, canned.GENERATION_ID),
        "get_generation_noheaders": lambda: raw_baseline.aget_generation(raw, canned.GENERATION_ID),
        "generate_content": lambda: raw_baseline.agenerate_content(raw, canned.GENERATE_BODY),
    }[op]


def _lean(side: str, raw: httpx.Client | httpx.AsyncClient) -> None:
    """For the `raw_lean` side: raw httpx spared its cookie parsing as the SDK spares itself (`_cookies`),
    so `sdk / raw_lean` is what the SDK's own code costs, apart from that saving."""
    if side == "raw_lean" and not cookies.install(raw):
        raise RuntimeError("the cookie-parsing skip did not install on the raw client")


def _counted(run: Callable[[], object]) -> None:
    """`run()` inside `functools.reduce`: the C function valgrind is told to count and dump after.

    The garbage collector is off while counting: when it runs depends on every allocation since start-up,
    which made the same case differ by 70k instructions per call between runs.
    """
    gc.collect()
    gc.disable()
    try:
        functools.reduce(lambda _acc, _item: run(), (0,), None)
    finally:
        gc.enable()


def _sync_run(call: Callable[[], object]) -> Callable[[int], None]:
    def run(count: int) -> None:
        for _ in range(count):
            call()

    return run


def _async_run(
    loop: asyncio.AbstractEventLoop, acall: Callable[[], Awaitable[object]]
) -> Callable[[int], None]:
    async def many(count: int) -> None:
        for _ in range(count):
            await acall()

    def run(count: int) -> None:
        loop.run_until_complete(many(count))

    return run


def _child(cases: list[str]) -> None:
    """Warm every case up, then run CALLS calls of each case and side, one valgrind dump each."""
    loop = asyncio.new_event_loop()
    runs: list[Callable[[int], None]] = []
    for case in cases:
        op, mode = case.rsplit("_", 1)
        for side in SIDES:
            run = (
                _sync_run(_sync_call(side, op)) if mode == "sync" else _async_run(loop, _async_call(side, op))
            )
            run(WARMUP)
            runs.append(run)
    _counted(lambda: None)  # the first counted run pays one-time costs: dumped, then ignored
    for run in runs:
        _counted(lambda run=run: run(CALLS))  # type: ignore[misc]


def measure(cases: list[str]) -> dict[tuple[str, str], float]:
    """(case, side) -> instructions per call, from one valgrind run of every case."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=functools_reduce",
            "--dump-after=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-m",
            "bench.instructions",
            "--child",
            *cases,
        ]
        env = dict(os.environ, PYTHONHASHSEED="0")
        # valgrind on this interpreter, with arguments from this module
        subprocess.run(command, capture_output=True, text=True, env=env, check=True)  # noqa: S603
        totals = []
        for index in range(2, len(SIDES) * len(cases) + 2):
            found = re.search(r"^totals: (\d+)", Path(f"{out}.{index}").read_text(), re.MULTILINE)
            if found is None:
                raise RuntimeError(f"no totals in dump {index}")
            totals.append(int(found.group(1)) / CALLS)
    sides = [(case, side) for case in cases for side in SIDES]
    return dict(zip(sides, totals, strict=True))


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        _child(argv[1:])
        return
    cases = argv or list(CASES)
    counts = measure(cases)
    for case in cases:
        sdk, raw, lean = counts[case, "sdk"], counts[case, "raw"], counts[case, "raw_lean"]
        print(
            f"{case:24} sdk {sdk / 1e3:8.1f}k  raw {raw / 1e3:8.1f}k  surplus {(sdk - raw) / 1e3:+7.1f}k  "
            f"ratio {sdk / raw:.3f}  |  raw_lean {lean / 1e3:8.1f}k  ratio {sdk / lean:.3f}",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
