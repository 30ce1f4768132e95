"""Rate-limit and request-id information read from PowerPost response headers.

Few programs look at a response's info (`RawResponse.request_id`, `.rate_limit`), so `ResponseInfo` keeps the
headers and reads them only when an attribute is first asked for. `read_headers` finds all the headers
the SDK cares about in one pass, instead of one scan of the header list per name.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import httpx

# Lower-case names of the headers the SDK reads: pacing, response info and retry waits.
WANTED_HEADERS = (
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "x-request-id",
    "date",
    "retry-after",
)
_WANTED_RAW = frozenset(name.encode("ascii") for name in WANTED_HEADERS)
# The wanted names by their raw lower-case bytes: ASCII, so decoding them could give nothing else.
_NAMES = {name.encode("ascii"): name for name in WANTED_HEADERS}


def read_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The wanted headers present in `headers`, by lower-case name, read in one pass.

    A header sent more than once is joined with ", ", as `httpx.Headers.get` does.
    """
    if not isinstance(headers, httpx.Headers):
        return {name: value for name in WANTED_HEADERS if (value := headers.get(name)) is not None}
    found: dict[str, str] = {}
    for raw_key, raw_value in headers.raw:
        name = _NAMES.get(raw_key.lower())
        if name is None:
            continue
        # ASCII reads the same in every encoding httpx may pick; only other bytes need the headers' own
        # (which httpx finds by trying to decode every header, hence not asked for otherwise).
        value = raw_value.decode("ascii") if raw_value.isascii() else raw_value.decode(headers.encoding)
        found[name] = f"{found[name]}, {value}" if name in found else value
    return found


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
        return cls.from_found(read_headers(headers))

    @classmethod
    def from_found(cls, found: Mapping[str, str]) -> RateLimitInfo:
        """Build from what `read_headers` found."""
        return cls(
            limit=_int_or_none(found.get("x-ratelimit-limit")),
            remaining=_int_or_none(found.get("x-ratelimit-remaining")),
            reset=_int_or_none(found.get("x-ratelimit-reset")),
        )


class ResponseInfo:
    """What a successful response says: status, request id and rate limits (`RawResponse` carries one).

    The headers are read on first access to `request_id` or `rate_limit`, not when the call returns.
    """

    __slots__ = ("_headers", "_rate_limit", "_request_id", "status_code")

    def __init__(self, status_code: int, headers: Mapping[str, str]) -> None:
        self.status_code = status_code
        self._headers = headers
        self._request_id: str | None = None
        self._rate_limit: RateLimitInfo | None = None  # None until the headers are read

    @classmethod
    def from_headers(cls, status_code: int, headers: Mapping[str, str]) -> ResponseInfo:
        """Build from a status and the response headers."""
        return cls(status_code, headers)

    def _load(self) -> RateLimitInfo:
        found = read_headers(self._headers)
        self._request_id = found.get("x-request-id")
        self._rate_limit = RateLimitInfo.from_found(found)
        return self._rate_limit

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` header: quote it when asking PowerPost support about a call."""
        if self._rate_limit is None:
            self._load()
        return self._request_id

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The response's `X-RateLimit-*` headers."""
        return self._rate_limit if self._rate_limit is not None else self._load()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResponseInfo):
            return NotImplemented
        return (self.status_code, self.request_id, self.rate_limit) == (
            other.status_code,
            other.request_id,
            other.rate_limit,
        )

    def __hash__(self) -> int:
        return hash((self.status_code, self.request_id, self.rate_limit))

    def __repr__(self) -> str:
        return (
            f"ResponseInfo(status_code={self.status_code!r}, request_id={self.request_id!r}, "
            f"rate_limit={self.rate_limit!r})"
        )
