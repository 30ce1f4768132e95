"""Read a response body inside the transport: size-capped, deadline-bound, decoded, then handed on whole.

httpx reads the body after the transport returns, where a reset, a stall or a bad gzip stream escapes as
a raw httpx exception and no retry is possible. Reading it here turns those into decisions of the
transport (typed error, retry or not), stops a huge body at `limit` bytes without reading the rest, and
gives httpx a response whose content is already there.
"""

from __future__ import annotations

import time

import httpx

from . import _deadline as deadline
from ._config import DEFAULT_MAX_RESPONSE_BYTES

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "BodyTooLarge", "aread", "buffered", "read"]


class BodyTooLarge(Exception):
    """The body (as declared or as read so far) is larger than the client's cap."""

    def __init__(self, size: int, limit: int, declared: bool) -> None:
        super().__init__(f"{size} bytes > {limit}")
        self.size = size
        self.limit = limit
        self.declared = declared


def _check_declared(response: httpx.Response, limit: int, found: dict[bytes, bytes] | None = None) -> None:
    if found is not None:  # the transport's `header_scan.by_name`: no name repeats
        length = found.get(b"content-length")
        if length is not None and b"content-encoding" not in found:
            length = length.strip()
            if length.isdigit() and int(length) > limit:
                raise BodyTooLarge(int(length), limit, declared=True)
        return
    # One pass over the raw headers: `Headers.get` decodes every value on each lookup.
    lengths: list[bytes] = []
    encoded = False
    for name, value in response.headers.raw:
        lowered = name.lower()
        if lowered == b"content-length":
            lengths.append(value.strip())
        elif lowered == b"content-encoding":
            encoded = True
    # Repeated lengths read as one joined value, as `Headers.get` gives them: not a number, so not declared.
    declared = int(lengths[0]) if len(lengths) == 1 and lengths[0].isdigit() else None
    if declared is not None and declared > limit and not encoded:
        raise BodyTooLarge(declared, limit, declared=True)


def _check_progress(size: int, limit: int) -> None:
    if size > limit:
        raise BodyTooLarge(size, limit, declared=False)
    current = deadline.current()
    # Only reached with inner transports that lack the deadline backend (test transports) or between
    # chunks that arrive in time: either way the call must not go on past its deadline.
    if current is not None and current.at <= time.monotonic():
        raise httpx.ReadTimeout("timed out reading the response body")


def read(response: httpx.Response, limit: int, found: dict[bytes, bytes] | None = None) -> bytes:
    """The decoded body of `response`, or raise (httpx errors, `BodyTooLarge`); closes it either way.

    `found`: the response's `header_scan.by_name`, when the caller has it (spares another header pass).
    """
    try:
        _check_declared(response, limit, found)
        # A response built from bytes in memory (`httpx.MockTransport`, a test or benchmark transport) was
        # read and decoded by httpx when it was made: checked as if read. A network response is not read yet.
        held: bytes | None = getattr(response, "_content", None)
        if held is not None:
            _check_progress(len(held), limit)
            return held
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            _check_progress(size, limit)
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        response.close()


async def aread(response: httpx.Response, limit: int, found: dict[bytes, bytes] | None = None) -> bytes:
    """The async twin of `read`."""
    try:
        _check_declared(response, limit, found)
        held: bytes | None = getattr(response, "_content", None)
        if held is not None:
            _check_progress(len(held), limit)
            return held
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            _check_progress(size, limit)
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        await response.aclose()


def buffered(
    response: httpx.Response, content: bytes, headers: httpx.Headers, request: httpx.Request
) -> httpx.Response:
    """`response` itself, marked as read with `content` (decoded) and showing `headers` (scrubbed).

    The body was read and decoded here, so httpx must not read or decode it again: giving the response
    its content makes `Response.read()` return it as is, as after httpx's own read. Doing this in place
    spares building a second `Response` (its headers and content encoded again) on every call. The
    `Content-Encoding` header stays, as it does on any response httpx has read and decoded itself.
    """
    # httpx keeps a read body in `_content`; `read()` returns it without touching the stream (spent here).
    response._content = content
    if headers is not response.headers:
        response.headers = headers
    response.request = request
    return response
