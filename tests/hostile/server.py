"""A hostile HTTP/1.1 server on 127.0.0.1 for the SDK's tests: raw sockets, one misbehaviour per reply.

Each test gives a list of `Reply` functions; request N gets reply N (the last one repeats). A reply writes
whatever bytes it likes on the raw connection and may reset it, stall, drip or lie in its headers, which
no well-behaved ASGI server would let a test do. Every request is recorded (method, path, headers, body)
so tests can prove what was, or was not, sent.

The server runs its own event loop in a daemon thread; every wait in it is bounded (`MAX_HOLD`), so a
client that never disconnects cannot keep a test alive.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import socket
import struct
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from email.utils import formatdate
from typing import Any

import attrs

MAX_HOLD = 20.0


@attrs.frozen
class Seen:
    """One request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@attrs.define
class Connection:
    """What a reply works with: the raw streams and the request."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    request: Seen
    server: HostileServer

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()
        self.server.bytes_sent += len(data)

    async def until_client_leaves(self, limit: float = MAX_HOLD) -> None:
        """Hold the connection open until the client closes it (or `limit` seconds)."""
        with contextlib.suppress(TimeoutError, ConnectionError):
            await asyncio.wait_for(self.reader.read(), limit)

    def reset(self) -> None:
        """Close with a TCP RST (SO_LINGER 0): the client's next read fails with ECONNRESET."""
        sock = self.writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()


Reply = Callable[[Connection], Awaitable[None]]


def head(status: int, headers: Sequence[tuple[str, str]] = (), *, length: int | None = None) -> bytes:
    """A status line and headers (with `Content-Length` when `length` is given)."""
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{name}: {value}" for name, value in headers]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def credits_json() -> bytes:
    return json.dumps({"balance": 42, "currency": "credits"}).encode()


def started_json(gid: str = "g1") -> bytes:
    return json.dumps(
        {
            "generation_id": gid,
            "status": "processing",
            "credits_used": 6,
            "remaining_credits": 44,
            "status_url": f"/api/v1/content/generations/{gid}",
        }
    ).encode()


def error_json(code: str, message: str = "nope", **extra: Any) -> bytes:
    return json.dumps({"error": {"code": code, "message": message, **extra}}).encode()


JSON = ("Content-Type", "application/json")


# -- replies ------------------------------------------------------------------------------------------


def respond(status: int, body: bytes, headers: Sequence[tuple[str, str]] = (JSON,)) -> Reply:
    """A well-formed response."""

    async def reply(conn: Connection) -> None:
        await conn.send(head(status, [*headers, ("X-Request-Id", "req_ok")], length=len(body)) + body)

    return reply


