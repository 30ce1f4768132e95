"""Handlers: `get_credits` and `upload_media`."""

from __future__ import annotations

from typing import Any

from .errors import validation_error
from .media_sniffing import sniff
from .models import Media
from .request_context import RequestContext
from .upload_stream import UploadLimits, quota_exceeded, receive_upload
from .validation import check


async def get_credits(ctx: RequestContext) -> dict[str, Any]:
    """The account's balance."""
    return {"balance": ctx.account.balance}


async def upload_media(ctx: RequestContext) -> dict[str, Any]:
    """Store an upload's metadata after checking its real type, its size and the account's quota."""
    settings = ctx.state.settings
    limits = UploadLimits(
        image=settings.max_image_bytes,
        video=settings.max_video_bytes,
        quota_left=max(0, settings.storage_quota_bytes - ctx.account.storage_used),
    )
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
    if upload.file_size > limits.quota_left:
        raise quota_exceeded()
    ctx.account.storage_used += upload.file_size
    media = Media(
        media_id=ctx.state.new_id(),
        workspace_id=ctx.ws.workspace_id,
        type=declared,
        file_name=upload.file_name or "upload",
        file_size=upload.file_size,
        mime_type=detected[1],
        created_at=ctx.state.clock.now(),
        head=upload.head,
    )
    ctx.state.media[media.media_id] = media
    return media.to_json()
