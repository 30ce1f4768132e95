from enum import IntEnum


class GenerateVideoRequestDuration(IntEnum):
    VALUE_4 = 4
    VALUE_5 = 5
    VALUE_8 = 8
    VALUE_10 = 10

    def __str__(self) -> str:
        return str(self.value)
