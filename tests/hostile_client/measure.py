"""`python -m tests.hostile_client.measure`: the head and body sizes the mock accepts before refusing, and
its memory peak while refusing them (a mock process of its own, so its RSS is only the mock's).

Prints one line per probe: what was sent, the answer (status or "closed"), seconds, and the mock's peak
resident memory (VmHWM) so far. Linux only (reads /proc). Not a test: figures for the report.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

KEY = "pp_live_sk_mock_0000000000000000"
KIB = 1024
MIB = 1024 * KIB
CHUNK = MIB


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _probe(port: int, head: bytes, filler: int, tail: bytes, deadline: float = 120.0) -> tuple[str, float]:
    """Send `head`, then `filler` bytes of `a` (in 1 MiB chunks, stopping when the server answers or
    closes), then `tail`; return the answer's status (or "closed") and the seconds it took."""
    started = time.monotonic()
    sock = socket.create_connection(("127.0.0.1", port), timeout=deadline)
    answer = b""
    try:
        sock.sendall(head)
        sent = 0
        sock.setblocking(False)
        while sent < filler:
            try:
                answer += sock.recv(65536)
                break  # the server answered or closed before the end
            except BlockingIOError:
                pass
            except OSError:
                break
            try:
                sent += sock.send(b"a" * min(CHUNK, filler - sent))
            except BlockingIOError:
                time.sleep(0.001)
            except OSError:
                break
        sock.setblocking(True)
        sock.settimeout(deadline)
        if sent >= filler:
            with contextlib.suppress(OSError):
                sock.sendall(tail)
        while b"\r\n" not in answer:
            try:
                chunk = sock.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            answer += chunk
    finally:
        sock.close()
    seconds = time.monotonic() - started
    status = answer.split(b" ", 2)[1].decode() if answer.startswith(b"HTTP/1.1 ") else "closed"
    return status, seconds


def main() -> None:
    """Start a mock, probe it, print the table."""
    port = _free_port()
    command = [sys.executable, "-m", "powerpost_mock", "--port", str(port), "--rate-limit", "1000000"]
    mock = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        print(f"mock pid {mock.pid}, peak RSS at start {_peak_mib(mock.pid):.0f} MiB")
        request = b"GET /api/v1/account/credits HTTP/1.1\r\nHost: mock\r\nx-api-key: " + KEY.encode()
        probes: list[tuple[str, bytes, int, bytes]] = []
        for size in (8 * KIB, 16 * KIB, 32 * KIB - 200, 32 * KIB + 100, 64 * KIB, MIB, 200 * MIB):
            probes.append((f"one header of {size:,} B", request + b"\r\nX-Big: ", size, b"\r\n\r\n"))
        for size in (8 * KIB, 16 * KIB - 100, 16 * KIB + 100, 64 * KIB, 10 * MIB):
            probes.append((f"URL of {size:,} B", b"GET /api/v1/", size, b" HTTP/1.1\r\nHost: mock\r\n\r\n"))
        post = (
            b"POST /api/v1/calendar/entries HTTP/1.1\r\nHost: mock\r\nx-api-key: "
            + KEY.encode()
            + b"\r\nX-Workspace-Id: ws_mock_default\r\nContent-Type: application/json\r\n"
        )
        for size in (MIB - 100, MIB + 100, 200 * MIB):
            body_head = post + f'Content-Length: {size + 2}\r\n\r\n"'.encode()
            probes.append((f"JSON body of {size:,} B (declared)", body_head, size, b'"'))
        chunked = post + b"Transfer-Encoding: chunked\r\n\r\n" + f"{200 * MIB:x}\r\n".encode()
        probes.append(("JSON body of 209,715,200 B (chunked)", chunked, 200 * MIB, b"\r\n0\r\n\r\n"))
        for name, head, filler, tail in probes:
            status, seconds = _probe(port, head, filler, tail)
            print(
                f"{name:45} → {status:>6} in {seconds:6.2f} s; mock peak RSS {_peak_mib(mock.pid):6.0f} MiB"
            )
    finally:
        mock.terminate()
        mock.wait(timeout=10)


if __name__ == "__main__":
    main()
