"""Handlers: caption generation (`generate_content`, `list_generations`, `get_generation`)."""

from __future__ import annotations

import base64
import binascii
import ipaddress
from typing import Any
from urllib.parse import urlsplit

from ..errors import not_found, validation_error
from ..state.models import CaptionJob, Media
from . import jobs
from .captions import platforms_of
from .context import RequestContext
from .pricing import caption_price

CURSOR_PREFIX = "gen:"


def is_private_url(url: str) -> bool:
    """True for `localhost` and loopback, private, link-local or otherwise non-public IP literals.

    Host names are not resolved (the mock never touches the network)."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if not host or host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


def input_media(ctx: RequestContext, media_ids: list[str]) -> list[Media]:
    """The media of `media_ids` (404 when unknown); images only, or exactly one video (else 400)."""
    media = [ctx.find(ctx.state.media, mid, "Media") for mid in media_ids]
    videos = sum(1 for m in media if m.type == "video")
    if videos and len(media) > 1:
        raise validation_error("body.media_ids: give up to 10 images or exactly one video, never a mix")
    return media


async def generate_content(ctx: RequestContext) -> dict[str, Any]:
    """Charge and start a caption job."""
    body = ctx.body
    if "writing_style_id" in body:
        raise not_found("Writing style", body["writing_style_id"])
    media = input_media(ctx, body.get("media_ids", []))
    kept_urls = [u for u in body.get("source_urls", []) if not is_private_url(u)]
    images = sum(1 for m in media if m.type == "image")
    price = caption_price(body["research_mode"], images, len(media) - images, len(kept_urls))
    now = ctx.state.clock.now()
    job = CaptionJob(
        job_id=ctx.state.new_id(),
        workspace_id=ctx.ws.workspace_id,
        account_id=ctx.account.account_id,
        kind="caption",
        created_at=now,
        due_at=now + ctx.state.settings.caption_delay,
        credits_used=price,
        prompt=body.get("prompt"),
        media_ids=[m.media_id for m in media],
        post_types=list(body["post_types"]),
        platforms=platforms_of(body["post_types"]),
        research_mode=body["research_mode"],
        cta_text=body.get("cta_text"),
        sequence=ctx.state.next_sequence(),
    )
    started = jobs.start(
        ctx, job, ctx.state.captions, "generate_content", "generation_id", "content/generations"
    )
    ctx.ws.generation_order.append(job.job_id)
    return started


def _decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode() + b"=" * (-len(cursor) % 4)).decode()
        if text.startswith(CURSOR_PREFIX):
            return int(text[len(CURSOR_PREFIX) :])
    except (ValueError, binascii.Error, UnicodeDecodeError):
        pass
    raise validation_error("query.cursor: not a cursor this API returned")


def _encode_cursor(sequence: int) -> str:
    return base64.urlsafe_b64encode(f"{CURSOR_PREFIX}{sequence}".encode()).decode().rstrip("=")


async def list_generations(ctx: RequestContext) -> dict[str, Any]:
    """Newest first, cursor pagination over the creation sequence."""
    limit = int(ctx.query.get("limit", 20))
    status = ctx.query.get("status")
    before = _decode_cursor(ctx.query["cursor"]) if "cursor" in ctx.query else None
    page: list[CaptionJob] = []
    has_more = False
    for job_id in reversed(ctx.ws.generation_order):
        job = ctx.state.captions[job_id]
        if before is not None and job.sequence >= before:
            continue
        if status is not None and job.status != status:
            continue
        if len(page) == limit:
            has_more = True
            break
        page.append(job)
    return {
        "data": [job.to_json(with_outputs=False) for job in page],
        "next_cursor": _encode_cursor(page[-1].sequence) if has_more else None,
        "has_more": has_more,
    }


async def get_generation(ctx: RequestContext) -> dict[str, Any]:
    """One caption job."""
    return ctx.find(ctx.state.captions, ctx.path["generation_id"], "Generation").to_json()
