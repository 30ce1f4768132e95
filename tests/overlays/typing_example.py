"""What a user writes; `mypy --strict` on this file proves the SDK's return types need no narrowing."""

from __future__ import annotations

import asyncio

import powerpost
from powerpost import AsyncPowerPost, PowerPost
from powerpost._webhooks import UnknownEvent, parse_event
from powerpost_api.models import (
    CreatePostItem,
    CreatePostRequest,
    GenerateContentRequest,
    Generation,
    GenerationCompletedEvent,
    Post,
    PostType,
    ResearchMode,
)


def publish_dark_mode(pp: PowerPost) -> Post:
    """Caption, draft, publish, wait: every value is the success model, never `| ErrorResponse`."""
    request = GenerateContentRequest(
        prompt="We just shipped dark mode", post_types=[PostType.X_POST], research_mode=ResearchMode.REGULAR
    )
    started = pp.content.generate(request)
    generation: Generation = pp.content.wait(started.generation_id, on_progress=lambda g: print(g.status))
    credits_left: float = pp.account.get_credits().balance
    print(f"{credits_left} credits left")
    draft = pp.posts.create(
        CreatePostRequest(
            generation_id=generation.generation_id, items=[CreatePostItem(post_type=PostType.X_POST)]
        )
    )
    try:
        pp.posts.publish(draft.post_id)
    except powerpost.PlatformNotConnectedError as exc:
        print("connect X first:", exc.request_id)
        raise
    except powerpost.RateLimitError as exc:
        retry_after: float | None = exc.retry_after
        print("slow down", retry_after)
        raise
    return pp.posts.wait(draft.post_id)


def raw_generation(pp: PowerPost) -> Generation:
    """A raw response per call: its headers, then `parse()` typed as the plain method's model."""
    raw: powerpost.RawResponse[Generation] = pp.content.with_raw_response.get("g1", extra_headers={"X": "1"})
    remaining: int | None = raw.rate_limit.remaining
    print(raw.status_code, raw.request_id, remaining, raw.headers.get("content-type"))
    return raw.parse()


async def raw_post_async(pp: AsyncPowerPost) -> Post:
    """The async raw response: awaited once, then parsed without awaiting."""
    options: powerpost.RequestOptions = {"timeout": 5.0, "extra_query": {"expand": "items"}}
    raw = await pp.posts.with_raw_response.get("p1", **options)
    return raw.parse()


def completed_ids(pp: PowerPost) -> list[str]:
    """Every completed generation id, across pages."""
    return [g.generation_id for g in pp.content.iter(status="completed", page_size=50)]


async def count_async(pp: AsyncPowerPost) -> float:
    """The async twin: `async for` over all pages, typed items."""
    total = 0.0
    async for generation in pp.content.iter():
        total += generation.credits_used
    balance: float = (await pp.account.get_credits()).balance
    return total + balance


def on_webhook(body: bytes) -> str:
    """Dispatch a webhook delivery by its typed event."""
    event = parse_event(body)
    if isinstance(event, GenerationCompletedEvent):
        return event.data.generation_id
    if isinstance(event, UnknownEvent):
        return event.event
    return str(event.event)


def main() -> None:
    """Entry point (not run by the tests; type-checked only)."""
    with PowerPost() as pp:
        other = pp.with_workspace("ws_other")
        print(publish_dark_mode(other).status, completed_ids(pp))
        print(pp.with_options(max_retries=0).content.get("g1").status)
        print(raw_generation(pp).credits_used, pp.content.get("g1", timeout=5, max_retries=0).status)
    print(asyncio.run(count_async(AsyncPowerPost())))
