from enum import StrEnum


class GenerationFailedEventEvent(StrEnum):
    GENERATION_FAILED = "generation.failed"

    def __str__(self) -> str:
        return str(self.value)
