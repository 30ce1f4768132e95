from enum import StrEnum


class PostPublishedEventEvent(StrEnum):
    POST_PUBLISHED = "post.published"

    def __str__(self) -> str:
        return str(self.value)
