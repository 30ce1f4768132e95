"""A throwaway `redis-server` on a free loopback port, for the shared-pacing tests and figure 7.

No persistence (`--save ''`, `--appendonly no`): each run starts empty and leaves nothing on disk.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import attrs
import redis

STARTUP_TIMEOUT = 10.0
INSTALL_HINT = "redis-server is not installed (`make redis` installs Debian's package)"


def redis_binary() -> str | None:
    """Path of `redis-server`, or None when it is not installed."""
    return shutil.which("redis-server")


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@attrs.define
class RedisProcess:
    """A running `redis-server`; `kill` ends it abruptly (SIGKILL), as a crash would."""

    process: subprocess.Popen[bytes]
    port: int

    @property
    def url(self) -> str:
        """The `redis://` URL of database 0."""
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        """A plain redis-py client on this server."""
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5.0)

    def kill(self) -> None:
        """SIGKILL the server and wait for it to go."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)


def start_redis(binary: str) -> RedisProcess:
    """Start `redis-server` on a free port and wait until it answers PING."""
    port = free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = RedisProcess(process, port)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    probe = redis.Redis(host="127.0.0.1", port=port, socket_timeout=1.0, socket_connect_timeout=1.0)
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"redis-server exited early with code {process.returncode}")
            try:
                probe.ping()
                return server
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    server.kill()
                    raise TimeoutError(f"redis-server did not answer within {STARTUP_TIMEOUT} s") from None
                time.sleep(0.05)
    finally:
        probe.close()


@contextlib.contextmanager
def running_redis(binary: str) -> Iterator[RedisProcess]:
    """A `redis-server` for the block, killed at its end."""
    server = start_redis(binary)
    try:
        yield server
    finally:
        server.kill()
