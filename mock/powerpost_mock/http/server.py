"""Running the mock with uvicorn in a background thread (for tests and embedded demos)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import attrs
import uvicorn
from starlette.applications import Starlette

from ..settings import MockSettings
from .app import create_app
from .guard import guarded_protocol, protocol_limits
from .implementation import resolve_http

STARTUP_TIMEOUT = 10.0


@attrs.frozen
class RunningMock:
    """A mock server listening on a real socket."""

    base_url: str
    root_url: str
    api_key: str
    workspace_id: str
    app: Starlette
    http: str


@contextlib.contextmanager
def run_in_thread(
    settings: MockSettings | None = None, host: str = "127.0.0.1", port: int = 0, http: str = "auto"
) -> Iterator[RunningMock]:
    """Serve a fresh mock on `host:port` (0 = a free port) until the block ends.

    `http` is uvicorn's HTTP implementation: "auto" (httptools when installed, else h11), "httptools"
    or "h11"; `RunningMock.http` says which one runs."""
    settings = settings or MockSettings()
    implementation = resolve_http(http)
    app = create_app(settings)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="on",
        http=guarded_protocol(implementation, app.state.mock, protocol_limits(settings)),
        h11_max_incomplete_event_size=settings.max_header_bytes,
        loop="asyncio",
        date_header=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the mock server did not start")
        time.sleep(0.005)
    root = f"http://{host}:{bound_port}"
    try:
        yield RunningMock(
            f"{root}/api/v1", root, settings.api_key, settings.workspace_id, app, implementation
        )
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)
        sock.close()
