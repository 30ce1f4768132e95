"""What a file really is, from its first bytes (never from its name or declared type)."""

from __future__ import annotations

SNIFF_BYTES = 16


def sniff(head: bytes) -> tuple[str, str] | None:
    """`(media type, MIME type)` of the content, or None when it is no accepted format."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image", "image/jpeg"
    if head.startswith(b"\x89PNG"):
        return "image", "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image", "image/webp"
    if head[4:8] == b"ftyp":
        return ("video", "video/quicktime") if head[8:12] == b"qt  " else ("video", "video/mp4")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video", "video/webm"
    return None
