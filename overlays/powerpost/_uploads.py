"""Prepare a media upload: a streamed multipart body with a guessed `type` and MIME type.

Hand-written on purpose: the generated `upload_media` sends `boundary=+++`, which breaks on files that
contain that sequence. httpx `files=` picks a random boundary and reads an open file in 64 KiB chunks,
so a 400 MB video never sits in memory.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import IO, Any

import attrs
from powerpost_api.models import MediaType

from . import _request_encoding as request_encoding
from ._errors import RequestValidationError

UPLOAD_PATH = "/media/upload"

# Magic bytes of the formats PowerPost accepts (JPEG, PNG, WebP, MP4, MOV, WebM).
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\x1a\x45\xdf\xa3", "video/webm"),
    (4, b"ftypqt", "video/quicktime"),
    (4, b"ftyp", "video/mp4"),
)


def sniff_mime(head: bytes) -> str | None:
    """The MIME type told by a file's first bytes, for the formats PowerPost accepts."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for offset, signature, mime in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return mime
    return None


@attrs.frozen
class PreparedUpload:
    """What goes into the multipart form, and whether a retry can replay the body."""

    file: IO[bytes]
    file_name: str
    mime_type: str
    media_type: str
    replayable: bool

    def form(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The `files=` and `data=` arguments for httpx."""
        return {"file": (self.file_name, self.file, self.mime_type)}, {"type": self.media_type}


def _peek(file: IO[bytes], seekable: bool) -> bytes:
    if not seekable:
        return b""
    position = file.tell()
    head = file.read(16)
    file.seek(position)
    return head if isinstance(head, bytes) else b""


def _seekable(file: IO[bytes]) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        return False


@contextmanager
def prepare(
    file: str | os.PathLike[str] | IO[bytes],
    *,
    media_type: MediaType | str | None,
    file_name: str | None,
) -> Iterator[PreparedUpload]:
    """Open (if given a path) and describe the file; a file the SDK opened is closed afterwards."""
    opened: IO[bytes] | None = None
    if isinstance(file, str | os.PathLike):
        opened = open(file, "rb")  # noqa: SIM115 - closed in the finally below
        handle: IO[bytes] = opened
        name = file_name or PurePath(os.fspath(file)).name
    else:
        handle = file
        name = file_name or PurePath(str(getattr(file, "name", "") or "upload")).name
    try:
        request_encoding.check_text(name, "file_name")
        seekable = _seekable(handle)
        mime = mimetypes.guess_type(name)[0] or sniff_mime(_peek(handle, seekable))
        if media_type is None:
            if mime is None or not mime.startswith(("image/", "video/")):
                raise RequestValidationError(
                    f"Cannot tell whether {name!r} is an image or a video: pass type='image' or 'video'",
                    field="type",
                )
            kind = mime.split("/", 1)[0]
        else:
            kind = str(media_type)
            if kind not in {m.value for m in MediaType}:
                raise RequestValidationError(f"type must be 'image' or 'video', not {kind!r}", field="type")
        yield PreparedUpload(handle, name, mime or "application/octet-stream", kind, seekable)
    finally:
        if opened is not None:
            opened.close()
