"""The PowerPost quickstart, end to end through the SDK.

    python -m examples.quickstart --embedded-mock   # against a local mock: free, no account needed
    python -m examples.quickstart                   # against PowerPost itself: needs POWERPOST_API_KEY
                                                    # and POWERPOST_WORKSPACE_ID, and spends ~25 credits

Check credits, upload an image, write captions from text and from the image, generate an image from the
captions, create a post from both, publish it and wait until it is posted, read its analytics, put it on the
calendar, then show how an error is handled by its class (publishing the same post twice).
`run_quickstart` is the part to copy: it takes any `PowerPost` client.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
import powerpost
from powerpost import PowerPost
from powerpost.types import CreatePostItemParams

IMAGE = Path(__file__).with_name("assets") / "launch.png"
PROMPT = "We just launched dark mode for our app: easier on the eyes, kinder to the battery."


@attrs.define
class Summary:
    """What the quickstart did, for the closing table (and for tests)."""

    credits_before: float = 0
    credits_after: float = 0
    media_id: str = ""
    caption_ids: list[str] = attrs.field(factory=list)
    captions: dict[str, str] = attrs.field(factory=dict)
    image_media_id: str = ""
    post_id: str = ""
    post_status: str = ""
    item_statuses: dict[str, str] = attrs.field(factory=dict)
    analytics: dict[str, Any] = attrs.field(factory=dict)
    calendar_entry_id: str = ""
    handled_error: str = ""


def _progress(label: str) -> Any:
    """An `on_progress` callback printing each status the waiter sees."""

    def show(job: Any) -> None:
        print(f"    … {label}: {job.status}", flush=True)

    return show


def _caption_text(value: Any) -> str:
    """A caption: plain text, or YouTube's title and description."""
    if isinstance(value, dict):
        return f"{value.get('title', '')} / {value.get('description', '')}"
    return str(value)


def run_quickstart(pp: PowerPost, image: Path = IMAGE) -> Summary:
    """The whole PowerPost flow on one client; prints each step as it goes."""
    summary = Summary()

    summary.credits_before = pp.account.get_credits().balance
    print(f"1. Credits: {summary.credits_before}")

    media = pp.media.upload(image)
    summary.media_id = media.media_id
    print(f"2. Uploaded {media.file_name} ({media.file_size} bytes) → media {media.media_id}")

    from_text = pp.content.generate(
        {"prompt": PROMPT, "post_types": ["instagram-feed", "x-post"], "research_mode": "regular"}
    )
    from_image = pp.content.generate(
        {"media_ids": [media.media_id], "post_types": ["instagram-feed"], "research_mode": "regular"}
    )
    summary.caption_ids = [from_text.generation_id, from_image.generation_id]
    print(
        f"3. Caption jobs started: from text {from_text.generation_id}, "
        f"from the image {from_image.generation_id}"
    )

    text_captions = pp.content.wait(from_text.generation_id, on_progress=_progress("captions from text"))
    image_captions = pp.content.wait(
        from_image.generation_id, on_progress=_progress("captions from the image")
    )
    for platform, caption in (text_captions.to_dict().get("outputs") or {}).items():
        summary.captions[platform] = _caption_text(caption)
    for platform, caption in (image_captions.to_dict().get("outputs") or {}).items():
        summary.captions[f"{platform} (from the image)"] = _caption_text(caption)
    print(f"4. Captions ready for {', '.join(summary.captions) or 'no platform (the answers listed none)'}")

    started = pp.images.generate({"generation_id": from_text.generation_id, "size": "square", "quantity": 1})
    image_job = pp.images.wait(started.image_generation_id, on_progress=_progress("image from the captions"))
    # `images` is optional in the API's answer: post the image when it came, else post text only.
    images = image_job.images if isinstance(image_job.images, list) else []
    summary.image_media_id = images[0].media_id if images else ""
    if images:
        print(f"5. Image generated from the captions → media {summary.image_media_id}")
    else:
        print("5. The image job finished without listing its images: the post goes out with text only")

    items: list[CreatePostItemParams] = [{"post_type": "instagram-feed"}, {"post_type": "x-post"}]
    for new_item in items:
        if summary.image_media_id:
            new_item["media_ids"] = [summary.image_media_id]
    post = pp.posts.create(
        {
            "generation_id": from_text.generation_id,
            "items": items,
        }
    )
    summary.post_id = post.post_id
    print(f"6. Draft post {post.post_id} with {len(post.items)} items")

    publishing = pp.posts.publish(post.post_id)
    print(f"7. Publishing ({publishing.credits_used} credits)")
    posted = pp.posts.wait(post.post_id, on_progress=_progress("post"))
    summary.post_status = str(posted.status)
    summary.item_statuses = {str(item.post_type): str(item.status) for item in posted.items}
    print(f"   Post {posted.status}: " + ", ".join(f"{k} {v}" for k, v in summary.item_statuses.items()))

    for item in posted.items:
        stats = pp.analytics.get(item.item_id)
        summary.analytics[str(item.post_type)] = stats.metrics.to_dict() if stats.metrics else None
    print("8. Analytics read (metrics appear once the platforms report them)")

    entry = pp.calendar.create(
        {
            "title": "Dark mode launch: follow-up post",
            "scheduled_date": (datetime.date.today() + datetime.timedelta(days=7)).isoformat(),
            "scheduled_time": "10:00",
            "platforms": ["instagram", "x"],
        }
    )
    summary.calendar_entry_id = entry.entry_id
    when = f"{entry.scheduled_date} {entry.scheduled_time or ''}".strip()
    print(f"9. On the calendar for {when}: {entry.title}")

    try:
        pp.posts.publish(post.post_id)
    except powerpost.AlreadyPublishedError as exc:
        summary.handled_error = f"{type(exc).__name__}: {exc.code} (request {exc.request_id})"
        print(f"10. Publishing again was refused, handled by its class → {summary.handled_error}")

    summary.credits_after = pp.account.get_credits().balance
    return summary


