"""Run the installed `powerpost` script as a user would: on an 80-column terminal (a pseudo-terminal whose
window size is set) or with stdout in a pipe, and read what it printed."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Mapping
from pathlib import Path

POWERPOST = Path(sys.executable).parent / "powerpost"
COLUMNS = 80
DEADLINE_SECONDS = 60.0
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _environment(extra: Mapping[str, str]) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    env.update({"TERM": "xterm-256color", **extra})
    return env


def on_terminal(*args: str, env: Mapping[str, str]) -> tuple[int, str]:
    """`powerpost ARGS…` on an 80×24 pseudo-terminal: its exit status and screen text (ANSI removed)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, COLUMNS, 0, 0))
    proc = subprocess.Popen(
        [str(POWERPOST), *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=_environment(env),
        close_fds=True,
    )
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + DEADLINE_SECONDS
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        status = proc.wait(timeout=DEADLINE_SECONDS)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    text = ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r\n", "\n")
    return status, text


def in_pipe(*args: str, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """`powerpost ARGS…` with stdout and stderr in pipes (no terminal, no COLUMNS)."""
    return subprocess.run(
        [str(POWERPOST), *args],
        env=_environment(env),
        capture_output=True,
        text=True,
        timeout=DEADLINE_SECONDS,
        stdin=subprocess.DEVNULL,
    )
