"""Over a real socket: the HTTP implementation in use, dropped connections on each, and refused uploads
that close the connection so the client stops sending."""

from __future__ import annotations

import io
import json
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import powerpost
import pytest
from powerpost import PowerPost
from powerpost_mock import run_in_thread
from powerpost_mock.__main__ import parse_args
from powerpost_mock.http import implementation as http_impl
from powerpost_mock.http.implementation import resolve_http

from .conftest import AUTH, FAST, JPEG

MIB = 1024 * 1024
IMPLEMENTATIONS = ("h11", "httptools")
BOUNDARY = "mockboundary"
MP4_HEADER = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
SOCKET_TIMEOUT = 10.0


def _preamble(kind: str, file_name: str, mime: str) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="type"\r\n\r\n{kind}\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{file_name}"\r\n'
        f"Content-Type: {mime}\r\n\r\n"
    ).encode()


def _read_until_closed(sock: socket.socket, limit: int = MIB) -> tuple[bytes, bool]:
    """Everything the server sends, and whether it closed the connection (EOF or reset) afterwards."""
    received = b""
    sock.settimeout(SOCKET_TIMEOUT)
    while len(received) < limit:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return received, True
        except TimeoutError:
            return received, False
        if not chunk:
            return received, True
        received += chunk
    return received, False


def test_auto_serves_with_httptools_and_h11_stays_selectable() -> None:
    assert resolve_http("auto") == "httptools"
    assert resolve_http("h11") == "h11"
    with pytest.raises(ValueError, match="unknown HTTP implementation"):
        resolve_http("h2")
    with run_in_thread(FAST) as mock:
        assert mock.http == "httptools"
        assert httpx.get(f"{mock.base_url}/account/credits", headers=AUTH, timeout=5).status_code == 200


def test_without_httptools_auto_falls_back_to_h11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http_impl, "httptools_installed", lambda: False)
    assert resolve_http("auto") == "h11"
    with pytest.raises(RuntimeError, match="httptools is not installed"):
        resolve_http("httptools")


def test_the_command_line_chooses_the_http_implementation() -> None:
    assert parse_args([])[0].http == "auto"
    assert parse_args(["--http", "h11"])[0].http == "h11"
    with pytest.raises(SystemExit):
        parse_args(["--http", "h2"])


@pytest.mark.parametrize("http", IMPLEMENTATIONS)
def test_a_drop_switched_on_at_runtime_closes_without_an_answer(http: str) -> None:
    with run_in_thread(FAST, http=http) as mock:
        assert mock.http == http
        credits = f"{mock.base_url}/account/credits"
        httpx.post(f"{mock.root_url}/_mock/faults", json={"drop": 1.0}, timeout=5).raise_for_status()
        with httpx.Client(headers=AUTH, timeout=5) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                client.get(credits)
            httpx.post(f"{mock.root_url}/_mock/faults", json={}, timeout=5).raise_for_status()
            assert client.get(credits).status_code == 200  # the server (and the client) carry on
        ledger = httpx.get(f"{mock.root_url}/_mock/ledger", timeout=5).json()
    assert [(f["fault"], f["operation"]) for f in ledger["faults"]] == [("drop_after", "get_credits")]


@pytest.mark.parametrize("http", IMPLEMENTATIONS)
def test_a_body_too_large_by_its_content_length_is_refused_and_the_connection_closed(http: str) -> None:
    declared = 600 * MIB
    head = (
        "POST /api/v1/media/upload HTTP/1.1\r\nHost: mock\r\n"
        + "".join(f"{name}: {value}\r\n" for name, value in AUTH.items())
        + f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {declared}\r\n\r\n"
    ).encode()
    with run_in_thread(FAST, http=http) as mock:
        port = int(mock.root_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=SOCKET_TIMEOUT) as sock:
            sock.sendall(head + _preamble("video", "big.mp4", "video/mp4") + MP4_HEADER + bytes(64 * 1024))
            received, closed = _read_until_closed(sock)
    status_line, _, rest = received.partition(b"\r\n")
    headers, _, body = rest.partition(b"\r\n\r\n")
    assert status_line.startswith(b"HTTP/1.1 413"), received[:200]
    assert b"connection: close" in headers.lower()
    assert json.loads(body)["error"]["code"] == "FILE_TOO_LARGE"
    assert closed, "the server kept the connection open, waiting for 600 MiB it will never use"


