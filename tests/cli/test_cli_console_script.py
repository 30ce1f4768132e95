"""The installed `powerpost` script end to end: `powerpost mock` in one process, commands in others."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from powerpost_cli.exit_codes import ExitCode

POWERPOST = Path(sys.executable).parent / "powerpost"
STARTUP_SECONDS = 20.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_line(proc: subprocess.Popen[str], needle: str) -> list[str]:
    """Read the mock's stderr until `needle` shows up (bounded in time; no sleeping).

    A reader thread feeds a queue: select() on a buffered text stream misses lines that arrived in the same
    chunk as the previous one, which made this wait hang now and then."""
    assert proc.stderr is not None
    stream = proc.stderr
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + STARTUP_SECONDS
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        seen.append(line)
        if needle in line:
            return seen
    raise AssertionError(f"the mock never said {needle!r}: {seen}")


@pytest.fixture
def mock_url() -> Iterator[str]:
    """`powerpost mock --port N` running as its own process."""
    port = _free_port()
    proc = subprocess.Popen(
        [str(POWERPOST), "mock", "--port", str(port), "--log-level", "info", "--initial-credits", "42"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for_line(proc, "Uvicorn running")
        yield f"http://127.0.0.1:{port}/api/v1"
    finally:
        proc.terminate()
        proc.wait(timeout=STARTUP_SECONDS)


def _run(*args: str, base_url: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "POWERPOST_API_KEY": "pp_live_sk_mock_0000000000000000",
        "POWERPOST_WORKSPACE_ID": "ws_mock_default",
    }
    return subprocess.run(
        [str(POWERPOST), "--base-url", base_url, *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_console_script_against_powerpost_mock(mock_url: str) -> None:
    """`powerpost mock` serves; `powerpost credits --json` reads it; a 404 exits 4 with its request id."""
    credits = _run("credits", "--json", base_url=mock_url)
    assert credits.returncode == 0, credits.stderr
    assert json.loads(credits.stdout) == {"balance": 42}

    missing = _run("--json", "posts", "get", "post_missing", base_url=mock_url)
    assert missing.returncode == ExitCode.NOT_FOUND
    assert json.loads(missing.stderr)["error"]["request_id"]
