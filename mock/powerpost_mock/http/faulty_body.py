"""Sending a response body the way a body fault says (`reset_body`, `truncate`, `stall_body`,
`drip_body`; which one hits a request is drawn by `state.faults`), then ending the connection."""

from __future__ import annotations

import asyncio
import socket
import struct
import time
from typing import Any

from starlette.types import Send

from ..errors import DroppedConnection
from ..state.faults import FaultConfig


def _start(status: int, headers: list[tuple[bytes, bytes]], length: int) -> dict[str, Any]:
    return {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(length).encode()),
            *headers,
        ],
    }


def _part(body: bytes) -> dict[str, Any]:
    return {"type": "http.response.body", "body": body, "more_body": True}


def _server_transport(send: Any, depth: int = 0) -> Any:
    """uvicorn's asyncio transport behind an ASGI `send`.

    ASGI offers no way to reset a connection. uvicorn's `send` is a bound method of its request cycle,
    which holds the transport; Starlette's error middleware wraps it in a closure. Both are followed
    (a few levels at most); None when the server is something else (then the fault is a plain close).
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is not None and hasattr(transport, "get_extra_info"):
        return transport
    if depth >= 4:
        return None
    for cell in getattr(send, "__closure__", None) or ():
        try:
            inner = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if callable(inner):
            found = _server_transport(inner, depth + 1)
            if found is not None:
                return found
    return None


def _reset_socket(send: Send) -> bool:
    """Abort the connection with an RST (SO_LINGER 0, then abort) when the server's socket is reachable."""
    transport = _server_transport(send)
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None:
        return False
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        return False
    transport.abort()
    return True


async def send_faulty_body(
    send: Send, fault: str, config: FaultConfig, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    """Answer `body` the way `fault` says, then end the connection (raises `DroppedConnection`)."""
    half = body[: max(1, len(body) // 2)]
    if fault == "truncate":
        await send(_start(status, headers, len(body) + 100))
        await send(_part(half))
    elif fault == "reset_body":
        await send(_start(status, headers, len(body)))
        await send(_part(half))
        # Give the client the time to read the headers: this is a reset in the middle of the body.
        await asyncio.sleep(0.05)
        _reset_socket(send)
    elif fault == "stall_body":
        await send(_start(status, headers, len(body)))
        await send(_part(half))
        await asyncio.sleep(config.stall_seconds)
    elif fault == "drip_body":
        await send(_start(status, headers, len(body)))
        ends = time.monotonic() + config.stall_seconds
        for index in range(len(body)):
            if time.monotonic() > ends:
                break
            last = index == len(body) - 1
            await send({"type": "http.response.body", "body": body[index : index + 1], "more_body": not last})
            if last:
                return
            await asyncio.sleep(config.drip_interval)
    raise DroppedConnection(f"connection ended by fault injection ({fault})")
