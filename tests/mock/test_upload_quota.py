"""The storage quota under concurrent uploads, over real sockets: reserved before a body is read, released
when an upload fails, never exceeded."""

from __future__ import annotations

import contextlib
import json
import socket
from typing import Any

import attrs
from powerpost_mock import run_in_thread

from .conftest import FAST, JPEG, KEY, PNG, WS

QUOTA = 1_000_000
FILE_BYTES = 400_000
BOUNDARY = "quotaboundary"
SETTINGS = attrs.evolve(FAST, storage_quota_bytes=QUOTA)


def _body(kind: str, content: bytes, size: int) -> bytes:
    return (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="type"\r\n\r\n{kind}\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="f.bin"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + (content + b"\x00" * size)[:size]
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


def _head(length: int | None) -> bytes:
    framing = f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
    return (
        "POST /api/v1/media/upload HTTP/1.1\r\nHost: mock\r\n"
        f"x-api-key: {KEY}\r\nX-Workspace-Id: {WS}\r\n"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n{framing}\r\nConnection: close\r\n\r\n"
    ).encode()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def _answer(sock: socket.socket) -> tuple[int, Any]:
    sock.settimeout(10)
    raw = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not chunk:
            break
        raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), json.loads(body)


def _concurrent_uploads(port: int, chunked: bool) -> list[tuple[int, Any]]:
    """Four 400 kB image uploads whose heads and first halves all arrive before any finishes."""
    body = _body("image", JPEG, FILE_BYTES)
    half = len(body) // 2
    sockets = [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
    for sock in sockets:
        sock.sendall(_head(None if chunked else len(body)))
        sock.sendall(_chunk(body[:half]) if chunked else body[:half])
    for sock in sockets:
        with contextlib.suppress(OSError):  # refused early: the server closed the connection
            sock.sendall(_chunk(body[half:]) + b"0\r\n\r\n" if chunked else body[half:])
    answers = [_answer(sock) for sock in sockets]
    for sock in sockets:
        sock.close()
    return answers


def test_four_concurrent_uploads_fill_the_quota_only_twice() -> None:
    """Four concurrent 400 kB uploads against a 1 MB quota: two are stored, two get 413
    STORAGE_QUOTA_EXCEEDED (before: all four, 1.6 MB stored)."""
    with run_in_thread(SETTINGS) as mock:
        answers = _concurrent_uploads(int(mock.root_url.rsplit(":", 1)[1]), chunked=False)
        statuses = sorted(status for status, _ in answers)
        assert statuses == [200, 200, 413, 413], answers
        assert {b["error"]["code"] for s, b in answers if s == 413} == {"STORAGE_QUOTA_EXCEEDED"}
        account = next(iter(mock.app.state.mock.accounts.values()))
        assert (account.storage_used, account.storage_reserved) == (2 * FILE_BYTES, 0)


def test_chunked_uploads_reserve_as_bytes_arrive() -> None:
    """Without a declared length the reservation grows with the bytes: the quota is never exceeded and
    nothing stays reserved. (How many of the four get through depends on how their chunks interleave:
    growing reservations can refuse all of them, so the test then fills what is left with one upload.)"""
    with run_in_thread(SETTINGS) as mock:
        port = int(mock.root_url.rsplit(":", 1)[1])
        answers = _concurrent_uploads(port, chunked=True)
        stored = [s for s, _ in answers if s == 200]
        assert len(stored) <= 2, answers
        assert all(s in (200, 413) for s, _ in answers), answers
        account = next(iter(mock.app.state.mock.accounts.values()))
        assert account.storage_used == len(stored) * FILE_BYTES <= QUOTA
        assert account.storage_reserved == 0
        # Nothing left reserved: an upload of nearly all the room that is left is stored.
        body = _body("image", JPEG, QUOTA - account.storage_used - 1_000)
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(_head(len(body)) + body)
            status, answer = _answer(sock)
        assert status == 200, answer


def test_a_failed_upload_releases_its_reservation() -> None:
    """An upload refused after its body was read (content does not match its type) gives its bytes back:
    the next upload of nearly the whole quota succeeds."""
    with run_in_thread(SETTINGS) as mock:
        port = int(mock.root_url.rsplit(":", 1)[1])
        for kind, content, expected in (("video", PNG, 400), ("image", JPEG, 200)):
            body = _body(kind, content, 900_000)
            with socket.create_connection(("127.0.0.1", port)) as sock:
                sock.sendall(_head(len(body)) + body)
                status, answer = _answer(sock)
            assert status == expected, answer
        account = next(iter(mock.app.state.mock.accounts.values()))
        assert (account.storage_used, account.storage_reserved) == (900_000, 0)
