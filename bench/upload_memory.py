"""Figure 5: a 400 MB video upload stays streamed on both sides; 600 MB is refused unread."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs

from bench import servers
from bench.figures import Figure, Goal

LIMIT_MIB = 100.0
ACCEPTED_BYTES = 400 * 1024 * 1024
REFUSED_BYTES = 600 * 1024 * 1024
VIDEO_LIMIT_BYTES = 500 * 1024 * 1024
# A valid ISO-BMFF `ftyp` box (brand isom), so the mock's content sniffing sees an MP4.
MP4_HEADER = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"


@attrs.frozen
class UploadRun:
    """One upload: the client's report and what the mock spent on it."""

    outcome: str
    detail: str
    seconds: float
    client_peak_mib: float
    mock_peak_mib: float
    bytes_sent: int


def sparse_video(directory: Path, size: int) -> Path:
    """An MP4-looking file of `size` bytes that occupies almost no disk (a hole after the header)."""
    path = directory / f"bench_{size // (1024 * 1024)}mb.mp4"
    with path.open("wb") as handle:
        handle.write(MP4_HEADER)
        handle.truncate(size)
    return path


def _upload(server: servers.Server, path: Path) -> UploadRun:
    command = [
        sys.executable,
        "-m",
        "bench.upload_client",
        server.base_url,
        servers.MOCK_API_KEY,
        servers.MOCK_WORKSPACE_ID,
        str(path),
    ]
    completed = subprocess.run(  # noqa: S603 - argv built here, no shell
        command, cwd=servers.REPO, capture_output=True, text=True, timeout=600, check=False
    )
    if completed.returncode != 0 or not completed.stdout.strip():
        raise RuntimeError(f"upload client failed: {completed.stderr[-2000:]}")
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    return UploadRun(
        report["outcome"],
        report["detail"],
        report["seconds"],
        report["peak_rss_mib"],
        servers.peak_rss_mib(server.pid),
        report["bytes_sent"],
    )


def run() -> list[Figure]:
    """Each size against a fresh mock process, so each peak RSS belongs to one upload."""
    with tempfile.TemporaryDirectory(prefix="powerpost-bench-") as tmp:
        runs = {}
        for size in (ACCEPTED_BYTES, REFUSED_BYTES):
            path = sparse_video(Path(tmp), size)
            with servers.mock_server() as mock:
                runs[size] = _upload(mock, path)
            path.unlink()
    ok, big = runs[ACCEPTED_BYTES], runs[REFUSED_BYTES]
    worst = max(ok.client_peak_mib, ok.mock_peak_mib)
    accepted_ok = ok.outcome == "uploaded"
    # Past the 500 MiB limit the mock has no reason to read on; a Content-Length check reads nothing at all.
    unread_target = VIDEO_LIMIT_BYTES / REFUSED_BYTES
    refused_typed = big.outcome == "FileTooLargeError"
    drained = big.bytes_sent >= REFUSED_BYTES
    return [
        Figure(
            "5",
            "upload 400 MB video: peak RSS of the worse process / 100 MB",
            f"SDK {ok.client_peak_mib:.0f} MiB, mock {ok.mock_peak_mib:.0f} MiB",
            f"{LIMIT_MIB:.0f} MiB",
            worst / LIMIT_MIB,
            Goal.AT_MOST,
            1.0,
            f"{ok.outcome} ({ok.detail}) in {ok.seconds:.1f} s",
            None if accepted_ok else False,
        ),
        Figure(
            "5",
            "upload 600 MB video: bytes the SDK could send before the 413 / file size",
            f"{big.bytes_sent / 2**20:.1f} MiB sent, mock peak {big.mock_peak_mib:.0f} MiB",
            f"{REFUSED_BYTES / 2**20:.0f} MiB file",
            big.bytes_sent / REFUSED_BYTES,
            Goal.AT_MOST,
            round(unread_target, 2),
            f"{big.outcome} ({big.detail}) in {big.seconds:.1f} s; SDK peak {big.client_peak_mib:.0f} MiB"
            + ("; the whole body crossed the socket before the 413" if drained else "")
            + ("" if refused_typed else "; NOT refused as 413 FILE_TOO_LARGE"),
            None if refused_typed else False,
        ),
    ]
