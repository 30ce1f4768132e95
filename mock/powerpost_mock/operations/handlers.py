"""The handler of every operationId of the spec."""

from __future__ import annotations

from . import account_media, calendar_entries, content, images_videos, posts
from .context import Handler

HANDLERS: dict[str, Handler] = {
    "get_credits": account_media.get_credits,
    "upload_media": account_media.upload_media,
    "generate_content": content.generate_content,
    "list_generations": content.list_generations,
    "get_generation": content.get_generation,
    "generate_image": images_videos.generate_image,
    "get_image_generation": images_videos.get_image_generation,
    "generate_video": images_videos.generate_video,
    "get_video_generation": images_videos.get_video_generation,
    "create_post": posts.create_post,
    "get_post": posts.get_post,
    "publish_post": posts.publish_post,
    "get_post_item_analytics": posts.get_post_item_analytics,
    "list_calendar_entries": calendar_entries.list_calendar_entries,
    "create_calendar_entry": calendar_entries.create_calendar_entry,
    "get_calendar_entry": calendar_entries.get_calendar_entry,
    "update_calendar_entry": calendar_entries.update_calendar_entry,
    "delete_calendar_entry": calendar_entries.delete_calendar_entry,
}
