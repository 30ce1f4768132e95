from enum import StrEnum


class ImageModel(StrEnum):
    FLUX2_FLEX = "flux2-flex"
    GPT_IMAGE_1_5 = "gpt-image-1.5"
    IDEOGRAM_3 = "ideogram-3"
    NANO_BANANA_2 = "nano-banana-2"

    def __str__(self) -> str:
        return str(self.value)
