"""Start the servers under test in their own processes: our mock (uvicorn) and Stoplight Prism."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import attrs
import httpx

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "spec" / "powerpost.yaml"
MOCK_API_KEY = "pp_live_sk_mock_0000000000000000"
MOCK_WORKSPACE_ID = "ws_mock_default"
STARTUP_TIMEOUT = 30.0


@attrs.frozen
class Server:
    """A server process listening on 127.0.0.1."""

    process: subprocess.Popen[bytes]
    root_url: str
    base_url: str

    @property
    def pid(self) -> int:
        """The server's process id (for /proc reads)."""
        return self.process.pid


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_answering(url: str, process: subprocess.Popen[bytes], headers: dict[str, str]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early with code {process.returncode}: {process.args!r}")
        try:
            httpx.get(url, headers=headers, timeout=2.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise TimeoutError(f"server did not answer {url} within {STARTUP_TIMEOUT} s")


@contextmanager
def _running(command: Sequence[str], root_url: str, base_url: str, probe: str) -> Iterator[Server]:
    # A session of its own: npx starts Prism as a child, and the whole group must go at the end.
    process = subprocess.Popen(  # noqa: S603 - fixed argv built here, no shell
        list(command),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
        start_new_session=True,
    )
    try:
        _wait_until_answering(
            probe, process, {"x-api-key": MOCK_API_KEY, "X-Workspace-Id": MOCK_WORKSPACE_ID}
        )
        yield Server(process, root_url, base_url)
    finally:
        _stop_group(process)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group (npx and its node child alike), SIGKILL if it lingers."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=10)
            return
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def mock_server(*extra_args: str) -> Iterator[Server]:
    """Our mock in its own Python process (`python -m powerpost_mock`), admin surface reachable."""
    port = free_port()
    root = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "powerpost_mock",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        *extra_args,
    ]
    with _running(command, root, f"{root}/api/v1", f"{root}/api/v1/account/credits") as server:
        yield server


@contextmanager
def prism_server() -> Iterator[Server]:
    """Stoplight Prism (pinned in package.json) mocking the same spec, static responses."""
    port = free_port()
    root = f"http://127.0.0.1:{port}"
    command = ["npx", "--no-install", "prism", "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)]
    with _running(command, root, root, f"{root}/account/credits") as server:
        yield server


def configure_mock_for_load(root_url: str) -> None:
    """Lift the mock's rate limits and fill the balance so benchmarks measure speed, not policy."""
    with httpx.Client(base_url=root_url, timeout=10.0) as admin:
        admin.post("/_mock/reset").raise_for_status()
        admin.post("/_mock/rate-limits", json={"limit": 100_000_000, "window": 10.0}).raise_for_status()
        admin.post("/_mock/credits", json={"balance": 100_000_000}).raise_for_status()


def peak_rss_mib(pid: int) -> float:
    """Peak resident set size (VmHWM) of a live process, read from /proc, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for pid {pid}")
