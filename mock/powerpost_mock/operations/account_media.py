"""Handlers: `get_credits` and `upload_media`."""

from __future__ import annotations

from typing import Any

from ..errors import validation_error
from ..spec.validation import check
from ..state.models import Media
from ..state.storage_quota import StorageReservation
from .context import RequestContext
from .media_sniffing import sniff
from .upload_stream import ReceivedUpload, UploadLimits, quota_exceeded, receive_upload


async def get_credits(ctx: RequestContext) -> dict[str, Any]:
    """The account's balance."""
    return {"balance": ctx.account.balance}


async def upload_media(ctx: RequestContext) -> dict[str, Any]:
    """Store an upload's metadata after checking its real type, its size and the account's quota."""
    settings = ctx.state.settings
    storage = StorageReservation(ctx.account, settings.storage_quota_bytes)
    limits = UploadLimits(image=settings.max_image_bytes, video=settings.max_video_bytes, storage=storage)
    try:
        upload, declared, mime_type = await _checked_upload(ctx, limits)
        storage.commit(upload.file_size)
    finally:
        storage.release()  # a no-op after the commit; frees the reservation on every failure
    media = Media(
        media_id=ctx.state.new_id(),
        workspace_id=ctx.ws.workspace_id,
        type=declared,
        file_name=upload.file_name or "upload",
        file_size=upload.file_size,
        mime_type=mime_type,
        created_at=ctx.state.clock.now(),
        head=upload.head,
    )
    ctx.state.media[media.media_id] = media
    return media.to_json()


async def _checked_upload(ctx: RequestContext, limits: UploadLimits) -> tuple[ReceivedUpload, str, str]:
    """The upload read and checked: its form against the spec, its content against its declared type and
    its size against the reservation; returns it with its declared type and detected MIME type."""
    upload = await receive_upload(ctx.request, limits)
    operation = ctx.state.index.by_id["upload_media"]
    form: dict[str, Any] = dict(upload.fields)
    if upload.has_file:
        form["file"] = ""
    if operation.body_validator is not None:
        check(operation.body_validator, form, "body")
    declared = upload.fields["type"]
    detected = sniff(upload.head)
    if detected is None:
        raise validation_error("body.file: content is not a JPEG, PNG, WebP, MP4, MOV or WebM file")
    if detected[0] != declared:
        raise validation_error(f"body.file: content is {detected[1]}, which does not match type '{declared}'")
    if not limits.storage.cover(upload.file_size):
        raise quota_exceeded()
    return upload, declared, detected[1]
