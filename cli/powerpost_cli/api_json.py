"""`--json` prints what PowerPost sent: the JSON bodies of the successful responses, recorded on the wire.

The SDK's models would give nearly the same, but not exactly (timestamps come back as `+00:00` instead of
`Z`, a field the SDK could not read would be missing), and scripts piping `--json` into `jq` deserve the API
object itself. `RecordingTransport` sits under the SDK's own transport (so retries, pacing and deadlines
stay the SDK's) and copies each 2xx JSON body as the SDK reads it, without reading anything itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx


class _Tee(httpx.SyncByteStream):
    """Passes a response's raw bytes through and hands them, complete, to `done`."""

    def __init__(self, stream: httpx.SyncByteStream, done: Callable[[bytes], None]) -> None:
        self._stream = stream
        self._done = done

    def __iter__(self) -> Iterator[bytes]:
        chunks = []
        for chunk in self._stream:
            chunks.append(chunk)
            yield chunk
        self._done(b"".join(chunks))

    def close(self) -> None:
        self._stream.close()


@attrs.define
class ResponseBodies:
    """The JSON bodies of one command's successful responses, oldest first."""

    bodies: list[Any] = attrs.field(factory=list)

    @property
    def last(self) -> Any:
        """The latest body, or None when nothing was recorded."""
        return self.bodies[-1] if self.bodies else None

    def transport(self, inner: httpx.BaseTransport | None = None) -> httpx.BaseTransport:
        """An httpx transport sending through `inner` (default: a plain `httpx.HTTPTransport`)."""
        return RecordingTransport(inner or httpx.HTTPTransport(), self)

    def add(self, headers: httpx.Headers, raw: bytes) -> None:
        """Decode (content-encoding, charset) and keep one body; a body that is not JSON is skipped."""
        decoded = httpx.Response(200, headers=headers, stream=httpx.ByteStream(raw))
        try:
            self.bodies.append(json.loads(decoded.read()))
        except (ValueError, httpx.DecodingError):
            return


class RecordingTransport(httpx.BaseTransport):
    """Records into `bodies` every 2xx JSON response that passes through."""

    def __init__(self, inner: httpx.BaseTransport, bodies: ResponseBodies) -> None:
        self._inner = inner
        self._bodies = bodies

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the inner transport; tee the body of a successful JSON answer."""
        response = self._inner.handle_request(request)
        content_type = response.headers.get("content-type", "")
        stream = response.stream
        if (
            200 <= response.status_code < 300
            and "json" in content_type
            and isinstance(stream, httpx.SyncByteStream)
        ):
            headers = response.headers
            response.stream = _Tee(stream, lambda raw: self._bodies.add(headers, raw))
        return response

    def close(self) -> None:
        """Close the inner transport."""
        self._inner.close()
