from enum import StrEnum


class PostItemStatus(StrEnum):
    DRAFT = "draft"
    FAILED = "failed"
    POSTED = "posted"
    POSTING = "posting"

    def __str__(self) -> str:
        return str(self.value)
