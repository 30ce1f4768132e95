"""One look at a header list for everything the transport reads on every request and response.

Each response is checked for its declared size (`Content-Length`, `Content-Encoding`), for the API key
echoed in a value, and read for the rate-limit headers the pacer needs; each request gives the key to
scrub. Asking `httpx.Headers` for each name scans the whole list and decodes on every lookup, so the
transport reads httpx's list of `(name, lower-case name, value)` once into a dict instead.

When that is not possible (a name sent twice, whose values httpx joins; or an `httpx.Headers` without
the list, after an httpx upgrade) `by_name` answers None and callers take the public, slower way:
the same results either way, as the transport tests check on both paths.
"""

from __future__ import annotations

import operator

import httpx

# What the pacers read of a response (`Pacer.observe` and the shared pacer's), by raw lower-case name.
PACING_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "date")
_PACING = tuple((name.encode("ascii"), name) for name in PACING_HEADERS)
_NAME_AND_VALUE = operator.itemgetter(1, 2)


def by_name(headers: httpx.Headers) -> dict[bytes, bytes] | None:
    """Every header as lower-case raw name -> raw value; None when a name repeats (or httpx changed)."""
    items = getattr(headers, "_list", None)
    if type(items) is not list:
        return None
    try:
        found = dict(map(_NAME_AND_VALUE, items))
    except (TypeError, ValueError, IndexError):  # not the (name, lower-case name, value) triples
        return None
    return found if len(found) == len(items) else None


def pacing(found: dict[bytes, bytes], headers: httpx.Headers) -> dict[str, str]:
    """The `PACING_HEADERS` present, as `_response_info.read_headers(headers)` gives them."""
    out: dict[str, str] = {}
    for raw_name, name in _PACING:
        value = found.get(raw_name)
        if value is not None:
            # ASCII reads the same in every encoding httpx may pick; only other bytes need the headers' own.
            out[name] = value.decode("ascii") if value.isascii() else value.decode(headers.encoding)
    return out


def api_key(headers: httpx.Headers) -> str | None:
    """`headers.get("x-api-key")` of a request, without decoding the other headers."""
    items = getattr(headers, "_list", None)
    if KEEPS_TRIPLES and type(items) is list:
        value: bytes | None = None
        for _, name, found in items:
            if name == b"x-api-key":
                if value is not None:
                    break  # the header repeats: httpx joins the values
                value = found
        else:
            if value is None:
                return None
            return value.decode("ascii") if value.isascii() else value.decode(headers.encoding)
    # httpx changed, or the header repeats: httpx joins the values
    joined: str | None = headers.get("x-api-key")
    return joined


def _keeps_triples() -> bool:
    """Whether httpx keeps `Headers` as `(name, lower-case name, value)` bytes, as in httpx 0.28."""
    probe = httpx.Headers({"X-Api-Key": "k"})
    return getattr(probe, "_list", None) == [(b"X-Api-Key", b"x-api-key", b"k")]


# Read by every fast path over httpx's header list (here, `_cookies`).
KEEPS_TRIPLES = _keeps_triples()
