"""The smallest real files of each upload type, so that valid upload cases carry valid content."""

from __future__ import annotations

import base64
from typing import Any

# A 1×1 transparent PNG.
PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
# The start of an ISO base-media (MP4) file: an `ftyp` box naming the isom brand, then an empty `mdat`.
MP4_MINIMAL = (
    b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"  # ftyp box, 24 bytes
    + b"\x00\x00\x00\x08mdat"  # empty media data box
)


def valid_upload_body(media_type: str) -> dict[str, Any]:
    """A multipart body with a real file of ``media_type`` (``image`` or ``video``)."""
    content = PNG_1X1 if media_type == "image" else MP4_MINIMAL
    return {"file": content, "type": media_type}
