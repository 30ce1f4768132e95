"""Deterministic captions: the same prompt and platform always give the same text."""

from __future__ import annotations

import re
from typing import Any

PLATFORM_OF_POST_TYPE = {
    "instagram-feed": "instagram",
    "instagram-reel": "instagram",
    "instagram-story": "instagram",
    "tiktok-video": "tiktok",
    "tiktok-photos": "tiktok",
    "youtube-video": "youtube",
    "youtube-short": "youtube",
    "x-post": "x",
    "facebook-post": "facebook",
    "facebook-reel": "facebook",
    "facebook-story": "facebook",
    "linkedin-post": "linkedin",
}
_OPENERS = {
    "instagram": "✨ {topic}",
    "tiktok": "POV: {topic}",
    "x": "{topic}",
    "facebook": "Big news: {topic}",
    "linkedin": "Excited to share: {topic}",
}


def platforms_of(post_types: list[str]) -> list[str]:
    """The distinct platforms of some post types, in first-seen order."""
    return list(dict.fromkeys(PLATFORM_OF_POST_TYPE.get(pt, pt) for pt in post_types))


def _topic_and_tags(prompt: str | None) -> tuple[str, str]:
    topic = " ".join((prompt or "Your media, in focus").replace("[fail]", "").split()).rstrip(".!") or "News"
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", topic) if len(w) > 3][:3] or ["update"]
    return topic, " ".join(f"#{w}" for w in words)


def caption_outputs(prompt: str | None, platforms: list[str], cta_text: str | None) -> dict[str, Any]:
    """One caption per platform; YouTube gets `{title, description}`."""
    topic, tags = _topic_and_tags(prompt)
    cta = f" {cta_text}" if cta_text else ""
    outputs: dict[str, Any] = {}
    for platform in platforms:
        if platform == "youtube":
            outputs["youtube"] = {"title": topic[:100], "description": f"All about {topic}.{cta} {tags}"}
        else:
            opener = _OPENERS.get(platform, "{topic}").format(topic=topic)
            outputs[platform] = f"{opener}!{cta} {tags}"
    return outputs


def image_prompt_from(outputs: dict[str, Any] | None, platform: str | None) -> str:
    """The prompt derived from a caption generation (image post mode without a prompt)."""
    if not outputs:
        return "An image for the post"
    caption = outputs.get(platform) if platform else None
    if caption is None:
        caption = next(iter(outputs.values()))
    if isinstance(caption, dict):
        caption = caption.get("title", "")
    return f"Illustrate: {str(caption)[:200]}"
