"""Configuration of the mock server: one frozen attrs class, built from defaults, env vars or CLI flags."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import attrs

from .spec.response_shape import check_shape

MB = 1024 * 1024
GB = 1024 * MB
ALL_PLATFORMS: tuple[str, ...] = ("instagram", "tiktok", "youtube", "x", "facebook", "linkedin")
DEFAULT_API_KEY = "pp_live_sk_mock_0000000000000000"
DEFAULT_WORKSPACE_ID = "ws_mock_default"
ENV_PREFIX = "POWERPOST_MOCK_"


def check_shape_value(instance: object, attribute: object, value: str) -> None:
    """attrs validator of `shape`: one of the response shapes (`full`, `minimal`, ...)."""
    check_shape(value)


@attrs.frozen
class MockSettings:
    """Everything the mock can be told at start; change a running mock through the `/_mock/` admin calls.

    Delays are seconds of the mock clock before a job leaves `processing`; rate limits are a fixed window
    per key and operation; fault rates are probabilities in [0, 1] drawn from a generator seeded by `seed`.
    """

    api_key: str = DEFAULT_API_KEY
    workspace_id: str = DEFAULT_WORKSPACE_ID
    initial_credits: int = 50
    caption_delay: float = 2.0
    image_delay: float = 3.0
    video_delay: float = 10.0
    publish_delay: float = 2.0
    rate_limit: int = 100
    rate_window: float = 10.0
    rate_limits: Mapping[str, int] = attrs.field(factory=dict)
    max_image_bytes: int = 10 * MB
    max_video_bytes: int = 500 * MB
    storage_quota_bytes: int = 10 * GB
    connected_platforms: tuple[str, ...] = ALL_PLATFORMS
    webhook_url: str | None = None
    webhook_attempts: int = 3
    webhook_backoff: float = 0.2
    webhook_timeout: float = 10.0
    tick_interval: float = 0.25
    # Seconds a request's head may take to arrive, and a body may stall; bytes of request line plus headers.
    read_timeout: float = 10.0
    max_header_bytes: int = 32 * 1024
    fault_500_rate: float = 0.0
    fault_429_rate: float = 0.0
    fault_drop_rate: float = 0.0
    fault_latency: float = 0.0
    # Faults in the middle of a 200's body, after the side effect (see faults.py).
    fault_body_reset_rate: float = 0.0
    fault_truncate_rate: float = 0.0
    fault_stall_rate: float = 0.0
    fault_drip_rate: float = 0.0
    fault_stall_seconds: float = 5.0
    fault_drip_interval: float = 0.05
    seed: int = 0
    # None: the POWERPOST_MOCK_SHAPE environment variable, else "full" (resolved when the app is created).
    shape: str | None = attrs.field(default=None, validator=attrs.validators.optional(check_shape_value))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> MockSettings:
        """Build settings from `POWERPOST_MOCK_<FIELD>` variables (and `POWERPOST_API_KEY` /
        `POWERPOST_WORKSPACE_ID`); keyword arguments win over the environment."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, plain in (("api_key", "POWERPOST_API_KEY"), ("workspace_id", "POWERPOST_WORKSPACE_ID")):
            if env.get(plain):
                values[name] = env[plain]
        for field in attrs.fields(cls):
            raw = env.get(ENV_PREFIX + field.name.upper())
            if raw is not None and raw != "":
                values[field.name] = parse_setting(field.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def parse_setting(name: str, raw: str) -> Any:
    """Convert one textual setting (env var or flag) to the type of the field's default."""
    default = getattr(MockSettings(), name)
    if name == "webhook_url":
        return raw
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, tuple):
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    if isinstance(default, Mapping):
        pairs = (part.split("=", 1) for part in raw.split(",") if "=" in part)
        return {key.strip(): int(value) for key, value in pairs}
    return raw
