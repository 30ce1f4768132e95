from enum import StrEnum


class GenerationCompletedEventEvent(StrEnum):
    GENERATION_COMPLETED = "generation.completed"

    def __str__(self) -> str:
        return str(self.value)
