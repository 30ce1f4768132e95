"""Handlers: image and video generation and their jobs."""

from __future__ import annotations

from typing import Any

from ..errors import validation_error
from ..state.models import ImageJob, VideoJob
from . import jobs
from .captions import PLATFORM_OF_POST_TYPE, image_prompt_from
from .context import RequestContext
from .pricing import IMAGE_MODEL_SIZES, IMAGE_PRICES, VIDEO_MODELS, video_price


async def generate_image(ctx: RequestContext) -> dict[str, Any]:
    """Charge and start an image job (text, reference or post mode)."""
    body = ctx.body
    model = body.get("model", "flux2-flex")
    size = body.get("size", "square")
    quantity = int(body.get("quantity", 1))
    if size not in IMAGE_MODEL_SIZES[model]:
        raise validation_error(f"body.size: '{size}' is not supported by model '{model}'")
    for media_id in body.get("style_images", []):
        if ctx.find(ctx.state.media, media_id, "Media").type != "image":
            raise validation_error(f"body.style_images: '{media_id}' is not an image")
    prompt = body.get("prompt")
    generation_id = body.get("generation_id")
    if generation_id is None and "source_post_type" in body:
        raise validation_error("body.source_post_type: only allowed with generation_id (post mode)")
    if generation_id is not None:
        generation = ctx.find(ctx.state.captions, generation_id, "Generation")
        if generation.status != "completed":
            raise validation_error(f"body.generation_id: generation is {generation.status}, not completed")
        if prompt is None:
            platform = PLATFORM_OF_POST_TYPE.get(body.get("source_post_type", ""))
            prompt = image_prompt_from(generation.outputs, platform)
    unit = IMAGE_PRICES[model]
    now = ctx.state.clock.now()
    job = ImageJob(
        job_id=ctx.state.new_id(),
        workspace_id=ctx.ws.workspace_id,
        account_id=ctx.account.account_id,
        kind="image",
        created_at=now,
        due_at=now + ctx.state.settings.image_delay,
        credits_used=unit * quantity,
        prompt=prompt,
        size=size,
        quantity=quantity,
        model=model,
        unit_price=unit,
        generation_id=generation_id,
    )
    return jobs.start(
        ctx, job, ctx.state.images, "generate_image", "image_generation_id", "images/generations"
    )


async def get_image_generation(ctx: RequestContext) -> dict[str, Any]:
    """One image job."""
    return ctx.find(ctx.state.images, ctx.path["image_generation_id"], "Image generation").to_json()


async def generate_video(ctx: RequestContext) -> dict[str, Any]:
    """Charge and start a video job after the per-model checks."""
    body = ctx.body
    model = body.get("model", "kling-3.0-pro")
    rules = VIDEO_MODELS[model]
    duration = int(body["duration"])
    has_audio = bool(body.get("has_audio", False))
    if duration not in rules.durations:
        allowed = ", ".join(str(d) for d in sorted(rules.durations))
        raise validation_error(f"body.duration: {duration} is not offered by '{model}' (one of {allowed})")
    if has_audio and not rules.audio:
        raise validation_error(f"body.has_audio: '{model}' does not support audio")
    if len(body["prompt"]) > rules.prompt_max:
        raise validation_error(f"body.prompt: too long for '{model}' (maxLength {rules.prompt_max})")
    source_image = body.get("source_image")
    if source_image is not None and ctx.find(ctx.state.media, source_image, "Media").type != "image":
        raise validation_error(f"body.source_image: '{source_image}' is not an image")
    now = ctx.state.clock.now()
    job = VideoJob(
        job_id=ctx.state.new_id(),
        workspace_id=ctx.ws.workspace_id,
        account_id=ctx.account.account_id,
        kind="video",
        created_at=now,
        due_at=now + ctx.state.settings.video_delay,
        credits_used=video_price(model, duration, has_audio),
        prompt=body["prompt"],
        size=body.get("size", "landscape"),
        duration=duration,
        has_audio=has_audio,
        model=model,
        source_image=source_image,
    )
    return jobs.start(
        ctx, job, ctx.state.videos, "generate_video", "video_generation_id", "videos/generations"
    )


async def get_video_generation(ctx: RequestContext) -> dict[str, Any]:
    """One video job."""
    return ctx.find(ctx.state.videos, ctx.path["video_generation_id"], "Video generation").to_json()
