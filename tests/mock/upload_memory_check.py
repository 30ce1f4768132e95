"""Not a test: upload a big video to a mock in a subprocess and report the server's peak RSS.

.venv/bin/python -m tests.mock.upload_memory_check 400
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx

CHUNK = b"\x00" * (1024 * 1024)


def body(megabytes: int, boundary: str) -> Iterator[bytes]:
    """A multipart body streamed in 1 MB pieces: the `type` field, then an MP4-looking file."""
    yield f'--{boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nvideo\r\n'.encode()
    yield f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\n'.encode()
    yield b"Content-Type: video/mp4\r\n\r\n\x00\x00\x00\x18ftypmp42"
    for _ in range(megabytes):
        yield CHUNK
    yield f"\r\n--{boundary}--\r\n".encode()


def peak_rss_kb(pid: int) -> int:
    """VmHWM of a process (Linux)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def main() -> None:
    """Start the mock, upload, print the numbers."""
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    port = 4311
    env = {**os.environ, "POWERPOST_MOCK_MAX_VIDEO_BYTES": str(500 * 1024 * 1024)}
    server = subprocess.Popen(
        [sys.executable, "-m", "powerpost_mock", "--port", str(port)], env=env, stdout=subprocess.DEVNULL
    )
    try:
        for _ in range(200):
            try:
                httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        before = peak_rss_kb(server.pid)
        started = time.perf_counter()
        response = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/media/upload",
            content=body(megabytes, "b0undary"),
            headers={
                "x-api-key": "pp_live_sk_mock_0000000000000000",
                "X-Workspace-Id": "ws_mock_default",
                "content-type": "multipart/form-data; boundary=b0undary",
            },
            timeout=120,
        )
        elapsed = time.perf_counter() - started
        print(f"status {response.status_code} {response.text[:120]}")
        print(
            f"{megabytes} MB in {elapsed:.1f} s; server peak RSS {before // 1024} MB before, "
            f"{peak_rss_kb(server.pid) // 1024} MB after"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
