"""Streaming `multipart/form-data` upload: python-multipart's parser over `request.stream()`.

Bytes are counted as they arrive and only the first few are kept (to sniff the real format); the content
itself is never stored. The upload stops with 413 `FILE_TOO_LARGE` as soon as the limit is passed, and
before reading anything when `Content-Length` already exceeds the largest limit. A long body is then cut off
(`Connection: close`, so the client stops sending the rest); a short remainder is read and discarded first, so
the client reliably reads the answer. The storage quota is reserved before the body is read (see
`state.storage_quota`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from ..errors import ApiError, unread_body, validation_error
from ..state.storage_quota import StorageReservation
from .media_sniffing import SNIFF_BYTES, sniff

MULTIPART_OVERHEAD = 64 * 1024
MAX_FIELD_BYTES = 1024
# A refused body this close to its end is read to the end before answering: closing a socket with unread
# bytes makes the kernel send a reset, which can reach the client before the 413 does.
DRAIN_BYTES = 4 * 1024 * 1024


@attrs.define
class UploadLimits:
    """Per-type size limits and the upload's claim on the account's storage quota."""

    image: int
    video: int
    storage: StorageReservation


@attrs.define
class _Part:
    name: str = ""
    filename: str | None = None
    size: int = 0
    head: bytes = b""
    value: bytes = b""


@attrs.define
class ReceivedUpload:
    """What was uploaded: form values and the file's name, size and first bytes."""

    fields: dict[str, str]
    file_name: str | None
    file_size: int
    head: bytes
    has_file: bool


def too_large(limit: int, kind: str) -> ApiError:
    """413 FILE_TOO_LARGE naming the limit."""
    return ApiError(413, "FILE_TOO_LARGE", f"Uploaded file exceeds size limit of {limit} bytes for {kind}s")


def quota_exceeded() -> ApiError:
    """413 STORAGE_QUOTA_EXCEEDED."""
    return ApiError(413, "STORAGE_QUOTA_EXCEEDED", "Account storage quota exceeded")


class _Collector:
    """python-multipart callbacks that keep metadata only and enforce limits while bytes arrive."""

    def __init__(self, limits: UploadLimits) -> None:
        self.limits = limits
        self.fields: dict[str, str] = {}
        self.file: _Part | None = None
        self.part = _Part()
        self._header_field = b""
        self._header_value = b""
        self._headers: dict[bytes, bytes] = {}
        self.error: ApiError | None = None

    def callbacks(self) -> Any:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
        }

    def on_part_begin(self) -> None:
        self.part = _Part()
        self._headers = {}

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[self._header_field.lower()] = self._header_value
        self._header_field = self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self.part.name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        self.part.filename = filename.decode("utf-8", "replace") if filename is not None else None

    def _limit(self) -> tuple[int, str]:
        # The declared type may come after the file; the content's own magic bytes tell us early.
        kind = self.fields.get("type")
        sniffed = sniff(self.part.head) if len(self.part.head) >= 12 else None
        if kind == "image" or (kind is None and sniffed is not None and sniffed[0] == "image"):
            return self.limits.image, "image"
        if kind == "video":
            return self.limits.video, "video"
        return max(self.limits.image, self.limits.video), "video"

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        part = self.part
        if part.name != "file":
            if len(part.value) < MAX_FIELD_BYTES:
                part.value += data[start:end][: MAX_FIELD_BYTES - len(part.value)]
            return
        part.size += end - start
        if len(part.head) < SNIFF_BYTES:
            part.head += data[start : start + SNIFF_BYTES - len(part.head)]
        if self.error is None:
            limit, kind = self._limit()
            if part.size > limit:
                self.error = too_large(limit, kind)
            elif not self.limits.storage.cover(part.size):
                self.error = quota_exceeded()

    def on_part_end(self) -> None:
        if self.part.name == "file":
            self.file = self.part
        elif self.part.name:
            self.fields[self.part.name] = self.part.value.decode("utf-8", "replace")


async def _refuse(stream: AsyncIterator[bytes], error: ApiError) -> ApiError:
    """`error`, after discarding what is left of a short body; a long one is cut off (`Connection: close`)."""
    drained = 0
    async for chunk in stream:
        drained += len(chunk)
        if drained > DRAIN_BYTES:
            return unread_body(error)
    return error


async def receive_upload(request: Request, limits: UploadLimits) -> ReceivedUpload:
    """Parse the multipart body as it streams in; raise 400/413 as soon as the answer is known."""
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise validation_error("body: Content-Type must be multipart/form-data with a boundary")
    declared = request.headers.get("content-length")
    largest = max(limits.image, limits.video)
    if declared is not None and declared.isdigit() and int(declared) > largest + MULTIPART_OVERHEAD:
        raise unread_body(too_large(largest, "video"))
    if declared is not None and declared.isdigit():
        # Reserved before reading: the file is at most the declared length (the form's parts add a little).
        limits.storage.hold(int(declared))
        if int(declared) > limits.storage.held + MULTIPART_OVERHEAD:
            raise unread_body(quota_exceeded())
    collector = _Collector(limits)
    parser = MultipartParser(boundary, collector.callbacks())
    try:
        stream = request.stream()
        async for chunk in stream:
            parser.write(chunk)
            if collector.error is not None:
                raise await _refuse(stream, collector.error)
        parser.finalize()
    except ApiError:
        raise
    except Exception as exc:  # python-multipart raises its own errors on malformed bodies
        raise validation_error(f"body: malformed multipart data ({exc})") from exc
    file = collector.file
    if file is not None:
        limit, kind = (
            (limits.image, "image") if collector.fields.get("type") == "image" else (limits.video, "video")
        )
        if file.size > limit:
            raise too_large(limit, kind)
    return ReceivedUpload(
        fields=collector.fields,
        file_name=file.filename if file else None,
        file_size=file.size if file else 0,
        head=file.head if file else b"",
        has_file=file is not None,
    )
