from enum import StrEnum


class ImageGenerationFailedEventEvent(StrEnum):
    IMAGE_GENERATION_FAILED = "image_generation.failed"

    def __str__(self) -> str:
        return str(self.value)
