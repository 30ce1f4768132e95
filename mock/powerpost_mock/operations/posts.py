"""Handlers: posts (create, get, publish) and post item analytics."""

from __future__ import annotations

import hashlib
from typing import Any

from ..errors import ApiError, insufficient_credits, validation_error
from ..state.clock import iso
from ..state.models import Post, PostItem
from . import jobs
from .captions import PLATFORM_OF_POST_TYPE
from .context import RequestContext
from .pricing import publish_price


async def create_post(ctx: RequestContext) -> dict[str, Any]:
    """A draft post, its items filled from a completed generation where they give no content."""
    body = ctx.body
    outputs: dict[str, Any] = {}
    generation_id = body.get("generation_id")
    if generation_id is not None:
        generation = ctx.find(ctx.state.captions, generation_id, "Generation")
        if generation.status != "completed":
            raise validation_error(f"body.generation_id: generation is {generation.status}, not completed")
        outputs = generation.outputs or {}
    now = ctx.state.clock.now()
    post = Post(
        job_id=ctx.state.new_id(),
        workspace_id=ctx.ws.workspace_id,
        account_id=ctx.account.account_id,
        kind="post",
        created_at=now,
        due_at=now,
        status="draft",
        generation_id=generation_id,
    )
    for index, raw in enumerate(body["items"]):
        platform = PLATFORM_OF_POST_TYPE[raw["post_type"]]
        for media_id in raw.get("media_ids", []):
            ctx.find(ctx.state.media, media_id, "Media")
        content = raw.get("content")
        if content is None:
            generated = outputs.get(platform)
            if generated is None:
                raise validation_error(
                    f"body.items.{index}.content: required, the generation has no {platform} caption"
                )
            content = generated["description"] if isinstance(generated, dict) else str(generated)
        post.items.append(
            PostItem(
                item_id=ctx.state.new_id(),
                post_id=post.job_id,
                workspace_id=post.workspace_id,
                post_type=raw["post_type"],
                platform=platform,
                content=content,
                title=raw.get("title"),
                media_ids=list(raw.get("media_ids", [])),
                price=publish_price(platform),
            )
        )
    ctx.state.posts[post.job_id] = post
    for item in post.items:
        ctx.state.items[item.item_id] = item
    return post.to_json()


async def get_post(ctx: RequestContext) -> dict[str, Any]:
    """One post with its items' statuses."""
    return ctx.find(ctx.state.posts, ctx.path["post_id"], "Post").to_json()


async def publish_post(ctx: RequestContext) -> dict[str, Any]:
    """Check every precondition first, then charge and start publishing."""
    post = ctx.find(ctx.state.posts, ctx.path["post_id"], "Post")
    if post.status != "draft":
        raise ApiError(409, "ALREADY_PUBLISHED", f"Post has already been published (status {post.status})")
    missing = sorted({i.platform for i in post.items} - ctx.ws.connected)
    if missing:
        raise ApiError(422, "PLATFORM_NOT_CONNECTED", f"Platform not connected: {', '.join(missing)}")
    cost = sum(item.price for item in post.items)
    if cost > ctx.account.balance:
        raise insufficient_credits(cost, ctx.account.balance)
    ctx.state.charge(ctx.account, cost, "publish_post", post.job_id, ctx.request_id)
    ctx.state.ledger.publishes[post.job_id] += 1
    now = ctx.state.clock.now()
    post.status = "publishing"
    post.credits_used = cost
    post.due_at = now + ctx.state.settings.publish_delay
    for item in post.items:
        item.status = "posting"
    jobs.schedule(ctx.state, post)
    return {
        "post_id": post.job_id,
        "status": post.status,
        "credits_used": cost,
        "status_url": f"/api/v1/posts/{post.job_id}",
    }


def _metrics(item: PostItem) -> dict[str, Any] | None:
    if item.status != "posted" or item.posted_at is None:
        return None
    digest = hashlib.sha256(item.item_id.encode()).digest()
    views = 100 + int.from_bytes(digest[:4], "big") % 5000
    likes = views // 12
    return {"views": views, "likes": likes, "comments": likes // 8, "fetched_at": iso(item.posted_at)}


async def get_post_item_analytics(ctx: RequestContext) -> dict[str, Any]:
    """Metrics: `null` until posted, then deterministic numbers derived from the item id."""
    item = ctx.find(ctx.state.items, ctx.path["post_item_id"], "Post item")
    return {
        "post_item_id": item.item_id,
        "post_type": item.post_type,
        "platform": item.platform,
        "status": item.status,
        "metrics": _metrics(item),
    }
