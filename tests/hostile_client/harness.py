"""A hostile HTTP client: malformed requests written to the mock over raw sockets, and what came back.

Each `Attack` is a list of byte chunks sent in order (optionally with a pause between them, to drip), then
either kept open without sending more (`stall`) or half-closed (`truncate`: the client stops sending in
the middle of its request). `fire` reports the first status line received, whether the server closed the
connection, and whether it did neither before the deadline (a hang). Everything is bounded: one socket per
attack, a deadline on each, at most a few megabytes sent.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import time
from typing import Any

import attrs

HOST = "127.0.0.1"


@attrs.frozen
class Attack:
    """One malformed request: what to send and how."""

    name: str
    chunks: tuple[bytes, ...]
    pause: float = 0.0
    stall: bool = False
    truncate: bool = False


@attrs.frozen
class Outcome:
    """What the server did with one attack."""

    name: str
    status: int | None
    closed: bool
    hung: bool
    seconds: float
    raw: bytes

    def headers(self) -> dict[str, str]:
        """The first answer's headers (lower-case names)."""
        head = self.raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")[1:]
        pairs = (line.split(":", 1) for line in head if ":" in line)
        return {name.strip().lower(): value.strip() for name, value in pairs}

    def envelope(self) -> Any:
        """The first answer's JSON body, or None when it is not JSON."""
        if b"\r\n\r\n" not in self.raw:
            return None
        length = int(self.headers().get("content-length", "0") or 0)
        body = self.raw.split(b"\r\n\r\n", 1)[1][:length]
        try:
            return json.loads(body)
        except ValueError:
            return None


def _status(raw: bytes) -> int | None:
    if not raw.startswith(b"HTTP/1.") or b"\r\n" not in raw:
        return None
    parts = raw.split(b"\r\n", 1)[0].split(b" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def fire(port: int, attack: Attack, deadline: float) -> Outcome:
    """Send `attack` to `127.0.0.1:port`; read until the server closes or `deadline` seconds pass.

    A complete answer without `Connection: close` on a connection the client keeps open is not a hang
    (HTTP keep-alive): reading stops once an answer's body is complete, unless the attack stalls, in which
    case the server must close the connection itself."""
    started = time.monotonic()
    sock = socket.create_connection((HOST, port), timeout=deadline)
    raw = b""
    closed = False
    try:
        for index, chunk in enumerate(attack.chunks):
            if index and attack.pause:
                time.sleep(attack.pause)
                if select.select([sock], [], [], 0)[0]:
                    break  # the server answered (or closed) mid-drip: stop sending, read what it said
            try:
                sock.sendall(chunk)
            except OSError:  # the server refused and closed while we were still sending
                closed = True
                break
        if attack.truncate:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_WR)
        while not closed:
            left = deadline - (time.monotonic() - started)
            if left <= 0:
                break
            sock.settimeout(left)
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            except OSError:
                closed = True
                break
            if not chunk:
                closed = True
                break
            raw += chunk
            # A complete answer ends the read, unless it announced a close: then wait for it (bounded).
            if not attack.stall and _complete(raw) and b"connection: close" not in raw.lower():
                break
    finally:
        sock.close()
    seconds = time.monotonic() - started
    status = _status(raw)
    hung = not closed and (status is None or attack.stall)
    return Outcome(attack.name, status, closed, hung, seconds, raw)


def _complete(raw: bytes) -> bool:
    """Whether `raw` holds one whole answer (head and a Content-Length body)."""
    if b"\r\n\r\n" not in raw:
        return False
    head, body = raw.split(b"\r\n\r\n", 1)
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip() or 0)
    return False


