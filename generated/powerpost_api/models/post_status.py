from enum import StrEnum


class PostStatus(StrEnum):
    DRAFT = "draft"
    FAILED = "failed"
    PUBLISHED = "published"
    PUBLISHING = "publishing"

    def __str__(self) -> str:
        return str(self.value)
