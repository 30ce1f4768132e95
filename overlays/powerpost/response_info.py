"""Rate-limit and request-id information read from PowerPost response headers."""

from __future__ import annotations

from collections.abc import Mapping

import attrs


def _int_or_none(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


@attrs.frozen
class RateLimitInfo:
    """The `X-RateLimit-*` headers of one response (`reset` is Unix seconds on the server's clock)."""

    limit: int | None
    remaining: int | None
    reset: int | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo:
        """Read the three rate-limit headers; a missing or malformed one becomes None."""
        return cls(
            limit=_int_or_none(headers.get("x-ratelimit-limit")),
            remaining=_int_or_none(headers.get("x-ratelimit-remaining")),
            reset=_int_or_none(headers.get("x-ratelimit-reset")),
        )


@attrs.frozen
class ResponseInfo:
    """What the SDK keeps of the last successful response: status, request id and rate limits."""

    status_code: int
    request_id: str | None
    rate_limit: RateLimitInfo

    @classmethod
    def from_headers(cls, status_code: int, headers: Mapping[str, str]) -> ResponseInfo:
        """Build from a status and the response headers."""
        return cls(
            status_code=status_code,
            request_id=headers.get("x-request-id"),
            rate_limit=RateLimitInfo.from_headers(headers),
        )
