"""Keep the API key out of everything the SDK hands out: messages, bodies, headers, request copies.

A hostile or broken server (or proxy) may echo the key back: in `X-Request-Id`, in an error message,
anywhere in a body. The transport scrubs each response once, before anything reads it, so exceptions,
raw responses, logs and the CLI never see the key. Keys shorter than `MIN_SECRET_LENGTH` are not
scrubbed from bodies: replacing a 3-character "key" would corrupt ordinary JSON, and no PowerPost key
is that short.
"""

from __future__ import annotations

import functools
import logging
import threading

import httpx

REDACTED = "<redacted>"
_REDACTED_BYTES = REDACTED.encode()
MIN_SECRET_LENGTH = 8
# Request headers that carry the key itself: always replaced in copies handed out.
_CREDENTIAL_HEADERS = frozenset({"x-api-key", "authorization"})


def _usable(secret: str | None) -> str | None:
    return secret if secret and len(secret) >= MIN_SECRET_LENGTH else None


def scrub_text(text: str, secret: str | None) -> str:
    """`text` with every occurrence of `secret` replaced by `<redacted>`."""
    secret = _usable(secret)
    return text.replace(secret, REDACTED) if secret and secret in text else text


def scrub_bytes(content: bytes, secret: str | None) -> bytes:
    """`content` with every occurrence of `secret` (UTF-8) replaced; the same object when absent."""
    secret = _usable(secret)
    if not secret:
        return content
    needle = _body_needle(secret)
    return content.replace(needle, _REDACTED_BYTES) if needle in content else content


@functools.lru_cache(maxsize=64)
def _body_needle(secret: str) -> bytes:
    return secret.encode("utf-8", errors="surrogatepass")


@functools.lru_cache(maxsize=64)
def _header_needle(secret: str) -> bytes:
    return secret.encode("latin-1", errors="ignore") or secret.encode("utf-8", errors="ignore")


@functools.lru_cache(maxsize=64)
def needles(secret: str | None) -> tuple[bytes, bytes] | None:
    """The bytes `secret` is searched for in header values and in bodies; None if it is not scrubbed."""
    usable = _usable(secret)
    return None if usable is None else (_header_needle(usable), _body_needle(usable))


def scrub_body(content: bytes, needle: bytes) -> bytes:
    """`scrub_bytes` with the body needle of `needles(secret)`: the same object when absent."""
    return content.replace(needle, _REDACTED_BYTES) if needle in content else content


def scrub_headers(headers: httpx.Headers, secret: str | None) -> httpx.Headers:
    """Response headers with the key removed from every value; the same object when nothing matches."""
    secret = _usable(secret)
    if not secret:
        return headers
    needle = _header_needle(secret)
    raw = headers.raw
    # One search over all the values joined (run on every response); only a hit, which may straddle two
    # values, pays for the exact per-value check.
    if needle not in b"\n".join([value for _, value in raw]) or not any(needle in value for _, value in raw):
        return headers
    return httpx.Headers([(name, value.replace(needle, REDACTED.encode())) for name, value in raw])


def safe_request(request: httpx.Request, secret: str | None) -> httpx.Request:
    """A copy of `request` (method, URL, headers; no body) that is safe to show: credentials redacted."""
    headers = [
        (name, REDACTED.encode() if name.lower().decode("latin-1") in _CREDENTIAL_HEADERS else value)
        for name, value in request.headers.raw
    ]
    scrubbed = scrub_headers(httpx.Headers(headers), secret)
    url = request.url
    text = str(url)
    cleaned = scrub_text(text, secret)
    return httpx.Request(request.method, url if cleaned == text else httpx.URL(cleaned), headers=scrubbed)


# Loggers of the libraries under the SDK that print response headers at DEBUG (httpcore's trace does).
_LIBRARY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.connection_pool",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)
_secrets: set[str] = set()
_lock = threading.Lock()


class _LogScrubber(logging.Filter):
    """Replaces every watched key in a log record's final message (records below the level never get here)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _secrets:
            return True
        message = record.getMessage()
        cleaned = message
        for secret in tuple(_secrets):
            cleaned = cleaned.replace(secret, REDACTED)
        if cleaned is not message and cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_scrubber = _LogScrubber()


def watch_logs(secret: str) -> None:
    """Scrub `secret` from the SDK's own log records and from those of httpx and httpcore."""
    if not _usable(secret):
        return
    with _lock:
        if not _secrets:
            for name in ("powerpost", *_LIBRARY_LOGGERS):
                logging.getLogger(name).addFilter(_scrubber)
        _secrets.add(secret)