def _metrics_text(metrics: dict[str, Any] | None) -> str:
    # Each count is shown when the platform reported it.
    reported = metrics or {}
    counts = [f"{reported[name]} {name}" for name in ("views", "likes", "comments") if reported.get(name)]
    return ", ".join(counts) or "no metrics yet"


def print_summary(summary: Summary) -> None:
    """A readable closing table."""
    rows = [
        (
            "credits",
            f"{summary.credits_before} → {summary.credits_after} "
            f"({summary.credits_before - summary.credits_after} spent)",
        ),
        ("uploaded media", summary.media_id),
        ("caption jobs", ", ".join(summary.caption_ids)),
        *((f"caption: {platform}", text[:80]) for platform, text in summary.captions.items()),
        ("generated image", summary.image_media_id or "none listed"),
        ("post", f"{summary.post_id}: {summary.post_status}"),
        *((f"item: {post_type}", status) for post_type, status in summary.item_statuses.items()),
        *(
            (f"analytics: {post_type}", _metrics_text(metrics))
            for post_type, metrics in summary.analytics.items()
        ),
        ("calendar entry", summary.calendar_entry_id),
        ("handled error", summary.handled_error),
    ]
    width = max(len(label) for label, _ in rows)
    print("\nSummary")
    print("-" * (width + 60))
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


@contextmanager
def _embedded_mock() -> Iterator[PowerPost]:
    """A PowerPost client on a mock server running in this process, with short job delays."""
    from powerpost_mock import MockSettings, run_in_thread  # the `mock` extra; only needed here

    # Long enough to watch a job go from processing to completed, short enough for a demo.
    settings = MockSettings(caption_delay=1.5, image_delay=2.0, publish_delay=2.0)
    with run_in_thread(settings) as mock:
        shape = mock.app.state.mock.response_shape  # POWERPOST_MOCK_SHAPE=minimal: only required fields
        print(f"Mock PowerPost API on {mock.base_url}" + ("" if shape == "full" else f" ({shape} answers)"))
        with PowerPost(api_key=mock.api_key, workspace_id=mock.workspace_id, base_url=mock.base_url) as pp:
            yield pp
    print("Mock stopped")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the quickstart against the embedded mock, or against PowerPost when a key is configured."""
    parser = argparse.ArgumentParser(
        prog="python -m examples.quickstart", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--embedded-mock",
        action="store_true",
        help="start a local mock server and use it (no account needed)",
    )
    args = parser.parse_args(argv)
    try:
        if args.embedded_mock:
            with _embedded_mock() as pp:
                summary = run_quickstart(pp)
        else:
            if not os.environ.get("POWERPOST_API_KEY"):
                print(
                    "No POWERPOST_API_KEY set. Run with --embedded-mock to try everything on a local mock,\n"
                    "or set POWERPOST_API_KEY and POWERPOST_WORKSPACE_ID to use PowerPost (spends credits).",
                    file=sys.stderr,
                )
                return 2
            with PowerPost() as pp:
                print(f"Using {pp.base_url} (this spends credits)")
                summary = run_quickstart(pp)
    except powerpost.PowerPostError as exc:
        print(f"Quickstart stopped: {exc}", file=sys.stderr)
        return 1
    print_summary(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
