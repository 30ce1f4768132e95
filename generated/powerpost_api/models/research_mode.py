from enum import StrEnum


class ResearchMode(StrEnum):
    DEEP = "deep"
    REGULAR = "regular"

    def __str__(self) -> str:
        return str(self.value)
