from enum import StrEnum


class ImageSize(StrEnum):
    FEED = "feed"
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"
    SQUARE = "square"

    def __str__(self) -> str:
        return str(self.value)