def request(method: str, target: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    """A well-formed HTTP/1.1 request's bytes (for attacks that are malformed only inside the body)."""
    lines = [f"{method} {target} HTTP/1.1", "Host: mock", *(f"{k}: {v}" for k, v in headers.items())]
    if body or method in ("POST", "PATCH", "PUT"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def attacks(api_key: str, workspace_id: str) -> list[Attack]:
    """Every malformed request of the harness, each aimed where it hurts most."""
    auth = {"x-api-key": api_key, "X-Workspace-Id": workspace_id, "Content-Type": "application/json"}
    entry = b'{"title":%s,"scheduled_date":"2026-03-25"}'
    credits = b"GET /api/v1/account/credits HTTP/1.1\r\nHost: mock\r\nx-api-key: " + api_key.encode()
    post = f"POST /api/v1/calendar/entries HTTP/1.1\r\nHost: mock\r\nx-api-key: {api_key}\r\n"
    post += f"X-Workspace-Id: {workspace_id}\r\nContent-Type: application/json\r\n"
    deep = b"[" * 10_000 + b"]" * 10_000
    tail = b" HTTP/1.1\r\nHost: mock\r\n\r\n"
    entries, generate = "/api/v1/calendar/entries", "/api/v1/content/generate"
    length = post.encode() + b"Content-Length: "
    chunked = post.encode() + b"Transfer-Encoding: chunked\r\n\r\n"

    def json_post(path: str, body: bytes) -> tuple[bytes, ...]:
        return (request("POST", path, auth, body),)

    return [
        # request line
        Attack("garbage request line", (b"GARBAGE\r\n\r\n",)),
        Attack("empty request line", (b"\r\n\r\n\r\n",)),
        Attack("unknown method token", (b"BREW /api/v1/account/credits HTTP/1.1\r\nHost: mock\r\n\r\n",)),
        Attack("control byte in method", (b"GE\x01T /api/v1/account/credits" + tail,)),
        Attack("unsupported method", (b"PROPFIND /api/v1/account/credits HTTP/1.1\r\nHost: mock\r\n\r\n",)),
        Attack("HTTP/2 preface", (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",)),
        Attack("HTTP/9.9", (b"GET /api/v1/account/credits HTTP/9.9\r\nHost: mock\r\n\r\n",)),
        Attack("64 KiB URL", (b"GET /api/v1/" + b"a" * 65536 + b" HTTP/1.1\r\nHost: mock\r\n\r\n",)),
        Attack("non-ASCII URL", (b"GET /api/v1/posts/\xff\xfe HTTP/1.1\r\nHost: mock\r\n\r\n",)),
        Attack("NUL in URL", (b"GET /api/v1/posts/%00 HTTP/1.1\r\nHost: mock\r\n" + b"\r\n",)),
        Attack("percent-encoded surrogate", (b"GET /api/v1/posts/%ed%a0%80 HTTP/1.1\r\nHost: mock\r\n\r\n",)),
        # headers
        Attack("64 KiB header", (credits + b"\r\nX-Big: " + b"a" * 65536 + b"\r\n\r\n",)),
        Attack("5,000 headers", (credits + b"\r\n" + b"X-H: v\r\n" * 5000 + b"\r\n",)),
        Attack("header without colon", (credits + b"\r\nno colon here\r\n\r\n",)),
        Attack("NUL in header value", (credits + b"\r\nX-Nul: a\x00b\r\n\r\n",)),
        Attack("invalid UTF-8 header value", (credits + b"\r\nX-Bytes: \xff\xfe\r\n\r\n",)),
        Attack(
            "invalid UTF-8 API key", (credits[: credits.index(b"x-api-key")] + b"x-api-key: \xff\r\n\r\n",)
        ),
        # lengths and framing
        Attack("Content-Length -1", (length + b"-1\r\n\r\n",)),
        Attack("Content-Length absurd", (length + b"99999999999999999999999\r\n\r\n{",)),
        Attack("Content-Length not a number", (length + b"ten\r\n\r\n",)),
        Attack("two Content-Lengths", (length + b"2\r\nContent-Length: 3\r\n\r\n{}",)),
        Attack(
            "Content-Length with chunked",
            (length + b"3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",),
        ),
        Attack("bad chunk size", (chunked + b"zz\r\n{}\r\n0\r\n\r\n",)),
        Attack(
            "chunk size overflow",
            (chunked + b"ffffffffffffffffffffff\r\n{}\r\n",),
        ),
        Attack("chunk without CRLF", (chunked + b"2\r\n{}XX0\r\n\r\n",)),
        Attack("truncated body", (post.encode() + b'Content-Length: 100\r\n\r\n{"title"',), truncate=True),
        Attack("truncated head", (b"GET /api/v1/account/cre",), truncate=True),
        Attack("JSON body over 1 MiB", (length + b"2000000\r\n\r\n" + b" " * 4096,)),
        Attack("pipelined valid then garbage", (credits + b"\r\n\r\n" + b"GARBAGE\r\n\r\n",)),
        Attack("pipelined valid then stalled head", (credits + b"\r\n\r\nGET /api/v1/acc",), stall=True),
        # stalls and drips
        Attack("stalled head", (b"GET /api/v1/account/credits HTTP/1.1\r\nHost: mock\r\n",), stall=True),
        Attack("stalled body", (post.encode() + b'Content-Length: 100\r\n\r\n{"ti',), stall=True),
        Attack(
            "dripped head",
            tuple(bytes([b]) for b in b"GET /api/v1/account/credits HTTP/1.1\r\nHost: mock\r\nX-Drip: xxxxx"),
            pause=0.05,
            stall=True,
        ),
        Attack("silent connection", (), stall=True),
        # JSON bodies PowerPost cannot store
        Attack("lone surrogate in title", json_post(entries, entry % b'"\\ud800"')),
        Attack("lone low surrogate", json_post(entries, entry % b'"a\\udfffb"')),
        Attack("surrogate in a key", json_post(entries, b'{"\\ud800":1}')),
        Attack(
            "surrogate in prompt",
            json_post(generate, b'{"prompt":"\\ud83d launch","post_types":["instagram-feed"]}'),
        ),
        Attack("NUL in a query", (credits.replace(b"credits", b"credits?x=%00", 1) + b"\r\n\r\n",)),
        Attack("raw NUL byte in JSON", json_post(entries, entry % b'"a\x00b"')),
        Attack("invalid UTF-8 in JSON", json_post(entries, entry % b'"\xff\xfe"')),
        Attack("10,000 levels of nesting", json_post(entries, deep)),
        Attack("500 levels of nesting", json_post(entries, b'{"a":' * 500 + b"1" + b"}" * 500)),
        Attack("NaN", json_post(entries, entry % b"NaN")),
        Attack("1e400", json_post(generate, b'{"prompt":"abc","post_types":[],"n":1e400}')),
        Attack("20,000-digit integer", json_post(entries, entry % (b"9" * 20000))),
        Attack(
            "time with a newline",
            json_post(entries, entry[:-1] % b'"t"' + b',"scheduled_time":"09:30\\n"}'),
        ),
        Attack("not JSON", json_post(entries, b"\x00\x01\x02")),
        # the admin surface
        Attack("admin clock 1e300", json_post("/_mock/clock/advance", b'{"seconds":1e300}')),
        Attack("admin clock NaN", json_post("/_mock/clock/advance", b'{"seconds":NaN}')),
        Attack("admin clock string", json_post("/_mock/clock/advance", b'{"seconds":"5"}')),
        Attack("admin clock negative", json_post("/_mock/clock/advance", b'{"seconds":-5}')),
        Attack("admin malformed JSON", json_post("/_mock/credits", b'{"balance":')),
        Attack("admin deep JSON", json_post("/_mock/credits", deep)),
        Attack("admin balance 1e400", json_post("/_mock/credits", b'{"balance":1e400}')),
        Attack("admin surrogate account", json_post("/_mock/credits", b'{"balance":5,"account":"\\ud800"}')),
        Attack("admin faults NaN", json_post("/_mock/faults", b'{"latency":NaN}')),
        Attack("admin rate limit 0", json_post("/_mock/rate-limits", b'{"limit":0}')),
    ]
