"""Credit prices of the mock (PowerPost's older published table; the current one is not public), model rules.

Captions: 6 credits (`regular`) or 8 (`deep`), +1 per input image, +6 per started minute of input video
(the mock stores no content, so an uploaded video counts as 1 minute), +1 per kept source URL.
Images: per image, `flux2-flex` 5, `ideogram-3` 6, `nano-banana-2` 6, `gpt-image-1.5` 14; × quantity.
Publishing: 1 per item, +3 for X; charged at publish, refunded for items that fail.

Videos (a MOCK-ONLY table; PowerPost publishes no video prices):

| model            | credits per second | with audio           |
|------------------|--------------------|----------------------|
| `kling-3.0-pro`  | 3                  | +20 %, rounded up    |
| `veo-3.1`        | 4                  | +20 %, rounded up    |
| `runway-gen-4.5` | 2                  | (no audio support)   |

e.g. kling 5 s = 15, kling 10 s with audio = 36, veo 8 s with audio = 39.
"""

from __future__ import annotations

CAPTION_BASE = {"regular": 6, "deep": 8}
CAPTION_PER_IMAGE = 1
CAPTION_PER_VIDEO_MINUTE = 6
CAPTION_PER_SOURCE_URL = 1
IMAGE_PRICES = {"flux2-flex": 5, "ideogram-3": 6, "nano-banana-2": 6, "gpt-image-1.5": 14}
IMAGE_MODEL_SIZES = {
    "flux2-flex": {"square", "feed", "portrait", "landscape"},
    "ideogram-3": {"square", "feed", "portrait", "landscape"},
    "nano-banana-2": {"square", "feed", "portrait", "landscape"},
    "gpt-image-1.5": {"square", "portrait", "landscape"},
}
PUBLISH_BASE = 1
PUBLISH_X_SURCHARGE = 3
VIDEO_PER_SECOND = {"kling-3.0-pro": 3, "veo-3.1": 4, "runway-gen-4.5": 2}
VIDEO_AUDIO_MARKUP_PERCENT = 20


class VideoModelRules:
    """What one video model accepts (from the spec's model table)."""

    def __init__(self, durations: set[int], audio: bool, prompt_max: int) -> None:
        self.durations = durations
        self.audio = audio
        self.prompt_max = prompt_max


VIDEO_MODELS = {
    "kling-3.0-pro": VideoModelRules({5, 10}, audio=True, prompt_max=2500),
    "veo-3.1": VideoModelRules({4, 8}, audio=True, prompt_max=3000),
    "runway-gen-4.5": VideoModelRules({5, 10}, audio=False, prompt_max=1000),
}


def caption_price(research_mode: str, images: int, videos: int, source_urls: int) -> int:
    """Credits for one caption generation."""
    return (
        CAPTION_BASE[research_mode]
        + CAPTION_PER_IMAGE * images
        + CAPTION_PER_VIDEO_MINUTE * videos
        + CAPTION_PER_SOURCE_URL * source_urls
    )


def video_price(model: str, duration: int, has_audio: bool) -> int:
    """Credits for one video generation (mock-only table above)."""
    base = VIDEO_PER_SECOND[model] * duration
    # integer arithmetic: +20 % rounded up, without float surprises
    return -(-base * (100 + VIDEO_AUDIO_MARKUP_PERCENT) // 100) if has_audio else base


def publish_price(platform: str) -> int:
    """Credits for publishing one item."""
    return PUBLISH_BASE + (PUBLISH_X_SURCHARGE if platform == "x" else 0)
