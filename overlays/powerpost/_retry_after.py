"""The one reader of "how long did the server ask us to wait": every caller in the SDK goes through here.

Sources, first usable one wins:

1. the error body's `retryAfter` (PowerPost documents it on 429: integer seconds);
2. the `retry-after-ms` header (milliseconds, as some gateways send);
3. the `Retry-After` header, as delta-seconds (`"30"`) or as an HTTP-date
   (`"Wed, 21 Oct 2026 07:28:00 GMT"`, measured against the response's `Date` when it has one,
   so a skewed local clock does not matter).

A value that is negative, NaN, infinite or unreadable is ignored (the next source is tried, and the
caller falls back to its own backoff). A date already past asks for no wait (0 s).

>>> import httpx
>>> requested_seconds(httpx.Headers({"retry-after-ms": "1500"}), None, now=0.0)
1.5
>>> requested_seconds(httpx.Headers({"retry-after": "-3"}), {"retryAfter": "NaN"}, now=0.0) is None
True
"""

from __future__ import annotations

import datetime
import math
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["http_date", "requested_seconds"]


def _seconds(value: object) -> float | None:
    """A finite, non-negative number of seconds, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def http_date(value: str | None) -> float | None:
    """Unix seconds of an HTTP-date (`Retry-After`, `Date`), or None when it is not one."""
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    try:
        # A date without a zone (`-0000`) is UTC in HTTP.
        return moment.timestamp() if moment.tzinfo else moment.replace(tzinfo=datetime.UTC).timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def _header_seconds(headers: Mapping[str, str], now: float) -> float | None:
    raw = headers.get("retry-after")
    if raw is None:
        return None
    seconds = _seconds(raw)
    if seconds is not None:
        return seconds
    at = http_date(raw)
    if at is None or not math.isfinite(at):
        return None
    server_now = http_date(headers.get("date"))
    return max(0.0, at - (server_now if server_now is not None else now))


def requested_seconds(
    headers: Mapping[str, str], error: Mapping[str, Any] | None, *, now: float | None = None
) -> float | None:
    """Seconds the server asked the client to wait before retrying, or None when it asked nothing usable.

    `headers` are the response headers (case-insensitive mapping such as `httpx.Headers`), `error`
    the decoded `error` object of the body (if any), `now` the local wall time in Unix seconds.
    """
    if error is not None:
        found = _seconds(error.get("retryAfter"))
        if found is not None:
            return found
    millis = _seconds(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    return _header_seconds(headers, time.time() if now is None else now)
