"""One load generator for every server: `wrk` (Debian package) in its own process, fixed connections."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Mapping

import attrs

CONNECTIONS = 50
DURATION_SECONDS = 5


@attrs.frozen
class LoadResult:
    """What wrk reported for one run."""

    requests: int
    requests_per_second: float
    non_2xx: int
    socket_errors: int


def wrk_available() -> bool:
    """Whether the wrk binary is on PATH (the Makefile installs it for `make bench`)."""
    return shutil.which("wrk") is not None


def _number(pattern: str, text: str) -> float:
    match = re.search(pattern, text)
    return float(match.group(1)) if match else 0.0


def run_wrk(
    url: str,
    headers: Mapping[str, str],
    *,
    connections: int = CONNECTIONS,
    duration: int = DURATION_SECONDS,
) -> LoadResult:
    """Hammer one URL with `connections` keep-alive connections from one wrk thread for `duration` seconds."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise FileNotFoundError("wrk is not installed (make bench installs it with apt-get)")
    command = [wrk, "-t1", f"-c{connections}", f"-d{duration}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(  # noqa: S603 - argv built here, no shell
        [*command, url], capture_output=True, text=True, check=True, timeout=duration + 30
    ).stdout
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return LoadResult(
        requests=int(_number(r"(\d+) requests in", output)),
        requests_per_second=_number(r"Requests/sec:\s+([\d.]+)", output),
        non_2xx=int(_number(r"Non-2xx or 3xx responses: (\d+)", output)),
        socket_errors=sum(int(n) for n in errors.groups()) if errors else 0,
    )
