from enum import StrEnum


class WebhookEventType(StrEnum):
    GENERATION_COMPLETED = "generation.completed"
    GENERATION_FAILED = "generation.failed"
    IMAGE_GENERATION_COMPLETED = "image_generation.completed"
    IMAGE_GENERATION_FAILED = "image_generation.failed"
    POST_FAILED = "post.failed"
    POST_PUBLISHED = "post.published"

    def __str__(self) -> str:
        return str(self.value)
