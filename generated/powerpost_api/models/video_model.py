from enum import StrEnum


class VideoModel(StrEnum):
    KLING_3_0_PRO = "kling-3.0-pro"
    RUNWAY_GEN_4_5 = "runway-gen-4.5"
    VEO_3_1 = "veo-3.1"

    def __str__(self) -> str:
        return str(self.value)
