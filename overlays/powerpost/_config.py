"""Client settings, filled from arguments first and from the environment second."""

from __future__ import annotations

import os
from collections.abc import Mapping

import attrs
import httpx

from ._deadline import NO_LIMIT_FROM, unbounded_as_none
from ._errors import PowerPostError
from ._safety import check_base_url

DEFAULT_BASE_URL = "https://powerpost.ai/api/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
# Far above any PowerPost JSON answer (a page of 100 generations is well under 1 MiB).
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
ENV_API_KEY = "POWERPOST_API_KEY"
ENV_WORKSPACE_ID = "POWERPOST_WORKSPACE_ID"
ENV_BASE_URL = "POWERPOST_BASE_URL"
ENV_PACING_URL = "POWERPOST_PACING_URL"
ENV_STRICT = "POWERPOST_STRICT"
_TRUE = frozenset({"1", "true", "yes", "on"})


class ConfigurationError(PowerPostError, ValueError):
    """A required setting (the API key) was given neither as an argument nor in the environment."""


def redact(secret: str) -> str:
    """Show that a key is set without showing it: its public prefix and length only."""
    prefix = secret[:11] if secret.startswith("pp_") else ""
    return f"{prefix}…<{len(secret)} chars>"


@attrs.frozen(repr=False)
class ClientConfig:
    """Resolved settings of one client. The API key never appears in its repr."""

    api_key: str
    workspace_id: str | None
    base_url: str
    timeout: httpx.Timeout
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    # Strict mode: any deviation of a response from the spec raises `UnexpectedResponseError`.
    strict: bool = False

    def __repr__(self) -> str:
        return (
            f"ClientConfig(base_url={self.base_url!r}, workspace_id={self.workspace_id!r}, "
            f"api_key={redact(self.api_key)!r})"
        )

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None,
        workspace_id: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        environ: Mapping[str, str] | None = None,
        max_response_bytes: int | None = None,
        strict: bool | None = None,
    ) -> ClientConfig:
        """Fill unset values from POWERPOST_API_KEY / POWERPOST_WORKSPACE_ID / POWERPOST_BASE_URL /
        POWERPOST_STRICT (`1`, `true`, `yes` or `on`)."""
        env = os.environ if environ is None else environ
        key = api_key or env.get(ENV_API_KEY)
        if not key:
            raise ConfigurationError(f"No API key: pass api_key= or set {ENV_API_KEY}.")
        return cls(
            api_key=key,
            workspace_id=workspace_id or env.get(ENV_WORKSPACE_ID) or None,
            base_url=check_base_url(base_url or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL),
            timeout=client_timeout(timeout),
            max_response_bytes=positive_size(max_response_bytes),
            strict=strict if strict is not None else env.get(ENV_STRICT, "").strip().lower() in _TRUE,
        )


def client_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """The httpx timeouts of a client's `timeout=` (None: `DEFAULT_TIMEOUT`).

    A number bounds the whole call, connecting within 5 s of it; `float("inf")` (or any value of
    `NO_LIMIT_FROM`, 10⁹ s, or more) means no limit but the 5 s to connect. Such a value, here or in an
    `httpx.Timeout`, becomes None, httpx's "no limit": a socket refuses to wait that long. Anything but a
    positive number or an `httpx.Timeout` raises `ConfigurationError`.
    """
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        try:
            return httpx.Timeout(**unbounded_as_none(timeout.as_dict()))
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:  # NaN too
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}"
        )
    if timeout >= NO_LIMIT_FROM:
        return httpx.Timeout(None, connect=5.0)
    return httpx.Timeout(timeout, connect=min(5.0, timeout))


def positive_size(value: int | None) -> int:
    """A valid `max_response_bytes` (the default for None); raises `ConfigurationError` otherwise."""
    if value is None:
        return DEFAULT_MAX_RESPONSE_BYTES
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"max_response_bytes must be a positive number of bytes, not {value!r}")
    return value
