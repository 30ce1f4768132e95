"""uvicorn's HTTP protocols with the limits a server facing hostile clients needs, and refusals in the
documented error envelope.

Stock uvicorn (0.54) has, with httptools, no limit on the request line and headers (one 200 MiB header was
read into 444 MiB of memory) and, with either implementation, no timeout while a request's head or body is
arriving (a stalled body holds its connection forever); what its parsers refuse (a malformed request line,
`Content-Length: -1`) gets a plain-text 400 without the headers every PowerPost answer carries. The
subclasses here add, per connection:

* a head limit (`max_head_bytes`, request line plus headers): beyond it 431, or 414 when the URL alone
  exceeds `max_url_bytes` (httptools only; h11 reports a long URL as 431);
* a read timeout (`read_timeout`): the whole head must arrive within it from its first byte (a dripped
  head is cut too), and a body may pause at most that long between two chunks; then 408
  `REQUEST_TIMEOUT`, or a plain close once the answer has started; a connection that never sends a byte is
  closed after `read_timeout` without an answer;
* every protocol-level refusal as `{"error": {"code", "message"}}` with `X-Request-Id`, the
  `X-RateLimit-*` headers (of anonymous requests, not counted) and `Connection: close`.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sys
from typing import Any, Literal

import attrs
import h11
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from ..settings import MockSettings
from ..state.clock import HttpDate
from ..state.store import MockState

DEFAULT_MAX_HEAD_BYTES = 32 * 1024
DEFAULT_MAX_URL_BYTES = 16 * 1024
DEFAULT_READ_TIMEOUT = 10.0
_REASONS = {
    400: b"Bad Request",
    408: b"Request Timeout",
    414: b"URI Too Long",
    431: b"Request Header Fields Too Large",
}


@attrs.frozen
class ProtocolLimits:
    """What one connection may send: head size, URL size, and how long a read may stall (seconds)."""

    max_head_bytes: int = DEFAULT_MAX_HEAD_BYTES
    max_url_bytes: int = DEFAULT_MAX_URL_BYTES
    read_timeout: float = DEFAULT_READ_TIMEOUT


def protocol_limits(settings: MockSettings) -> ProtocolLimits:
    """The limits of `settings` (`read_timeout`, `max_header_bytes`; the URL limit stays its default)."""
    return ProtocolLimits(
        max_head_bytes=settings.max_header_bytes,
        max_url_bytes=min(DEFAULT_MAX_URL_BYTES, settings.max_header_bytes),
        read_timeout=settings.read_timeout,
    )


class _Refused(Exception):
    """Raised inside a parser callback to abort the request with `status`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def refusal_bytes(state: MockState, status: int, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 error answer in the documented envelope, closing the connection."""
    body = json.dumps({"error": {"code": code, "message": message}}, separators=(",", ":")).encode()
    now = state.clock.now()
    verdict = state.rate_limiter.peek("anonymous", "unknown", now)
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *verdict.headers(),
        (b"x-request-id", secrets.token_hex(16).encode()),
        (b"date", HttpDate()(now)),
    ]
    head = b"HTTP/1.1 %d %s\r\n" % (status, _REASONS.get(status, b"Error"))
    head += b"".join(name + b": " + value + b"\r\n" for name, value in headers)
    return head + b"\r\n" + body


class _Guard:
    """Limits and timers shared by both implementations; the subclasses call the `_on_*` hooks."""

    mock_state: MockState
    limits: ProtocolLimits
    transport: asyncio.Transport
    loop: asyncio.AbstractEventLoop
    cycle: Any
    flow: Any
    timeout_keep_alive: int
    timeout_keep_alive_task: asyncio.TimerHandle | None

    _in_head = True
    _head_started = False
    _head_bytes = 0
    _url_bytes = 0
    _field_bytes = 0
    _refusal: _Refused | None = None
    _read_timer: asyncio.TimerHandle | None = None

    def _arm_idle_close(self) -> None:
        # uvicorn arms its keep-alive timer only after a first answer; a new connection that stays silent
        # is a head that does not arrive, closed after `read_timeout` (the first byte cancels this timer).
        self.timeout_keep_alive_task = self.loop.call_later(self.limits.read_timeout, self._close_idle)

    def _close_idle(self) -> None:
        if not self.transport.is_closing():
            self.transport.close()

    def _cancel_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None

    def _arm_read_timer(self) -> None:
        self._cancel_read_timer()
        self._read_timer = self.loop.call_later(self.limits.read_timeout, self._read_timed_out)

    def _read_timed_out(self) -> None:
        self._read_timer = None
        if self.transport.is_closing():
            return
        if not self._in_head and self.flow is not None and self.flow.read_paused:
            self._arm_read_timer()  # the app is slow to take the body: not the client's stall
            return
        where = "headers" if self._in_head else "body"
        self._refuse(
            408,
            "REQUEST_TIMEOUT",
            f"request: the {where} did not arrive within {self.limits.read_timeout:g} s",
        )

    def _on_head_bytes(self, size: int) -> None:
        """Bytes arrived: count them while a head is incomplete and start its deadline at its first byte."""
        if not self._in_head or size == 0:
            return
        if not self._head_started:
            self._head_started = True
            self._arm_read_timer()
        self._head_bytes += size

    def _check_head_size(self) -> None:
        if (
            self._in_head
            and self._head_bytes > self.limits.max_head_bytes
            and not self.transport.is_closing()
        ):
            self._refuse(
                431, "VALIDATION_ERROR", f"request: headers larger than {self.limits.max_head_bytes} bytes"
            )

    def _on_head_complete(self, has_body: bool) -> None:
        self._in_head = False
        if has_body:
            self._arm_read_timer()
        else:
            self._cancel_read_timer()

    def _on_body_bytes(self) -> None:
        if self._read_timer is not None:
            self._arm_read_timer()

    def _on_message_complete(self) -> None:
        self._cancel_read_timer()
        self._in_head = True
        self._head_started = False
        self._head_bytes = 0
        self._url_bytes = 0
        self._field_bytes = 0

    def _refuse(self, status: int, code: str, message: str) -> None:
        """Answer `status` in the envelope and close the connection; only close it when an answer is
        already on its way: this request's (its body may still be arriving after an early answer), or, for a
        pipelined head, the previous request's, still being written."""
        self._cancel_read_timer()
        cycle = self.cycle
        started = (
            cycle is not None
            and cycle.response_started
            and (not self._in_head or not cycle.response_complete)
        )
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True  # the app's own answer, if it comes, must not follow ours
            cycle.message_event.set()
        if not started and not self.transport.is_closing():
            self.transport.write(refusal_bytes(self.mock_state, status, code, message))
        self.transport.close()

    def _refuse_malformed(self) -> None:
        """The parser refused the request (called inside its `except`): 400, or the limit that tripped."""
        if self._refusal is not None:
            refusal = self._refusal
            self._refuse(refusal.status, "VALIDATION_ERROR", refusal.message)
            return
        exc = sys.exc_info()[1]
        hint = getattr(exc, "error_status_hint", 400)
        if hint in (414, 431):
            size = self.limits.max_head_bytes
            message = str(exc) if hint == 414 else f"request: headers larger than {size} bytes"
            self._refuse(hint, "VALIDATION_ERROR", message)
            return
        detail = str(exc) if exc is not None and str(exc) else "malformed request"
        detail = detail.encode("ascii", "backslashreplace").decode("ascii")[:200]
        self._refuse(400, "VALIDATION_ERROR", f"request: malformed HTTP request ({detail})")


class GuardedHttpToolsProtocol(_Guard, HttpToolsProtocol):
    """uvicorn's httptools protocol with the mock's limits (see the module docstring)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_idle_close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_read_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._on_head_bytes(len(data))
        super().data_received(data)
        self._check_head_size()

    def send_400_response(self, msg: str) -> None:
        self._refuse_malformed()

    def on_message_begin(self) -> None:
        # The first byte of a head: also of a pipelined one that arrived with the previous request.
        if not self._head_started:
            self._head_started = True
            self._arm_read_timer()
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        self._url_bytes += len(url)
        if self._url_bytes > self.limits.max_url_bytes:
            self._refusal = _Refused(414, f"request: URL longer than {self.limits.max_url_bytes} bytes")
            raise self._refusal
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._field_bytes += len(name) + len(value) + 4
        if self._url_bytes + self._field_bytes > self.limits.max_head_bytes:
            self._refusal = _Refused(431, f"request: headers larger than {self.limits.max_head_bytes} bytes")
            raise self._refusal
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        # Without a body, `on_message_complete` follows at once and stops the timer again.
        self._on_head_complete(has_body=True)
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        self._on_body_bytes()
        super().on_body(body)

    def on_message_complete(self) -> None:
        self._on_message_complete()
        super().on_message_complete()


class _LimitedH11Connection(h11.Connection):
    """h11's connection refusing, as a protocol error with the status to answer, a complete head over the
    limits (h11 itself only limits a head still incomplete) and a non-ASCII URL (uvicorn decodes it as
    ASCII unguarded)."""

    limits: ProtocolLimits = ProtocolLimits()

    def next_event(self) -> Any:
        event = super().next_event()
        if isinstance(event, h11.Request):
            limits = self.limits
            if len(event.target) > limits.max_url_bytes:
                message = f"request: URL longer than {limits.max_url_bytes} bytes"
                raise h11.RemoteProtocolError(message, error_status_hint=414)
            size = len(event.target) + sum(len(name) + len(value) + 4 for name, value in event.headers)
            if size > limits.max_head_bytes:
                message = f"request: headers larger than {limits.max_head_bytes} bytes"
                raise h11.RemoteProtocolError(message, error_status_hint=431)
            if not event.target.isascii():
                raise h11.RemoteProtocolError("the URL is not ASCII", error_status_hint=400)
        return event


class GuardedH11Protocol(_Guard, H11Protocol):
    """uvicorn's h11 protocol with the mock's limits (h11 enforces the head size while it is incomplete,
    `_LimitedH11Connection` once it is complete)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        connection = _LimitedH11Connection(h11.SERVER, self.limits.max_head_bytes)
        connection.limits = self.limits
        self.conn = connection

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_idle_close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_read_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._on_head_bytes(len(data))
        try:
            super().data_received(data)
        except UnicodeDecodeError:  # a non-ASCII request target: uvicorn decodes it unguarded
            self._refuse(400, "VALIDATION_ERROR", "request: the URL is not ASCII")
            return
        if self.transport.is_closing():
            return
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            if self._in_head:
                self._on_head_complete(has_body=True)
            else:
                self._on_body_bytes()
        elif (
            state in (h11.DONE, h11.MUST_CLOSE) or (state is h11.IDLE and not self.conn.trailing_data[0])
        ) and (not self._in_head or self._head_started):
            self._on_message_complete()

    def send_400_response(self, msg: str) -> None:
        self._refuse_malformed()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # Bytes of a next (pipelined) head arrived with the previous request: its deadline starts now.
        if not self.transport.is_closing() and self.conn.trailing_data[0] and not self._head_started:
            self._in_head = True
            self._head_started = True
            self._arm_read_timer()


def guarded_protocol(
    http: Literal["httptools", "h11"], state: MockState, limits: ProtocolLimits | None = None
) -> type[asyncio.Protocol]:
    """The protocol class to hand `uvicorn.Config(http=...)`, bound to the mock's state (for the headers
    of refusals) and `limits`."""
    base: type[_Guard] = GuardedHttpToolsProtocol if http == "httptools" else GuardedH11Protocol
    attributes = {"mock_state": state, "limits": limits or ProtocolLimits()}
    bound: type[asyncio.Protocol] = type(f"Mock{base.__name__}", (base,), attributes)
    return bound