def reset_mid_body(body: bytes, headers: Sequence[tuple[str, str]] = (JSON,), status: int = 200) -> Reply:
    """Headers and half the body, then a TCP reset."""

    async def reply(conn: Connection) -> None:
        await conn.send(head(status, [*headers, ("X-Request-Id", "req_reset")], length=len(body)))
        await conn.send(body[: len(body) // 2])
        await asyncio.sleep(0.05)  # let the client read the headers first: this is a *mid-body* reset
        conn.reset()

    return reply


def truncated(body: bytes, status: int = 200) -> Reply:
    """`Content-Length` larger than what is sent, then a clean close."""

    async def reply(conn: Connection) -> None:
        await conn.send(head(status, [JSON, ("X-Request-Id", "req_cut")], length=len(body) + 500))
        await conn.send(body)
        conn.writer.close()

    return reply


def stall_after_headers(length: int = 100) -> Reply:
    """Headers, then nothing until the client gives up."""

    async def reply(conn: Connection) -> None:
        await conn.send(head(200, [JSON, ("X-Request-Id", "req_stall")], length=length))
        await conn.until_client_leaves()

    return reply


def drip_body(interval: float = 0.5) -> Reply:
    """A valid JSON body, one byte every `interval` seconds."""
    body = json.dumps({"balance": 42, "currency": "credits", "pad": "x" * 200}).encode()

    async def reply(conn: Connection) -> None:
        await conn.send(head(200, [JSON, ("X-Request-Id", "req_drip")], length=len(body)))
        await _drip(conn, body, interval)

    return reply


def drip_headers(interval: float = 0.3) -> Reply:
    """The status line and headers one byte every `interval` seconds (a long header block)."""
    body = credits_json()
    data = head(200, [JSON, ("X-Padding", "p" * 200)], length=len(body)) + body

    async def reply(conn: Connection) -> None:
        await _drip(conn, data, interval)

    return reply


async def _drip(conn: Connection, data: bytes, interval: float) -> None:
    deadline = time.monotonic() + MAX_HOLD
    try:
        for index in range(len(data)):
            if time.monotonic() > deadline:
                return
            await conn.send(data[index : index + 1])
            await asyncio.sleep(interval)
    except ConnectionError:
        return


def gzip_garbage() -> Reply:
    """`Content-Encoding: gzip` on bytes that are not gzip."""
    garbage = b"this is not gzip at all \x00\x01\x02" * 4

    async def reply(conn: Connection) -> None:
        headers = [JSON, ("Content-Encoding", "gzip"), ("X-Request-Id", "req_gzip")]
        await conn.send(head(200, headers, length=len(garbage)) + garbage)

    return reply


def gzipped(body: bytes) -> Reply:
    """A correctly gzipped body (the control case for `gzip_garbage`)."""
    packed = gzip.compress(body)

    async def reply(conn: Connection) -> None:
        headers = [JSON, ("Content-Encoding", "gzip"), ("X-Request-Id", "req_gz_ok")]
        await conn.send(head(200, headers, length=len(packed)) + packed)

    return reply


def huge_body(declared: bool, size: int = 400 * 1024 * 1024) -> Reply:
    """A 400 MiB body (declared, or chunked with no length), sent until the client leaves."""
    chunk = b"0" * 65536

    async def reply(conn: Connection) -> None:
        if declared:
            await conn.send(head(200, [JSON, ("X-Request-Id", "req_huge")], length=size))
        else:
            await conn.send(head(200, [JSON, ("X-Request-Id", "req_huge"), ("Transfer-Encoding", "chunked")]))
        sent = 0
        try:
            while sent < size:
                frame = chunk if declared else b"%x\r\n%s\r\n" % (len(chunk), chunk)
                await asyncio.wait_for(conn.send(frame), 5.0)
                sent += len(chunk)
        except (ConnectionError, TimeoutError):
            return

    return reply


def close_without_response() -> Reply:
    """Read the request, then close: the client cannot tell whether it was acted on."""

    async def reply(conn: Connection) -> None:
        conn.writer.close()

    return reply


def with_headers(status: int, body: bytes, headers: Sequence[tuple[str, str]]) -> Reply:
    """A well-formed response with exactly these extra headers (no default request id)."""

    async def reply(conn: Connection) -> None:
        await conn.send(head(status, [JSON, *headers], length=len(body)) + body)

    return reply


def http_date(offset: float = 0.0) -> str:
    """An HTTP-date `offset` seconds from now."""
    return formatdate(time.time() + offset, usegmt=True)


# -- the server ---------------------------------------------------------------------------------------


class HostileServer:
    """The server; `base_url` ends in `/api/v1` like PowerPost's."""

    def __init__(self, replies: Sequence[Reply]) -> None:
        self.replies = list(replies)
        self.seen: list[Seen] = []
        self.bytes_sent = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hostile-server", daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0, limit=1024 * 1024)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("hostile server did not start")

    def stop(self) -> None:
        async def _shutdown() -> None:
            assert self._server is not None
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(_shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    return
                index = len(self.seen)
                self.seen.append(request)
                reply = self.replies[min(index, len(self.replies) - 1)]
                await reply(Connection(reader, writer, request, self))
                if writer.is_closing():
                    return
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            return
        finally:
            self._tasks.discard(task)
            if not writer.is_closing():
                writer.close()


async def _read_request(reader: asyncio.StreamReader) -> Seen | None:
    try:
        raw = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), MAX_HOLD)
    except (asyncio.IncompleteReadError, TimeoutError, asyncio.LimitOverrunError):
        return None
    lines = raw.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    body = b""
    length = int(headers.get("content-length", "0") or 0)
    if length:
        body = await reader.readexactly(length)
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _read_chunked(reader)
    return Seen(method, target.split("?", 1)[0], headers, body)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int((await reader.readline()).strip().split(b";")[0], 16)
        if size == 0:
            await reader.readline()
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readline()


@contextmanager
def hostile(*replies: Reply) -> Iterator[HostileServer]:
    """Run a hostile server with these replies for the duration of the block."""
    server = HostileServer(replies)
    server.start()
    try:
        yield server
    finally:
        server.stop()
