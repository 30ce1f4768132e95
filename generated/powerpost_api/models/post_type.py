from enum import StrEnum


class PostType(StrEnum):
    FACEBOOK_POST = "facebook-post"
    FACEBOOK_REEL = "facebook-reel"
    FACEBOOK_STORY = "facebook-story"
    INSTAGRAM_FEED = "instagram-feed"
    INSTAGRAM_REEL = "instagram-reel"
    INSTAGRAM_STORY = "instagram-story"
    LINKEDIN_POST = "linkedin-post"
    TIKTOK_PHOTOS = "tiktok-photos"
    TIKTOK_VIDEO = "tiktok-video"
    X_POST = "x-post"
    YOUTUBE_SHORT = "youtube-short"
    YOUTUBE_VIDEO = "youtube-video"

    def __str__(self) -> str:
        return str(self.value)
