"""Figure 6: wall time of `make generate` (the generator call, into a temp dir) and of `make test`."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from bench.figures import Figure, Goal
from bench.servers import REPO

RESULTS = REPO / "bench" / "results"
MAKE_TEST_RECORD = RESULTS / "make_test_seconds.txt"


def _generate_seconds() -> float:
    """The exact generator command of `make generate`, written into a temp dir instead of generated/."""
    with tempfile.TemporaryDirectory(prefix="powerpost-gen-") as tmp:
        command = [
            str(REPO / ".venv" / "bin" / "openapi-python-client"),
            "generate",
            "--path",
            "spec/powerpost.yaml",
            "--meta",
            "none",
            "--output-path",
            str(Path(tmp) / "powerpost_api"),
            "--config",
            "generator-config.yaml",
            "--custom-template-path",
            "templates",
            "--fail-on-warning",
        ]
        env = {**os.environ, "PATH": f"{REPO / '.venv' / 'bin'}:{os.environ.get('PATH', '')}"}
        start = time.perf_counter()
        subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True, timeout=300)  # noqa: S603
        return time.perf_counter() - start


def _make_test_seconds() -> tuple[float | None, str]:
    """Time `make test` when BENCH_FULL=1 (and record it); otherwise report the last recorded time."""
    if os.environ.get("BENCH_FULL") == "1":
        start = time.perf_counter()
        done = subprocess.run(["make", "test"], cwd=REPO, capture_output=True, timeout=3600, check=False)  # noqa: S607
        seconds = time.perf_counter() - start
        RESULTS.mkdir(exist_ok=True)
        MAKE_TEST_RECORD.write_text(f"{seconds:.1f} {done.returncode}\n")
        return seconds, f"timed now (exit {done.returncode})"
    if MAKE_TEST_RECORD.exists():
        seconds_text, code = MAKE_TEST_RECORD.read_text().split()
        return float(seconds_text), f"last recorded run (exit {code}); BENCH_FULL=1 re-times it"
    return None, "not timed: run `BENCH_FULL=1 make bench`"


def run() -> list[Figure]:
    """Both times, for the record (no target)."""
    generate = _generate_seconds()
    test_seconds, how = _make_test_seconds()
    return [
        Figure(
            "6", "make generate (generator call) wall time", f"{generate:.2f} s", "—", None, Goal.RECORD, None
        ),
        Figure(
            "6",
            "make test wall time",
            "—" if test_seconds is None else f"{test_seconds:.1f} s",
            "—",
            None,
            Goal.RECORD,
            None,
            how,
        ),
    ]