def test_a_refusal_while_streaming_closes_and_the_client_stops_sending() -> None:
    """No Content-Length (chunked): the image limit is passed mid-stream, long before the body ends."""
    total = 256 * MIB
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        yield _preamble("image", "big.jpg", "image/jpeg") + JPEG
        chunk = bytes(64 * 1024)
        while sent < total:
            sent += len(chunk)
            yield chunk
        yield f"\r\n--{BOUNDARY}--\r\n".encode()

    headers = {**AUTH, "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
    with run_in_thread(attrs.evolve(FAST, max_image_bytes=MIB)) as mock:
        response = httpx.post(f"{mock.base_url}/media/upload", content=body(), headers=headers, timeout=30)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "FILE_TOO_LARGE"
    assert response.headers["connection"] == "close"
    assert sent < total // 4, f"{sent // MIB} MiB sent of {total // MIB} MiB"


async def test_refusals_that_leave_the_body_unread_say_connection_close(client: httpx.AsyncClient) -> None:
    files = {"file": ("big.mp4", MP4_HEADER)}
    declared = {"Content-Length": str(600 * MIB)}
    early = client.build_request("POST", "/media/upload", data={"type": "video"}, files=files)
    early.headers.update(declared)
    refused = await client.send(early)
    assert refused.status_code == 413
    assert refused.headers["connection"] == "close"
    oversized_json = await client.post("/content/generate", content=b" " * (2 * MIB))
    assert oversized_json.status_code == 400
    assert oversized_json.headers["connection"] == "close"

    async def chunked() -> AsyncIterator[bytes]:  # no Content-Length: refused once 1 MiB has streamed in
        for _ in range(32):
            yield b" " * 65536

    streamed = await client.post("/content/generate", content=chunked())
    assert streamed.status_code == 400
    assert "larger than" in streamed.json()["error"]["message"]
    assert streamed.headers["connection"] == "close"
    # A refusal after the whole body was read keeps the connection.
    invalid = await client.post("/content/generate", json={"prompt": "ab"})
    assert invalid.status_code == 400
    assert "connection" not in invalid.headers


class CountingFile(io.FileIO):
    """A file that counts the bytes read from it: an upper bound of what the SDK put on the wire."""

    bytes_read = 0

    def read(self, size: int | None = -1, /) -> bytes:
        """Read and count."""
        chunk = super().read(size) or b""
        self.bytes_read += len(chunk)
        return chunk

    def readinto(self, buffer: Any, /) -> int:
        """Read into a buffer and count."""
        count = super().readinto(buffer) or 0
        self.bytes_read += count
        return count


@pytest.mark.parametrize("http", IMPLEMENTATIONS)
def test_the_sdk_gets_file_too_large_for_a_600_mib_video_unsent(tmp_path: Path, http: str) -> None:
    path = tmp_path / "big.mp4"
    with path.open("wb") as handle:  # sparse: an MP4 header, then a hole
        handle.write(MP4_HEADER)
        handle.truncate(600 * MIB)
    with run_in_thread(FAST, http=http) as mock:
        sdk = PowerPost(
            api_key=mock.api_key, workspace_id=mock.workspace_id, base_url=mock.base_url, timeout=60.0
        )
        with sdk, CountingFile(path, "rb") as upload, pytest.raises(powerpost.FileTooLargeError) as refused:
            sdk.media.upload(upload, type="video", file_name="big.mp4")
        ledger = httpx.get(f"{mock.root_url}/_mock/ledger", timeout=5).json()
    assert refused.value.status_code == 413
    assert upload.bytes_read < 64 * MIB, f"{upload.bytes_read // MIB} MiB read of 600 MiB"
    assert ledger["requests"].get("upload_media", 0) <= 1
