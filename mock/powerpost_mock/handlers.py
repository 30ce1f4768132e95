"""The handler of every operationId of the spec."""

from __future__ import annotations

from . import ops_account_media, ops_calendar, ops_content, ops_images_videos, ops_posts
from .request_context import Handler

HANDLERS: dict[str, Handler] = {
    "get_credits": ops_account_media.get_credits,
    "upload_media": ops_account_media.upload_media,
    "generate_content": ops_content.generate_content,
    "list_generations": ops_content.list_generations,
    "get_generation": ops_content.get_generation,
    "generate_image": ops_images_videos.generate_image,
    "get_image_generation": ops_images_videos.get_image_generation,
    "generate_video": ops_images_videos.generate_video,
    "get_video_generation": ops_images_videos.get_video_generation,
    "create_post": ops_posts.create_post,
    "get_post": ops_posts.get_post,
    "publish_post": ops_posts.publish_post,
    "get_post_item_analytics": ops_posts.get_post_item_analytics,
    "list_calendar_entries": ops_calendar.list_calendar_entries,
    "create_calendar_entry": ops_calendar.create_calendar_entry,
    "get_calendar_entry": ops_calendar.get_calendar_entry,
    "update_calendar_entry": ops_calendar.update_calendar_entry,
    "delete_calendar_entry": ops_calendar.delete_calendar_entry,
}
