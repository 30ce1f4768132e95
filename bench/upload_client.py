"""Child process of figure 5: upload one file through the SDK and report the outcome and its own peak RSS.

Run as `python -m bench.upload_client BASE_URL API_KEY WORKSPACE_ID PATH`; prints one JSON object.
"""

from __future__ import annotations

import io
import json
import resource
import sys
import time
from typing import Any

import powerpost
from powerpost import PowerPost


class CountingFile(io.FileIO):
    """A file that counts the bytes read from it: an upper bound of what the SDK put on the wire."""

    bytes_read = 0

    def read(self, size: int | None = -1, /) -> bytes:
        """Read and count."""
        chunk = super().read(size)
        CountingFile.bytes_read += len(chunk or b"")
        return chunk or b""

    def readinto(self, buffer: Any, /) -> int:
        """Read into a buffer and count."""
        count = super().readinto(buffer) or 0
        CountingFile.bytes_read += count
        return count


def main(argv: list[str]) -> int:
    """Upload argv's file as a video; print outcome, detail, seconds, peak_rss_mib and bytes_sent."""
    base_url, api_key, workspace_id, path = argv
    start = time.perf_counter()
    with PowerPost(api_key=api_key, workspace_id=workspace_id, base_url=base_url, timeout=300.0) as pp:
        try:
            with CountingFile(path, "rb") as handle:
                media = pp.media.upload(handle, type="video", file_name="bench.mp4")
            outcome, detail = "uploaded", f"{media.file_size} bytes"
        except powerpost.APIStatusError as exc:
            outcome, detail = type(exc).__name__, f"{exc.status_code} {exc.code}"
        except powerpost.PowerPostError as exc:
            outcome, detail = type(exc).__name__, str(exc)[:200]
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = {
        "outcome": outcome,
        "detail": detail,
        "seconds": time.perf_counter() - start,
        "peak_rss_mib": peak_kib / 1024,
        "bytes_sent": CountingFile.bytes_read,
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
