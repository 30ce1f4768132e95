from enum import StrEnum


class ImageGenerationCompletedEventEvent(StrEnum):
    IMAGE_GENERATION_COMPLETED = "image_generation.completed"

    def __str__(self) -> str:
        return str(self.value)
