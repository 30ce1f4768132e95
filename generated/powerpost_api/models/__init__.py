"""Contains all the data models used in inputs/outputs"""

from .calendar_entry import CalendarEntry
from .calendar_entry_list import CalendarEntryList
from .create_calendar_entry_request import CreateCalendarEntryRequest
from .create_post_item import CreatePostItem
from .create_post_request import CreatePostRequest
from .credit_balance import CreditBalance
from .delete_result import DeleteResult
from .error_body import ErrorBody
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .generate_content_request import GenerateContentRequest
from .generate_image_request import GenerateImageRequest
from .generate_video_request import GenerateVideoRequest
from .generate_video_request_duration import GenerateVideoRequestDuration
from .generated_image import GeneratedImage
from .generated_video import GeneratedVideo
from .generation import Generation
from .generation_completed_data import GenerationCompletedData
from .generation_completed_event import GenerationCompletedEvent
from .generation_completed_event_event import GenerationCompletedEventEvent
from .generation_failed_data import GenerationFailedData
from .generation_failed_event import GenerationFailedEvent
from .generation_failed_event_event import GenerationFailedEventEvent
from .generation_list import GenerationList
from .generation_outputs import GenerationOutputs
from .generation_started import GenerationStarted
from .generation_status import GenerationStatus
from .image_generation import ImageGeneration
from .image_generation_completed_data import ImageGenerationCompletedData
from .image_generation_completed_event import ImageGenerationCompletedEvent
from .image_generation_completed_event_event import ImageGenerationCompletedEventEvent
from .image_generation_failed_data import ImageGenerationFailedData
from .image_generation_failed_event import ImageGenerationFailedEvent
from .image_generation_failed_event_event import ImageGenerationFailedEventEvent
from .image_generation_started import ImageGenerationStarted
from .image_model import ImageModel
from .image_size import ImageSize
from .job_error import JobError
from .media import Media
from .media_type import MediaType
from .platform import Platform
from .post import Post
from .post_event_data import PostEventData
from .post_failed_event import PostFailedEvent
from .post_failed_event_event import PostFailedEventEvent
from .post_item import PostItem
from .post_item_analytics import PostItemAnalytics
from .post_item_status import PostItemStatus
from .post_metrics import PostMetrics
from .post_published_event import PostPublishedEvent
from .post_published_event_event import PostPublishedEventEvent
from .post_status import PostStatus
from .post_type import PostType
from .publish_started import PublishStarted
from .research_mode import ResearchMode
from .update_calendar_entry_request import UpdateCalendarEntryRequest
from .upload_media_request import UploadMediaRequest
from .video_generation import VideoGeneration
from .video_generation_started import VideoGenerationStarted
from .video_model import VideoModel
from .video_size import VideoSize
from .webhook_event import WebhookEvent
from .webhook_event_data import WebhookEventData
from .webhook_event_type import WebhookEventType
from .youtube_caption import YoutubeCaption

__all__ = (
    "CalendarEntry",
    "CalendarEntryList",
    "CreateCalendarEntryRequest",
    "CreatePostItem",
    "CreatePostRequest",
    "CreditBalance",
    "DeleteResult",
    "ErrorBody",
    "ErrorCode",
    "ErrorResponse",
    "GenerateContentRequest",
    "GeneratedImage",
    "GeneratedVideo",
    "GenerateImageRequest",
    "GenerateVideoRequest",
    "GenerateVideoRequestDuration",
    "Generation",
    "GenerationCompletedData",
    "GenerationCompletedEvent",
    "GenerationCompletedEventEvent",
    "GenerationFailedData",
    "GenerationFailedEvent",
    "GenerationFailedEventEvent",
    "GenerationList",
    "GenerationOutputs",
    "GenerationStarted",
    "GenerationStatus",
    "ImageGeneration",
    "ImageGenerationCompletedData",
    "ImageGenerationCompletedEvent",
    "ImageGenerationCompletedEventEvent",
    "ImageGenerationFailedData",
    "ImageGenerationFailedEvent",
    "ImageGenerationFailedEventEvent",
    "ImageGenerationStarted",
    "ImageModel",
    "ImageSize",
    "JobError",
    "Media",
    "MediaType",
    "Platform",
    "Post",
    "PostEventData",
    "PostFailedEvent",
    "PostFailedEventEvent",
    "PostItem",
    "PostItemAnalytics",
    "PostItemStatus",
    "PostMetrics",
    "PostPublishedEvent",
    "PostPublishedEventEvent",
    "PostStatus",
    "PostType",
    "PublishStarted",
    "ResearchMode",
    "UpdateCalendarEntryRequest",
    "UploadMediaRequest",
    "VideoGeneration",
    "VideoGenerationStarted",
    "VideoModel",
    "VideoSize",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventType",
    "YoutubeCaption",
)
